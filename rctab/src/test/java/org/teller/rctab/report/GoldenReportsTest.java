package org.teller.rctab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.teller.core.Candidate;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.HowElected;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.lot.Lot;
import org.teller.core.lot.Tie;
import org.teller.core.tally.Transfer;
import org.teller.rctab.Slice;
import org.teller.rctab.Tabulation;
import org.teller.rctab.config.ContestConfig;
import org.teller.rctab.config.ContestConfig.CandidateConfig;
import org.teller.rctab.config.ContestConfig.OutputSettings;
import org.teller.rctab.config.Rules;
import org.teller.rctab.cvr.CvrProvider;
import org.teller.rctab.cvr.CvrSource;

/**
 * A small count made by hand, written out and held to what RCTab 2.0.1 wrote for the same contest (its
 * reports below, of 15 ballots made up for this test: a candidate's name with quotes in it, another's
 * with a cedilla, a jurisdiction with a comma; an undervote, an overvote, a skipped rank, exhausted
 * ballots; undeclared write-ins eliminated first; the last two equal, the first in the configuration
 * elected by RCTab's tie-break; precincts "North 1", "North_1" (the same once made a file name) and
 * none, and batches "North 1" and none). The parts' rounds keep the transfers of a round together, as
 * {@link org.teller.core.count.Replay} gives them.
 *
 * <p>The ballots, as RCTab's generic CSV (precinct, batch, then the ranks of Ann Ash, Bo "Bobby"
 * Brown, Cy Çelik and the write-ins): G01 North 1, North 1: 1,2; G02 North 1, North 1: 1; G03 North 1,
 * North 1: -,1,2; G04 North 1, North 1: 2,-,1; G05 North 1, North 1: none; G06 -, North 1: 2,1; G07 -,
 * North 1: -,-,1; G08 -, North 1: 1,1; G09: -,-,-,1; G10 North 1, -: 3,-,-,1; G11: -,1; G12 North 1, -:
 * -,2,1; G13: 1,-,2; G14 North_1: 1; G15 North_1: -,1. Rules: exhaust at an overvote, no skipped rank
 * allowed, ties by the candidates' order.
 */
class GoldenReportsTest {

    private static final String TIMESTAMP = "2026-12-05_02-24";
    private static final String GENERATED_BY = "RCTab 2.0.1";
    private static final int ANN = 0;
    private static final int BO = 1;
    private static final int CY = 2;
    private static final int WRITE_INS = 3;

    @Test
    void theReportsAreRctabsForTheSameContest() {
        Map<String, String> rendered = rendered(tabulation());
        assertThat(rendered.get(TIMESTAMP + "_summary_report.csv")).isEqualTo(SUMMARY);
        assertThat(rendered.get(TIMESTAMP + "_detailed_report.csv")).isEqualTo(DETAILED_CSV);
        assertThat(rendered.get(TIMESTAMP + "_detailed_report.json")).isEqualTo(DETAILED_JSON);
        assertThat(rendered.get("Tabulate by Precinct/" + TIMESTAMP + "_North_1_precinct_detailed_report.csv"))
                .isEqualTo(NORTH_1_CSV);
        assertThat(rendered.get("Tabulate by Precinct/" + TIMESTAMP + "_North_1_precinct_detailed_report.json"))
                .isEqualTo(NORTH_1_JSON);
        assertThat(rendered.get("Tabulate by Batch/" + TIMESTAMP + "_no_batch_id_batch_detailed_report.json"))
                .isEqualTo(NO_BATCH_ID_JSON);
    }

    @Test
    void thePartsAreFiledAsRctabFilesThem() {
        // "North_1" comes out as "North 1" does, so it is told apart; the batch "North 1" is filed as the precinct is.
        assertThat(rendered(tabulation()).keySet()).containsExactly(
                TIMESTAMP + "_summary_report.csv",
                TIMESTAMP + "_detailed_report.csv",
                TIMESTAMP + "_detailed_report.json",
                "Tabulate by Precinct/" + TIMESTAMP + "_no_precinct_id_precinct_detailed_report.csv",
                "Tabulate by Precinct/" + TIMESTAMP + "_no_precinct_id_precinct_detailed_report.json",
                "Tabulate by Precinct/" + TIMESTAMP + "_North_1_precinct_detailed_report.csv",
                "Tabulate by Precinct/" + TIMESTAMP + "_North_1_precinct_detailed_report.json",
                "Tabulate by Precinct/" + TIMESTAMP + "_North_1_1_precinct_detailed_report.csv",
                "Tabulate by Precinct/" + TIMESTAMP + "_North_1_1_precinct_detailed_report.json",
                "Tabulate by Batch/" + TIMESTAMP + "_no_batch_id_batch_detailed_report.csv",
                "Tabulate by Batch/" + TIMESTAMP + "_no_batch_id_batch_detailed_report.json",
                "Tabulate by Batch/" + TIMESTAMP + "_North_1_batch_detailed_report.csv",
                "Tabulate by Batch/" + TIMESTAMP + "_North_1_batch_detailed_report.json");
    }

