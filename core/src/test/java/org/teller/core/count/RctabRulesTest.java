package org.teller.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.teller.core.Candidate;
import org.teller.core.ballot.AlternativeVoteRules;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.RankingOptions;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.RctabPermutationLots;
import org.teller.core.lot.RctabRandomLots;
import org.teller.core.lot.Tie;
import org.teller.core.tally.RankingTally;

/**
 * RCTab 2.0.1's single-winner rules as the alternative vote's options count them. Every figure is worked
 * by hand in the comments; three tests give the papers of RCTab's own regression cases
 * ({@code first_round_determines_threshold_test}, {@code stop_tabulation_early_test} with
 * {@code tiebreak_seed_test}, {@code continue_until_two_threshold_freeze}, {@code excluded_test}) the
 * figures their expected reports state, and check that Teller reports the same rounds.
 */
class RctabRulesTest {

    /** Papers, each a ranking of candidates by index (one per rank), and how many of each. */
    private record Papers(List<List<Integer>> rankings) {
        static Papers of() {
            return new Papers(new ArrayList<>());
        }

        Papers add(int copies, Integer... ranking) {
            for (int copy = 0; copy < copies; copy++) {
                rankings.add(List.of(ranking));
            }
            return this;
        }
    }

    /** Counts the papers with RCTab's ways of reading them: never rejected, every rank read, skips allowed. */
    private static Result count(List<String> names, AlternativeVote.Options options, Papers papers, LotDrawer lots) {
        RankingOptions reading = new RankingOptions(names.size(), RankingOptions.Overvote.EXHAUST, -1,
                RankingOptions.Repeated.SKIP, RankingOptions.FirstPreference.LIKE_ANY_RANK);
        AlternativeVote av = new AlternativeVote(new AlternativeVoteRules(reading), options);
        RankingTally tally = new RankingTally(names.size());
        for (List<Integer> ranking : papers.rankings()) {
            tally.add(av.rules().judge(new Ballot(ranking.stream().map(List::of).toList(), Set.of(), Set.of())));
        }
        List<Candidate> candidates = names.stream().map(name -> Candidate.of(name, "")).toList();
        return av.count(candidates, tally, lots);
    }

    private static AlternativeVote.Options options(boolean batch, boolean untilTwo, long minimum,
            AlternativeVote.TieBreak tieBreak) {
        return new AlternativeVote.Options(batch, untilTwo, minimum, tieBreak);
    }

    /** A drawer that must not be asked. */
    private static final LotDrawer NEVER = (stage, tied) -> {
        throw new AssertionError("no lot should be drawn, but " + tied + " were tied at round " + stage);
    };

    // minimumVoteThreshold

    @Test
    void theMinimumEliminatesEveryoneUnderItTogetherOnceThePoolHasGone() {
        // A 0, B 1, C 2, D 3, the pool W 4; minimum 4.
        List<String> names = List.of("A", "B", "C", "D", "W");
        Papers papers = Papers.of().add(6, 0).add(5, 1).add(2, 2).add(1, 3, 0).add(1, 4, 2).add(1, 4, 1);
        AlternativeVote.Options rules = options(true, false, 4, AlternativeVote.TieBreak.LOT).withUndeclaredWriteIns(4);
        Result result = count(names, rules, papers, NEVER);

        // Round 1: A 6, B 5, C 2, D 1, W 2; 16 votes, threshold max(16/2 + 1, 4) = 9. The pool holds votes:
        // no one is elected and it goes alone, though C and D are under the minimum.
        Round first = result.firstRound();
        assertThat(first.votes()).containsExactly(6L, 5L, 2L, 1L, 2L);
        assertThat(first.threshold()).isEqualTo(9);
        assertThat(first.eliminated()).containsExactly(4);
        // Round 2: W's papers to C (3) and B (6): A 6, B 6, C 3, D 1; threshold 9. C and D are under 4: both
        // go together, before any batch (a batch would be the same pair here, 4 < 6, but it is the minimum's).
        Round second = result.rounds().get(1);
        assertThat(second.votes()).containsExactly(6L, 6L, 3L, 1L, 0L);
        assertThat(second.eliminated()).containsExactly(2, 3);
        // Round 3: D's paper to A (7); C's three exhaust: A 7, B 6; 13 votes, threshold max(7, 4) = 7. A is elected.
        Round third = result.rounds().get(2);
        assertThat(third.votes()).containsExactly(7L, 6L, 0L, 0L, 0L);
        assertThat(third.exhausted()).isEqualTo(3);
        assertThat(third.threshold()).isEqualTo(7);
        assertThat(result.elected()).isZero();
        assertThat(result.how()).isEqualTo(HowElected.MAJORITY_OF_CONTINUING_VOTES);
        assertThat(result.electedInRound()).isEqualTo(3);
    }

