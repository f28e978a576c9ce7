package org.teller.core.sv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.teller.core.Candidate;
import org.teller.core.tally.RankingTally;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.lot.Lot;
import org.teller.core.count.HowElected;
import org.teller.core.tally.CountReturns;
import org.teller.core.tally.StatedFiguresMismatchException;
import org.teller.core.sv.SvView.SvResult;
import org.teller.core.sv.SvView.SecondStage;
import org.teller.core.sv.SvView.NonTransferable;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.ReturningOfficerLots;
import org.teller.core.lot.SeededLotDrawer;

class SupplementaryVoteTest {

    /** Fails the test if a lot is asked for. */
    private static final LotDrawer NO_LOT = (stage, tied) -> {
        throw new AssertionError("no lot should be drawn, but " + tied + " were tied at stage " + stage);
    };

    @Test
    void moreThanHalfElectsAtTheFirstStage() {
        SvResult result = count(firsts(51, 30, 19), NO_LOT);
        assertThat(result.how()).isEqualTo(HowElected.MAJORITY_AT_FIRST_STAGE);
        assertThat(result.elected()).isZero();
        assertThat(result.electedAtStage()).isEqualTo(1);
        assertThat(result.secondStage()).isEmpty();
        assertThat(result.firstStage().majority()).isEqualTo(51);
    }

    @Test
    void exactlyHalfIsNotEnough() {
        // LGA 2000 Sch.2 para 2: "more than half".
        RankingTally tally = firsts(50, 30, 0);
        SvPapers.add(tally, 2, 1, 20); // C's 20 papers all name B second: 50 of 100 is not more than half
        SvResult result = count(tally, (stage, tied) -> new Lot(stage, tied, tied, OptionalLong.of(0)));
        assertThat(result.secondStage()).isPresent();
        assertThat(result.firstStage().remaining()).containsExactly(0, 1);
    }

    @Test
    void theTopTwoRemainAndSecondPreferencesOfTheOthersAreAdded() {
        RankingTally tally = new RankingTally(4);
        SvPapers.add(tally, 0, 1, 40);        // A>B: never looked at, A remains
        SvPapers.add(tally, 1, 0, 30);        // B>A: never looked at
        SvPapers.add(tally, 2, 0, 12);        // C>A: +12 A
        SvPapers.add(tally, 2, 1, 5);         // C>B: +5 B
        SvPapers.add(tally, 2, 3, 3);         // C>D: D eliminated, not transferable
        SvPapers.add(tally, 3, UnusedSecondPreference.UNMARKED, 10);
        SvResult result = count(tally, NO_LOT);
        SecondStage stage = result.secondStage().orElseThrow();
        assertThat(stage.remaining()).containsExactly(0, 1);
        assertThat(stage.added(0)).isEqualTo(12);
        assertThat(stage.added(1)).isEqualTo(5);
        assertThat(stage.total(0)).isEqualTo(52);
        assertThat(stage.total(1)).isEqualTo(35);
        assertThat(stage.transfers().papersOfEliminated()).isEqualTo(30);
        assertThat(stage.nonTransferable()).isEqualTo(13);
        NonTransferable why = stage.transfers().breakdown().orElseThrow();
        assertThat(why.forEliminatedCandidate()).isEqualTo(3);
        assertThat(why.unused().get(UnusedSecondPreference.UNMARKED)).isEqualTo(10);
        assertThat(result.elected()).isZero();
        assertThat(result.how()).isEqualTo(HowElected.MOST_VOTES_AT_SECOND_STAGE);
    }

    @Test
    void aTieForSecondPlaceKeepsEveryTiedCandidate() {
        RankingTally tally = firsts(40, 25, 25, 10);
        SvPapers.add(tally, 3, 2, 10);
        SvResult result = count(tally, NO_LOT);
        assertThat(result.firstStage().remaining()).containsExactly(0, 1, 2);
        assertThat(result.secondStage().orElseThrow().total(2)).isEqualTo(35);
        assertThat(result.elected()).isZero();
    }

    @Test
    void aThreeWayTieForFirstKeepsAllThree() {
        RankingTally tally = firsts(30, 30, 30, 10);
        SvPapers.add(tally, 3, 1, 10);
        SvResult result = count(tally, NO_LOT);
        assertThat(result.firstStage().remaining()).containsExactly(0, 1, 2);
        assertThat(result.elected()).isEqualTo(1);
        assertThat(result.lots()).isEmpty();
    }