    @Test
    void partsWhoseNamesComeOutTheSameAreToldApartInRctabsOrder() {
        // As RCTab 2.0.1 filed them: precincts before batches, each in its hash map's order ("a_y" before
        // "a y"), and not in the order of the names or of the records.
        Tabulation golden = tabulation();
        Slice part = golden.precincts().get("North 1");
        Tabulation tabulation = new Tabulation(golden.config(), golden.names(), golden.result(), golden.contest(),
                new TreeMap<>(Map.of("a y", part, "a_y", part, "b_x", part)), new TreeMap<>(Map.of("b x", part)), List.of());
        assertThat(rendered(tabulation).keySet()).filteredOn(name -> name.endsWith(".csv") && name.contains("/"))
                .containsExactlyInAnyOrder(
                        "Tabulate by Precinct/" + TIMESTAMP + "_a_y_1_precinct_detailed_report.csv",
                        "Tabulate by Precinct/" + TIMESTAMP + "_a_y_precinct_detailed_report.csv",
                        "Tabulate by Precinct/" + TIMESTAMP + "_b_x_precinct_detailed_report.csv",
                        "Tabulate by Batch/" + TIMESTAMP + "_b_x_1_batch_detailed_report.csv");
        assertThat(rendered(tabulation).get("Tabulate by Precinct/" + TIMESTAMP + "_a_y_1_precinct_detailed_report.csv"))
                .contains("\r\nPrecinct,a y\r\n");
    }

    static Map<String, String> rendered(Tabulation tabulation) {
        Map<String, String> files = new LinkedHashMap<>();
        for (ReportFile file : RctabReports.render(tabulation, TIMESTAMP, GENERATED_BY)) {
            files.put(file.path().toString().replace('\\', '/'), file.text());
        }
        return files;
    }