    @Test
    void theMinimumMayLeaveOneWhoIsElectedAtTheNextRound() {
        // A 6, B 4, C 3: 13 votes, threshold 7; no one. Minimum 5: B and C go together, leaving A alone.
        List<String> names = List.of("A", "B", "C");
        Papers papers = Papers.of().add(6, 0).add(4, 1).add(3, 2);
        Result result = count(names, options(false, false, 5, AlternativeVote.TieBreak.LOT), papers, NEVER);
        assertThat(result.firstRound().eliminated()).containsExactly(1, 2);
        // Round 2: A 6, the seven others exhausted; 6 votes, threshold max(4, 5) = 5. A is the only one left.
        Round second = result.lastRound();
        assertThat(second.continuing()).containsExactly(0);
        assertThat(second.threshold()).isEqualTo(5);
        assertThat(result.elected()).isZero();
        assertThat(result.how()).isEqualTo(HowElected.ONLY_CONTINUING_CANDIDATE);
        assertThat(result.electedInRound()).isEqualTo(2);
    }

    @Test
    void theMinimumRaisesTheThresholdAndStopsTheCountWhenEveryoneIsUnderIt() {
        // A 12, B 3, C 2: 17 votes, more than half is 9, but the minimum 10 is more: the threshold is 10.
        Result elected = count(List.of("A", "B", "C"), options(false, false, 10, AlternativeVote.TieBreak.LOT),
                Papers.of().add(12, 0).add(3, 1).add(2, 2), NEVER);
        assertThat(elected.firstRound().threshold()).isEqualTo(10);
        assertThat(elected.elected()).isZero();

        // A 7, B 3, C 2: 12 votes; A has more than half (7) but not the minimum 8, so no one is elected, and
        // all three are under it: none would be left (RCTab: "Tabulation can't proceed").
        assertThatThrownBy(() -> count(List.of("A", "B", "C"), options(false, false, 8, AlternativeVote.TieBreak.LOT),
                Papers.of().add(7, 0).add(3, 1).add(2, 2), NEVER))
                .isInstanceOf(CountAbortedException.class)
                .hasMessageContaining("after round 1")
                .hasMessageContaining("fewer votes than the minimum, 8");
    }

    @Test
    void theLastTwoEqualAreDecidedWhenBothHaveTheMinimum() {
        // A 3, B 3 after C (1) goes with its paper exhausting: 6 votes, threshold max(4, 3) = 4. Both have
        // the minimum 3: the lot decides (it favours the lower index here).
        LotDrawer ascending = (stage, tied) -> new Lot(stage, tied, tied, java.util.OptionalLong.empty());
        Papers papers = Papers.of().add(3, 0).add(3, 1).add(1, 2);
        Result decided = count(List.of("A", "B", "C"), options(false, false, 1, AlternativeVote.TieBreak.LOT), papers,
                ascending);
        assertThat(decided.firstRound().eliminated()).containsExactly(2);
        assertThat(decided.how()).isEqualTo(HowElected.LOT_BETWEEN_LAST_TWO);
        assertThat(decided.elected()).isZero();
        // Equal, the two have the same votes: with a minimum of 4 both are under it, and so is C at round 1,
        // where all three are under it and the count stops.
        assertThatThrownBy(() -> count(List.of("A", "B", "C"), options(false, false, 4, AlternativeVote.TieBreak.LOT),
                papers, ascending)).isInstanceOf(CountAbortedException.class);
    }

    // doesFirstRoundDetermineThreshold, continueUntilTwoCandidatesRemain, excluded candidates

