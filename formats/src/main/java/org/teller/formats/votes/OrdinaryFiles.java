package org.teller.formats.votes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files Teller writes are ordinary files: a temporary file made private is opened up before it takes its name. */
public final class OrdinaryFiles {

    private OrdinaryFiles() {}

    /** Makes a file readable by all and writable by its owner, where the file system has such permissions. */
    public static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and the like: the file already has its folder's permissions.
        }
    }
}
