package org.teller.formats.rctab;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.tally.Transfer;
import tools.jackson.databind.JsonNode;

/**
 * RCTab's own single-winner regression cases, the external check on the alternative vote's options:
 * each case's CVR files and rules, put in Teller's terms ({@link RctabCase}), must count to the winner
 * and every round of the case's {@code *_expected_detailed_report.json}: each continuing candidate's
 * votes, the threshold, the inactive ballots by reason, who is eliminated or elected, and where each
 * eliminated candidate's papers went. The cases are read in place from {@code ../shared/data/rctab}
 * (RCTab 2.0.1's test data, MPL-2.0); without it these tests are skipped, saying so.
 */
class RctabCasesTest {

    static Stream<String> cases() {
        return RctabCase.inScope(RctabCase.cases()).stream();
    }

    @Test
    void theCasesInScopeAreTheOnesCatalogued() {
        // Single winner by majority, generic CSV or CDF files only, with an expected detailed report.
        assertThat(cases()).containsExactly("aliases_cdf_json", "csv_missing_header_test", "generic_csv_test",
                "nist_xml_cdf_2", "test_set_0_skipped_first_choice", "test_set_1_exhaust_at_overvote",
                "test_set_2_overvote_skip_to_next", "test_set_4_skipped_choice_next",
                "test_set_5_two_skipped_choice_exhaust", "test_set_7_duplicate_skip_to_next", "test_set_8_multi_cdf",
                "unisyn_xml_cdf_city_coroner", "unisyn_xml_cdf_city_council_member", "unisyn_xml_cdf_city_mayor",
                "unisyn_xml_cdf_county_coroner");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tellerCountsItAsRctabReportsIt(String name) {
        RctabCase rctab = RctabCase.read(name);
        RctabCase.Counted counted = rctab.count();
        JsonNode expected = rctab.expectedReport();
        Result result = counted.result();
        List<String> names = counted.names();
        JsonNode rounds = expected.path("results");
        JsonNode summary = expected.path("summary");
        long undervotes = summary.path("undervotes").asLong();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(counted.ballots()).as(name + ": total ballots").isEqualTo(figure(summary.path("totalNumBallots")));
        soft.assertThat(counted.undervotes()).as(name + ": ballots ranking no one").isEqualTo(undervotes);
        soft.assertThat(names).as(name + ": candidates").hasSize(summary.path("numCandidates").asInt());
        soft.assertThat(result.lastRound().majority()).as(name + ": final threshold")
                .isEqualTo(figure(summary.path("finalThreshold")));
        soft.assertThat(result.rounds()).as(name + ": rounds").hasSize(rounds.size());

        for (int r = 0; r < Math.min(rounds.size(), result.rounds().size()); r++) {
            JsonNode report = rounds.get(r);
            Round round = result.rounds().get(r);
            String at = name + ", round " + (r + 1) + ": ";

            Map<String, Long> tally = new HashMap<>();
            report.path("tally").properties().forEach(entry -> tally.put(entry.getKey(), figure(entry.getValue())));
            Map<String, Long> teller = new HashMap<>();
            round.continuing().forEach(c -> teller.put(names.get(c), round.votes(c)));
            soft.assertThat(teller).as(at + "tally").isEqualTo(tally);
            soft.assertThat(round.majority()).as(at + "threshold").isEqualTo(figure(report.path("threshold")));

            // RCTab's inactive ballots by reason; its "exhausted choices" with the undervotes are Teller's
            // papers whose ranking ran out (every candidate ranked out, or nothing further marked).
            Map<RankingEnd, Long> by = new EnumMap<>(round.exhaustedBy().orElseThrow());
            JsonNode inactive = report.path("inactiveBallots");
            soft.assertThat(by.get(RankingEnd.VOTING_FOR_TOO_MANY)).as(at + "overvotes")
                    .isEqualTo(figure(inactive.path("overvotes")));
            soft.assertThat(by.get(RankingEnd.SKIPPED_RANKS)).as(at + "skipped rankings")
                    .isEqualTo(figure(inactive.path("skippedRankings")));
            soft.assertThat(by.get(RankingEnd.REPEATED_CANDIDATE)).as(at + "repeated rankings")
                    .isEqualTo(figure(inactive.path("repeatedRankings")));
            soft.assertThat(by.get(RankingEnd.COMPLETE) + by.get(RankingEnd.UNMARKED)).as(at + "exhausted choices + undervotes")
                    .isEqualTo(figure(inactive.path("exhaustedChoices")) + undervotes);
            soft.assertThat(by.get(RankingEnd.UNCERTAIN) + by.get(RankingEnd.NOT_STATED)).as(at + "other reasons").isZero();

            // The decisions of the round.
            Set<String> eliminated = new HashSet<>();
            String elected = null;
            for (JsonNode decision : report.path("tallyResults")) {
                if (decision.has("eliminated")) {
                    eliminated.add(decision.get("eliminated").asString());
                    if (r + 1 < result.rounds().size()) {
                        String from = decision.get("eliminated").asString();
                        soft.assertThat(transfers(result.rounds().get(r + 1), names.indexOf(from), names))
                                .as(at + "transfers from " + from).isEqualTo(expectedTransfers(decision.path("transfers")));
                    }
                }
                if (decision.has("elected")) {
                    elected = decision.get("elected").asString();
                }
            }
            Set<String> out = new HashSet<>();
            round.eliminated().forEach(c -> out.add(names.get(c)));
            soft.assertThat(out).as(at + "eliminated").isEqualTo(eliminated);
            if (r == result.rounds().size() - 1) {
                soft.assertThat(names.get(result.elected())).as(at + "elected").isEqualTo(elected);
            } else {
                soft.assertThat(elected).as(at + "elected").isNull();
            }
        }
        soft.assertAll();
    }

    /** Where an eliminated candidate's papers went at {@code next}: candidate → papers, and "exhausted". */
    private static Map<String, Long> transfers(Round next, int from, List<String> names) {
        Map<String, Long> went = new HashMap<>();
        for (Transfer transfer : next.transfers()) {
            if (transfer.from().isPresent() && transfer.from().getAsInt() == from) {
                for (int c = 0; c < names.size(); c++) {
                    if (transfer.to(c) > 0) {
                        went.put(names.get(c), transfer.to(c));
                    }
                }
                if (transfer.exhausted() > 0) {
                    went.put("exhausted", transfer.exhausted());
                }
            }
        }
        return went;
    }

    private static Map<String, Long> expectedTransfers(JsonNode transfers) {
        Map<String, Long> went = new HashMap<>();
        transfers.properties().forEach(entry -> {
            long papers = figure(entry.getValue());
            if (papers > 0) {
                went.put(entry.getKey(), papers);
            }
        });
        return went;
    }

    /** A figure of RCTab's report (written as a decimal string, or a number): whole votes only. */
    private static long figure(JsonNode node) {
        return new BigDecimal(node.asString()).longValueExact();
    }
}
