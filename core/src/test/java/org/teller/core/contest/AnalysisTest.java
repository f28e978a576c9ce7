package org.teller.core.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.teller.core.Candidate;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.HowElected;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.tally.Transfer;

/** Majority, swing and gains against the Tower Hamlets counts of 2010 and 2015 and small made-up ones. */
class AnalysisTest {

    // Tower Hamlets 2010, in ballot order: Abbas (Lab), Duffell (Green), Griffiths (LD), King (C), Rahman (Ind).
    private static final Contest TH_2010 = new Contest("Mayor of Tower Hamlets", LocalDate.of(2010, 10, 21),
            RuleSet.COUNCIL_MAYOR, List.of(Candidate.of("Helal Uddin Abbas", "Labour"), Candidate.of("Alan Duffell", "Green"),
                    Candidate.of("John David Macleod Griffiths", "Liberal Democrats"),
                    Candidate.of("Neil Anthony King", "Conservative"), Candidate.of("Lutfur Rahman", "Independent")),
            OptionalLong.of(182_482));
    private static final Round TH_2010_FIRST = first(11254, 2300, 2800, 5348, 23283);

    // Tower Hamlets 2015: Biggs (Lab), Khan (Ind), Golds (C), Foster (Green), Bagshaw (LD).
    private static final List<Candidate> TH_2015 = List.of(Candidate.of("John Biggs", "Labour"),
            Candidate.of("Rabina Khan", "Independent"), Candidate.of("Peter Golds", "Conservative"),
            Candidate.of("John Foster", "Green"), Candidate.of("Elaine Bagshaw", "Liberal Democrats"),
            Candidate.of("Others", "Others"));
    private static final Round TH_2015_FIRST = new Round(1, List.of(27255L, 25763L, 5940L, 2678L, 2152L, 4350L),
            List.of(0, 1, 2, 3, 4, 5), List.of(), 0, Optional.empty(), List.of(2, 3, 4, 5));

    private static Round first(long... votes) {
        List<Integer> all = IntStream.range(0, votes.length).boxed().toList();
        return new Round(1, java.util.Arrays.stream(votes).boxed().toList(), all, List.of(), 0, Optional.empty(), List.of());
    }

    private static Result th2015() {
        Round second = new Round(2, List.of(32754L, 26384L, 0L, 0L, 0L, 0L), List.of(0, 1),
                List.of(new Transfer(OptionalInt.empty(), List.of(5499L, 621L, 0L, 0L, 0L, 0L), 15120, Optional.empty())),
                9000, Optional.empty(), List.of());
        return new Result(SupplementaryVote.INSTANCE, TH_2015, List.of(TH_2015_FIRST, second), 0,
                HowElected.MOST_VOTES_AT_SECOND_STAGE, List.of());
    }

