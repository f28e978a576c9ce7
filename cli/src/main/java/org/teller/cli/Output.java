package org.teller.cli;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.teller.core.InvalidInputException;
import org.teller.formats.internal.OrdinaryFiles;
import org.teller.formats.internal.PartFile;

/**
 * Where a report goes: standard output, or a regular file written whole or not at all. A new file is
 * created only if no other has its name by then (of runs racing to write it, one wins); a file that
 * exists is replaced, in one step, only when the user said so; anything but a regular file (a folder, a
 * device, a pipe, a socket, a symbolic link) is never written.
 */
final class Output {

    /** Names for standard output, so that scripts can always give {@code --out}. */
    private static final Set<String> STANDARD_OUTPUT = Set.of("-", "/dev/stdout");
    private static final String EXISTS = "exists already: give --force to overwrite it";

    private final Path file;
    private final String shown;
    private final boolean force;

    private Output(Path file, String shown, boolean force) {
        this.file = file;
        this.shown = shown;
        this.force = force;
    }

    /**
     * @param given the user's {@code --out}, or null for standard output
     * @param force whether an existing file may be replaced
     */
    static Output of(String given, boolean force) {
        if (given == null || STANDARD_OUTPUT.contains(given)) {
            return new Output(null, "", false);
        }
        if (given.isEmpty()) {
            throw new InvalidInputException("--out", 0, "", "is empty: give the name of a file, or - for standard output");
        }
        // A path loses its last separator, so "new/" would otherwise be written as a file called "new".
        if (given.endsWith("/") || given.endsWith(File.separator)) {
            throw new InvalidInputException(given, 0, "", "ends with '" + given.charAt(given.length() - 1)
                    + "', so it names a folder: give the name of a file to write");
        }
        return new Output(GivenPath.of("--out", given), given, force);
    }

    /** Fails early, before any work is done, when the file cannot or may not be written. */
    void check() {
        if (file != null) {
            OrdinaryFiles.checkCanHold(file, shown);
            if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new InvalidInputException(shown, 0, "", EXISTS);
            }
        }
    }

    /** Whether this is standard output rather than a file. */
    boolean isStandardOutput() {
        return file == null;
    }

    /**
     * Writes bytes to the file, whole (the caller has refused standard output: bytes are not text).
     *
     * @return part files that runs writing this file left when they were stopped, and that were removed
     */
    List<PartFile.Abandoned> write(byte[] bytes) {
        if (file == null) {
            throw new IllegalStateException("bytes are written to a file only");
        }
        return toFile(stream -> stream.write(bytes));
    }

    /** What is written to a file's part file, before it is given its name. */
    @FunctionalInterface
    private interface Bytes {
        void writeTo(java.io.OutputStream stream) throws IOException;
    }

    /**
     * Writes a part file beside the file and gives it the file's name only when whole (replacing the file only
     * with {@code --force}).
     */
    private List<PartFile.Abandoned> toFile(Bytes content) {
        check();
        Path target = file.toAbsolutePath();
        try {
            List<PartFile.Abandoned> removed = PartFile.removeAbandoned(target.getParent(), target.getFileName().toString());
            try (PartFile part = PartFile.beside(target)) {
                try (java.io.OutputStream stream = part.output()) {
                    content.writeTo(stream);
                }
                part.moveTo(target, shown, force);
            }
            return removed;
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException(shown, 0, "", EXISTS);
        } catch (IOException e) {
            throw OrdinaryFiles.cannotWrite(shown, e);
        }
    }

    /** What is written: a report, written as it is made, so that a large one is never held whole. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /**
     * Writes the content, whole: to a file only once it is complete.
     *
     * @return part files that runs writing this file left when they were stopped, and that were removed
     */
    List<PartFile.Abandoned> write(Content content, PrintWriter out) {
        if (file == null) {
            try {
                content.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a PrintWriter does not throw: never happens
            }
            out.flush();
            return List.of();
        }
        return toFile(stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            content.writeTo(writer);
            writer.flush(); // the part file's stream is closed by toFile
        });
    }
}
