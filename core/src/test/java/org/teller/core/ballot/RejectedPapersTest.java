package org.teller.core.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teller.core.ballot.RejectionHead.IDENTIFYING_MARK;
import static org.teller.core.ballot.RejectionHead.UNCERTAIN;
import static org.teller.core.ballot.RejectionHead.UNMARKED;
import static org.teller.core.ballot.RejectionHead.VOTING_FOR_TOO_MANY;
import static org.teller.core.ballot.RejectionHead.WANT_OF_OFFICIAL_MARK;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RejectedPapersTest {

    @Test
    void aCompleteStatementStatesEveryHeadZeroWhereNone() {
        RejectedPapers statement = new RejectedPapers(Map.of(UNMARKED, 12L), 0);
        assertThat(statement.isComplete()).isTrue();
        assertThat(statement.isStated(WANT_OF_OFFICIAL_MARK)).isTrue();
        assertThat(statement.get(WANT_OF_OFFICIAL_MARK)).isZero();
        assertThat(statement.total()).isEqualTo(12);
    }

    @Test
    void anIncompleteStatementStatesOnlyWhatItGives() {
        // London 2008: 41,032 rejected, of which only the 13,034 unmarked are itemised.
        RejectedPapers london2008 = new RejectedPapers(Map.of(UNMARKED, 13_034L), 27_998);
        assertThat(london2008.isComplete()).isFalse();
        assertThat(london2008.isStated(VOTING_FOR_TOO_MANY)).isFalse();
        assertThat(london2008.total()).isEqualTo(41_032);
        assertThat(london2008.under(Set.of(UNMARKED))).hasValue(13_034);
        assertThat(london2008.under(Set.of(UNMARKED, UNCERTAIN))).isEmpty();
    }

    @Test
    void councilRulesJoinUnmarkedAndUncertain() {
        RejectedPapers joint = new RejectedPapers(Map.of(VOTING_FOR_TOO_MANY, 40L), 25, 0);
        assertThat(joint.isComplete()).isTrue();
        assertThat(joint.isStated(UNMARKED)).isFalse();
        assertThat(joint.isStated(IDENTIFYING_MARK)).isTrue();
        assertThat(joint.total()).isEqualTo(65);
        // SI 2007/1024's heading (d) has a figure; PCC's separate headings do not.
        assertThat(joint.under(Set.of(UNMARKED, UNCERTAIN))).hasValue(25);
        assertThat(joint.under(Set.of(UNMARKED))).isEmpty();
        assertThat(joint.under(Set.of(VOTING_FOR_TOO_MANY))).hasValue(40);
        RejectedPapers apart = new RejectedPapers(Map.of(UNMARKED, 20L, UNCERTAIN, 5L), 0);
        assertThat(apart.under(Set.of(UNMARKED, UNCERTAIN))).hasValue(25);
    }

    @Test
    void headsStatedApartAndTogetherAddUpTogether() {
        RejectedPapers apart = new RejectedPapers(Map.of(UNMARKED, 20L, UNCERTAIN, 5L), 0);
        RejectedPapers joint = new RejectedPapers(Map.of(), 10, 0);
        RejectedPapers sum = apart.plus(joint);
        assertThat(sum.unmarkedOrUncertain()).isEqualTo(35);
        assertThat(sum.isStated(UNMARKED)).isFalse();
        assertThat(sum.get(WANT_OF_OFFICIAL_MARK)).isZero();
        assertThat(sum.total()).isEqualTo(35);
        assertThat(apart.plus(apart).get(UNMARKED)).isEqualTo(40);
    }

    @Test
    void aHeadCannotBeStatedBothWays() {
        assertThatThrownBy(() -> new RejectedPapers(Map.of(UNMARKED, 1L), 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RejectedPapers(Map.of(UNMARKED, -1L), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
