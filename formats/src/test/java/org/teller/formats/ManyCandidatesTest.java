package org.teller.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;
import org.teller.formats.report.ReportFormat;

/**
 * Contests of many candidates: the most Teller can count are counted exactly, and a thousand candidates
 * in a thousand count areas are counted and declared in a small heap (issue 6: they ran out of memory
 * after 6 GB, a first-by-second matrix of a million cells in every area).
 */
class ManyCandidatesTest {

    @TempDir
    Path work;

    @Test
    void theMostCandidatesTellerCanCountAreCountedFromATallyAndFromBallotPapers() throws IOException {
        int most = 32_768;
        Path tally = contest("tally", most, "tally: tally.csv\n", "tally.csv",
                "first,second,votes\nC32768,C32767,5\nC32767,C1,4\nC1,,3\nC32768,C32768,1\n");
        Path ballots = contest("ballots", most, "ballots: ballots.csv\n", "ballots.csv",
                "first,second\n" + "C32768,C32767\n".repeat(5) + "C32767,C1\n".repeat(4) + "C1,\n".repeat(3)
                        + "C32768,C32768\n");
        for (Path contest : List.of(tally, ballots)) {
            Declaration declaration = ContestCounter.count(contest, "c", new SeededLotDrawer(0));
            assertThat(declaration.result().firstRound().votes(most - 1)).isEqualTo(6);
            assertThat(declaration.result().firstRound().votes(most - 2)).isEqualTo(4);
            assertThat(declaration.result().firstRound().votes(0)).isEqualTo(3);
            assertThat(declaration.result().firstRound().continuingVotes()).isEqualTo(13);
            assertThat(declaration.result().rounds().get(1).continuing()).containsExactly(most - 2, most - 1);
            assertThat(declaration.result().electedCandidate().name()).isEqualTo("C32768");
        }
    }

    @Test
    void aThousandCandidatesInAThousandAreasAreCountedAndDeclaredInASmallHeap() throws Exception {
        int candidates = 1000;
        Random random = new Random(1);
        StringBuilder ballots = new StringBuilder("area,first,second\n");
        StringBuilder tally = new StringBuilder("area,first,second,votes\n");
        for (int area = 0; area < 1000; area++) {
            int first = 1 + random.nextInt(candidates);
            int second = 1 + random.nextInt(candidates);
            ballots.append("Area ").append(area).append(",C").append(first).append(",C").append(second).append('\n');
            tally.append("Area ").append(area).append(",C").append(first).append(",C").append(second).append(",1\n");
        }
        List<Path> contests = List.of(
                contest("ballots", candidates, "ballots: ballots.csv\n", "ballots.csv", ballots.toString()),
                contest("tally", candidates, "tally: tally.csv\n", "tally.csv", tally.toString()));
        for (Path contest : contests) {
            for (ReportFormat format : ReportFormat.values()) {
                Process child = new ProcessBuilder(javaWith("-Xmx64m", CountAndDeclare.class.getName(),
                        contest.toString(), format.key())).redirectErrorStream(true).start();
                String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
                assertThat(output).as("%s as %s in a 64 MB heap", contest.getFileName(), format)
                        .isEqualTo("1000 valid votes in 1000 areas\n");
                assertThat(child.exitValue()).isZero();
            }
        }
    }

    /** The child: counts a contest and writes its declaration, to nowhere (JSON: over 100 MB). */
    public static final class CountAndDeclare {
        public static void main(String[] args) throws IOException {
            Declaration declaration = ContestCounter.count(Path.of(args[0]), args[0], new SeededLotDrawer(0));
            ReportFormat.ofKey(args[1]).orElseThrow().write(declaration, Writer.nullWriter());
            System.out.println(declaration.result().firstRound().continuingVotes() + " valid votes in "
                    + declaration.areas().size() + " areas");
        }
    }

    /** A command running this JVM's java on the test classpath. */
    private static List<String> javaWith(String heap, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), heap, "-XX:+UseSerialGC",
                "-cp", childClassPath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private Path contest(String name, int candidates, String votes, String file, String text) throws IOException {
        Path folder = work.resolve(name);
        Files.createDirectories(folder);
        StringBuilder contest = new StringBuilder("title: Many\ndate: 2026-05-07\nsystem: supplementary-vote\ncandidates:\n");
        for (int candidate = 1; candidate <= candidates; candidate++) {
            contest.append("  - name: C").append(candidate).append('\n');
        }
        Files.writeString(folder.resolve("contest.yaml"), contest + votes);
        Files.writeString(folder.resolve(file), text);
        return folder;
    }

    /** The tests' classes and libraries for a child JVM: run inside the module, the main classes are on the module path. */
    private static String childClassPath() {
        return java.util.stream.Stream.of("java.class.path", "jdk.module.path").map(System::getProperty)
                .filter(path -> path != null && !path.isEmpty()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