    @Test
    void aTieForFirstBetweenTwoLeavesThirdPlaceOut() {
        SvResult result = count(firsts(35, 35, 20, 10), (stage, tied) -> new Lot(stage, tied, tied, OptionalLong.of(1)));
        assertThat(result.firstStage().remaining()).containsExactly(0, 1);
    }

    @Test
    void anEqualityAtTheEndIsDecidedByLotAndRecorded() {
        RankingTally tally = firsts(40, 38, 22);
        SvPapers.add(tally, 2, 1, 2);
        SvResult seeded = count(tally, new SeededLotDrawer(42));
        assertThat(seeded.how()).isEqualTo(HowElected.LOT_AT_SECOND_STAGE);
        assertThat(seeded.electedAtStage()).isEqualTo(2);
        assertThat(seeded.lots()).hasSize(1);
        Lot lot = seeded.lots().get(0);
        assertThat(lot.stage()).isEqualTo(2);
        assertThat(lot.tied()).containsExactly(0, 1);
        assertThat(lot.seed()).hasValue(42);
        assertThat(seeded.elected()).isEqualTo(lot.winner());
        // The same seed draws the same lot.
        assertThat(count(tally, new SeededLotDrawer(42))).isEqualTo(seeded);

        SvResult byHand = count(tally, new ReturningOfficerLots(List.of(1, 0), List.of("A", "B", "C")));
        assertThat(byHand.elected()).isEqualTo(1);
        assertThat(byHand.lots().get(0).drawnByHand()).isTrue();
    }

