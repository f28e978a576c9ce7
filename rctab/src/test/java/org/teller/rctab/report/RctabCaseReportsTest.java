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
import org.teller.rctab.RctabCounter;
import org.teller.rctab.config.ConfigReader;
import org.teller.rctab.Tabulation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RCTab's own regression cases, counted by Teller ({@link RctabCounter}, as {@code teller count} counts
 * them) and written by {@link RctabReports}: every single-winner case must give RCTab's expected detailed reports, JSON and CSV, byte for byte, and its expected
 * reports of each precinct and batch. The generator is named as in the expected files ("RCTab 2.0.0",
 * the line RCTab's own tests leave out of the comparison). RCTab ends CSV lines with CR LF; the
 * expected files are stored with LF, so they are compared with CR LF put back.
 */
class RctabCaseReportsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GENERATED_BY = "RCTab 2.0.0";
    private static final String TIMESTAMP = "2024-11-05_21-30";

    /** Every single-winner case with an expected report (but dominion_kansas, whose CVR export this copy lacks). */
    static Stream<String> cases() {
        Path rctab = RctabCases.folder();
        try (Stream<Path> folders = Files.list(rctab)) {
            List<String> in = new ArrayList<>();
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                Path config = folder.resolve(name + "_config.json");
                if (Files.isRegularFile(config) && Files.isRegularFile(folder.resolve(name + "_expected_detailed_report.json"))
                        && !name.equals("dominion_kansas") && ConfigReader.read(config).rules().singleWinner()) {
                    in.add(name);
                }
            }
            return in.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everySingleWinnerCaseIsHere() {
        assertThat(cases()).hasSize(36).contains("2013_minneapolis_mayor_scale", "dominion_alaska", "hart_cedar_park_school_board",
                "clear_ballot_kansas_primary", "generic_csv_test", "nist_xml_cdf_2", "stop_tabulation_early_test");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDetailedReportJsonIsRctabs(String name) {
        // Two stored files end in a newline RCTab does not write (a run of continue_until_two_threshold_freeze shows it).
        String expected = read(RctabCases.of(name).resolve(name + "_expected_detailed_report.json"));
        assertThat(rendered(name).get(TIMESTAMP + "_detailed_report.json"))
                .isEqualTo(expected.endsWith("}\n") ? expected.substring(0, expected.length() - 1) : expected);
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
        Tabulation tabulation = RctabCounter.count(ConfigReader.read(folder.resolve(name + "_config.json")));
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
