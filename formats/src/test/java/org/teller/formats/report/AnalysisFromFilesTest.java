package org.teller.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.Outcome;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;

/** Gains, holds, changes and swing from contest files, where the previous contest is not simple. */
class AnalysisFromFilesTest {

    @TempDir
    Path work;

    private static String contest(String date, String candidates, String more) {
        return "title: Mayor of Testford\ndate: " + date + "\nsystem: first-past-the-post\ncandidates:\n" + candidates
                + "returns: returns.csv\n" + more;
    }

    private static final String BEFORE = "  - name: Ann Able\n    party: Red\n  - name: Bob Baker\n    party: Independent\n"
            + "  - name: Cy Cole\n    party: Blue\n";

    private Declaration count(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.createDirectories(work.resolve(file.getKey()).getParent());
            Files.writeString(work.resolve(file.getKey()), file.getValue());
        }
        return ContestCounter.count(work.resolve("now"), "now", new SeededLotDrawer(0));
    }

    @Test
    void whoWonAPreviousCountDecidedByLotIsNotGuessed() throws IOException {
        // Last time Ann Able and Bob Baker were level: the file does not say how the returning officer's lot fell.
        Declaration now = count(Map.of(
                "before/contest.yaml", contest("2022-05-05", BEFORE, ""),
                "before/returns.csv", "candidate,votes\nAnn Able,400\nBob Baker,400\nCy Cole,200\n",
                "now/contest.yaml", contest("2026-05-07", BEFORE, "previous: ../before/contest.yaml\n"),
                "now/returns.csv", "candidate,votes\nAnn Able,100\nBob Baker,500\nCy Cole,200\n"));
        assertThat(now.previous().orElseThrow().elected()).isEmpty();
        assertThat(now.outcome()).isEmpty();
        assertThat(ReportFormat.STORY.render(now)).doesNotContain("re-elected", "gaining", "holding");
        assertThat(now.change(1)).isPresent();
    }

    @Test
    void aPartyStandingTwoCandidatesIsComparedWithNoOneAndSwingsNothing() throws IOException {
        String twoReds = "  - name: Ann Able\n    party: Red\n  - name: Ava Ash\n    party: Red\n  - name: Cy Cole\n    party: Blue\n"
                + "  - name: Di Dee\n    party: Green\n";
        String before = "  - name: Ann Able\n    party: Red\n  - name: Cy Cole\n    party: Blue\n  - name: Di Dee\n    party: Green\n";
        Declaration now = count(Map.of(
                "before/contest.yaml", contest("2022-05-05", before, ""),
                "before/returns.csv", "candidate,votes\nAnn Able,3000\nCy Cole,2000\nDi Dee,1000\n",
                "now/contest.yaml", contest("2026-05-07", twoReds, "previous: ../before/contest.yaml\n"),
                "now/returns.csv", "candidate,votes\nAnn Able,2000\nAva Ash,1000\nCy Cole,2000\nDi Dee,1000\n"));
        // Red's 50% last time is neither Ann Able's nor Ava Ash's.
        assertThat(now.change(0)).isEmpty();
        assertThat(now.change(1)).isEmpty();
        assertThat(now.changes()).containsOnlyKeys(2, 3);
        // Blue and Green, both unchanged.
        assertThat(now.swing().orElseThrow().points()).isEqualByComparingTo("0.00");
        // Red won last time and Red's Ann Able wins now: a hold.
        assertThat(now.outcome().orElseThrow().kind()).isEqualTo(Outcome.Kind.HOLD);
    }

    @Test
    void aCandidateNamedAsThePreviousWinnersSuccessorHoldsWhateverTheDescription() throws IOException {
        String renamed = "  - name: Ann Able\n    party: Red Party\n    previous: Ann Able\n  - name: Bob Baker\n"
                + "    party: Independent\n  - name: Cy Cole\n    party: Blue\n";
        Declaration now = count(Map.of(
                "before/contest.yaml", contest("2022-05-05", BEFORE, ""),
                "before/returns.csv", "candidate,votes\nAnn Able,500\nBob Baker,400\nCy Cole,200\n",
                "now/contest.yaml", contest("2026-05-07", renamed, "previous: ../before/contest.yaml\n"),
                "now/returns.csv", "candidate,votes\nAnn Able,600\nBob Baker,500\nCy Cole,200\n"));
        assertThat(now.outcome().orElseThrow().kind()).isEqualTo(Outcome.Kind.HOLD);
        assertThat(ReportFormat.STORY.render(now)).startsWith("Red Party's Ann Able has been re-elected Mayor of Testford.");
    }

    @Test
    void theSwingIsBetweenThePartiesTheContestFileChooses() throws IOException {
        String three = "  - name: Ann Able\n    party: Red\n  - name: Cy Cole\n    party: Blue\n  - name: Di Dee\n    party: Green\n";
        Declaration now = count(Map.of(
                "before/contest.yaml", contest("2022-05-05", three, ""),
                "before/returns.csv", "candidate,votes\nAnn Able,3000\nCy Cole,2000\nDi Dee,1000\n",
                "now/contest.yaml", contest("2026-05-07", three, "previous: ../before/contest.yaml\nswing:\n  from: Blue\n"
                        + "  to: Green\n"),
                "now/returns.csv", "candidate,votes\nAnn Able,3000\nCy Cole,1000\nDi Dee,2000\n"));
        // Blue 33.33% -> 16.67%, Green 16.67% -> 33.33%: a swing of 16.67 points from Blue to Green, though Red is first.
        assertThat(now.swing().orElseThrow().from()).isEqualTo(1);
        assertThat(now.swing().orElseThrow().to()).isEqualTo(2);
        assertThat(now.swing().orElseThrow().points()).isEqualByComparingTo("16.67");
        assertThat(ReportFormat.TEXT.render(now)).contains("Swing: 16.67 points from Blue to Green");
        assertThat(ReportFormat.STORY.render(now)).contains("Between Blue and Green, the swing was 16.67 points from Blue to Green.");
    }

    @Test
    void noSwingIsSaidInTheOrderTheContestFileGives() throws IOException {
        String three = "  - name: Ann Able\n    party: Alpha\n  - name: Cy Cole\n    party: Beta\n  - name: Di Dee\n    party: Gamma\n";
        Declaration now = count(Map.of(
                "before/contest.yaml", contest("2022-05-05", three, ""),
                "before/returns.csv", "candidate,votes\nAnn Able,100\nCy Cole,50\nDi Dee,50\n",
                "now/contest.yaml", contest("2026-05-07", three, "previous: ../before/contest.yaml\nswing:\n  from: Beta\n"
                        + "  to: Alpha\n"),
                "now/returns.csv", "candidate,votes\nAnn Able,200\nCy Cole,100\nDi Dee,100\n"));
        assertThat(now.swing().orElseThrow().from()).isEqualTo(1);
        assertThat(now.swing().orElseThrow().to()).isEqualTo(0);
        assertThat(ReportFormat.TEXT.render(now)).contains("Swing: none between Beta and Alpha");
        assertThat(ReportFormat.STORY.render(now)).contains("Between Beta and Alpha, there was no swing.");
    }

    @Test
    void aWhatIfSaysSoInEveryFormat() throws IOException {
        Files.createDirectories(work.resolve("now"));
        Files.writeString(work.resolve("now/contest.yaml"), "title: Mayor of Testford\ndate: 2026-05-07\n"
                + "system: supplementary-vote\ncandidates:\n" + BEFORE + "ballots: ballots.csv\n");
        Files.writeString(work.resolve("now/ballots.csv"), "first,second\nAnn Able,Cy Cole\nBob Baker,\nCy Cole,Ann Able\nAnn Able,\n");
        Declaration whatIf = ContestCounter.countUnder(work.resolve("now"), "now", java.util.Optional.of("first-past-the-post"),
                contest -> new SeededLotDrawer(0), org.teller.formats.votes.Progress.NONE);
        String said = "A what if: counted under first past the post; the law names the Supplementary Vote for this contest.";
        assertThat(ReportFormat.TEXT.render(whatIf)).contains(said);
        assertThat(ReportFormat.STORY.render(whatIf)).startsWith(said);
        assertThat(ReportFormat.HTML.render(whatIf)).contains(said);
        assertThat(ReportFormat.JSON.render(whatIf)).contains("\"statutorySystem\": \"supplementary-vote\"");
        assertThat(ReportFormat.CSV.render(whatIf)).contains("contest,,,,statutory-system,supplementary-vote");
        assertThat(ReportFormat.RCVIS.render(whatIf)).contains("(what if: first past the post)");
        assertThat(ReportFormat.DEMOCRACY_CLUB.render(whatIf)).contains("a what if: the law names the Supplementary Vote");
        assertThat(ReportFormat.NIST.render(whatIf)).contains("\"Notes\": \"" + said + "\"");
    }
}
