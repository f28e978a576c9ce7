package org.teller.formats.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A file being written: hidden beside its final name, as {@code .NAME<digits>.part}, written whole and
 * then given its name in one step, so that no one ever sees half a file under that name.
 *
 * <p>The part file is locked while it is written. A run that is killed cannot remove its part file, but
 * the system drops its lock, so a later run can tell a part file that was abandoned from one still being
 * written, and remove it ({@link #removeAbandoned}).
 */
public final class PartFile implements AutoCloseable {

    /**
     * A part file that was removed.
     *
     * @param file where it was
     * @param bytes how big it was
     */
    public record Abandoned(Path file, long bytes) {}

    /** A part file is created empty and locked an instant later; one that is empty and this new may be in that instant. */
    private static final Duration JUST_CREATED = Duration.ofMinutes(1);

    private final Path path;
    private final FileChannel channel;
    private boolean renamed;

    private PartFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** A new, locked part file in the folder of {@code target}, which must exist. */
    public static PartFile beside(Path target) throws IOException {
        Path path = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            channel.lock(); // released when the channel is closed, or by the system if this process dies
        } catch (IOException noLocks) {
            // A file system without locks (some network shares): written all the same, but a later run
            // cannot tell it from an abandoned one, so it leaves it alone.
        } catch (RuntimeException e) {
            channel.close();
            Files.deleteIfExists(path);
            throw e;
        }
        return new PartFile(path, channel);
    }

    public Path path() {
        return path;
    }

    /** Where to write the file. Closing the stream keeps the part file locked until it is in place. */
    public OutputStream output() {
        return new FilterOutputStream(Channels.newOutputStream(channel)) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * Gives the finished file its name. Without {@code replace}, only if nothing has that name, decided
     * in the same step as the name is given, so that of several runs writing the same new file exactly
     * one succeeds; with {@code replace}, a regular file of that name is replaced in one step.
     *
     * @param shown how to name the target in messages
     * @throws FileAlreadyExistsException without {@code replace}, when the name is taken
     * @throws org.teller.core.InvalidInputException when the name holds something other than a regular file
     */
    public void moveTo(Path target, String shown, boolean replace) throws IOException {
        OrdinaryFiles.readableByAll(path);
        if (replace) {
            // Checked again now: a name that has come to hold a device, a pipe or a link is still refused.
            OrdinaryFiles.checkCanHold(target, shown);
            Files.move(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            renamed = true;
        } else {
            createNew(target);
        }
    }

    /**
     * A second name for the file, made only if it is free. Not rename(2): it silently replaces what has
     * the name. link(2) fails if the name exists, in the same step.
     */
    private void createNew(Path target) throws IOException {
        try {
            Files.createLink(target, path);
        } catch (FileAlreadyExistsException | NoSuchFileException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException noHardLinks) {
            copyToNew(target);
        }
    }

    /**
     * For a file system without hard links (FAT, some network shares): a copy into a file created only
     * if the name is free. A run stopped while copying leaves part of a file under the name.
     */
    void copyToNew(Path target) throws IOException {
        try (FileChannel copy = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            try {
                long size = channel.size();
                for (long done = 0; done < size; ) {
                    done += channel.transferTo(done, size - done, copy);
                }
                OrdinaryFiles.readableByAll(target);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(target); // created above, so this run's own
                throw e;
            }
        }
    }

    /** Removes the part file unless it was renamed into place, and lets go of the lock. */
    @Override
    public void close() {
        try {
            if (!renamed) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Left behind unlocked: the next run removes it.
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                // The lock goes with the process anyway.
            }
        }
    }

    /**
     * Removes part files of these names in the folder that no run is writing: left by runs that were
     * killed. Part files being written, and files this process may not write, are left alone.
     */
    public static List<Abandoned> removeAbandoned(Path folder, String... names) throws IOException {
        Pattern partFile = Pattern.compile(Arrays.stream(names)
                .map(name -> "\\." + Pattern.quote(name) + "[0-9]+\\.part").collect(Collectors.joining("|")));
        List<Abandoned> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                file -> partFile.matcher(file.getFileName().toString()).matches())) {
            for (Path file : files) {
                removeIfAbandoned(file, removed);
            }
        }
        return removed;
    }

    private static void removeIfAbandoned(Path file, List<Abandoned> removed) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            boolean justCreated = attributes.size() == 0
                    && attributes.lastModifiedTime().toInstant().isAfter(Instant.now().minus(JUST_CREATED));
            if (!attributes.isRegularFile() || justCreated) {
                return;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return; // being written by a run in another process
                }
                // Removed while locked, so that a run that held the lock has finished with it.
                long bytes = channel.size();
                Files.delete(file);
                removed.add(new Abandoned(file, bytes));
            }
        } catch (OverlappingFileLockException beingWrittenByThisProcess) {
            // Another thread of this process holds it.
        } catch (IOException notOursOrGone) {
            // Put in place meanwhile, or another user's: left alone. Removing garbage is never worth failing a run.
        }
    }
}
