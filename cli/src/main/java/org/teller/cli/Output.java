package org.teller.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.teller.core.InvalidInputException;
import org.teller.formats.votes.OrdinaryFiles;

/**
 * Where a report goes: standard output, or a file written whole or not at all. A file that exists is
 * never overwritten unless the user said so.
 */
final class Output {

    private Output() {}

    /** Fails early when the file exists and may not be overwritten, before any work is done. */
    static void checkWritable(Path file, boolean force) {
        if (file != null && Files.exists(file) && !force) {
            throw new InvalidInputException(file.toString(), 0, "", "exists already: give --force to overwrite it");
        }
    }

    static void write(String text, Path file, boolean force, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            // Written beside the target and moved into place, so that no partial file is ever seen.
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            OrdinaryFiles.readableByAll(temporary);
            if (force) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException(file.toString(), 0, "", "exists already: give --force to overwrite it");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, "", "cannot be written: " + e.getMessage());
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Nothing more can be done; the temporary file is hidden and named after the target.
            }
        }
    }
}
