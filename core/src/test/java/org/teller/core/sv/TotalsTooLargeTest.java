package org.teller.core.sv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.teller.core.Candidate;
import org.teller.core.tally.RankingTally;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.core.tally.CountReturns;
import org.teller.core.sv.SvView.SvResult;

/**
 * Every sum of votes or papers is exact or refused: a total beyond {@code Long.MAX_VALUE} would wrap
 * round to a figure that looks like a count, so it is bad input instead.
 */
class TotalsTooLargeTest {

    private static final long MAX = Long.MAX_VALUE;
    private static final String TOO_LARGE = "more than Teller can count (9,223,372,036,854,775,807)";

    private static final List<Candidate> THREE = List.of(
            Candidate.of("Ann", "Red"), Candidate.of("Bo", "Blue"), Candidate.of("Cy", "Green"));

    @Test
    void addingToACellOfATally() {
        RankingTally tally = new RankingTally(3);
        SvPapers.add(tally, 0, 1, MAX);
        assertTooLarge(() -> SvPapers.add(tally, 0, 1, 1));
        tally.addRejected(RejectionHead.UNMARKED, MAX);
        assertTooLarge(() -> tally.addRejected(RejectionHead.UNMARKED, 1));
    }

    @Test
    void firstPreferencesAcrossSecondPreferences() {
        RankingTally tally = new RankingTally(3);
        SvPapers.add(tally, 0, 1, MAX);
        SvPapers.add(tally, 0, UnusedSecondPreference.UNMARKED, 1);
        assertTooLarge(() -> SvPapers.firstPreferences(tally, 0));
        assertTooLarge(tally::valid);
        assertTooLarge(() -> SvView.count(THREE, tally, new SeededLotDrawer(0)));
    }

    @Test
    void validVotesAcrossCandidates() {
        RankingTally tally = new RankingTally(3);
        SvPapers.add(tally, 0, 1, MAX - 5);
        SvPapers.add(tally, 2, 1, 6);
        assertTooLarge(tally::valid);
        assertTooLarge(() -> SvView.count(THREE, tally, new SeededLotDrawer(0)));
    }

    @Test
    void papersAcrossValidAndRejected() {
        RankingTally tally = new RankingTally(3);
        SvPapers.add(tally, 0, 1, MAX);
        tally.addRejected(RejectionHead.UNMARKED, 1);
        assertTooLarge(tally::ballotPapers);
    }

    @Test
    void rejectedPapersAcrossHeads() {
        RankingTally tally = new RankingTally(3);
        tally.addRejected(RejectionHead.UNMARKED, MAX);
        tally.addRejected(RejectionHead.UNCERTAIN, 1);
        assertTooLarge(tally::rejected);
        assertTooLarge(() -> new RejectedPapers(Map.of(RejectionHead.UNMARKED, MAX), 1).total());
        RejectedPapers half = new RejectedPapers(Map.of(RejectionHead.UNMARKED, MAX / 2 + 1), 0);
        assertTooLarge(() -> half.plus(half));
    }

    @Test
    void mergingTallies() {
        RankingTally area = new RankingTally(3);
        SvPapers.add(area, 1, 2, MAX / 2 + 1);
        RankingTally total = new RankingTally(3);
        total.merge(area);
        assertTooLarge(() -> total.merge(area));
        RankingTally rejected = new RankingTally(3);
        rejected.addRejected(RejectionHead.WANT_OF_OFFICIAL_MARK, MAX / 2 + 1);
        RankingTally rejectedTotal = new RankingTally(3);
        rejectedTotal.merge(rejected);
        assertTooLarge(() -> rejectedTotal.merge(rejected));
    }

    @Test
    void transfersAndSecondPreferencesNotCounted() {
        RankingTally tally = new RankingTally(4);
        SvPapers.add(tally, 0, 1, 10);
        SvPapers.add(tally, 1, 0, 9);
        SvPapers.add(tally, 2, 0, MAX / 2 + 1);
        SvPapers.add(tally, 3, 0, MAX / 2 + 1);
        assertTooLarge(() -> SvView.transfersTo(tally, new boolean[] {true, true, false, false}));
        RankingTally unused = new RankingTally(3);
        SvPapers.add(unused, 0, UnusedSecondPreference.UNMARKED, MAX);
        SvPapers.add(unused, 1, UnusedSecondPreference.UNMARKED, 1);
        assertTooLarge(() -> SvView.unusedSecondPreferences(unused));
    }

    @Test
    void returnsOfCountAreasAddedUp() {
        CountReturns area = CountReturns.of(List.of(MAX / 2 + 1, 0L, 0L), List.of(Optional.empty(), Optional.empty(), Optional.empty()));
        assertTooLarge(() -> area.plus(area));
        CountReturns seconds = CountReturns.of(List.of(1L, 1L, 0L), List.of(Optional.of(MAX / 2 + 1), Optional.of(0L), Optional.empty()));
        assertTooLarge(() -> seconds.plus(seconds));
    }

    @Test
    void returnsWhoseVotesAddUpTooFar() {
        CountReturns returns = CountReturns.of(List.of(MAX, 1L, 0L), List.of(Optional.empty(), Optional.empty(), Optional.empty()));
        assertTooLarge(returns::valid);
        assertTooLarge(() -> SvView.count(THREE, returns, new SeededLotDrawer(0)));
        CountReturns eliminated = CountReturns.of(List.of(10L, 9L, MAX - 100, MAX - 100),
                List.of(Optional.of(0L), Optional.of(0L), Optional.empty(), Optional.empty()));
        assertTooLarge(() -> SvView.transfersTo(eliminated, new boolean[] {true, true, false, false}));
        CountReturns added = CountReturns.of(List.of(10L, 9L, 8L),
                List.of(Optional.of(MAX), Optional.of(1L), Optional.empty()));
        assertTooLarge(() -> SvView.transfersTo(added, new boolean[] {true, true, false}));
    }

    @Test
    void aCountNearTheLimitIsExact() {
        RankingTally tally = new RankingTally(3);
        SvPapers.add(tally, 0, 1, MAX / 2);
        SvPapers.add(tally, 1, 0, MAX / 2 - 10);
        SvPapers.add(tally, 2, 0, 11);
        SvResult result = SvView.count(THREE, tally, new SeededLotDrawer(0));
        // Exactly the most a total can hold, at both stages.
        assertThat(result.firstStage().valid()).isEqualTo(MAX);
        assertThat(result.secondStage().orElseThrow().total(0)).isEqualTo(MAX / 2 + 11);
        assertThat(result.secondStage().orElseThrow().totalOfRemaining()).isEqualTo(MAX);
        assertThat(result.elected()).isZero();
    }

    private static void assertTooLarge(ThrowingCallable sum) {
        assertThatThrownBy(sum).isInstanceOf(InvalidInputException.class).hasMessageContaining(TOO_LARGE);
    }
}
