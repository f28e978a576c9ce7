package org.teller.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartFileTest {

    @TempDir
    Path work;

    private static void write(PartFile part, String text) throws IOException {
        try (OutputStream out = part.output()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private String[] names() throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            return files.map(file -> file.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aNewFileIsGivenItsNameOnlyIfTheNameIsFree() throws IOException {
        Path target = work.resolve("out.txt");
        try (PartFile part = PartFile.beside(target)) {
            write(part, "first");
            part.moveTo(target, "out.txt", false);
        }
        try (PartFile part = PartFile.beside(target)) {
            write(part, "second");
            assertThatThrownBy(() -> part.moveTo(target, "out.txt", false)).isInstanceOf(FileAlreadyExistsException.class);
        }
        assertThat(Files.readString(target)).isEqualTo("first");
        try (PartFile part = PartFile.beside(target)) {
            write(part, "third");
            part.moveTo(target, "out.txt", true);
        }
        assertThat(Files.readString(target)).isEqualTo("third");
        assertThat(names()).containsExactly("out.txt");
    }

    @Test
    void withoutHardLinksACopyIsMadeOnlyIfTheNameIsFree() throws IOException {
        Path target = work.resolve("out.txt");
        try (PartFile part = PartFile.beside(target)) {
            write(part, "x".repeat(100_000));
            part.copyToNew(target);
        }
        assertThat(Files.readString(target)).hasSize(100_000);
        try (PartFile part = PartFile.beside(target)) {
            write(part, "second");
            assertThatThrownBy(() -> part.copyToNew(target)).isInstanceOf(FileAlreadyExistsException.class);
        }
        assertThat(Files.readString(target)).hasSize(100_000);
        assertThat(names()).containsExactly("out.txt");
    }

    @Test
    void onlyAbandonedPartFilesOfTheNamesAreRemoved() throws IOException {
        Path abandoned = Files.writeString(work.resolve(".ballots.csv123.part"), "half a file");
        Path otherName = Files.writeString(work.resolve(".notes.txt123.part"), "not ours");
        Path notAPartFile = Files.writeString(work.resolve(".ballots.csv.part"), "not ours either");
        Path justCreated = Files.createFile(work.resolve(".contest.yaml456.part"));
        Path emptyAndOld = Files.createFile(work.resolve(".contest.yaml789.part"));
        Files.setLastModifiedTime(emptyAndOld, FileTime.from(Instant.now().minusSeconds(3600)));
        try (PartFile beingWritten = PartFile.beside(work.resolve("ballots.csv"))) {
            write(beingWritten, "still being written");

            assertThat(PartFile.removeAbandoned(work, "ballots.csv", "contest.yaml"))
                    .containsExactlyInAnyOrder(new PartFile.Abandoned(abandoned, 11), new PartFile.Abandoned(emptyAndOld, 0));
            assertThat(beingWritten.path()).exists();
        }
        assertThat(abandoned).doesNotExist();
        assertThat(emptyAndOld).doesNotExist();
        assertThat(otherName).exists();
        assertThat(notAPartFile).exists();
        assertThat(justCreated).exists();
    }

    @Test
    void aPartFileLockedByAnotherProcessIsLeftAlone() throws Exception {
        Path part = Files.writeString(work.resolve(".ballots.csv42.part"), "being written elsewhere");
        // Another process holds the lock, as a run still writing would.
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", childClassPath(), LockHolder.class.getName(), part.toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(7), StandardCharsets.UTF_8)).isEqualTo("locked\n");
            assertThat(PartFile.removeAbandoned(work, "ballots.csv")).isEmpty();
            assertThat(part).exists();
        } finally {
            holder.destroy();
            holder.waitFor();
        }
        // Its process gone, so is its lock: the part file is abandoned.
        assertThat(PartFile.removeAbandoned(work, "ballots.csv")).containsExactly(new PartFile.Abandoned(part, 23));
    }

    /** Locks a file and waits to be killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
                channel.lock();
                System.out.println("locked");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }

    /** The tests' classes and libraries for a child JVM: run inside the module, the main classes are on the module path. */
    private static String childClassPath() {
        return java.util.stream.Stream.of("java.class.path", "jdk.module.path").map(System::getProperty)
                .filter(path -> path != null && !path.isEmpty()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
