package org.teller.core.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankedRulesTest {

    private static final AlternativeVoteRules RCTAB_LIKE = new AlternativeVoteRules(new RankingOptions(3,
            RankingOptions.Overvote.EXHAUST, 0, RankingOptions.Repeated.EXHAUST, RankingOptions.FirstPreference.LIKE_ANY_RANK));

    @Test
    void readingTheFirstRankLikeAnyOtherStillRejectsAPaperWithoutTheOfficialMarkOrIdentifyingTheVoter() {
        Ballot unmarked = new Ballot(List.of(List.of(0), List.of(1)), Set.of(), Set.of(Adjudication.NO_OFFICIAL_MARK));
        assertThat(RCTAB_LIKE.judge(unmarked)).isEqualTo(new Judgement.Rejected(RejectionHead.WANT_OF_OFFICIAL_MARK));
        Ballot identified = new Ballot(List.of(List.of(0)), Set.of(), Set.of(Adjudication.IDENTIFYING_MARK));
        assertThat(RCTAB_LIKE.judge(identified)).isEqualTo(new Judgement.Rejected(RejectionHead.IDENTIFYING_MARK));
        // An empty first rank is not a rejection: with no skipped rank allowed, the paper counts for no one.
        Ballot skipped = Ballot.of(List.of(), List.of(2));
        assertThat(RCTAB_LIKE.judge(skipped)).isEqualTo(new Judgement.Valid(Ranking.none(), RankingEnd.SKIPPED_RANKS));
    }
}
