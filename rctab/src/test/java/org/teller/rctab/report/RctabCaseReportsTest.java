package org.teller.rctab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.rctab.RctabCases;
import org.teller.rctab.Tabulation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RCTab's own regression cases, counted by Teller ({@link TestCount}) and written by
 * {@link RctabReports}: every case Teller can count here (one winner by majority, generic CSV or CDF
 * records) must give RCTab's expected detailed reports, JSON and CSV, byte for byte, and its expected
 * reports of each precinct and batch. The generator is named as in the expected files ("RCTab 2.0.0",
 * the line RCTab's own tests leave out of the comparison). RCTab ends CSV lines with CR LF; the
 * expected files are stored with LF, so they are compared with CR LF put back.
 */
class RctabCaseReportsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GENERATED_BY = "RCTab 2.0.0";
    private static final String TIMESTAMP = "2024-11-05_21-30";

    static Stream<String> cases() {
        Path rctab = RctabCases.folder();
        try (Stream<Path> folders = Files.list(rctab)) {
            List<String> in = new ArrayList<>();
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                Path config = folder.resolve(name + "_config.json");
                if (!Files.isRegularFile(config) || !Files.isRegularFile(folder.resolve(name + "_expected_detailed_report.json"))) {
                    continue;
                }
                JsonNode tree = JSON.readTree(config.toFile());
                JsonNode rules = tree.path("rules");
                boolean countable = rules.path("winnerElectionMode").asString().equals("singleWinnerMajority")
                        && rules.path("numberOfWinners").asString().equals("1");
                for (JsonNode source : tree.path("cvrFileSources")) {
                    countable &= Set.of("genericCsv", "cdf").contains(source.path("provider").asString());
                }
                if (countable) {
                    in.add(name);
                }
            }
            return in.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCasesAreTheOnesTellerCountsHere() {
        assertThat(cases()).containsExactly("aliases_cdf_json", "csv_missing_header_test", "generic_csv_test",
                "nist_xml_cdf_2", "test_set_0_skipped_first_choice", "test_set_1_exhaust_at_overvote",
                "test_set_2_overvote_skip_to_next", "test_set_4_skipped_choice_next",
                "test_set_5_two_skipped_choice_exhaust", "test_set_7_duplicate_skip_to_next", "test_set_8_multi_cdf",
                "unisyn_xml_cdf_city_coroner", "unisyn_xml_cdf_city_council_member", "unisyn_xml_cdf_city_mayor",
                "unisyn_xml_cdf_county_coroner");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDetailedReportJsonIsRctabs(String name) {
        assertThat(rendered(name).get(TIMESTAMP + "_detailed_report.json"))
                .isEqualTo(read(RctabCases.of(name).resolve(name + "_expected_detailed_report.json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDetailedReportCsvIsRctabs(String name) {
        assertThat(rendered(name).get(TIMESTAMP + "_detailed_report.csv"))
                .isEqualTo(crlf(read(RctabCases.of(name).resolve(name + "_expected_detailed_report.csv"))));
    }

    /** The summary report is the detailed one without its rows of inactive ballots by reason (checked against RCTab's runs). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSummaryReportIsTheDetailedOneWithoutInactiveBallotsByReason(String name) {
        String detailed = read(RctabCases.of(name).resolve(name + "_expected_detailed_report.csv"));
        String summary = detailed.lines().filter(line -> !line.startsWith("Inactive Ballots by "))
                .map(line -> line + "\n").collect(Collectors.joining());
        assertThat(rendered(name).get(TIMESTAMP + "_summary_report.csv")).isEqualTo(crlf(summary));
    }

    /** Each expected report of a precinct or batch, by its name as RCTab files it, is written the same. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachPartsReportIsRctabs(String name) throws IOException {
        Map<String, String> rendered = rendered(name);
        Map<String, String> expected = new TreeMap<>();
        for (String folder : List.of("Tabulate by Precinct", "Tabulate by Batch")) {
            Path parts = RctabCases.of(name).resolve(folder);
            if (!Files.isDirectory(parts)) {
                continue;
            }
            try (Stream<Path> files = Files.list(parts)) {
                for (Path file : files.sorted().toList()) {
                    String ours = folder + "/" + TIMESTAMP + "_"
                            + file.getFileName().toString().substring((name + "_expected_").length());
                    String text = read(file);
                    expected.put(ours, ours.endsWith(".csv") ? crlf(text) : text);
                }
            }
        }
        Map<String, String> written = new TreeMap<>(rendered);
        written.keySet().retainAll(expected.keySet());
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void genericCsvTestHasAReportForEachPrecinctAndBatchNamedAsRctabNamesThem() {
        assertThat(rendered("generic_csv_test").keySet()).containsExactlyInAnyOrder(
                TIMESTAMP + "_summary_report.csv", TIMESTAMP + "_detailed_report.csv", TIMESTAMP + "_detailed_report.json",
                "Tabulate by Precinct/" + TIMESTAMP + "_no_precinct_id_precinct_detailed_report.csv",
                "Tabulate by Precinct/" + TIMESTAMP + "_no_precinct_id_precinct_detailed_report.json",
                "Tabulate by Precinct/" + TIMESTAMP + "_p1_precinct_detailed_report.csv",
                "Tabulate by Precinct/" + TIMESTAMP + "_p1_precinct_detailed_report.json",
                "Tabulate by Precinct/" + TIMESTAMP + "_p2_precinct_detailed_report.csv",
                "Tabulate by Precinct/" + TIMESTAMP + "_p2_precinct_detailed_report.json",
                "Tabulate by Batch/" + TIMESTAMP + "_b1_batch_detailed_report.csv",
                "Tabulate by Batch/" + TIMESTAMP + "_b1_batch_detailed_report.json",
                "Tabulate by Batch/" + TIMESTAMP + "_b2_batch_detailed_report.csv",
                "Tabulate by Batch/" + TIMESTAMP + "_b2_batch_detailed_report.json",
                "Tabulate by Batch/" + TIMESTAMP + "_no_batch_id_batch_detailed_report.csv",
                "Tabulate by Batch/" + TIMESTAMP + "_no_batch_id_batch_detailed_report.json");
    }

    /** The reports of a case, by their paths in the results folder ('/'-separated), in the order rendered. */
    private static Map<String, String> rendered(String name) {
        Path folder = RctabCases.of(name);
        Tabulation tabulation = TestCount.of(folder.resolve(name + "_config.json"));
        Map<String, String> files = new java.util.LinkedHashMap<>();
        for (ReportFile file : RctabReports.render(tabulation, TIMESTAMP, GENERATED_BY)) {
            files.put(file.path().toString().replace('\\', '/'), file.text());
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file stored with LF line ends, with RCTab's CR LF. */
    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
