package org.teller.rctab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.tally.Transfer;
import org.teller.rctab.Slice;
import org.teller.rctab.Tabulation;
import org.teller.rctab.config.ContestConfig;
import org.teller.rctab.config.Rules;

/** RCTab's rules for the figures and text of its reports, one at a time, as RCTab 2.0.1 was seen to apply them. */
class ReportRulesTest {

    @Test
    void aShareIsCutToHundredthsAfterADivisionToSevenSignificantDigits() {
        assertThat(VotePercent.of(8, 26)).isEqualTo("30.76%"); // 30.769...: cut, not rounded
        assertThat(VotePercent.of(2, 3)).isEqualTo("66.66%");
        assertThat(VotePercent.of(2, 5)).isEqualTo("40.0%");
        assertThat(VotePercent.of(1, 8)).isEqualTo("12.5%");
        assertThat(VotePercent.of(1, 2000)).isEqualTo("0.05%");
        assertThat(VotePercent.of(1, 20000)).isEqualTo("0.0%");
        assertThat(VotePercent.of(0, 26)).isEqualTo("0.0%");
        assertThat(VotePercent.of(26, 26)).isEqualTo("100.0%");
        // 0.99999995 is 1.000000 to seven significant digits (half even), so 100.0%, not 99.99%.
        assertThat(VotePercent.of(19_999_999, 20_000_000)).isEqualTo("100.0%");
        assertThat(VotePercent.of(0, 0)).isEmpty(); // no active ballots: no share
    }

    @Test
    void aCsvFieldIsQuotedOnlyWhereCommonsCsvQuotesIt() {
        String csv = new CsvText().line("Contest", "Golden \"Hand-made\" Test").line("Jurisdiction", "Town, ST")
                .line("#1", "!x", " lead", "trail ", "$x", "-x", "a;b", "Çelik", "x\u00a0").line("", "").line("a\nb")
                .endLine().toString();
        assertThat(csv).isEqualTo("Contest,\"Golden \"\"Hand-made\"\" Test\"\r\nJurisdiction,\"Town, ST\"\r\n"
                + "\"#1\",\"!x\",\" lead\",\"trail \",$x,-x,a;b,Çelik,x\u00a0\r\n\"\",\r\n\"a\nb\"\r\n\r\n");
    }

    @Test
    void theThresholdIsMoreThanHalfOfTheActiveBallotsInRctabsUnits() {
        assertThat(WinningThreshold.of(rules(false, false, 0), 26)).hasToString("14");
        assertThat(WinningThreshold.of(rules(false, false, 0), 27)).hasToString("14");
        assertThat(WinningThreshold.of(rules(true, false, 0), 26)).hasToString("13.0001");
        assertThat(WinningThreshold.of(rules(false, true, 0), 26)).hasToString("26"); // the Hare quota: all of them
        assertThat(WinningThreshold.of(rules(true, true, 0), 26)).hasToString("26.0000");
        assertThat(WinningThreshold.of(rules(false, false, 20), 26)).hasToString("20"); // never below the minimum
        assertThat(WinningThreshold.of(rules(false, false, 10), 26)).hasToString("14");
    }

    @Test
    void aPartsFileNameKeepsOnlyLettersDigitsAndSomeMarks() {
        assertThat(SliceFileNames.sanitize("MINNEAPOLIS W-13 P-13")).isEqualTo("MINNEAPOLIS_W-13_P-13");
        assertThat(SliceFileNames.sanitize("Ward 1/Ünit 2.a")).isEqualTo("Ward_1__nit_2.a");
        assertThat(SliceFileNames.sanitize("p\uD83D\uDE00")).isEqualTo("p_"); // one character, one '_'
        SliceFileNames names = new SliceFileNames();
        assertThat(List.of(names.of("a b"), names.of("a_b"), names.of("a?b"), names.of("a b")))
                .containsExactly("a_b", "a_b_1", "a_b_2", "a_b");
    }

    @Test
    void candidatesEqualInTheFirstRoundAreListedInTheOrderOfRctabsHashMap() {
        // Undeclared write-ins last whatever their votes; equal candidates not in the configuration's order
        // nor by name, but as a HashMap of their names iterates ("Miller" before "Eder", "Marshall" before
        // "Rathband", as RCTab lists them in 2015_portland_mayor_codes).
        List<String> names = List.of("Eder, John M.", "Marshall, David A.", "Miller, Markos S.", "Rathband, Jed",
                Tabulation.UNDECLARED_WRITE_INS);
        Round first = new Round(1, List.of(3L, 2L, 3L, 2L, 9L), List.of(0, 1, 2, 3, 4), List.of(), 0, Optional.empty(),
                List.of());
        assertThat(CandidateOrder.of(names, first)).containsExactly(2, 0, 1, 3, 4);
    }

    @Test
    void theJsonEscapesAsRctabsJacksonDoes() {
        // Control characters as \\u escapes in upper case (or \\n, \\t...), a character beyond the BMP as two
        // escapes, everything else as it is: '/', DEL, U+2028, letters with accents.
        String name = "a/b \u00c7 \u007f \u2028 \u001f\t\"\\ \uD83D\uDE00";
        String json = DetailedReportJson.render(ContestReport.of(oneRound(name), "x"), ReportScope.contest(oneRound(name).contest()));
        assertThat(json).contains("\"a/b \u00c7 \u007f \u2028 \\u001F\\t\\\"\\\\ \\uD83D\\uDE00\" : \"1\"");
    }

