package org.teller.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.teller.core.Candidate;
import org.teller.core.ballot.AlternativeVoteRules;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.RankingOptions;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.core.tally.RankingTally;

/** The alternative vote with a pool of undeclared write-ins (RCTab's {@code Undeclared Write-ins}). */
class UndeclaredWriteInsTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int W = 3;

    private static final RankingOptions RCTAB = new RankingOptions(4, RankingOptions.Overvote.EXHAUST, 1,
            RankingOptions.Repeated.SKIP, RankingOptions.FirstPreference.LIKE_ANY_RANK);

    /** Lots that place the tied in ascending order: the highest index is eliminated, the lowest elected. */
    private static final LotDrawer ASCENDING = (stage, tied) -> new Lot(stage, tied, tied, OptionalLong.empty());

    private static AlternativeVote av(boolean pool) {
        AlternativeVote.Options options = new AlternativeVote.Options(false, false, 0, AlternativeVote.TieBreak.LOT);
        return new AlternativeVote(new AlternativeVoteRules(RCTAB), pool ? options.withUndeclaredWriteIns(W) : options);
    }

    private static Result count(AlternativeVote av, List<List<Integer>> papers, int copies) {
        RankingTally tally = new RankingTally(4);
        for (List<Integer> paper : papers) {
            List<List<Integer>> ranks = new ArrayList<>();
            for (int candidate : paper) {
                ranks.add(List.of(candidate));
            }
            for (int copy = 0; copy < copies; copy++) {
                tally.add(av.rules().judge(new Ballot(ranks, java.util.Set.of(), java.util.Set.of())));
            }
        }
        List<Candidate> candidates = List.of(Candidate.of("A", ""), Candidate.of("B", ""), Candidate.of("C", ""),
                Candidate.of("Undeclared Write-ins", ""));
        return av.count(candidates, tally, ASCENDING);
    }

    @Test
    void whileThePoolHoldsVotesNoOneIsElectedAndItIsEliminatedAloneFirst() {
        // A has a majority at round 1 (6 of 11), and C has fewer votes than the pool: neither matters.
        List<List<Integer>> papers = List.of(List.of(A), List.of(A), List.of(A), List.of(A), List.of(A), List.of(A),
                List.of(B), List.of(B), List.of(C), List.of(W, B), List.of(W, B));
        Result result = count(av(true), papers, 1);
        assertThat(result.rounds()).hasSize(2);
        Round first = result.firstRound();
        assertThat(first.votes(A)).isEqualTo(6);
        assertThat(first.votes(W)).isEqualTo(2);
        assertThat(first.majority()).isEqualTo(6);
        assertThat(first.eliminated()).containsExactly(W);
        Round second = result.rounds().get(1);
        assertThat(second.continuing()).containsExactly(A, B, C);
        assertThat(second.votes(B)).isEqualTo(4);
        assertThat(second.received(B)).isEqualTo(2);
        assertThat(result.elected()).isEqualTo(A);
        assertThat(result.how()).isEqualTo(HowElected.MAJORITY_OF_CONTINUING_VOTES);

        // Without the option, the same papers elect A at once with W an ordinary candidate.
        Result ordinary = count(av(false), papers, 1);
        assertThat(ordinary.rounds()).hasSize(1);
        assertThat(ordinary.elected()).isEqualTo(A);
    }

    @Test
    void thePoolCountsInTheContinuingVotesAndGoesBeforeCandidatesWithFewerVotes() {
        // Round 1: A 3 of 5 (the majority is 3) but the pool holds 2: it goes, though B and C have none.
        List<List<Integer>> papers = List.of(List.of(A), List.of(A), List.of(A), List.of(W, B), List.of(W, B));
        Result result = count(av(true), papers, 1);
        Round first = result.firstRound();
        assertThat(first.continuingVotes()).isEqualTo(5);
        assertThat(first.majority()).isEqualTo(3);
        assertThat(first.votes(A)).isEqualTo(3);
        assertThat(first.eliminated()).containsExactly(W);
        Round second = result.rounds().get(1);
        assertThat(second.votes(B)).isEqualTo(2);
        assertThat(second.transfers()).hasSize(1);
        assertThat(second.transfers().get(0).from()).hasValue(W);
        assertThat(result.rounds()).hasSize(2);
        assertThat(result.elected()).isEqualTo(A);
    }

    @Test
    void aPoolWithoutVotesIsEliminatedLikeAnyCandidateWithTheFewest() {
        // No write-ins: W has 0 and is the only candidate with the fewest.
        List<List<Integer>> papers = List.of(List.of(A, B), List.of(A), List.of(B, A), List.of(C, A));
        Result result = count(av(true), papers, 1);
        assertThat(result.firstRound().eliminated()).containsExactly(W);
        assertThat(result.rounds().get(1).eliminated()).containsExactly(C);
        assertThat(result.elected()).isEqualTo(A);
        // Tied with C at 0: decided by lot (these lots eliminate the higher index, W).
        Result tied = count(av(true), List.of(List.of(A), List.of(B)), 1);
        assertThat(tied.firstRound().eliminated()).containsExactly(W);
        assertThat(tied.lots().get(0).tied()).containsExactly(C, W);
    }

    @Test
    void thePoolIsNeverElectedOfTheLastTwo() {
        // No paper counts: everyone has 0. The pool is candidate 0 here, whom these lots favour; of the
        // last two it is still the one eliminated, and B is elected as the only continuing candidate.
        AlternativeVote.Options options = new AlternativeVote.Options(false, false, 0, AlternativeVote.TieBreak.LOT)
                .withUndeclaredWriteIns(0);
        AlternativeVote av = new AlternativeVote(new AlternativeVoteRules(RCTAB), options);
        RankingTally tally = new RankingTally(4);
        tally.add(av.rules().judge(Ballot.of()));
        List<Candidate> candidates = List.of(Candidate.of("Undeclared Write-ins", ""), Candidate.of("B", ""),
                Candidate.of("C", ""), Candidate.of("D", ""));
        Result result = av.count(candidates, tally, ASCENDING);
        assertThat(result.rounds()).extracting(Round::eliminated)
                .containsExactly(List.of(3), List.of(2), List.of(0), List.of());
        assertThat(result.elected()).isEqualTo(1);
        assertThat(result.how()).isEqualTo(HowElected.ONLY_CONTINUING_CANDIDATE);
    }

    @Test
    void thePoolIsACandidateOfTheCount() {
        AlternativeVote.Options options = AlternativeVote.Options.UK.withUndeclaredWriteIns(7);
        AlternativeVote av = new AlternativeVote(new AlternativeVoteRules(RCTAB), options);
        List<Candidate> candidates = List.of(Candidate.of("A", ""), Candidate.of("B", ""), Candidate.of("C", ""),
                Candidate.of("D", ""));
        assertThatThrownBy(() -> av.count(candidates, new RankingTally(4), ASCENDING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlternativeVote.Options.UK.withUndeclaredWriteIns(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AlternativeVote.Options.UK.undeclaredWriteIns()).isEmpty();
    }
}
