package org.teller.rctab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.teller.core.InvalidInputException;

/**
 * Puts rendered reports in place, each whole or not at all: written to a hidden part file beside it
 * ({@code .NAME<digits>.part}), then given its name in one step. A file that exists is never written
 * over, unless forced, and then only a regular file is replaced (never a folder, a link or a device).
 * Every name is checked before anything is written, and when writing fails the files and folders this
 * call made are removed again, so that a failed run leaves no half set of reports behind (a file it
 * was forced to replace stays replaced).
 */
final class ReportFiles {

    static final String EXISTS = "exists already: RCTab's reports are never written over unless forced";

    /** Set when the process is stopping: no further file is begun, and the files already made are removed. */
    private static volatile boolean stopping;

    private ReportFiles() {}

    static void stop() {
        stopping = true;
    }

    /** @return the files written, in order */
    static List<Path> write(Path folder, List<ReportFile> files, boolean force) {
        List<Path> targets = new ArrayList<>();
        for (ReportFile file : files) {
            Path target = folder.resolve(file.path());
            check(target, force);
            targets.add(target);
        }
        List<Path> made = new ArrayList<>(); // files and folders this call made, to remove if it fails
        try {
            for (int i = 0; i < files.size(); i++) {
                if (stopping) {
                    throw new IllegalStateException("stopped before the reports were all written");
                }
                Path target = targets.get(i);
                makeFolders(target.getParent(), made);
                boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
                try {
                    place(target, files.get(i).text().getBytes(StandardCharsets.UTF_8), force);
                } catch (FileAlreadyExistsException e) {
                    throw new InvalidInputException(target.toString(), 0, "", EXISTS);
                } catch (IOException e) {
                    throw cannotWrite(target, e);
                }
                if (!existed) {
                    made.add(target);
                }
            }
        } catch (RuntimeException e) {
            removeAll(made);
            throw e;
        }
        return targets;
    }

    /** Makes the folder and those above it that are missing, noting each one made. */
    private static void makeFolders(Path folder, List<Path> made) {
        List<Path> missing = new ArrayList<>();
        for (Path at = folder; at != null && !Files.exists(at, LinkOption.NOFOLLOW_LINKS); at = at.getParent()) {
            missing.add(0, at);
        }
        for (Path each : missing) {
            try {
                Files.createDirectory(each);
            } catch (IOException e) {
                throw cannotWrite(each, e);
            }
            made.add(each);
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder.toString(), 0, "", "is not a folder, so no report can be put in it");
        }
    }

    private static InvalidInputException cannotWrite(Path path, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
        return new InvalidInputException(path.toString(), 0, "", "cannot be written: " + why);
    }

    private static void check(Path target, boolean force) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!force) {
            throw new InvalidInputException(target.toString(), 0, "", EXISTS);
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(target.toString(), 0, "",
                    "is not a regular file: only a regular file is ever replaced");
        }
    }

    private static void place(Path target, byte[] bytes, boolean force) throws IOException {
        Path part = newPart(target, bytes);
        try {
            if (force) {
                check(target, true); // again: the name may have come to hold something else meanwhile
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                placeNew(part, target);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * The part file, created only if its name is free and with the permissions any new file gets here
     * (not a temporary file's, readable by its owner alone), written and synced.
     */
    private static Path newPart(Path target, byte[] bytes) throws IOException {
        while (true) {
            Path part = target.resolveSibling("." + target.getFileName()
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".part");
            try {
                Files.write(part, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        StandardOpenOption.SYNC);
                return part;
            } catch (FileAlreadyExistsException taken) {
                // Another run's part file: draw another name.
            } catch (IOException e) {
                Files.deleteIfExists(part); // created above, so this run's own: half a file (a full disk)
                throw e;
            }
        }
    }

    /** Gives the part file the name only if it is free, decided in the same step as the name is given. */
    private static void placeNew(Path part, Path target) throws IOException {
        try {
            Files.createLink(target, part); // link(2) fails if the name is taken; rename(2) would replace it
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (FileSystemException | UnsupportedOperationException noHardLinks) {
            Files.copy(part, target); // creates the file only if the name is free
        }
    }

    /** Removes what this call made, the latest first, so that a folder is empty by the time it is removed. */
    private static void removeAll(List<Path> made) {
        for (int i = made.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(made.get(i));
            } catch (IOException e) {
                // Left in place: a file is whole, and a folder holds something this call did not make.
            }
        }
    }
}