    @Test
    void aRoundThatCannotBeShownAsRctabShowsItIsRefused() {
        Tabulation golden = GoldenReportsTest.tabulation();
        Round first = golden.result().firstRound();
        Round unexplained = new Round(1, first.votes(), first.continuing(), List.of(), first.exhausted(), Optional.empty(),
                first.eliminated());
        List<Round> rounds = new ArrayList<>(golden.result().rounds());
        rounds.set(0, unexplained);
        Tabulation tabulation = new Tabulation(golden.config(), golden.names(), golden.result(),
                new Slice(15, 1, rounds), new TreeMap<>(), new TreeMap<>(), List.of());
        assertThatThrownBy(() -> RctabReports.render(tabulation, "t", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("round 1 does not say why its papers were exhausted");
    }

    @Test
    void aPartsPapersOfCandidatesEliminatedTogetherAreTheirsOnlyWhenThereAreNone() {
        // B and C eliminated together at round 1. The whole count gives each one's papers; a part, as
        // Replay gives it, all of them as one: RCTab's JSON needs each one's, so a part whose two passed
        // papers on together is refused, and one whose two passed none on is written.
        Tabulation golden = GoldenReportsTest.tabulation();
        List<Round> whole = List.of(
                new Round(1, List.of(5L, 2L, 1L), List.of(0, 1, 2), List.of(), 0, ends(0), List.of(1, 2)),
                new Round(2, List.of(7L, 0L, 0L), List.of(0),
                        List.of(new Transfer(OptionalInt.of(1), List.of(1L, 0L, 0L), 2, ends(1)),
                                new Transfer(OptionalInt.of(2), List.of(1L, 0L, 0L), 1, ends(0))), 1, ends(1), List.of()));
        Slice passedOn = part(List.of(2L, 1L, 1L), new Transfer(OptionalInt.empty(), List.of(1L, 0L, 0L), 2, ends(1)));
        Slice none = part(List.of(2L, 0L, 0L), new Transfer(OptionalInt.empty(), List.of(0L, 0L, 0L), 0, ends(0)));
        List<String> names = List.of("A", "B", "C");
        Result result = new Result(golden.result().system(),
                names.stream().map(name -> org.teller.core.Candidate.of(name, "")).toList(), whole, 0,
                org.teller.core.count.HowElected.ONLY_CONTINUING_CANDIDATE, List.of());
        Slice contest = new Slice(8, 0, whole);

        Tabulation refused = new Tabulation(golden.config(), names, result, contest, new TreeMap<>(Map.of("p1", passedOn)),
                new TreeMap<>(), List.of());
        assertThatThrownBy(() -> RctabReports.render(refused, "t", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("precinct 'p1', round 2: the papers of the 2 candidates eliminated together are passed on as"
                        + " one, and RCTab's JSON report gives each one's");

        Tabulation written = new Tabulation(golden.config(), names, result, contest, new TreeMap<>(Map.of("p2", none)),
                new TreeMap<>(), List.of());
        String json = RctabReports.render(written, "t", "x").stream()
                .filter(file -> file.path().toString().endsWith("p2_precinct_detailed_report.json")).findFirst()
                .orElseThrow().text();
        assertThat(json).contains("\"eliminated\" : \"B\",\n      \"transfers\" : { }")
                .contains("\"eliminated\" : \"C\",\n      \"transfers\" : { }");
        String whole1 = RctabReports.render(written, "t", "x").get(2).text();
        assertThat(whole1).contains("\"eliminated\" : \"B\",\n      \"transfers\" : {\n        \"A\" : \"1\",\n"
                + "        \"exhausted\" : \"1\"\n      }");
    }

    private static Slice part(List<Long> first, Transfer together) {
        long active = first.stream().mapToLong(Long::longValue).sum();
        return new Slice(active, 0, List.of(
                new Round(1, first, List.of(0, 1, 2), List.of(), 0, ends(0), List.of(1, 2)),
                new Round(2, List.of(first.get(0) + together.to(0), 0L, 0L), List.of(0), List.of(together),
                        together.exhausted(), ends(together.exhausted()), List.of())));
    }

    private static Optional<Map<RankingEnd, Long>> ends(long unmarked) {
        Map<RankingEnd, Long> by = new EnumMap<>(RankingEnd.class);
        by.put(RankingEnd.UNMARKED, unmarked);
        return Optional.of(by);
    }

    /** A count of one ballot for one candidate called {@code name}, elected at once. */
    private static Tabulation oneRound(String name) {
        Tabulation golden = GoldenReportsTest.tabulation();
        Round round = new Round(1, List.of(1L), List.of(0), List.of(), 0,
                Optional.of(new EnumMap<>(RankingEnd.class)), List.of());
        Result result = new Result(golden.result().system(), List.of(org.teller.core.Candidate.of("One", "")), List.of(round), 0,
                org.teller.core.count.HowElected.MAJORITY_OF_CONTINUING_VOTES, List.of());
        ContestConfig config = golden.config();
        return new Tabulation(new ContestConfig(config.file(), config.tabulatorVersion(), config.output(), config.sources(),
                List.of(new ContestConfig.CandidateConfig(name, "", List.of(), false)), config.rules()), List.of(name), result,
                new Slice(1, 0, List.of(round)), new TreeMap<>(), new TreeMap<>(), List.of());
    }

    private static Rules rules(boolean nonInteger, boolean hare, long minimum) {
        return new Rules(Rules.TiebreakMode.RANDOM, OptionalLong.of(1), Rules.OvervoteRule.EXHAUST_IMMEDIATELY,
                Rules.SINGLE_WINNER_MAJORITY, 1, OptionalInt.empty(), OptionalInt.empty(), minimum, nonInteger, false, hare,
                false, false, OptionalInt.empty(), false, 4, "", "");
    }
}