    private static Declaration declaration(Contest contest, Result result) {
        return new Declaration(contest, result, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), Optional.empty());
    }

    private static final Contest TH_2015_CONTEST = new Contest("Mayor of Tower Hamlets", LocalDate.of(2015, 6, 11),
            RuleSet.COUNCIL_MAYOR, TH_2015, OptionalLong.empty());

    @Test
    void theMajorityIsTheLeadAtTheStageThatElects() {
        // 32,754 - 26,384: the 6,370 the Guardian printed.
        assertThat(Majority.of(th2015())).contains(new Majority(0, 1, 2, 6370));
        // 2010, elected at the first stage: 23,283 - 11,254.
        Result first = new Result(SupplementaryVote.INSTANCE, TH_2010.candidates(), List.of(TH_2010_FIRST), 4,
                HowElected.MAJORITY_AT_FIRST_STAGE, List.of());
        assertThat(Majority.of(first)).contains(new Majority(4, 0, 1, 12_029));
    }

    @Test
    void aLotBetweenEqualsIsAMajorityOfNone() {
        Round tied = first(10, 10, 3);
        Result byLot = new Result(FirstPastThePost.INSTANCE, List.of(Candidate.of("A", "P"), Candidate.of("B", "Q"),
                Candidate.of("C", "R")), List.of(tied), 1, HowElected.LOT, List.of());
        assertThat(Majority.of(byLot)).contains(new Majority(1, 0, 1, 0));
    }

    @Test
    void swingIsHalfTheDifferenceOfTheExactChanges() {
        PreviousContest previous = ShareChanges.previous(TH_2015_CONTEST, TH_2010, TH_2010_FIRST, OptionalInt.of(4), Map.of());
        // Labour +14.981..., Conservative -3.170...: (14.981 + 3.170) / 2 = 9.0759..., from the exact shares.
        // Khan (second) is an independent who did not stand before, so Golds is the second compared.
        assertThat(Swing.of(TH_2015, TH_2015_FIRST, previous)).contains(new Swing(2, 0, new BigDecimal("9.08")));
        // The same pair either way round.
        assertThat(Swing.between(2, 0, TH_2015_FIRST, previous)).isEqualTo(Swing.between(0, 2, TH_2015_FIRST, previous));
        // Labour against the Liberal Democrats: 14.981... and 3.158... - 6.224... = -3.066...
        assertThat(Swing.between(0, 4, TH_2015_FIRST, previous)).contains(new Swing(4, 0, new BigDecimal("9.02")));
        // Khan cannot be compared.
        assertThat(Swing.between(0, 1, TH_2015_FIRST, previous)).isEmpty();
    }

    @Test
    void swingRoundsTheExactHalfUpOnce() {
        Contest before = contest(List.of(Candidate.of("A", "Red"), Candidate.of("B", "Blue")));
        Contest now = contest(List.of(Candidate.of("C", "Red"), Candidate.of("D", "Blue")));
        // Red 50% -> 50.01%, Blue 50% -> 49.99%: a swing of exactly 0.01; Red 5000/10000 -> 5001/10000 -> exact.
        PreviousContest previous = ShareChanges.previous(now, before, first(5000, 5000), OptionalInt.empty(), Map.of());
        assertThat(Swing.of(now.candidates(), first(5001, 4999), previous)).contains(new Swing(1, 0, new BigDecimal("0.01")));
        // 50.005% and 49.995%: a swing of 0.005 exactly, rounded half-up to 0.01; of 0.0025, to 0.00.
        PreviousContest finer = ShareChanges.previous(now, before, first(10000, 10000), OptionalInt.empty(), Map.of());
        assertThat(Swing.of(now.candidates(), first(10001, 9999), finer)).contains(new Swing(1, 0, new BigDecimal("0.01")));
        assertThat(Swing.of(now.candidates(), first(20001, 19999), finer)).contains(new Swing(1, 0, new BigDecimal("0.00")));
    }

    @Test
    void aPartyHoldsOrGainsAndAnIndependentHoldsOnlyThemselves() {
        PreviousContest rahmanWon = ShareChanges.previous(TH_2015_CONTEST, TH_2010, TH_2010_FIRST, OptionalInt.of(4), Map.of());
        assertThat(Outcome.of(TH_2015_CONTEST, 0, rahmanWon)).contains(new Outcome(Outcome.Kind.GAIN, 0, 4));
        // Another independent does not hold Rahman's seat.
        assertThat(Outcome.of(TH_2015_CONTEST, 1, rahmanWon)).contains(new Outcome(Outcome.Kind.GAIN, 1, 4));
        PreviousContest abbasWon = ShareChanges.previous(TH_2015_CONTEST, TH_2010, TH_2010_FIRST, OptionalInt.of(0), Map.of());
        assertThat(Outcome.of(TH_2015_CONTEST, 0, abbasWon)).contains(new Outcome(Outcome.Kind.HOLD, 0, 0));
        Contest rahmanAgain = contest(List.of(Candidate.of("lutfur  rahman", "Independent"), Candidate.of("X", "Labour")));
        assertThat(Outcome.of(rahmanAgain, 0, ShareChanges.previous(rahmanAgain, TH_2010, TH_2010_FIRST, OptionalInt.of(4),
                Map.of()))).contains(new Outcome(Outcome.Kind.HOLD, 0, 4));
        // Not known who won last time: no gain or hold.
        assertThat(Outcome.of(TH_2015_CONTEST, 0, ShareChanges.previous(TH_2015_CONTEST, TH_2010, TH_2010_FIRST,
                OptionalInt.empty(), Map.of()))).isEmpty();
    }

    @Test
    void theDeclarationGivesItsChangesMajorityGainAndSwing() {
        Declaration now = declaration(TH_2015_CONTEST, th2015())
                .since(ShareChanges.previous(TH_2015_CONTEST, TH_2010, TH_2010_FIRST, OptionalInt.of(4), Map.of()));
        assertThat(now.change(0)).contains(new BigDecimal("14.98"));
        assertThat(now.change(2)).contains(new BigDecimal("-3.17"));
        assertThat(now.change(1)).isEmpty();
        assertThat(now.majority().orElseThrow().votes()).isEqualTo(6370);
        assertThat(now.outcome().orElseThrow().kind()).isEqualTo(Outcome.Kind.GAIN);
        assertThat(now.swing().orElseThrow().points()).isEqualByComparingTo("9.08");
        assertThat(declaration(TH_2015_CONTEST, th2015()).swing()).isEmpty();
    }

    @Test
    void whoWonIsKnownFromFirstPreferencesOnlyWithMoreThanHalfOrUnderFirstPastThePost() {
        assertThat(PreviousContest.electedByFirstPreferences(TH_2010, TH_2010_FIRST)).hasValue(4);
        Contest sv = contest(List.of(Candidate.of("A", "P"), Candidate.of("B", "Q"), Candidate.of("C", "R")));
        assertThat(PreviousContest.electedByFirstPreferences(sv, first(40, 35, 25))).isEmpty();
        assertThat(PreviousContest.electedByFirstPreferences(sv.under(FirstPastThePost.INSTANCE), first(40, 35, 25))).hasValue(0);
        assertThat(PreviousContest.electedByFirstPreferences(sv.under(FirstPastThePost.INSTANCE), first(40, 40, 20))).isEmpty();
    }

    private static Contest contest(List<Candidate> candidates) {
        return new Contest("Test", LocalDate.of(2026, 5, 7), RuleSet.COUNCIL_MAYOR, candidates, OptionalLong.empty());
    }
}