    @Test
    void aLotOrderThatMissesATiedCandidateIsAnError() {
        RankingTally tally = firsts(40, 38, 22);
        SvPapers.add(tally, 2, 1, 2);
        assertThatThrownBy(() -> count(tally, new ReturningOfficerLots(List.of(2, 0), List.of("A", "B", "C"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'B' is tied at stage 2");
    }

    @Test
    void withTwoCandidatesTheOneWithMoreVotesWinsAndSecondPreferencesAreIgnored() {
        RankingTally tally = new RankingTally(2);
        SvPapers.add(tally, 0, 1, 10);
        SvPapers.add(tally, 1, 0, 9);
        SvResult result = count(tally, NO_LOT);
        assertThat(result.how()).isEqualTo(HowElected.MORE_VOTES_OF_TWO);
        assertThat(result.elected()).isZero();
        assertThat(result.secondStage()).isEmpty();
        assertThat(result.electedAtStage()).isEqualTo(1);
    }

    @Test
    void withTwoEqualCandidatesALotDecides() {
        SvResult result = count(firsts(10, 10), new ReturningOfficerLots(List.of(1, 0), List.of("A", "B")));
        assertThat(result.how()).isEqualTo(HowElected.LOT_BETWEEN_TWO);
        assertThat(result.elected()).isEqualTo(1);
        assertThat(result.lots().get(0).stage()).isEqualTo(1);
    }

    @Test
    void withNoValidVotesEveryoneRemainsAndALotDecides() {
        SvResult result = count(new RankingTally(3), new ReturningOfficerLots(List.of(2, 1, 0), List.of("A", "B", "C")));
        assertThat(result.firstStage().remaining()).containsExactly(0, 1, 2);
        assertThat(result.elected()).isEqualTo(2);
        assertThat(result.how()).isEqualTo(HowElected.LOT_AT_SECOND_STAGE);
    }

    @Test
    void returnsAreCheckedAgainstTheCandidatesWhoWentForward() {
        List<Long> first = List.of(27255L, 25763L, 15120L);
        CountReturns right = CountReturns.of(first, List.of(Optional.of(5499L), Optional.of(621L), Optional.empty()));
        SvResult result = SvView.count(candidates(3), right, NO_LOT);
        assertThat(result.secondStage().orElseThrow().total(0)).isEqualTo(32754);
        assertThat(result.secondStage().orElseThrow().total(1)).isEqualTo(26384);
        assertThat(result.secondStage().orElseThrow().nonTransferable()).isEqualTo(9000);

        CountReturns forEliminated = CountReturns.of(first, List.of(Optional.of(5499L), Optional.of(621L), Optional.of(3L)));
        assertThatThrownBy(() -> SvView.count(candidates(3), forEliminated, NO_LOT))
                .isInstanceOfSatisfying(StatedFiguresMismatchException.class, e -> {
                    assertThat(e.candidate()).isEqualTo(2);
                    assertThat(e.remains()).isFalse();
                });
        CountReturns missing = CountReturns.of(first, List.of(Optional.of(5499L), Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> SvView.count(candidates(3), missing, NO_LOT))
                .isInstanceOfSatisfying(StatedFiguresMismatchException.class, e -> assertThat(e.remains()).isTrue());
        CountReturns tooMany = CountReturns.of(first, List.of(Optional.of(15000L), Optional.of(621L), Optional.empty()));
        assertThatThrownBy(() -> SvView.count(candidates(3), tooMany, NO_LOT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than the 15120 papers of the eliminated candidates");
    }

    @Test
    void returnsOfACountWithoutASecondStageStateNoSecondStageFigure() {
        // Tower Hamlets 2010: Lutfur Rahman (index 4) has 23,283 of 44,985 and is elected at the first stage.
        List<Long> first = List.of(11254L, 2300L, 2800L, 5348L, 23283L);
        List<Optional<Long>> none = List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(SvView.count(candidates(5), CountReturns.of(first, none), NO_LOT).elected()).isEqualTo(4);
        CountReturns stated = CountReturns.of(first,
                List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(999L)));
        assertThatThrownBy(() -> SvView.count(candidates(5), stated, NO_LOT))
                .isInstanceOfSatisfying(StatedFiguresMismatchException.class, e -> {
                    assertThat(e.candidate()).isEqualTo(4);
                    assertThat(e.noSecondStage()).isTrue();
                    assertThat(e.remains()).isFalse();
                });
        // With two candidates there is one stage, whoever wins.
        CountReturns two = CountReturns.of(List.of(10L, 8L), List.of(Optional.empty(), Optional.of(0L)));
        assertThatThrownBy(() -> SvView.count(candidates(2), two, NO_LOT))
                .isInstanceOfSatisfying(StatedFiguresMismatchException.class, e -> {
                    assertThat(e.candidate()).isEqualTo(1);
                    assertThat(e.noSecondStage()).isTrue();
                });
    }

    @Test
    void returnsOfAreasAddUp() {
        CountReturns north = CountReturns.of(List.of(10L, 8L, 4L), List.of(Optional.of(1L), Optional.of(2L), Optional.empty()));
        CountReturns south = CountReturns.of(List.of(5L, 9L, 3L), List.of(Optional.of(2L), Optional.of(0L), Optional.empty()));
        CountReturns both = north.plus(south);
        assertThat(both.first().votes(1)).isEqualTo(17);
        assertThat(both.added(0)).hasValue(3L);
        assertThat(both.added(2)).isEmpty();
        CountReturns stray = CountReturns.of(List.of(1L, 1L, 1L), List.of(Optional.of(0L), Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> north.plus(stray)).isInstanceOf(StatedFiguresMismatchException.class);
    }

    @Test
    void anAreaIsCountedUnderTheWholeCountsRemainingCandidates() {
        RankingTally north = new RankingTally(3);
        SvPapers.add(north, 0, 1, 10);
        SvPapers.add(north, 2, 0, 4);
        RankingTally south = new RankingTally(3);
        SvPapers.add(south, 1, 0, 12);
        SvPapers.add(south, 2, 1, 3);
        RankingTally all = SvPapers.sum(3, List.of(north, south));
        SvResult result = count(all, NO_LOT);
        var figures = SvView.inArea("South", result, south, Optional.empty());
        assertThat(figures.firstPreferences()).containsExactly(0L, 12L, 3L);
        assertThat(SvView.added(figures).orElseThrow()).containsExactly(0L, 3L, 0L);
    }

    private static SvResult count(Object votes, LotDrawer lots) {
        return SvView.count(candidates(SvView.candidateCount(votes)), votes, lots);
    }

    /** A tally where every paper has no second preference. */
    private static RankingTally firsts(long... votes) {
        RankingTally tally = new RankingTally(votes.length);
        for (int candidate = 0; candidate < votes.length; candidate++) {
            SvPapers.add(tally, candidate, UnusedSecondPreference.UNMARKED, votes[candidate]);
        }
        return tally;
    }

    static List<Candidate> candidates(int n) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            candidates.add(Candidate.of(String.valueOf((char) ('A' + i)), "Party " + i));
        }
        return candidates;
    }
}
