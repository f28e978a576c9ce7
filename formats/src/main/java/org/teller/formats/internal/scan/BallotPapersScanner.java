package org.teller.formats.internal.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.teller.core.Candidate;
import org.teller.core.ballot.BallotRules;
import org.teller.core.tally.RankingTally;
import org.teller.formats.internal.IdHashes;

/**
 * The fast path for a file of ballot papers: parses bytes, not strings, and tallies in parallel, with
 * any number of rank columns and any system's {@link BallotRules}.
 *
 * <p>The file is cut at line feeds into pieces that workers (one per core) take in turn, each reading
 * its piece in large blocks with positional reads (not memory-mapped: mapped pages would count in the
 * process's resident memory) into its own tallies, which are merged at the end. Memory is a few
 * blocks, each worker's distinct papers, and one tally per count area per worker, whatever the number
 * of papers.
 *
 * <p>It counts only what it is sure of: on any error, and on anything unusual (a quoted field across
 * lines, a byte order mark other than UTF-8's, an overvote that the rules keep for the count...), it
 * answers empty and the reference reader reads the file instead, so errors keep their exact lines and
 * messages.
 */
public final class BallotPapersScanner {

    /**
     * Sizes: the block read at a time, the longest row taken (a longer one goes to the reference
     * reader), and the smallest piece of the file given to a worker. Tests make them tiny.
     */
    record Tuning(int block, int longestRow, long smallestPiece) {
        static final Tuning DEFAULT = new Tuning(1 << 20, 1 << 16, 1 << 20);

        int buffer() {
            return block + longestRow + 1;
        }
    }

    private BallotPapersScanner() {}

    /**
     * Tallies a ballot-paper CSV file.
     *
     * @param rules the system's rules, which judge each distinct paper once
     * @param threads how many workers
     * @param progress told of the bytes read, from any worker
     * @return each area's tally by area name (one area {@code ""} when the file has no area column), or
     *     empty when the file needs the reference reader
     */
    public static Optional<Map<String, RankingTally>> scan(Path path, List<Candidate> candidates, BallotRules rules,
            int threads, LongConsumer progress) throws IOException {
        return scan(path, candidates, rules, threads, progress, Tuning.DEFAULT);
    }

