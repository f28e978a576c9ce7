package org.teller.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;

/**
 * A council statement of rejected papers gives "unmarked or void for uncertainty" as one head
 * (SI 2007/1024 Sch.1): it is declared as such, and under rules that print the heads apart it is said
 * that they were not stated apart.
 */
class JointHeadTest {

    @TempDir
    Path work;

    private Declaration count(String rules) throws IOException {
        Path folder = Files.createDirectories(work.resolve(rules));
        Files.writeString(folder.resolve("contest.yaml"), """
                title: Joint head
                date: 2026-05-07
                system: supplementary-vote
                rules: %s
                candidates:
                  - name: Ann
                  - name: Bo
                  - name: Cy
                returns: returns.csv
                ballot-papers: 130
                rejected:
                  want-of-official-mark: 1
                  voting-for-too-many: 2
                  identifying-mark: 0
                  unmarked-or-uncertain: 27
                """.formatted(rules));
        Files.writeString(folder.resolve("returns.csv"), "candidate,first,second\nAnn,60,\nBo,30,\nCy,10,\n");
        return ContestCounter.count(folder, rules, new SeededLotDrawer(0));
    }

    @Test
    void councilRulesDeclareTheJointHead() throws IOException {
        Declaration declaration = count("council-mayor");
        assertThat(declaration.ballotPapers()).contains(130L);
        assertThat(ReportFormat.TEXT.render(declaration)).contains("""
                Rejected papers: 30
                  want of an official mark: 1
                  voting for more than one candidate as to the first preference: 2
                  writing or mark by which the voter could be identified: 0
                  unmarked or void for uncertainty as to the first preference: 27
                """);
        String json = ReportFormat.JSON.render(declaration);
        assertThat(json).contains("\"total\": 30,", "\"unmarked-or-uncertain\": 27")
                .doesNotContain("\"unmarked\":", "\"uncertain\":");
        assertThat(ReportFormat.CSV.render(declaration)).contains("rejected,,,,unmarked-or-uncertain,27\n");
    }

    @Test
    void rulesThatPrintTheHeadsApartSayTheyWereNotStatedApart() throws IOException {
        assertThat(ReportFormat.TEXT.render(count("pcc"))).contains("""
                  writing or mark by which the voter could be identified: 0
                  unmarked or void for uncertainty (not stated apart): 27
                """).doesNotContain("unmarked as to the first preference:");
    }
}
