package org.teller.core.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;

class RuleSetTest {

    private static final List<VotingSystem> SYSTEMS =
            List.of(FirstPastThePost.INSTANCE, SupplementaryVote.INSTANCE, new ContingentVote(3), AlternativeVote.uk(3));

    @Test
    void eachSystemHasItsOwnDefaultRules() {
        assertThat(SYSTEMS.stream().map(RuleSet::defaultFor)).containsExactly(RuleSet.UK_FIRST_PAST_THE_POST,
                RuleSet.COUNCIL_MAYOR, RuleSet.SRI_LANKA_PRESIDENT, RuleSet.UK_ALTERNATIVE_VOTE);
        for (VotingSystem system : SYSTEMS) {
            assertThat(RuleSet.defaultFor(system).isFor(system)).as(system.key()).isTrue();
            assertThat(RuleSet.defaultFor(system).system()).isEqualTo(system.key());
        }
    }

    @Test
    void everyRuleSetIsForExactlyOneSystem() {
        for (RuleSet rules : RuleSet.values()) {
            assertThat(SYSTEMS.stream().filter(rules::isFor)).as(rules.key()).hasSize(1);
        }
        assertThat(RuleSet.SRI_LANKA_PRESIDENT.isFor(new ContingentVote(2))).isTrue();
        assertThat(RuleSet.LONDON_MAYOR.isFor(FirstPastThePost.INSTANCE)).isFalse();
    }
}