    static Optional<Map<String, RankingTally>> scan(Path path, List<Candidate> candidates, BallotRules rules,
            int threads, LongConsumer progress, Tuning tuning) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = new byte[(int) Math.min(size, tuning.longestRow())];
            readFully(channel, ByteBuffer.wrap(head), 0);
            int bom = startsWithUtf8Bom(head) ? 3 : 0;
            int headerEnd = indexOf(head, bom, head.length, (byte) '\n');
            if (headerEnd < 0 || headerEnd + 1 >= size) {
                return Optional.empty(); // no rows, or an odd header: the reference reader says what
            }
            int headerTo = headerEnd > bom && head[headerEnd - 1] == '\r' ? headerEnd - 1 : headerEnd;
            Layout layout = Layout.of(head, bom, headerTo, candidates, rules);
            long[] bounds = pieces(channel, headerEnd + 1L, size, threads, tuning);
            progress.accept(headerEnd + 1L);
            return Optional.of(runWorkers(channel, layout, bounds, threads, progress, tuning));
        } catch (GiveUp e) {
            return Optional.empty();
        }
    }

    /** Tallies a ballot-paper CSV stream (a gzipped file) on one thread; empty as for {@link #scan}. */
    public static Optional<Map<String, RankingTally>> scan(InputStream in, List<Candidate> candidates,
            BallotRules rules, LongConsumer progress) throws IOException {
        return scan(in, candidates, rules, progress, Tuning.DEFAULT);
    }

    static Optional<Map<String, RankingTally>> scan(InputStream in, List<Candidate> candidates, BallotRules rules,
            LongConsumer progress, Tuning tuning) throws IOException {
        try {
            byte[] buffer = new byte[tuning.buffer()];
            int length = fill(in, buffer, 0);
            boolean end = length < buffer.length - 1;
            int bom = startsWithUtf8Bom(buffer) ? 3 : 0;
            int headerEnd = indexOf(buffer, bom, length, (byte) '\n');
            if (headerEnd < 0) {
                return Optional.empty();
            }
            int headerTo = headerEnd > bom && buffer[headerEnd - 1] == '\r' ? headerEnd - 1 : headerEnd;
            Layout layout = Layout.of(buffer, bom, headerTo, candidates, rules);
            RowParser parser = new RowParser(layout, new Judge(layout));
            int start = headerEnd + 1;
            while (!end) {
                int last = lastIndexOf(buffer, start, length, (byte) '\n');
                if (last < 0) {
                    throw new GiveUp("a row longer than the scanner takes");
                }
                parser.parse(buffer, start, last + 1);
                progress.accept(last + 1 - start);
                int tail = length - (last + 1);
                System.arraycopy(buffer, last + 1, buffer, 0, tail);
                start = 0;
                length = fill(in, buffer, tail);
                end = length < buffer.length - 1;
            }
            if (length > start && buffer[length - 1] == '\r') {
                throw new GiveUp("a carriage return at the end of the file"); // not a line end: refused
            }
            if (length > start && buffer[length - 1] != '\n') {
                buffer[length++] = '\n'; // the last row need not end with a line feed
            }
            parser.parse(buffer, start, length);
            progress.accept(length - start);
            return Optional.of(merge(List.of(parser)));
        } catch (GiveUp e) {
            return Optional.empty();
        }
    }

    /** Fills {@code buffer} from {@code offset} up to one byte short of its end, or to the end of the stream. */
    private static int fill(InputStream in, byte[] buffer, int offset) throws IOException {
        int length = offset;
        int limit = buffer.length - 1;
        while (length < limit) {
            int read = in.read(buffer, length, limit - length);
            if (read < 0) {
                break;
            }
            length += read;
        }
        return length;
    }

    /** Cuts [from, size) at line feeds into pieces for the workers. */
    private static long[] pieces(FileChannel channel, long from, long size, int threads, Tuning tuning)
            throws IOException {
        long target = Math.max(tuning.smallestPiece(), (size - from) / (threads * 8L) + 1);
        List<Long> bounds = new ArrayList<>();
        bounds.add(from);
        byte[] probe = new byte[tuning.longestRow()];
        for (long nominal = from + target; nominal < size; nominal += target) {
            long previous = bounds.get(bounds.size() - 1);
            if (nominal <= previous) {
                continue;
            }
            int read = readFully(channel, ByteBuffer.wrap(probe), nominal - 1);
            int feed = indexOf(probe, 0, read, (byte) '\n');
            if (feed < 0) {
                throw new GiveUp("a row longer than the scanner takes");
            }
            long bound = nominal + feed;
            if (bound < size && bound > previous) {
                bounds.add(bound);
            }
        }
        bounds.add(size);
        return bounds.stream().mapToLong(Long::longValue).toArray();
    }

    private static Map<String, RankingTally> runWorkers(FileChannel channel, Layout layout, long[] bounds, int threads,
            LongConsumer progress, Tuning tuning) throws IOException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<RowParser> parsers = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        Judge judge = new Judge(layout);
        for (int t = 0; t < Math.min(threads, bounds.length - 1); t++) {
            RowParser parser = new RowParser(layout, judge);
            parsers.add(parser);
            Thread worker = new Thread(() -> {
                byte[] buffer = new byte[tuning.buffer()];
                try {
                    for (int piece = next.getAndIncrement(); piece < bounds.length - 1 && failure.get() == null;
                            piece = next.getAndIncrement()) {
                        parsePiece(channel, bounds[piece], bounds[piece + 1], buffer, parser, progress);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "teller-scan-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        Throwable problem = failure.get();
        if (problem instanceof GiveUp giveUp) {
            throw giveUp;
        } else if (problem instanceof IOException io) {
            throw io;
        } else if (problem instanceof RuntimeException runtime) {
            throw runtime;
        } else if (problem instanceof Error error) {
            throw error;
        }
        return merge(parsers);
    }

    private static void parsePiece(FileChannel channel, long from, long to, byte[] buffer, RowParser parser,
            LongConsumer progress) throws IOException {
        long position = from;
        int tail = 0;
        while (position < to || tail > 0) {
            int want = (int) Math.min(buffer.length - 1 - tail, to - position);
            int read = want > 0 ? readFully(channel, ByteBuffer.wrap(buffer, tail, want), position) : 0;
            position += read;
            int length = tail + read;
            if (position >= to) {
                if (length > 0 && buffer[length - 1] == '\r') {
                    throw new GiveUp("a carriage return at the end of the file"); // not a line end: refused
                }
                if (length > 0 && buffer[length - 1] != '\n') {
                    buffer[length++] = '\n'; // only the file's last row may lack a line feed
                }
                parser.parse(buffer, 0, length);
                progress.accept(read);
                return;
            }
            int last = lastIndexOf(buffer, 0, length, (byte) '\n');
            if (last < 0) {
                throw new GiveUp("a row longer than the scanner takes");
            }
            parser.parse(buffer, 0, last + 1);
            progress.accept(read);
            tail = length - (last + 1);
            System.arraycopy(buffer, last + 1, buffer, 0, tail);
        }
    }

    /**
     * Adds up the workers' tallies area by area (all number papers by the judge's one dictionary); gives
     * up when an id may repeat, for the reference reader to say.
     */
    private static Map<String, RankingTally> merge(List<RowParser> parsers) {
        Map<String, RankingTally> areas = new LinkedHashMap<>();
        List<IdHashes> ids = new ArrayList<>();
        long rows = 0;
        for (RowParser parser : parsers) {
            rows += parser.rows();
            for (int area = 0; area < parser.areaNames().size(); area++) {
                RankingTally tally = parser.areaTallies().get(area);
                areas.merge(parser.areaNames().get(area), tally, (a, b) -> {
                    a.merge(b);
                    return a;
                });
            }
            if (parser.ids() != null) {
                ids.add(parser.ids());
            }
        }
        if (rows == 0) {
            throw new GiveUp("no rows"); // the reference reader reports that
        }
        if (!IdHashes.repeated(ids).isEmpty()) {
            throw new GiveUp("an id that may repeat");
        }
        return areas;
    }

    private static int readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + total);
            if (read < 0) {
                break;
            }
            total += read;
        }
        return total;
    }

    private static boolean startsWithUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    private static int indexOf(byte[] bytes, int from, int to, byte wanted) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, int from, int to, byte wanted) {
        for (int i = to - 1; i >= from; i--) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
