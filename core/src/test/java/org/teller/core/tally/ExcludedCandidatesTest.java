package org.teller.core.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.teller.core.ballot.Ranking;
import org.teller.core.ballot.RankingEnd;

/** A first round with candidates left out of the count before it (RCTab's excluded candidates). */
class ExcludedCandidatesTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    private static RankingTally tally() {
        RankingTally tally = new RankingTally(3);
        tally.add(Ranking.of(A, B), RankingEnd.COMPLETE, 4);
        tally.add(Ranking.of(B), RankingEnd.COMPLETE, 2);
        tally.add(Ranking.of(C, A), RankingEnd.COMPLETE, 3);
        tally.add(Ranking.of(A), RankingEnd.UNMARKED, 1);
        return tally;
    }

    @Test
    void papersPassOverAnExcludedCandidateAsOverAnEliminatedOne() {
        // Without A: A-B (4) counts for B, with B's own 2: B 6; C-A (3) for C: C 3; A alone (1) is exhausted.
        RankingTally tally = tally();
        Standing first = tally.first(new boolean[] {false, true, true});
        assertThat(first.votes()).containsExactly(0L, 6L, 3L);
        assertThat(first.continuing()).containsExactly(B, C);
        assertThat(first.exhausted()).isEqualTo(1);
        assertThat(first.exhaustedBy().orElseThrow().get(RankingEnd.UNMARKED)).isEqualTo(1);
        assertThat(first.transfers()).isEmpty();
        // Then as any round: B out, B's six go on: four exhausted (A-B ends), two exhausted (B alone).
        Standing second = tally.transfer(first, new boolean[] {false, false, true});
        assertThat(second.votes()).containsExactly(0L, 0L, 3L);
        assertThat(second.exhausted()).isEqualTo(7);
    }

    @Test
    void everyoneInTheCountIsTheUsualFirstRound() {
        Standing all = tally().first(new boolean[] {true, true, true});
        assertThat(all.votes()).isEqualTo(tally().first().votes());
        assertThat(all.votes()).containsExactly(5L, 2L, 3L);
    }

    @Test
    void statedFiguresAnswerOnlyForEveryCandidate() {
        CountReturns returns = CountReturns.of(List.of(5L, 2L, 3L), List.of(java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty()));
        assertThat(returns.first(new boolean[] {true, true, true}).votes()).containsExactly(5L, 2L, 3L);
        assertThatThrownBy(() -> returns.first(new boolean[] {true, false, true}))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tally().first(new boolean[] {true, true})).isInstanceOf(IllegalArgumentException.class);
    }
}
