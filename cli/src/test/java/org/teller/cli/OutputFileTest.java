package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out}: only a regular file is written, whole, and only one that may be. */
class OutputFileTest {

    @TempDir
    Path work;

    private static String example() {
        return Repository.examples().resolve("tower-hamlets-2010").toString();
    }

    private static Run count(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("count", example(), "--out", out.toString()));
        args.addAll(List.of(more));
        return Run.teller(args.toArray(String[]::new));
    }

    private static boolean made(String... command) throws InterruptedException {
        try {
            return new ProcessBuilder(command).start().waitFor() == 0;
        } catch (IOException noSuchCommand) {
            return false;
        }
    }

    @Test
    void aDeviceIsNeverReplaced() throws Exception {
        Path device = work.resolve("null");
        assumeTrue(made("mknod", device.toString(), "c", "1", "3"), "mknod needs root");
        Run run = count(device, "--force");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: " + device + ": is a character device: Teller writes only regular files\n");
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aPipeIsNeverReplaced() throws Exception {
        Path fifo = work.resolve("fifo");
        assumeTrue(made("mkfifo", fifo.toString()), "mkfifo");
        Run run = count(fifo, "--force");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: " + fifo + ": is a named pipe: Teller writes only regular files\n");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aSymbolicLinkIsRefusedAndNeitherItNorItsFileIsReplaced() throws IOException {
        Path file = Files.writeString(work.resolve("mine.txt"), "the user's own file");
        Path link = Files.createSymbolicLink(work.resolve("link.txt"), file);
        Run run = count(link, "--force");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: " + link + ": is a symbolic link (to " + file + "): Teller does not"
                + " write through links; give the file itself\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(file)).isEqualTo("the user's own file");

        Path dangling = Files.createSymbolicLink(work.resolve("dangling.txt"), work.resolve("nowhere.txt"));
        assertThat(count(dangling).exitCode()).isEqualTo(2);
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(work.resolve("nowhere.txt")).doesNotExist();
    }

    @Test
    void aFolderIsRefused() throws IOException {
        Path folder = Files.createDirectories(work.resolve("results"));
        Run run = count(folder, "--force");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: " + folder + ": is a folder: give the name of a file to write in it\n");

        Run slash = Run.teller("count", example(), "--out", work + "/new/");
        assertThat(slash.exitCode()).isEqualTo(2);
        assertThat(slash.err()).isEqualTo("teller: " + work + "/new/: ends with '/', so it names a folder:"
                + " give the name of a file to write\n");
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files).containsExactly(folder);
        }
    }

    @Test
    void aMissingFolderIsAClearError() {
        Path out = work.resolve("missing/declaration.txt");
        Run run = count(out);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: " + out + ": cannot be written: its folder does not exist\n");
        assertThat(work.resolve("missing")).doesNotExist();
    }

    @Test
    void dashAndDevStdoutAreStandardOutput() {
        for (String standard : List.of("-", "/dev/stdout")) {
            Run run = Run.teller("count", example(), "--out", standard);
            assertThat(run.exitCode()).as(standard).isZero();
            assertThat(run.out()).as(standard).startsWith("Mayor of Tower Hamlets\n");
            assertThat(run.err()).as(standard).isEmpty();
        }
        assertThat(Path.of("-")).doesNotExist(); // not a file called -, in the folder the tests run in
    }

    @Test
    void ofRunsRacingToWriteANewFileExactlyOneWins() throws Exception {
        Path out = work.resolve("declaration.txt");
        int runs = 8;
        CyclicBarrier start = new CyclicBarrier(runs);
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<Future<Run>> racing = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                racing.add(pool.submit(() -> {
                    start.await();
                    return count(out);
                }));
            }
            int won = 0;
            for (Future<Run> run : racing) {
                Run result = run.get(60, TimeUnit.SECONDS);
                if (result.exitCode() == 0) {
                    won++;
                } else {
                    assertThat(result.exitCode()).isEqualTo(2);
                    assertThat(result.err()).isEqualTo("teller: " + out + ": exists already: give --force to overwrite it\n");
                }
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files).containsExactly(out); // no part file left behind
        }
        assertThat(Files.readString(out)).startsWith("Mayor of Tower Hamlets\n");
    }

    @Test
    void withForceRacingRunsEachReplaceTheFileWhole() throws Exception {
        Path out = Files.writeString(work.resolve("declaration.txt"), "old");
        int runs = 4;
        CyclicBarrier start = new CyclicBarrier(runs);
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<Future<Run>> racing = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                racing.add(pool.submit(() -> {
                    start.await();
                    return count(out, "--force");
                }));
            }
            for (Future<Run> run : racing) {
                assertThat(run.get(60, TimeUnit.SECONDS).exitCode()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Files.readString(out)).isEqualTo(Run.teller("count", example()).out());
    }

    @Test
    void aPartFileLeftByARunThatWasStoppedIsRemovedAndSaidSo() throws IOException {
        Path out = work.resolve("declaration.txt");
        Path abandoned = Files.writeString(work.resolve(".declaration.txt8126.part"), "Mayor of Tower");
        Run run = count(out);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("teller: removed " + abandoned + " (14 bytes), left unfinished by an earlier"
                + " run that was stopped\n");
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files).containsExactly(out);
        }
    }
}
