package org.teller.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.AlternativeVoteRules;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.RankingOptions;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.LotNeededException;
import org.teller.core.lot.ReturningOfficerLots;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.core.lot.Tie;
import org.teller.core.tally.RankingTally;

/**
 * Each tie-break of the alternative vote: which equality a lot decides, who decides it (the drawer, or
 * the returning officer alone, the count stopping to ask), and what the result records of it.
 */
class TieBreakTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int E = 4;
    private static final List<String> NAMES = List.of("Ann", "Bo", "Cy", "Dee", "Eve");
    private static final List<Candidate> CANDIDATES = NAMES.stream().map(name -> Candidate.of(name, "")).toList();

    /**
     * Round 1: Dee 20, Ann 12, Bo 11, Cy 11, Eve 4 (Eve out: one paper each to Bo and Cy, two exhaust).
     * Round 2: Ann, Bo and Cy equal with 12, the fewest; at round 1 Bo and Cy had 11 each, Ann 12. Whichever
     * of Bo and Cy stays gets the other's papers and Ann's, and beats Dee 25 to 22 at round 4.
     */
    private static final Map<List<Integer>, Integer> THREE_EQUAL = Map.ofEntries(
            Map.entry(List.of(D), 20),
            Map.entry(List.of(A, B, C), 3), Map.entry(List.of(A, C, B), 3), Map.entry(List.of(A, D), 2),
            Map.entry(List.of(A), 4),
            Map.entry(List.of(B, C), 7), Map.entry(List.of(B, A), 2), Map.entry(List.of(B), 2),
            Map.entry(List.of(C, B), 7), Map.entry(List.of(C, A), 2), Map.entry(List.of(C), 2),
            Map.entry(List.of(E, B), 1), Map.entry(List.of(E, C), 1), Map.entry(List.of(E), 2));

    /** As {@link #THREE_EQUAL}, but Bo has 10 at round 1 and two of Eve's papers: round 1 alone decides. */
    private static final Map<List<Integer>, Integer> DECIDED_BY_ROUND_ONE = Map.ofEntries(
            Map.entry(List.of(D), 20),
            Map.entry(List.of(A, B, C), 3), Map.entry(List.of(A, C, B), 3), Map.entry(List.of(A, D), 2),
            Map.entry(List.of(A), 4),
            Map.entry(List.of(B, C), 6), Map.entry(List.of(B, A), 2), Map.entry(List.of(B), 2),
            Map.entry(List.of(C, B), 7), Map.entry(List.of(C, A), 2), Map.entry(List.of(C), 2),
            Map.entry(List.of(E, B), 2), Map.entry(List.of(E, C), 1), Map.entry(List.of(E), 1));

    /** A drawer that must not be asked. */
    private static final LotDrawer NEVER = (stage, tied) -> {
        throw new AssertionError("no lot should be drawn, but " + tied + " were tied at round " + stage);
    };

    /** A drawer that places the tied in ascending order, and remembers what it was asked. */
    private static final class Ascending implements LotDrawer {
        final List<String> asked = new ArrayList<>();

        @Override
        public Lot draw(int stage, List<Integer> tied) {
            asked.add("draw " + stage + " " + tied);
            return new Lot(stage, tied, tied, OptionalLong.of(7));
        }

        @Override
        public Lot drawToEliminate(int stage, List<Integer> tied) {
            asked.add("eliminate " + stage + " " + tied);
            return new Lot(stage, tied, tied, OptionalLong.of(7));
        }
    }

    /** The papers counted with Ann, Bo, Cy, Dee and Eve standing. */
    private static Result count(AlternativeVote.TieBreak tieBreak, Map<List<Integer>, Integer> papers, LotDrawer lots) {
        return count(tieBreak, papers, lots, CANDIDATES.size());
    }

    /** The papers counted with the first {@code standing} of Ann, Bo, Cy, Dee and Eve standing. */
    private static Result count(AlternativeVote.TieBreak tieBreak, Map<List<Integer>, Integer> papers, LotDrawer lots,
            int standing) {
        AlternativeVote av = new AlternativeVote(new AlternativeVoteRules(RankingOptions.uk(standing)),
                new AlternativeVote.Options(false, false, 0, tieBreak));
        RankingTally tally = new RankingTally(standing);
        papers.forEach((ranking, copies) -> {
            List<List<Integer>> ranks = ranking.stream().map(List::of).toList();
            for (int copy = 0; copy < copies; copy++) {
                tally.add(av.rules().judge(new Ballot(ranks, Set.of(), Set.of())));
            }
        });
        return av.count(CANDIDATES.subList(0, standing), tally, lots);
    }

    private static ReturningOfficerLots byHand(Integer... order) {
        return new ReturningOfficerLots(List.of(order), NAMES, "round");
    }

    @Test
    void earlierRoundsThenLotDrawsOnlyBetweenThoseEqualAtEveryEarlierRound() {
        Ascending lots = new Ascending();
        Result result = count(AlternativeVote.TieBreak.EARLIER_ROUNDS_THEN_LOT, THREE_EQUAL, lots);

        assertThat(lots.asked).containsExactly("eliminate 2 [1, 2]");
        Round second = result.rounds().get(1);
        assertThat(List.of(second.votes(A), second.votes(B), second.votes(C))).containsOnly(12L);
        assertThat(second.eliminated()).containsExactly(C);
        Equality equality = second.equality().orElseThrow();
        assertThat(equality.tied()).containsExactly(A, B, C);
        assertThat(equality.votes()).isEqualTo(12);
        assertThat(equality.earlierRounds()).containsExactly(new Equality.EarlierRound(1, List.of(B, C), 11));
        assertThat(equality.byLot()).containsExactly(B, C);
        assertThat(equality.brokenBy()).isEqualTo(Equality.BrokenBy.EARLIER_ROUNDS_THEN_LOT);
        assertThat(result.lots()).containsExactly(new Lot(2, List.of(B, C), List.of(B, C), OptionalLong.of(7),
                Tie.Decides.ELIMINATED));

        assertThat(result.rounds()).hasSize(4);
        assertThat(result.firstRound().equality()).isEmpty();
        assertThat(result.rounds().get(2).equality()).isEmpty();
        assertThat(result.elected()).isEqualTo(B);
        assertThat(result.lastRound().votes(B)).isEqualTo(25);
        assertThat(result.lastRound().votes(D)).isEqualTo(22);
    }

    @Test
    void earlierRoundsAloneCanDecideWithoutALot() {
        for (AlternativeVote.TieBreak tieBreak : List.of(AlternativeVote.TieBreak.EARLIER_ROUNDS_THEN_LOT,
                AlternativeVote.TieBreak.EARLIER_ROUNDS_THEN_ASK)) {
            Result result = count(tieBreak, DECIDED_BY_ROUND_ONE, NEVER);
            Round second = result.rounds().get(1);
            assertThat(second.eliminated()).as(tieBreak.key()).containsExactly(B);
            Equality equality = second.equality().orElseThrow();
            assertThat(equality.tied()).containsExactly(A, B, C);
            assertThat(equality.earlierRounds()).containsExactly(new Equality.EarlierRound(1, List.of(B), 10));
            assertThat(equality.byLot()).isEmpty();
            assertThat(equality.brokenBy()).isEqualTo(Equality.BrokenBy.EARLIER_ROUNDS);
            assertThat(result.lots()).isEmpty();
            assertThat(result.elected()).isEqualTo(C);
        }
    }

    @Test
    void lotDrawsAtOnceBetweenAllTheEqual() {
        Ascending lots = new Ascending();
        Result result = count(AlternativeVote.TieBreak.LOT, THREE_EQUAL, lots);

        assertThat(lots.asked).containsExactly("eliminate 2 [0, 1, 2]");
        Round second = result.rounds().get(1);
        assertThat(second.eliminated()).containsExactly(C);
        Equality equality = second.equality().orElseThrow();
        assertThat(equality.earlierRounds()).isEmpty();
        assertThat(equality.byLot()).containsExactly(A, B, C);
        assertThat(equality.brokenBy()).isEqualTo(Equality.BrokenBy.LOT);
        assertThat(result.lots().get(0).decides()).isEqualTo(Tie.Decides.ELIMINATED);
    }

    @Test
    void stopAndAskStopsWhenTheReturningOfficersLotIsNotGiven() {
        // A random drawer never stands in for the returning officer, nor does an order that leaves one out.
        for (LotDrawer lots : List.of(new SeededLotDrawer(1), NEVER, byHand(A, B), byHand())) {
            LotNeededException needed = catchThrowableOfType(
                    () -> count(AlternativeVote.TieBreak.STOP_AND_ASK, THREE_EQUAL, lots), LotNeededException.class);
            assertThat(needed).isNotNull();
            assertThat(needed.tie()).isEqualTo(new Tie(2, List.of(A, B, C), 12, Tie.Decides.ELIMINATED));
            assertThat(needed.equal()).containsExactly(A, B, C);
            assertThat(needed.equalAtEarlierRounds()).isFalse();
            assertThat(needed.source()).isEmpty();
            assertThat(needed.getMessage()).isEqualTo(
                    "at round 2, Ann, Bo and Cy are equal with 12 votes for the fewest (one of them to be eliminated)");
            assertThat(needed.in("c/contest.yaml").source()).isEqualTo("c/contest.yaml");
        }
    }

    @Test
    void stopAndAskTakesTheReturningOfficersLot() {
        // Of the tied, the last in the order drawn is eliminated; candidates not tied may be in the order too.
        Result result = count(AlternativeVote.TieBreak.STOP_AND_ASK, THREE_EQUAL, byHand(D, C, A, B));
        assertThat(result.rounds().get(1).eliminated()).containsExactly(B);
        assertThat(result.lots()).containsExactly(new Lot(2, List.of(A, B, C), List.of(C, A, B), OptionalLong.empty(),
                Tie.Decides.ELIMINATED));
        assertThat(result.lots().get(0).drawnByHand()).isTrue();
        assertThat(result.rounds().get(1).equality().orElseThrow().brokenBy()).isEqualTo(Equality.BrokenBy.LOT);
        assertThat(result.elected()).isEqualTo(C);
    }

    @Test
    void earlierRoundsThenAskAsksOnlyAboutThoseEqualAtEveryEarlierRound() {
        LotNeededException needed = catchThrowableOfType(
                () -> count(AlternativeVote.TieBreak.EARLIER_ROUNDS_THEN_ASK, THREE_EQUAL, new SeededLotDrawer(1)),
                LotNeededException.class);
        // Round 1 narrowed Ann, Bo and Cy down to Bo and Cy: the tie says so, for drawers that repeat RCTab's.
        assertThat(needed.tie()).isEqualTo(new Tie(2, List.of(B, C), 12, Tie.Decides.ELIMINATED,
                List.of(List.of(A, B, C), List.of(B, C))));
        assertThat(needed.equal()).containsExactly(A, B, C);
        assertThat(needed.equalAtEarlierRounds()).isTrue();
        assertThat(needed.getMessage()).isEqualTo("at round 2, Ann, Bo and Cy are equal with 12 votes for the fewest;"
                + " Ann had more at an earlier round, and Bo and Cy were equal at every earlier round"
                + " (one of them to be eliminated)");

        // An order that places Bo and Cy decides, though it leaves Ann out.
        Result result = count(AlternativeVote.TieBreak.EARLIER_ROUNDS_THEN_ASK, THREE_EQUAL, byHand(C, B));
        assertThat(result.rounds().get(1).eliminated()).containsExactly(B);
        assertThat(result.rounds().get(1).equality().orElseThrow().brokenBy())
                .isEqualTo(Equality.BrokenBy.EARLIER_ROUNDS_THEN_LOT);
        assertThat(result.lots().get(0).drawnByHand()).isTrue();
        assertThat(result.elected()).isEqualTo(C);
        assertThat(count(AlternativeVote.TieBreak.EARLIER_ROUNDS_THEN_ASK, THREE_EQUAL, byHand(B, C)).elected())
                .isEqualTo(B);
    }

    @Test
    void atTheFirstRoundThereAreNoEarlierRoundsToLookAt() {
        // Ann 4, Bo 2, Cy 2: Bo and Cy are equal for the fewest at round 1.
        Map<List<Integer>, Integer> papers = Map.of(List.of(A), 4, List.of(B, A), 2, List.of(C, B), 2);
        LotNeededException needed = catchThrowableOfType(
                () -> count(AlternativeVote.TieBreak.EARLIER_ROUNDS_THEN_ASK, papers, NEVER, 3), LotNeededException.class);
        assertThat(needed.equalAtEarlierRounds()).isFalse();
        assertThat(needed.getMessage()).isEqualTo(
                "at round 1, Bo and Cy are equal with 2 votes for the fewest (one of them to be eliminated)");

        Result drawn = count(AlternativeVote.TieBreak.EARLIER_ROUNDS_THEN_LOT, papers, new Ascending(), 3);
        Equality equality = drawn.firstRound().equality().orElseThrow();
        assertThat(equality.earlierRounds()).isEmpty();
        assertThat(equality.brokenBy()).isEqualTo(Equality.BrokenBy.LOT);
    }

    @Test
    void theLastTwoEqualAreAskedAboutToo() {
        Map<List<Integer>, Integer> papers = Map.of(List.of(A), 3, List.of(B), 3, List.of(C, A), 1, List.of(C, B), 1);
        // Cy goes at round 1; Ann and Bo are equal with 4 at round 2, the last two.
        LotNeededException needed = catchThrowableOfType(
                () -> count(AlternativeVote.TieBreak.STOP_AND_ASK, papers, new SeededLotDrawer(3), 3),
                LotNeededException.class);
        assertThat(needed.tie()).isEqualTo(new Tie(2, List.of(A, B), 4, Tie.Decides.ELECTED));
        assertThat(needed.getMessage()).isEqualTo(
                "at round 2, Ann and Bo are equal with 4 votes for the most (one of them to be elected)");

        Result result = count(AlternativeVote.TieBreak.STOP_AND_ASK, papers, byHand(B, A), 3);
        assertThat(result.elected()).isEqualTo(B);
        assertThat(result.how()).isEqualTo(HowElected.LOT_BETWEEN_LAST_TWO);
        assertThat(result.lots().get(0).decides()).isEqualTo(Tie.Decides.ELECTED);
        // The round records the equality it decided, by lot between the two, to elect one.
        Equality equality = result.lastRound().equality().orElseThrow();
        assertThat(equality.decides()).isEqualTo(Tie.Decides.ELECTED);
        assertThat(equality.byLot()).containsExactly(A, B);
        assertThat(equality.brokenBy()).isEqualTo(Equality.BrokenBy.LOT);
    }

    @Test
    void aDrawerAnsweringAsksLetsACountThatWouldAskGoOn() {
        // For a "what if" (teller compare): the seed draws what the returning officer would.
        Result result = count(AlternativeVote.TieBreak.STOP_AND_ASK, THREE_EQUAL, new SeededLotDrawer(5).answeringAsks());
        Lot lot = result.lots().get(0);
        assertThat(lot.seed()).hasValue(5);
        assertThat(lot.decides()).isEqualTo(Tie.Decides.ELIMINATED);
        assertThat(result.rounds().get(1).eliminated()).containsExactly(lot.last());
        // The same draw as the seed makes when the tie-break does not ask.
        assertThat(count(AlternativeVote.TieBreak.LOT, THREE_EQUAL, new SeededLotDrawer(5)).lots().get(0)).isEqualTo(lot);
    }

    @Test
    void anOrderThatMissesATiedCandidateNamesTheRound() {
        // Under a tie-break that does not ask, an order that misses one is bad input, named at its round.
        assertThatThrownBy(() -> count(AlternativeVote.TieBreak.LOT, THREE_EQUAL, byHand(C, A)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--lots: 'Bo' is tied at round 2 but has no place in the order of the lot");
    }
}