    /** The count of the ballots above, by hand. */
    static Tabulation tabulation() {
        List<String> names = List.of("Ann Ash", "Bo \"Bobby\" Brown", "Cy \u00c7elik", Tabulation.UNDECLARED_WRITE_INS);
        Rules rules = new Rules(Rules.TiebreakMode.USE_CANDIDATE_ORDER, OptionalLong.empty(),
                Rules.OvervoteRule.EXHAUST_IMMEDIATELY, Rules.SINGLE_WINNER_MAJORITY, 1, OptionalInt.of(0), OptionalInt.empty(),
                0, false, false, false, false, false, OptionalInt.empty(), false, 4, "", "Hand-made");
        OutputSettings output = new OutputSettings("Golden \"Hand-made\" Test", Path.of("output"), "2025-01-02", "Town, ST",
                "Mayor", true, true, false);
        List<CandidateConfig> candidates = names.subList(0, 3).stream()
                .map(name -> new CandidateConfig(name, "", List.of(), false)).toList();
        CvrSource source = new CvrSource(Path.of("golden_cvr.csv"), CvrProvider.GENERIC_CSV, "", OptionalInt.of(4),
                OptionalInt.of(2), OptionalInt.of(1), OptionalInt.of(2), OptionalInt.of(3), "", "", "", "Write-in", false);
        ContestConfig config = new ContestConfig(Path.of("golden_config.json"), "2.0.1", output, List.of(source), candidates,
                rules);

        // The whole contest: each eliminated candidate's papers passed on apart.
        List<Round> rounds = List.of(
                new Round(1, List.of(4L, 4L, 3L, 2L), List.of(ANN, BO, CY, WRITE_INS), List.of(), 2,
                        ends(1, 0, 1, 0), List.of(WRITE_INS)),
                new Round(2, List.of(4L, 4L, 3L, 0L), List.of(ANN, BO, CY),
                        List.of(from(WRITE_INS, List.of(0L, 0L, 0L, 0L), ends(1, 0, 0, 1))), 4, ends(2, 0, 1, 1), List.of(CY)),
                new Round(3, List.of(5L, 5L, 0L, 0L), List.of(ANN, BO),
                        List.of(from(CY, List.of(1L, 1L, 0L, 0L), ends(1, 0, 0, 0))), 5, ends(3, 0, 1, 1), List.of()));
        Lot lot = new Lot(3, List.of(ANN, BO), List.of(ANN, BO), OptionalLong.empty(), Tie.Decides.ELECTED);
        Result result = new Result(AlternativeVote.uk(3), names.stream().map(name -> Candidate.of(name, "")).toList(),
                rounds, ANN, HowElected.LOT_BETWEEN_LAST_TWO, List.of(lot));

        Map<String, Slice> precincts = new TreeMap<>();
        precincts.put("North 1", part(7, 1, List.of(2L, 1L, 2L, 1L), ends(1, 0, 0, 0),
                List.of(0L, 0L, 0L, 0L), ends(0, 0, 0, 1), List.of(2L, 1L, 2L, 0L), ends(1, 0, 0, 1),
                List.of(1L, 1L, 0L, 0L), ends(0, 0, 0, 0), List.of(3L, 2L, 0L, 0L), ends(1, 0, 0, 1)));
        precincts.put("North_1", part(2, 0, List.of(1L, 1L, 0L, 0L), ends(0, 0, 0, 0),
                List.of(0L, 0L, 0L, 0L), ends(0, 0, 0, 0), List.of(1L, 1L, 0L, 0L), ends(0, 0, 0, 0),
                List.of(0L, 0L, 0L, 0L), ends(0, 0, 0, 0), List.of(1L, 1L, 0L, 0L), ends(0, 0, 0, 0)));
        precincts.put("", part(6, 0, List.of(1L, 2L, 1L, 1L), ends(0, 0, 1, 0),
                List.of(0L, 0L, 0L, 0L), ends(1, 0, 0, 0), List.of(1L, 2L, 1L, 0L), ends(1, 0, 1, 0),
                List.of(0L, 0L, 0L, 0L), ends(1, 0, 0, 0), List.of(1L, 2L, 0L, 0L), ends(2, 0, 1, 0)));
        Map<String, Slice> batches = new TreeMap<>();
        batches.put("North 1", part(8, 1, List.of(2L, 2L, 2L, 0L), ends(1, 0, 1, 0),
                List.of(0L, 0L, 0L, 0L), ends(0, 0, 0, 0), List.of(2L, 2L, 2L, 0L), ends(1, 0, 1, 0),
                List.of(1L, 0L, 0L, 0L), ends(1, 0, 0, 0), List.of(3L, 2L, 0L, 0L), ends(2, 0, 1, 0)));
        batches.put("", part(7, 0, List.of(2L, 2L, 1L, 2L), ends(0, 0, 0, 0),
                List.of(0L, 0L, 0L, 0L), ends(1, 0, 0, 1), List.of(2L, 2L, 1L, 0L), ends(1, 0, 0, 1),
                List.of(0L, 1L, 0L, 0L), ends(0, 0, 0, 0), List.of(2L, 3L, 0L, 0L), ends(1, 0, 0, 1)));
        return new Tabulation(config, names, result, new Slice(15, 1, rounds), new TreeMap<>(precincts),
                new TreeMap<>(batches), List.of());
    }

    /**
     * A part's three rounds, from its first-round votes and papers exhausted, and for each later round
     * the papers passed on (together, as a count area's are) and where it then stands.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    private static Slice part(long ballots, long undervotes, List<Long> first, Optional<Map<RankingEnd, Long>> firstEnds,
            List<Long> toSecond, Optional<Map<RankingEnd, Long>> secondPassedOn, List<Long> second,
            Optional<Map<RankingEnd, Long>> secondEnds, List<Long> toThird, Optional<Map<RankingEnd, Long>> thirdPassedOn,
            List<Long> third, Optional<Map<RankingEnd, Long>> thirdEnds) {
        List<Round> rounds = new ArrayList<>();
        rounds.add(new Round(1, first, List.of(ANN, BO, CY, WRITE_INS), List.of(), total(firstEnds), firstEnds,
                List.of(WRITE_INS)));
        rounds.add(new Round(2, second, List.of(ANN, BO, CY), List.of(together(toSecond, secondPassedOn)), total(secondEnds),
                secondEnds, List.of(CY)));
        rounds.add(new Round(3, third, List.of(ANN, BO), List.of(together(toThird, thirdPassedOn)), total(thirdEnds),
                thirdEnds, List.of()));
        return new Slice(ballots, undervotes, rounds);
    }

    private static Transfer from(int candidate, List<Long> to, Optional<Map<RankingEnd, Long>> exhausted) {
        return new Transfer(OptionalInt.of(candidate), to, sum(to) + total(exhausted), exhausted);
    }

    private static Transfer together(List<Long> to, Optional<Map<RankingEnd, Long>> exhausted) {
        return new Transfer(OptionalInt.empty(), to, sum(to) + total(exhausted), exhausted);
    }

    /** Papers exhausted: ranking no one further, voting for too many, skipping too many ranks. */
    private static Optional<Map<RankingEnd, Long>> ends(long unmarked, long complete, long overvotes, long skipped) {
        Map<RankingEnd, Long> by = new EnumMap<>(RankingEnd.class);
        by.put(RankingEnd.UNMARKED, unmarked);
        by.put(RankingEnd.COMPLETE, complete);
        by.put(RankingEnd.VOTING_FOR_TOO_MANY, overvotes);
        by.put(RankingEnd.SKIPPED_RANKS, skipped);
        return Optional.of(by);
    }

