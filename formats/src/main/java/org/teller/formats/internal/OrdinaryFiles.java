package org.teller.formats.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.teller.core.InvalidInputException;

/**
 * Files Teller writes are ordinary (regular) files. A name that holds anything else (a folder, a
 * device, a named pipe, a socket or a symbolic link) is never written to or replaced, even when the user
 * asks for files to be replaced: {@code --force} on {@code /dev/null} must not make it a file, and a link
 * is not silently replaced by a file nor its target by Teller's output.
 */
public final class OrdinaryFiles {

    private OrdinaryFiles() {}

    /**
     * Fails unless Teller may put a file at {@code target}: its folder exists, and nothing is there yet
     * or a regular file is (whether that may be replaced is the caller's to decide).
     *
     * @param shown how to name the file in messages
     */
    public static void checkCanHold(Path target, String shown) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException nothingThere) {
            Path folder = target.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                throw new InvalidInputException(shown, 0, "", "cannot be written: its folder does not exist");
            }
            return;
        } catch (IOException e) {
            throw cannotWrite(shown, e);
        }
        if (attributes.isSymbolicLink()) {
            throw new InvalidInputException(shown, 0, "", "is a symbolic link (to " + linkTarget(target)
                    + "): Teller does not write through links; give the file itself");
        }
        if (attributes.isDirectory()) {
            throw new InvalidInputException(shown, 0, "", "is a folder: give the name of a file to write in it");
        }
        if (!attributes.isRegularFile()) {
            throw new InvalidInputException(shown, 0, "", "is " + kind(target) + ": Teller writes only regular files");
        }
    }

    /** Bad input for a file that could not be written, saying why as the system does. */
    public static InvalidInputException cannotWrite(String shown, IOException e) {
        return new InvalidInputException(shown, 0, "", "cannot be written: " + why(e));
    }

    /** Makes a file readable by all and writable by its owner, where the file system has such permissions. */
    public static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and the like: the file already has its folder's permissions.
        }
    }

    private static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        String reason = e instanceof FileSystemException system && system.getReason() != null
                ? system.getReason() : e.getMessage();
        if (reason == null) {
            return e.getClass().getSimpleName();
        }
        // The system's words ("No space left on device") continue our sentence.
        return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a file that cannot be read";
        }
    }

    /** What a file that is neither a regular file, a folder nor a link is, where the system says. */
    private static String kind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & 0170000) {
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0010000 -> "a named pipe";
                case 0140000 -> "a socket";
                default -> "not a regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException notUnix) {
            return "not a regular file";
        }
    }
}
