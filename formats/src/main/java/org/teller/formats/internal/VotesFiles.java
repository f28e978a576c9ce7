package org.teller.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.teller.core.InvalidInputException;

/**
 * Opens the files Teller reads, refusing what is not an ordinary file before anything reads it: a
 * folder cannot be counted, and reading a named pipe or a device could wait for ever or never end.
 * A file whose name ends in {@code .gz} is read through {@link StrictGzipInputStream}.
 */
public final class VotesFiles {

    private VotesFiles() {}

    /** Refuses a path that is not an ordinary file (one it links to is fine), with a message naming it. */
    public static void requireRegularFile(Path path, String file) {
        if (Files.isRegularFile(path)) {
            return;
        }
        if (!Files.exists(path)) {
            throw new InvalidInputException(file, 0, "", "does not exist");
        }
        throw new InvalidInputException(file, 0, "", Files.isDirectory(path)
                ? "is a folder, not a file"
                : "is not an ordinary file (a device, a named pipe or a socket cannot be counted)");
    }

    /** Whether the file is read through gzip. */
    public static boolean isGzip(Path path) {
        return path.getFileName().toString().endsWith(".gz");
    }

    /** The bytes of a file, unzipped if its name ends in {@code .gz}; not buffered. */
    public static InputStream open(Path path, String file) throws IOException {
        requireRegularFile(path, file);
        InputStream in = Files.newInputStream(path);
        return isGzip(path) ? new StrictGzipInputStream(in, file) : in;
    }

    /** A failure to read a file, as one line that names it. */
    public static InvalidInputException unreadable(String file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InvalidInputException(file, 0, "", "does not exist");
        }
        if (e instanceof AccessDeniedException) {
            return new InvalidInputException(file, 0, "", "cannot be read: permission denied");
        }
        return new InvalidInputException(file, 0, "", "cannot be read: " + e.getMessage());
    }
}