    private static long total(Optional<Map<RankingEnd, Long>> by) {
        return by.orElseThrow().values().stream().mapToLong(Long::longValue).sum();
    }

    private static long sum(List<Long> figures) {
        return figures.stream().mapToLong(Long::longValue).sum();
    }

    /** A file RCTab wrote with CR LF, given here with LF. */
    private static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }

    // What RCTab 2.0.1 wrote for this contest (its reports of the whole contest, precinct "North 1" and
    // the records naming no batch).

    private static final String SUMMARY = crlf("""
Contest Information
Generated By,RCTab 2.0.1
CSV Format Version,1
Type of Election,Single-Winner
Contest,"Golden ""Hand-made"" Test"
Jurisdiction,"Town, ST"
Office,Mayor
Date,2025-01-02
Winner(s),Ann Ash
Final Threshold,6

Contest Summary
Number to be Elected,1
Number of Candidates,4
Total Number of Ballots,15
Number of Undervotes (No Rankings),1

Rounds,Round 1 Votes,% of vote,transfer,Round 2 Votes,% of vote,transfer,Round 3 Votes,% of vote,transfer
Eliminated,Undeclared Write-ins,,,Cy Çelik,,,,,
Elected,,,,,,,Ann Ash*,,
Ann Ash,4,30.76%,0,4,36.36%,1,5,50.0%,0
"Bo ""Bobby"" Brown",4,30.76%,0,4,36.36%,1,5,50.0%,0
Cy Çelik,3,23.07%,0,3,27.27%,-3,0,0.0%,0
Undeclared Write-ins,2,15.38%,-2,0,0.0%,0,0,0.0%,0
Active Ballots,13,,,11,,,10,,
Current Round Threshold,7,,,6,,,6,,
Inactive Ballots Total,1,,2,3,,1,4,,0

*Tie resolved in accordance with election law
""");

    private static final String DETAILED_CSV = crlf("""
Contest Information
Generated By,RCTab 2.0.1
CSV Format Version,1
Type of Election,Single-Winner
Contest,"Golden ""Hand-made"" Test"
Jurisdiction,"Town, ST"
Office,Mayor
Date,2025-01-02
Winner(s),Ann Ash
Final Threshold,6

Contest Summary
Number to be Elected,1
Number of Candidates,4
Total Number of Ballots,15
Number of Undervotes (No Rankings),1

Rounds,Round 1 Votes,% of vote,transfer,Round 2 Votes,% of vote,transfer,Round 3 Votes,% of vote,transfer
Eliminated,Undeclared Write-ins,,,Cy Çelik,,,,,
Elected,,,,,,,Ann Ash*,,
Ann Ash,4,30.76%,0,4,36.36%,1,5,50.0%,0
"Bo ""Bobby"" Brown",4,30.76%,0,4,36.36%,1,5,50.0%,0
Cy Çelik,3,23.07%,0,3,27.27%,-3,0,0.0%,0
Undeclared Write-ins,2,15.38%,-2,0,0.0%,0,0,0.0%,0
Active Ballots,13,,,11,,,10,,
Current Round Threshold,7,,,6,,,6,,
Inactive Ballots by Overvotes,1,,0,1,,0,1,,0
Inactive Ballots by Skipped Rankings,0,,1,1,,0,1,,0
Inactive Ballots by Exhausted Choices,0,,1,1,,1,2,,0
Inactive Ballots by Repeated Rankings,0,,0,0,,0,0,,0
Inactive Ballots Total,1,,2,3,,1,4,,0

*Tie resolved in accordance with election law
""");

    private static final String DETAILED_JSON = """
{
  "config" : {
    "contest" : "Golden \\"Hand-made\\" Test",
    "date" : "2025-01-02",
    "generatedBy" : "RCTab 2.0.1",
    "jurisdiction" : "Town, ST",
    "office" : "Mayor"
  },
  "jsonFormatVersion" : "1",
  "results" : [ {
    "inactiveBallots" : {
      "exhaustedChoices" : "0",
      "overvotes" : "1",
      "repeatedRankings" : "0",
      "skippedRankings" : "0"
    },
    "round" : 1,
    "tally" : {
      "Ann Ash" : "4",
      "Bo \\"Bobby\\" Brown" : "4",
      "Cy Çelik" : "3",
      "Undeclared Write-ins" : "2"
    },
    "tallyResults" : [ {
      "eliminated" : "Undeclared Write-ins",
      "transfers" : {
        "exhausted" : "2"
      }
    } ],
    "threshold" : "7"
  }, {
    "inactiveBallots" : {
      "exhaustedChoices" : "1",
      "overvotes" : "1",
      "repeatedRankings" : "0",
      "skippedRankings" : "1"
    },
    "round" : 2,
    "tally" : {
      "Ann Ash" : "4",
      "Bo \\"Bobby\\" Brown" : "4",
      "Cy Çelik" : "3"
    },
    "tallyResults" : [ {
      "eliminated" : "Cy Çelik",
      "transfers" : {
        "Ann Ash" : "1",
        "Bo \\"Bobby\\" Brown" : "1",
        "exhausted" : "1"
      }
    } ],
    "threshold" : "6"
  }, {
    "inactiveBallots" : {
      "exhaustedChoices" : "2",
      "overvotes" : "1",
      "repeatedRankings" : "0",
      "skippedRankings" : "1"
    },
    "round" : 3,
    "tally" : {
      "Ann Ash" : "5",
      "Bo \\"Bobby\\" Brown" : "5"
    },
    "tallyResults" : [ {
      "elected" : "Ann Ash",
      "transfers" : { }
    } ],
    "threshold" : "6"
  } ],
  "summary" : {
    "finalThreshold" : "6",
    "numCandidates" : 4,
    "numWinners" : 1,
    "totalNumBallots" : "15",
    "undervotes" : 1
  }
}""";

    private static final String NORTH_1_CSV = crlf("""
Contest Information
Generated By,RCTab 2.0.1
CSV Format Version,1
Type of Election,Single-Winner
Contest,"Golden ""Hand-made"" Test"
Jurisdiction,"Town, ST"
Office,Mayor
Date,2025-01-02
Winner(s),Ann Ash
Precinct,North 1

Contest Summary
Number to be Elected,1
Number of Candidates,4
Total Number of Ballots,7
Number of Undervotes (No Rankings),1

Rounds,Round 1 Votes,% of vote,transfer,Round 2 Votes,% of vote,transfer,Round 3 Votes,% of vote,transfer
Eliminated†,Undeclared Write-ins,,,Cy Çelik,,,,,
Elected†,,,,,,,Ann Ash*,,
Ann Ash,2,33.33%,0,2,40.0%,1,3,60.0%,0
"Bo ""Bobby"" Brown",1,16.66%,0,1,20.0%,1,2,40.0%,0
Cy Çelik,2,33.33%,0,2,40.0%,-2,0,0.0%,0
Undeclared Write-ins,1,16.66%,-1,0,0.0%,0,0,0.0%,0
Active Ballots,6,,,5,,,5,,
Inactive Ballots by Overvotes,0,,0,0,,0,0,,0
Inactive Ballots by Skipped Rankings,0,,1,1,,0,1,,0
Inactive Ballots by Exhausted Choices,0,,0,0,,0,0,,0
Inactive Ballots by Repeated Rankings,0,,0,0,,0,0,,0
Inactive Ballots Total,0,,1,1,,0,1,,0

†Elect/Eliminate decisions are from the full contest. All other results on this report are at the precinct level.

*Tie resolved in accordance with election law
""");

    private static final String NORTH_1_JSON = """
{
  "config" : {
    "contest" : "Golden \\"Hand-made\\" Test",
    "date" : "2025-01-02",
    "generatedBy" : "RCTab 2.0.1",
    "jurisdiction" : "Town, ST",
    "office" : "Mayor",
    "precinct" : "North 1"
  },
  "jsonFormatVersion" : "1",
  "results" : [ {
    "inactiveBallots" : {
      "exhaustedChoices" : "0",
      "overvotes" : "0",
      "repeatedRankings" : "0",
      "skippedRankings" : "0"
    },
    "round" : 1,
    "tally" : {
      "Ann Ash" : "2",
      "Bo \\"Bobby\\" Brown" : "1",
      "Cy Çelik" : "2",
      "Undeclared Write-ins" : "1"
    },
    "tallyResults" : [ {
      "eliminated" : "Undeclared Write-ins",
      "transfers" : {
        "exhausted" : "1"
      }
    } ],
    "threshold" : "7"
  }, {
    "inactiveBallots" : {
      "exhaustedChoices" : "0",
      "overvotes" : "0",
      "repeatedRankings" : "0",
      "skippedRankings" : "1"
    },
    "round" : 2,
    "tally" : {
      "Ann Ash" : "2",
      "Bo \\"Bobby\\" Brown" : "1",
      "Cy Çelik" : "2"
    },
    "tallyResults" : [ {
      "eliminated" : "Cy Çelik",
      "transfers" : {
        "Ann Ash" : "1",
        "Bo \\"Bobby\\" Brown" : "1"
      }
    } ],
    "threshold" : "6"
  }, {
    "inactiveBallots" : {
      "exhaustedChoices" : "0",
      "overvotes" : "0",
      "repeatedRankings" : "0",
      "skippedRankings" : "1"
    },
    "round" : 3,
    "tally" : {
      "Ann Ash" : "3",
      "Bo \\"Bobby\\" Brown" : "2"
    },
    "tallyResults" : [ {
      "elected" : "Ann Ash",
      "transfers" : { }
    } ],
    "threshold" : "6"
  } ],
  "summary" : {
    "finalThreshold" : "6",
    "numCandidates" : 4,
    "numWinners" : 1,
    "totalNumBallots" : "7",
    "undervotes" : 1
  }
}""";

    private static final String NO_BATCH_ID_JSON = """
{
  "config" : {
    "batch" : "no batch id",
    "contest" : "Golden \\"Hand-made\\" Test",
    "date" : "2025-01-02",
    "generatedBy" : "RCTab 2.0.1",
    "jurisdiction" : "Town, ST",
    "office" : "Mayor"
  },
  "jsonFormatVersion" : "1",
  "results" : [ {
    "inactiveBallots" : {
      "exhaustedChoices" : "0",
      "overvotes" : "0",
      "repeatedRankings" : "0",
      "skippedRankings" : "0"
    },
    "round" : 1,
    "tally" : {
      "Ann Ash" : "2",
      "Bo \\"Bobby\\" Brown" : "2",
      "Cy Çelik" : "1",
      "Undeclared Write-ins" : "2"
    },
    "tallyResults" : [ {
      "eliminated" : "Undeclared Write-ins",
      "transfers" : {
        "exhausted" : "2"
      }
    } ],
    "threshold" : "7"
  }, {
    "inactiveBallots" : {
      "exhaustedChoices" : "1",
      "overvotes" : "0",
      "repeatedRankings" : "0",
      "skippedRankings" : "1"
    },
    "round" : 2,
    "tally" : {
      "Ann Ash" : "2",
      "Bo \\"Bobby\\" Brown" : "2",
      "Cy Çelik" : "1"
    },
    "tallyResults" : [ {
      "eliminated" : "Cy Çelik",
      "transfers" : {
        "Bo \\"Bobby\\" Brown" : "1"
      }
    } ],
    "threshold" : "6"
  }, {
    "inactiveBallots" : {
      "exhaustedChoices" : "1",
      "overvotes" : "0",
      "repeatedRankings" : "0",
      "skippedRankings" : "1"
    },
    "round" : 3,
    "tally" : {
      "Ann Ash" : "2",
      "Bo \\"Bobby\\" Brown" : "3"
    },
    "tallyResults" : [ {
      "elected" : "Ann Ash",
      "transfers" : { }
    } ],
    "threshold" : "6"
  } ],
  "summary" : {
    "finalThreshold" : "6",
    "numCandidates" : 4,
    "numWinners" : 1,
    "totalNumBallots" : "7",
    "undervotes" : 0
  }
}""";
}
