package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged command, run as a separate process the way a user runs it. */
class TellerIT {

    @TempDir
    Path work;

    record Process(int exitCode, String out, String err) {}

    private static Process run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("teller", ".out");
        Path err = Files.createTempFile("teller", ".err");
        java.lang.Process process = new ProcessBuilder(command).directory(Repository.root().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        Process result = new Process(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private static List<String> jar(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("teller.jar")));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void theJarCountsTheReadmeExample() throws Exception {
        Process run = run(jar("count", "examples/tower-hamlets-2015"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(Repository.golden("tower-hamlets-2015.txt"), StandardCharsets.UTF_8));
        assertThat(run.out()).contains("John Biggs (Lab) 27,255 (40.00%, +14.98)",
                "John Biggs (Lab) 27,255 + 5,499 = 32,754 (55.39%)", "Rabina Khan (Ind) 25,763 + 621 = 26,384 (44.61%)");
    }

    @Test
    void standardOutputThatCannotBeWrittenIsSaid() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full on this system");
        Path err = Files.createTempFile("teller", ".err");
        java.lang.Process process = new ProcessBuilder(jar("count", "examples/tower-hamlets-2015"))
                .directory(Repository.root().toFile()).redirectOutput(full.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(err)).isEqualTo("teller: standard output could not be written whole (a full disk,"
                + " or a pipe closed before the end?): do not use what was written\n");
        Files.delete(err);
    }

    @Test
    void theLauncherScriptRunsTheBuiltJar() throws Exception {
        // The jar was just packaged, so the script runs it without building again.
        Process run = run(List.of("./teller", "count", "examples/tower-hamlets-2010", "--format", "csv"));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(Repository.golden("tower-hamlets-2010.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void badInputIsOneLineWithoutAStackTrace() throws Exception {
        Path contest = work.resolve("c");
        Files.createDirectories(contest);
        Files.writeString(contest.resolve("contest.yaml"), """
                title: T
                date: 2026-05-07
                system: supplementary-vote
                candidates:
                  - name: Ann
                  - name: Bo
                  - name: Cy
                ballots: ballots.csv
                """);
        Files.writeString(contest.resolve("ballots.csv"), "first,second\nAnn,Bo\nBob,\n");
        Path out = work.resolve("out.json");
        Process run = run(jar("count", contest.toString(), "--format", "json", "--out", out.toString()));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: " + contest + "/ballots.csv, line 3: 'Bob' is not a candidate"
                + " (neither a name nor a short label)\n");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Process run = run(jar("count"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("teller: Missing required parameter: 'CONTEST'");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aGenerateRunThatIsKilledLeavesAPartFileTheNextRunRemoves() throws Exception {
        Path folder = work.resolve("killed");
        java.lang.Process killed = new ProcessBuilder(jar("generate", "--ballots", "100000000", "--candidates", "5",
                "--out", folder.toString(), "--quiet")).redirectErrorStream(true).redirectOutput(work.resolve("log").toFile())
                .start();
        Path part = null;
        try {
            // Killed once it has written some papers (an empty part file may be one just being created).
            for (int tries = 0; tries < 600 && (part == null || Files.size(part) == 0); tries++) {
                Thread.sleep(100);
                part = partFile(folder);
            }
            assertThat(part).as("a part file being written").isNotEmptyFile();
        } finally {
            killed.destroyForcibly(); // SIGKILL: nothing of Teller's runs after it
            killed.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(part).exists();
        assertThat(folder.resolve("ballots.csv")).doesNotExist();

        Process next = run(jar("generate", "--ballots", "100", "--candidates", "5", "--out", folder.toString()));
        assertThat(next.exitCode()).isZero();
        assertThat(next.err()).startsWith("teller: removed " + part + " (").contains(
                " bytes), left unfinished by an earlier run that was stopped\nteller: wrote 100 ballot papers to ");
        assertThat(part).doesNotExist();
    }

    private static Path partFile(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part")).findFirst().orElse(null);
        }
    }
}
