package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alternative vote's tie-breaks that leave a lot to the returning officer ({@code stop-and-ask},
 * {@code earlier-rounds-then-ask}): without their lot the count stops with one line naming the tie and
 * the {@code --lots} that gives it, and writes nothing; with it, the count completes.
 */
class AskedLotsTest {

    private static final String EXAMPLE = Repository.examples().resolve("exampleton-av-ties").toString();
    private static final String CONTEST = EXAMPLE + "/contest.yaml";

    @TempDir
    Path work;

    /** The example with another tie-break. */
    private String withTieBreak(String tieBreak) throws IOException {
        Path folder = work.resolve(tieBreak);
        Files.createDirectories(folder);
        Path example = Path.of(EXAMPLE);
        String contest = Files.readString(example.resolve("contest.yaml"), StandardCharsets.UTF_8);
        assertThat(contest).contains("tie-break: earlier-rounds-then-ask");
        Files.writeString(folder.resolve("contest.yaml"), contest.replace("tie-break: earlier-rounds-then-ask",
                "tie-break: " + tieBreak), StandardCharsets.UTF_8);
        Files.copy(example.resolve("rankings.csv"), folder.resolve("rankings.csv"));
        return folder.toString();
    }

    @Test
    void withoutTheReturningOfficersLotTheCountStopsAndWritesNothing() throws IOException {
        Path out = work.resolve("declaration.txt");
        Run run = Run.teller("count", EXAMPLE, "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("teller: " + CONTEST + ": at round 2, Alice Ashdown, Bashir Bhatti and Carys Cole"
                + " are equal with 12 votes for the fewest; Alice Ashdown had more at an earlier round, and Bashir Bhatti"
                + " and Carys Cole were equal at every earlier round (one of them to be eliminated); the returning officer"
                + " decides by lot: give the order drawn with --lots, such as --lots \"Bashir Bhatti>Carys Cole\" (of the"
                + " tied, the last named is eliminated)\n");
        assertThat(out).doesNotExist();
        try (var files = Files.list(work)) {
            assertThat(files).isEmpty(); // no part file either
        }
    }

    @Test
    void theOrderDrawnDecidesAndIsDeclaredAsTheReturningOfficers() throws IOException {
        Path out = work.resolve("declaration.txt");
        Run bashir = Run.teller("count", EXAMPLE, "--lots", "Bashir Bhatti>Carys Cole", "--out", out.toString());
        assertThat(bashir.exitCode()).isZero();
        assertThat(bashir.err()).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(
                "Bashir Bhatti (Independent) is elected at round 4, with more votes than all the other continuing"
                        + " candidates together.",
                "After round 2: Carys Cole eliminated. Alice Ashdown, Bashir Bhatti and Carys Cole were equal with 12"
                        + " votes, the fewest; at round 1, Bashir Bhatti and Carys Cole had the fewest (11); a lot"
                        + " decided between them.",
                "Round 2: Bashir Bhatti and Carys Cole were equal; the lot, drawn by the returning officer, placed them"
                        + " Bashir Bhatti > Carys Cole: Carys Cole, the last, is eliminated.");

        // Short labels name candidates too, and the other order elects the other.
        Run carys = Run.teller("count", EXAMPLE, "--lots", "Green>Ind", "--format", "json");
        assertThat(carys.exitCode()).isZero();
        assertThat(carys.out()).contains("\"elected\": \"Carys Cole\"", "\"drawnBy\": \"returning-officer\"",
                "\"decides\": \"eliminated\"", "\"brokenBy\": \"earlier-rounds-then-lot\"");
    }

    @Test
    void anOrderThatDoesNotPlaceTheTiedIsKeptInTheOneAskedFor() {
        Run run = Run.teller("count", EXAMPLE, "--lots", "Dev Dutta>Carys Cole");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).endsWith("; the returning officer decides by lot: give the order drawn with --lots, such as"
                + " --lots \"Dev Dutta>Carys Cole>Bashir Bhatti\" (of the tied, the last named is eliminated)\n");
    }

    @Test
    void stopAndAskAsksAboutEveryoneEqual() throws IOException {
        String contest = withTieBreak("stop-and-ask");
        Run run = Run.teller("count", contest);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: " + contest + "/contest.yaml: at round 2, Alice Ashdown, Bashir Bhatti"
                + " and Carys Cole are equal with 12 votes for the fewest (one of them to be eliminated); the returning"
                + " officer decides by lot: give the order drawn with --lots, such as --lots"
                + " \"Alice Ashdown>Bashir Bhatti>Carys Cole\" (of the tied, the last named is eliminated)\n");
        Run decided = Run.teller("count", contest, "--lots", "Carys Cole>Bashir Bhatti>Alice Ashdown");
        assertThat(decided.exitCode()).isZero();
        assertThat(decided.out()).contains("After round 2: Alice Ashdown eliminated. Alice Ashdown, Bashir Bhatti and"
                + " Carys Cole were equal with 12 votes, the fewest; a lot decided between them.");
    }

    @Test
    void aSeedCannotDrawWhatTheReturningOfficerMust() throws IOException {
        Path out = work.resolve("declaration.txt");
        Run run = Run.teller("count", EXAMPLE, "--lot-seed", "4", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: --lot-seed: '4' cannot decide this contest's equalities: its tie-break"
                + " leaves any lot to the returning officer (give the order drawn with --lots)\n");
        assertThat(out).doesNotExist();
        // Under another system, the contest's tie-break is not the rule.
        assertThat(Run.teller("count", EXAMPLE, "--lot-seed", "4", "--system", "first-past-the-post").exitCode()).isZero();
        // A comparison is not a declaration: its seed draws any lot.
        Run compare = Run.teller("compare", EXAMPLE);
        assertThat(compare.exitCode()).isZero();
        assertThat(compare.out()).contains("Lots drawn (with another draw the result may differ)\n"
                + "Alternative vote (5 ranks) at round 2: Bashir Bhatti and Carys Cole were equal; the lot, drawn at"
                + " random with seed 0,");
    }

    @Test
    void underATieBreakThatDoesNotAskASeedDraws() throws IOException {
        Run drawn = Run.teller("count", withTieBreak("earlier-rounds-then-lot"), "--lot-seed", "4");
        assertThat(drawn.exitCode()).isZero();
        assertThat(drawn.out()).contains("Round 2: Bashir Bhatti and Carys Cole were equal; the lot, drawn at random"
                + " with seed 4, placed them");
    }
}
