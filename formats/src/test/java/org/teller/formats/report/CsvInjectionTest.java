package org.teller.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;

/**
 * Text a spreadsheet would run as a formula ("CSV injection") is written with a leading {@code '} in
 * the CSV declaration, as OWASP recommends; numbers, negative ones included, are written as they are.
 */
class CsvInjectionTest {

    @TempDir
    Path work;

    @Test
    void formulasAreNeutralisedAndNumbersKept() throws IOException {
        Path before = Files.createDirectories(work.resolve("before"));
        Files.writeString(before.resolve("contest.yaml"), """
                title: Before
                date: 2022-05-05
                system: supplementary-vote
                candidates:
                  - name: Old Red
                    party: Red
                  - name: Old Blue
                    party: Blue
                returns: returns.csv
                """);
        Files.writeString(before.resolve("returns.csv"), "candidate,first,second\nOld Red,30,\nOld Blue,70,\n");
        Path contest = Files.createDirectories(work.resolve("now"));
        Files.writeString(contest.resolve("contest.yaml"), """
                title: "=HYPERLINK(\\"http://example.com\\")"
                date: 2026-05-07
                system: supplementary-vote
                candidates:
                  - name: "=SUM(A1:A9)"
                    party: Red
                    short: "@SUM(1+1)"
                  - name: "+Ann"
                    party: Blue
                  - name: "-3.17"
                    party: "-Blue"
                returns: "=returns.csv"
                previous: ../before/contest.yaml
                """);
        Files.writeString(contest.resolve("=returns.csv"), """
                area,candidate,first,second
                -North,=SUM(A1:A9),10,
                -North,+Ann,50,
                -North,-3.17,3,
                """);
        String csv = ReportFormat.CSV.render(ContestCounter.count(contest, "now", new SeededLotDrawer(0)));

        assertThat(csv).contains(
                "contest,,,,title,\"'=HYPERLINK(\"\"http://example.com\"\")\"\n",
                "candidate,,,'=SUM(A1:A9),short,'@SUM(1+1)\n",
                "candidate,,,-3.17,party,'-Blue\n",
                "area,1,'-North,'+Ann,first,50\n",
                "input,,,'=returns.csv,sha256,");
        // A number is a number, even a negative one: changes in share are.
        assertThat(csv).contains("stage,1,,'=SUM(A1:A9),change,-14.13\n", "stage,1,,-3.17,votes,3\n");
    }

    @Test
    void aCellIsNeutralisedOnlyWhenASpreadsheetWouldTakeItForAFormula() {
        for (String formula : new String[] {"=1+2", "+Ann", "-Ann", "@SUM(A1)", "\tTab", "\rReturn", "-", "+", "-3.17e2",
                "-1-1", "--3"}) {
            assertThat(CsvDeclaration.cell(formula)).as(formula).isEqualTo("'" + formula);
        }
        for (String plain : new String[] {"", "Ann", "27255", "-3.17", "+14.98", "-0.5", "0.00", "'=quoted", " =spaced",
                "Ann=Bo"}) {
            assertThat(CsvDeclaration.cell(plain)).as(plain).isSameAs(plain);
        }
    }
}
