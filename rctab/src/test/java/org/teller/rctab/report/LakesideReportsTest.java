package org.teller.rctab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.teller.rctab.RctabCounter;
import org.teller.rctab.Tabulation;
import org.teller.rctab.config.ConfigReader;

/**
 * The Lakeside example counted by Teller gives RCTab's reports as RCTab 2.0.1 itself wrote them from the
 * same files ({@code examples/rctab-lakeside/rctab-2.0.1}, its run's timestamp taken off the names), byte
 * for byte: the whole contest's, and each precinct's and batch's.
 */
class LakesideReportsTest {

    private static final String TIMESTAMP = "2025-11-04_21-00";

    @Test
    void everyReportIsRctabsOwn() throws IOException {
        String root = System.getProperty("teller.root", System.getProperty("user.dir") + "/..");
        Path example = Path.of(root, "examples/rctab-lakeside");
        Tabulation tabulation = RctabCounter.count(ConfigReader.read(example.resolve("lakeside_config.json")));
        Path rctab = example.resolve("rctab-2.0.1");
        int compared = 0;
        for (ReportFile file : RctabReports.render(tabulation, TIMESTAMP, "RCTab 2.0.1")) {
            Path theirs = rctab.resolve(file.path().toString().replace(TIMESTAMP + "_", ""));
            assertThat(file.text()).as(file.path().toString()).isEqualTo(Files.readString(theirs, StandardCharsets.UTF_8));
            compared++;
        }
        try (Stream<Path> files = Files.walk(rctab)) {
            assertThat(compared).as("a report for each of RCTab's").isEqualTo(files.filter(Files::isRegularFile).count());
        }
    }
}