    @Test
    void firstRoundThresholdAsInRctabsFirstRoundDeterminesThresholdTest() {
        // RCTab's case: Carmona 0, Haadoow 1, Vail 2, and Excludy McSclude 3, excluded; random, seed 0;
        // continue until two remain; 19 papers, 3 of them blank. One of Vail's six passes over Excludy.
        List<String> names = List.of("Carmona, Ralph C.", "Haadoow, Hamza A.", "Vail, Christopher L.", "Excludy McSclude");
        Papers papers = Papers.of().add(5, 0).add(5, 1).add(5, 2).add(1, 3, 2).add(3);
        AlternativeVote.Options rules = options(false, true, 0, AlternativeVote.TieBreak.LOT)
                .withFirstRoundThreshold(true).withExcluded(List.of(3));
        Result result = count(names, rules, papers, new RctabRandomLots(0, names));

        // Round 1: Carmona 5, Haadoow 5, Vail 6; Excludy out of the count with nothing; 16 votes, 3 exhausted;
        // threshold 16/2 + 1 = 9. Carmona and Haadoow equal for the fewest: in name order [Carmona,
        // Haadoow], seed 0's first draw 0.7309... x 2 = 1.46, index 1: Haadoow is eliminated.
        Round first = result.firstRound();
        assertThat(first.continuing()).containsExactly(0, 1, 2);
        assertThat(first.votes()).containsExactly(5L, 5L, 6L, 0L);
        assertThat(first.exhausted()).isEqualTo(3);
        assertThat(first.threshold()).isEqualTo(9);
        assertThat(first.eliminated()).containsExactly(1);
        // Round 2: Haadoow's five exhaust: Carmona 5, Vail 6; 11 votes, but the threshold stays 9. Of the
        // last two, Vail has more and is elected below it; two remain, so the count ends (as RCTab's does).
        Round second = result.lastRound();
        assertThat(second.votes()).containsExactly(5L, 0L, 6L, 0L);
        assertThat(second.exhausted()).isEqualTo(8);
        assertThat(second.threshold()).isEqualTo(9);
        assertThat(result.rounds()).hasSize(2);
        assertThat(result.elected()).isEqualTo(2);
        assertThat(result.how()).isEqualTo(HowElected.MORE_VOTES_OF_LAST_TWO);
        assertThat(result.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.order()).containsExactly(0, 1);
            assertThat(lot.seed()).hasValue(0);
        });
    }

    @Test
    void aThresholdFixedAtTheFirstRoundIsReachedOrNotAndTheTopOfTheLastTwoWins() {
        // A 5, B 4, C 3, D 2 (D's papers: one to A, one exhausted); 14 votes: threshold 8, for the whole count.
        List<String> names = List.of("A", "B", "C", "D");
        Papers papers = Papers.of().add(5, 0).add(4, 1).add(3, 2).add(1, 3, 0).add(1, 3);
        AlternativeVote.Options fixed = options(false, false, 0, AlternativeVote.TieBreak.LOT).withFirstRoundThreshold(true);
        Result result = count(names, fixed, papers, NEVER);
        // Round 2: A 6, B 4, C 3; 13 votes (more than half would be 7): threshold 8. C goes.
        // Round 3: C's three exhaust: A 6, B 4; 10 votes. A has more than half (6) but not 8: elected as the
        // top of the last two.
        assertThat(result.rounds()).extracting(Round::threshold).containsExactly(8L, 8L, 8L);
        assertThat(result.rounds()).extracting(Round::eliminated).containsExactly(List.of(3), List.of(2), List.of());
        assertThat(result.how()).isEqualTo(HowElected.MORE_VOTES_OF_LAST_TWO);
        assertThat(result.elected()).isZero();
        // Without it, the threshold follows the votes (8, 7, 6) and A's 6 of 10 is more than half.
        Result moving = count(names, options(false, false, 0, AlternativeVote.TieBreak.LOT), papers, NEVER);
        assertThat(moving.rounds()).extracting(Round::threshold).containsExactly(8L, 7L, 6L);
        assertThat(moving.how()).isEqualTo(HowElected.MAJORITY_OF_CONTINUING_VOTES);
    }

    @Test
    void continueUntilTwoAsInRctabsThresholdFreezeCase() {
        // RCTab's continue_until_two_threshold_freeze: A 8, B 3, C 3, D 2, E 1, F 0; batch elimination;
        // random, seed 0. Every paper ranks one candidate.
        List<String> names = List.of("A", "B", "C", "D", "E", "F");
        Papers papers = Papers.of().add(8, 0).add(3, 1).add(3, 2).add(2, 3).add(1, 4);
        Result result = count(names, options(true, true, 0, AlternativeVote.TieBreak.LOT), papers,
                new RctabRandomLots(0, names));

        // Round 1: 17 votes, threshold 9. Batch: F 0 < E 1, F + E = 1 < D 2, F + E + D = 3 < 3 no; so E, F.
        // Round 2: A 8, B 3, C 3, D 2; 16 votes, threshold 9. Batch of D alone (2 < 3): not a batch; D has the
        // fewest. Round 3: A 8, B 3, C 3; 14 votes, threshold 8: A is elected, and no one goes at this round.
        // Round 4 repeats round 3 (nothing passed on), the threshold frozen at 8. B and C (6 < 8) would go as
        // a batch, leaving A alone: not when counting on until two. B and C equal: [B, C], 0.7309... x 2,
        // index 1: C goes. Round 5: A 8, B 3, 6 exhausted, threshold still 8 (6 by the votes): two remain.
        assertThat(result.rounds()).extracting(Round::eliminated)
                .containsExactly(List.of(4, 5), List.of(3), List.of(), List.of(2), List.of());
        assertThat(result.rounds()).extracting(Round::threshold).containsExactly(9L, 9L, 8L, 8L, 8L);
        assertThat(result.rounds()).extracting(Round::exhausted).containsExactly(0L, 1L, 3L, 3L, 6L);
        assertThat(result.rounds().get(3).votes()).isEqualTo(result.rounds().get(2).votes());
        assertThat(result.rounds().get(3).transfers()).isEmpty();
        assertThat(result.lastRound().continuing()).containsExactly(0, 1);
        assertThat(result.elected()).isZero();
        assertThat(result.electedInRound()).isEqualTo(3);
        assertThat(result.how()).isEqualTo(HowElected.MAJORITY_OF_CONTINUING_VOTES);
        assertThat(result.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.stage()).isEqualTo(4);
            assertThat(lot.last()).isEqualTo(2);
        });
    }

    @Test
    void excludedCandidatesAsInRctabsExcludedTest() {
        // RCTab's excluded_test: Mookie 0, Yinka 1 and Sedale 2 excluded, George 3 alone in the count;
        // ten papers, three of them reaching George.
        List<String> names = List.of("Mookie Blaylock", "Yinka Dare", "Sedale Threatt", "George Gervin");
        Papers papers = Papers.of().add(1, 0, 3).add(2, 3).add(3, 0).add(2, 1, 2).add(2, 2);
        AlternativeVote.Options rules = options(true, false, 0, AlternativeVote.TieBreak.LOT).withExcluded(List.of(0, 1, 2));
        Result result = count(names, rules, papers, RctabPermutationLots.inOrder(List.of(0, 1, 2, 3)));
        // Round 1: George 3 (one passing over Mookie), 7 exhausted; 3 votes, threshold 2. Alone: elected.
        Round first = result.firstRound();
        assertThat(first.continuing()).containsExactly(3);
        assertThat(first.votes()).containsExactly(0L, 0L, 0L, 3L);
        assertThat(first.exhausted()).isEqualTo(7);
        assertThat(first.threshold()).isEqualTo(2);
        assertThat(first.transfers()).isEmpty();
        assertThat(result.rounds()).hasSize(1);
        assertThat(result.how()).isEqualTo(HowElected.ONLY_CONTINUING_CANDIDATE);

        assertThatThrownBy(() -> count(names, rules.withExcluded(List.of(0, 1, 2, 3)), papers, NEVER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.withExcluded(List.of(2, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    // stopTabulationEarlyAfterRound

    @Test
    void stopAfterRoundAsInRctabsStopTabulationEarlyAndTiebreakSeedTests() {
        // RCTab's cases: Mookie 0, Yinka 1, George 2, three papers each; random, seed 1; batch elimination.
        List<String> names = List.of("Mookie Blaylock", "Yinka Dare", "George Gervin");
        Papers papers = Papers.of().add(3, 0).add(3, 1).add(3, 2);
        AlternativeVote.Options rules = options(true, false, 0, AlternativeVote.TieBreak.LOT);

        // Round 1: 9 votes, threshold 5; all three equal (no batch: 0 < 3, 3 < 3 no). In name order [George,
        // Mookie, Yinka], seed 1's first draw 0.7308781907032909 x 3 = 2.19, index 2: Yinka is eliminated.
        // Stopping after round 1, no one is elected and no round 2 is counted.
        Result stopped = count(names, rules.withStopAfterRound(1), papers, new RctabRandomLots(1, names));
        assertThat(stopped.hasElection()).isFalse();
        assertThat(stopped.election()).isEmpty();
        assertThat(stopped.rounds()).hasSize(1);
        assertThat(stopped.firstRound().eliminated()).containsExactly(1);
        assertThat(stopped.firstRound().threshold()).isEqualTo(5);
        assertThat(stopped.lots()).singleElement().satisfies(lot -> assertThat(lot.seed()).hasValue(1));
        assertThatThrownBy(stopped::elected).isInstanceOf(IllegalStateException.class)
                .hasMessage("no one was elected: the count stopped after round 1");
        assertThatThrownBy(stopped::how).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(stopped::electedInRound).isInstanceOf(IllegalStateException.class);

        // Counting on (RCTab's tiebreak_seed_test): round 2, Mookie 3, George 3, Yinka's three exhausted;
        // 6 votes, threshold 4: the last two equal. [George, Mookie], the second draw 0.41008081149220166
        // x 2 = 0.82, index 0: George is elected.
        Result on = count(names, rules, papers, new RctabRandomLots(1, names));
        assertThat(on.rounds()).hasSize(2);
        assertThat(on.lastRound().threshold()).isEqualTo(4);
        assertThat(on.elected()).isEqualTo(2);
        assertThat(on.how()).isEqualTo(HowElected.LOT_BETWEEN_LAST_TWO);
        // Stopping after a round past the end changes nothing.
        Result later = count(names, rules.withStopAfterRound(3), papers, new RctabRandomLots(1, names));
        assertThat(later.rounds()).isEqualTo(on.rounds());
        assertThat(later.election()).isEqualTo(on.election());
        assertThat(later.lots()).isEqualTo(on.lots());
    }

    @Test
    void anElectionAtTheRoundToStopAfterStands() {
        // A 4, B 3, C 2 (9 votes, threshold 5): C goes, both papers to A. Round 2: A 6 of 9, elected; the stop
        // after round 2 changes nothing.
        Papers papers = Papers.of().add(4, 0).add(3, 1).add(2, 2, 0);
        Result result = count(List.of("A", "B", "C"),
                options(false, false, 0, AlternativeVote.TieBreak.LOT).withStopAfterRound(2), papers, NEVER);
        assertThat(result.elected()).isZero();
        assertThat(result.electedInRound()).isEqualTo(2);
    }

    // tiebreakMode

    @Test
    void previousRoundCountsThenRandomDrawsFromRctabsListAfterEarlierRounds() {
        // A 0, P 1, Z 2, D 3, E 4. Round 1: D 20, Z 12, A 11, P 11, E 2: E goes, one paper each to A and P.
        List<String> names = List.of("A", "P", "Z", "D", "E");
        Papers papers = Papers.of().add(20, 3).add(12, 2).add(11, 0).add(11, 1).add(1, 4, 0).add(1, 4, 1);
        AlternativeVote.Options rules = options(false, false, 0,
                AlternativeVote.TieBreak.EARLIER_ROUNDS_ALSO_LAST_TWO_THEN_LOT);
        Result result = count(names, rules, papers, new RctabRandomLots(0, names));

        // Round 2: D 20, A 12, P 12, Z 12; 56 votes, threshold 29. A, P and Z equal for the fewest; at round 1
        // A and P had the fewest (11). RCTab keeps them in the order a HashSet of [A, P, Z] gives: by the
        // names' hash codes, "P" (80) in bucket 0, "A" (65) in 1, "Z" (90) in 10: [P, A]. Seed 0's first draw,
        // 0.7309... x 2, index 1: A is eliminated. In name order it would have been P.
        Round second = result.rounds().get(1);
        assertThat(second.eliminated()).containsExactly(0);
        Equality equality = second.equality().orElseThrow();
        assertThat(equality.tied()).containsExactly(0, 1, 2);
        assertThat(equality.earlierRounds()).singleElement()
                .isEqualTo(new Equality.EarlierRound(1, List.of(0, 1), 11));
        assertThat(equality.byLot()).containsExactly(0, 1);
        Lot lot = result.lots().get(0);
        assertThat(lot.order()).containsExactly(1, 0);
        assertThat(lot.seed()).hasValue(0);
        // Round 3: A's twelve exhaust: D 20, P 12, Z 12; threshold 23. P and Z equal at round 2 too; at round 1
        // P had 11, Z 12: P goes, without a lot. Round 4: D 20, Z 12: D is elected.
        Round third = result.rounds().get(2);
        assertThat(third.eliminated()).containsExactly(1);
        assertThat(third.equality().orElseThrow().brokenBy()).isEqualTo(Equality.BrokenBy.EARLIER_ROUNDS);
        assertThat(third.equality().orElseThrow().earlierRounds()).extracting(Equality.EarlierRound::round)
                .containsExactly(2, 1);
        assertThat(result.lots()).hasSize(1);
        assertThat(result.elected()).isEqualTo(3);
    }

    @Test
    void previousRoundCountsDecideTheLastTwoTooByTheMostVotes() {
        // A 5, B 4, C 3; C's papers: one to B, two exhausted. Round 2: A 5, B 5, the last two, equal.
        List<String> names = List.of("A", "B", "C");
        Papers papers = Papers.of().add(5, 0).add(4, 1).add(1, 2, 1).add(2, 2);
        // Looking back, A had more at round 1 (5 to 4): A is elected, without a lot.
        Result back = count(names, options(false, false, 0, AlternativeVote.TieBreak.EARLIER_ROUNDS_ALSO_LAST_TWO_THEN_LOT),
                papers, NEVER);
        assertThat(back.elected()).isZero();
        assertThat(back.how()).isEqualTo(HowElected.EARLIER_ROUNDS_BETWEEN_LAST_TWO);
        Equality equality = back.lastRound().equality().orElseThrow();
        assertThat(equality.decides()).isEqualTo(Tie.Decides.ELECTED);
        assertThat(equality.earlierRounds()).containsExactly(new Equality.EarlierRound(1, List.of(0), 5));
        assertThat(back.lots()).isEmpty();
        // Under the UK's earlier-rounds-then-lot, the last two go to a lot at once.
        LotDrawer favoursB = (stage, tied) -> new Lot(stage, tied, List.of(1, 0), java.util.OptionalLong.empty());
        Result uk = count(names, options(false, false, 0, AlternativeVote.TieBreak.EARLIER_ROUNDS_THEN_LOT), papers,
                favoursB);
        assertThat(uk.elected()).isEqualTo(1);
        assertThat(uk.how()).isEqualTo(HowElected.LOT_BETWEEN_LAST_TWO);
    }

    @Test
    void useCandidateOrderNeverPicksThePoolWhichIsInNoOrder() {
        // A 0, B 1, C 2, D 3, the pool W 4. A 5, B 4, C 2; D and W have nothing. Order: A, B, C, D.
        List<String> names = List.of("A", "B", "C", "D", "W");
        Papers papers = Papers.of().add(5, 0).add(4, 1).add(2, 2);
        AlternativeVote.Options rules = options(false, false, 0, AlternativeVote.TieBreak.LOT).withUndeclaredWriteIns(4);
        Result result = count(names, rules, papers, RctabPermutationLots.inOrder(List.of(0, 1, 2, 3)));
        // Round 1: D and W equal with 0. RCTab eliminates the latest of the order among them, D: the pool is
        // not in the order and is never the one picked. Round 2: W alone with 0 goes. Round 3: A 5, B 4, C 2,
        // 11 votes, threshold 6: C goes. Round 4: A 5, B 4 (C's two exhausted): A is elected.
        assertThat(result.rounds()).extracting(Round::eliminated)
                .containsExactly(List.of(3), List.of(4), List.of(2), List.of());
        assertThat(result.lots().get(0).order()).containsExactly(4, 3);
        assertThat(result.elected()).isZero();
    }
}
