package org.teller.rctab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.teller.core.contest.InputFile;
import org.teller.rctab.config.ConfigReader;

/** The audit log of the Lakeside example (examples/rctab-lakeside, worked by hand in its README). */
class AuditLogTest {

    private static Tabulation lakeside() {
        String root = System.getProperty("teller.root", System.getProperty("user.dir") + "/..");
        return RctabCounter.count(ConfigReader.read(Path.of(root, "examples/rctab-lakeside/lakeside_config.json")));
    }

    @Test
    void itSaysWhatWasReadEachRoundAndWhatWasWritten() {
        StringWriter log = new StringWriter();
        AuditLog.write(lakeside(), List.of(new InputFile("summary.csv", "ab12")), false, log);
        assertThat(log.toString()).contains("CVR source 1: lakeside_cvr.csv (genericCsv, 21 records)\nRead: lakeside_cvr.csv, SHA-256 ")
                .contains("Ballots: 21; undervotes (ranking no one): 1\n")
                .contains("Round 1: Alder 7, Birch 6, Cedar 4, Dogwood 2, Undeclared Write-ins 1; threshold 11; inactive"
                        + " overvotes 0, skipped rankings 0, repeated rankings 0, exhausted choices 0\n")
                .contains("Round 4: Alder 8, Birch 10; threshold 10; inactive overvotes 0, skipped rankings 0, repeated"
                        + " rankings 0, exhausted choices 2\n")
                .contains("  transferred from Cedar: Alder +1, Birch +3; inactive 1\n")
                .contains("Elected: Birch, at round 4")
                .contains("Written: summary.csv, SHA-256 ab12\n")
                .doesNotContain("Ballot L0");
        StringWriter again = new StringWriter();
        AuditLog.write(lakeside(), List.of(new InputFile("summary.csv", "ab12")), false, again);
        assertThat(again.toString()).as("no clock time: the same log every run").isEqualTo(log.toString());
    }

    @Test
    void onRequestItGivesEachBallotsPathThroughTheRounds() {
        StringWriter log = new StringWriter();
        AuditLog.write(lakeside(), List.of(), true, log);
        // L020: the write-in first, then Cedar, then Birch; L017: Cedar only; L021 ranks no one.
        assertThat(log.toString())
                .contains("Ballot L020, precinct P2: round 1 Undeclared Write-ins; round 2 Cedar; round 4 Birch\n")
                .contains("Ballot L017, precinct P2: round 1 Cedar; round 4 inactive (no continuing choice left)\n")
                .contains("Ballot L021, precinct P2: round 1 undervote\n")
                .contains("Ballot L001, precinct P1: round 1 Alder\n");
    }
}
