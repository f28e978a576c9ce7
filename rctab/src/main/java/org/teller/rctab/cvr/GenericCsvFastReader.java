package org.teller.rctab.cvr;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.teller.core.InvalidInputException;
import org.teller.formats.internal.scan.ByteKeys;

/**
 * RCTab's generic CSV read fast: the same records as {@link GenericCsvCvrReader}, without making them.
 * Each row's vote columns (every cell from the first vote column to the end of the row) are looked up as
 * bytes in a table of the rows seen before; only a row unlike any before is made into a
 * {@link CastVoteRecord} and judged ({@link RecordCounter#number}), so a file of a million records costs about
 * as many look-ups as rows and as many judgements as distinct rows.
 *
 * <p>It takes only the plain rows that make up nearly every real file: ASCII, no quotes, each vote cell
 * empty or digits, each row ending in LF or CRLF. At anything else (a quote, a byte that is not ASCII, an
 * empty line, a row with more or fewer fields than the header, a stray carriage return, a cell that is
 * not digits) it gives up, and the caller reads the file again with {@link GenericCsvCvrReader}, which
 * reads what it can and refuses the rest with the line and the reason: so both paths refuse the same.
 */
public final class GenericCsvFastReader {

    private static final int CHUNK = 1 << 20;
    /** A file at least this long is read by several workers, each a part of its rows. */
    private static final long SHARED_FROM = 16 << 20;
    /** Rankings of ranks up to this are made once a column; a higher rank (no rules read so many) each time. */
    private static final int CACHED_RANKS = 1000;
    /** No row of a CVR file comes near this; a longer one makes the fast reader give up. */
    private static final int LONGEST_ROW = 1 << 26;

    private final CvrSource source;
    private final String file;
    private final boolean byPrecinct;
    private final boolean byBatch;
    private final int first;
    private List<String> header;

    private GenericCsvFastReader(CvrSource source, boolean byPrecinct, boolean byBatch) {
        this.source = source;
        this.file = source.file().toString();
        this.byPrecinct = byPrecinct && source.precinctColumn().isPresent();
        this.byBatch = byBatch && source.batchColumn().isPresent();
        this.first = source.firstVoteColumn().orElse(1) - 1;
    }

    /**
     * Reads every record of {@code source} into {@code counter}, or gives up.
     *
     * @return false when it gave up, at anything unusual and at anything wrong (a counter's refusal of a
     *     record too): what it counted must then be thrown away and the file read again by
     *     {@link GenericCsvCvrReader}, which says what is wrong
     */
    public static boolean read(CvrSource source, boolean byPrecinct, boolean byBatch, RecordCounter counter) {
        return read(source, byPrecinct, byBatch, 1, worker -> counter);
    }

    /**
     * As {@link #read(CvrSource, boolean, boolean, RecordCounter)}, a large file shared among up to
     * {@code workers} threads, each counting a part of its rows (in file order) into its own counter.
     *
     * @param counters the counter of each worker, by its number from 0 (the first part of the file)
     */
    public static boolean read(CvrSource source, boolean byPrecinct, boolean byBatch, int workers,
            IntFunction<RecordCounter> counters) {
        return read(source, byPrecinct, byBatch, workers, counters, SHARED_FROM);
    }

    /** As above, sharing a file of at least {@code sharedFrom} bytes of rows (tests share the smallest). */
    static boolean read(CvrSource source, boolean byPrecinct, boolean byBatch, int workers, IntFunction<RecordCounter> counters,
            long sharedFrom) {
        if (source.firstVoteColumn().isEmpty()) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(source.file(), StandardOpenOption.READ)) {
            return new GenericCsvFastReader(source, byPrecinct, byBatch).read(channel, workers, counters, sharedFrom);
        } catch (IOException | InvalidInputException e) {
            // Whatever is wrong, the careful reader says it: it meets the file's problems in the same order
            // whichever path found one first (it may meet bytes that are not UTF-8 ahead of a bad header, say).
            return false;
        }
    }

    private boolean read(FileChannel channel, int workers, IntFunction<RecordCounter> counters, long sharedFrom)
            throws IOException {
        long size = channel.size();
        long data = header(channel, size);
        if (data < 0) {
            return false;
        }
        int parts = size - data >= sharedFrom && size > data ? Math.max(1, workers) : 1;
        long[] bounds = new long[parts + 1];
        bounds[0] = data;
        bounds[parts] = size;
        for (int part = 1; part < parts; part++) {
            bounds[part] = Math.max(bounds[part - 1], rowStartAfter(channel, data + (size - data) * part / parts, size));
        }
        if (parts == 1) {
            return new Worker(counters.apply(0), 1).scan(channel, data, size);
        }
        return shared(channel, bounds, counters);
    }

    /**
     * The parts read side by side. At anything wrong in any part the fast reader gives up, and the careful
     * reader, reading from the start, finds it (or an earlier problem) and says so.
     */
    private boolean shared(FileChannel channel, long[] bounds, IntFunction<RecordCounter> counters) throws IOException {
        int parts = bounds.length - 1;
        List<CompletableFuture<Boolean>> done = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            Worker worker = new Worker(counters.apply(part), part == 0 ? 1 : Long.MIN_VALUE / 2);
            long from = bounds[part];
            long to = bounds[part + 1];
            done.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return worker.scan(channel, from, to);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, command -> new Thread(command, "teller-generic-csv").start()));
        }
        // Every worker done, however it ended: none is left counting.
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        boolean finished = true;
        for (int part = 0; part < parts; part++) {
            try {
                finished &= done.get(part).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException || e.getCause() instanceof InvalidInputException) {
                    finished = false;
                } else {
                    throw e;
                }
            }
        }
        return finished;
    }

    /** Reads the header (line 1, after any byte order mark); returns where the rows start, or -1 to give up. */
    private long header(FileChannel channel, long size) throws IOException {
        byte[] bytes = new byte[(int) Math.min(size, CHUNK)];
        int filled = 0;
        while (true) {
            int read = channel.read(ByteBuffer.wrap(bytes, filled, bytes.length - filled), filled);
            filled += Math.max(read, 0);
            int from = filled >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
            int end = indexOf(bytes, from, filled);
            if (end >= 0 || filled == size) {
                int to = end >= 0 ? end : filled;
                if (to > from && bytes[to - 1] == '\r') {
                    to--;
                }
                return header(bytes, from, to) ? (end >= 0 ? end + 1 : size) : -1;
            }
            if (read < 0 || bytes.length >= LONGEST_ROW) {
                return -1;
            }
            if (filled == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(size, bytes.length * 2L));
            }
        }
    }

    /** Where the first row that starts at or after {@code position} starts (the file's end if none does). */
    private static long rowStartAfter(FileChannel channel, long position, long size) throws IOException {
        if (position == 0) {
            return 0;
        }
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long at = position - 1; at < size; at += buffer.limit()) {
            buffer.clear();
            if (channel.read(buffer, at) <= 0) {
                break;
            }
            buffer.flip();
            for (int i = 0; i < buffer.limit(); i++) {
                if (buffer.get(i) == '\n') {
                    return at + i + 1;
                }
            }
        }
        return size;
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** One reader of a part of the rows, with its own table of the rows seen and its own counter. */
    private final class Worker {
        private final RecordCounter counter;
        private final ByteKeys rows = new ByteKeys(1 << 12);
        private int[] numbers = new int[1 << 12];
        private boolean[] undervotes = new boolean[1 << 12];
        private final ByteKeys places = new ByteKeys(64);
        private final List<String> placeNames = new ArrayList<>();
        /** The rankings made so far, by vote column (from the first) and rank: a distinct row makes no new ones. */
        private CastVoteRecord.Ranking[][] made = new CastVoteRecord.Ranking[0][];
        /** The line of the last row read (the header is line 1). */
        private long line;
        /** The columns (from 0) of the precinct and the batch, -1 when not asked for. */
        private final int precinctColumn;
        private final int batchColumn;

        Worker(RecordCounter counter, long line) {
            this.counter = counter;
            this.line = line;
            this.precinctColumn = byPrecinct ? source.precinctColumn().getAsInt() - 1 : -1;
            this.batchColumn = byBatch ? source.batchColumn().getAsInt() - 1 : -1;
        }

        /** Counts the rows of {@code [from, to)}, which starts at a row; false to give up. */
        boolean scan(FileChannel channel, long from, long to) throws IOException {
            byte[] buffer = new byte[CHUNK];
            int filled = 0;
            long position = from;
            while (true) {
                int room = (int) Math.min(buffer.length - filled, to - position);
                int read = room == 0 ? -1 : channel.read(ByteBuffer.wrap(buffer, filled, room), position);
                boolean end = read < 0;
                if (!end) {
                    filled += read;
                    position += read;
                }
                int start = 0;
                int lineEnd;
                while ((lineEnd = indexOf(buffer, start, filled)) >= 0) {
                    if (!row(buffer, start, lineEnd)) {
                        return false;
                    }
                    start = lineEnd + 1;
                }
                if (end) {
                    return start == filled || row(buffer, start, filled);
                }
                // Keep the partial row; grow the buffer if one row fills it.
                System.arraycopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
                if (filled == buffer.length) {
                    if (buffer.length >= LONGEST_ROW) {
                        return false;
                    }
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
            }
        }

        /** One row, {@code [from, to)} without its LF; false to give up. */
        private boolean row(byte[] bytes, int from, int to) {
            line++;
            if (to > from && bytes[to - 1] == '\r') {
                to--;
            }
            if (to == from) {
                return false;
            }
            // The fields before the votes: only the precinct's and the batch's are kept.
            int at = from;
            int precinctFrom = 0;
            int precinctTo = 0;
            int batchFrom = 0;
            int batchTo = 0;
            for (int field = 0; field < first; field++) {
                int end = at;
                while (end < to && bytes[end] != ',') {
                    byte b = bytes[end++];
                    if (b == '"' || b == '\r' || b < 0) {
                        return false;
                    }
                }
                if (end == to) {
                    return false; // fewer fields than the header
                }
                if (field == precinctColumn) {
                    precinctFrom = at;
                    precinctTo = end;
                }
                if (field == batchColumn) {
                    batchFrom = at;
                    batchTo = end;
                }
                at = end + 1;
            }
            // The votes: digits and commas only, hashed as they are checked.
            int votesFrom = at;
            int hash = ByteKeys.SEED;
            int commas = 0;
            boolean blank = true;
            for (int i = at; i < to; i++) {
                byte b = bytes[i];
                hash = ByteKeys.step(hash, b);
                if (b == ',') {
                    commas++;
                } else if (b >= '0' && b <= '9') {
                    blank = false;
                } else {
                    return false;
                }
            }
            if (first + commas + 1 != header.size()) {
                return false;
            }
            hash = ByteKeys.finish(hash);
            int known = rows.find(bytes, votesFrom, to, hash);
            if (known < 0) {
                known = rows.size();
                remember(known, record(bytes, from, votesFrom, to), blank);
                rows.add(bytes, votesFrom, to, hash, known);
            }
            String precinct = byPrecinct ? place(bytes, precinctFrom, precinctTo) : "";
            String batch = byBatch ? place(bytes, batchFrom, batchTo) : "";
            if (precinct == null || batch == null) {
                return false;
            }
            counter.count(numbers[known], undervotes[known], precinct, batch);
            return true;
        }

        private void remember(int index, CastVoteRecord record, boolean blank) {
            if (index == numbers.length) {
                numbers = Arrays.copyOf(numbers, index * 2);
                undervotes = Arrays.copyOf(undervotes, index * 2);
            }
            numbers[index] = counter.number(record);
            undervotes[index] = blank;
        }

        /**
         * The record of a row seen for the first time, made as the careful reader makes it, from the bytes:
         * the vote cells are digits and commas only (the row was checked), so each is a rank or empty.
         */
        private CastVoteRecord record(byte[] bytes, int from, int votesFrom, int to) {
            List<CastVoteRecord.Ranking> rankings = new ArrayList<>();
            int column = first;
            int rank = 0;
            int digits = 0;
            for (int i = votesFrom; i <= to; i++) {
                if (i == to || bytes[i] == ',') {
                    if (digits > 0) {
                        rankings.add(ranking(column, rank, bytes, i - digits, i));
                    }
                    column++;
                    rank = 0;
                    digits = 0;
                } else {
                    // A rank of more than nine digits is no int: the careful reader's message says so.
                    rank = digits < 9 ? rank * 10 + (bytes[i] - '0') : -1;
                    digits++;
                }
            }
            return new CastVoteRecord(GenericCsvCvrReader.id(source, id(bytes, from, to), line), "", "", rankings);
        }

        /** The ranking a vote cell holds, each (column, rank) made once; what is no rank, refused as the careful reader does. */
        private CastVoteRecord.Ranking ranking(int column, int rank, byte[] bytes, int from, int to) {
            if (rank < 1) {
                rank = GenericCsvCvrReader.rank(new String(bytes, from, to - from, StandardCharsets.US_ASCII), line, column, file);
            }
            if (rank > CACHED_RANKS) {
                return GenericCsvCvrReader.ranking(source, header.get(column), rank); // refused later, as beyond the rules
            }
            int index = column - first;
            if (index >= made.length) {
                made = Arrays.copyOf(made, Math.max(made.length * 2, index + 1));
            }
            CastVoteRecord.Ranking[] byRank = made[index];
            if (byRank == null || rank >= byRank.length) {
                byRank = made[index] = Arrays.copyOf(byRank == null ? new CastVoteRecord.Ranking[0] : byRank,
                        Math.max(rank + 1, 16));
            }
            CastVoteRecord.Ranking ranking = byRank[rank];
            if (ranking == null) {
                ranking = byRank[rank] = GenericCsvCvrReader.ranking(source, header.get(column), rank);
            }
            return ranking;
        }

        /** The id column's cell of a row, stripped; "" when the source names none. */
        private String id(byte[] bytes, int from, int to) {
            int column = source.idColumn().orElse(0);
            if (column < 1) {
                return "";
            }
            int start = from;
            for (int field = 1; field < column && start < to; field++) {
                while (start < to && bytes[start] != ',') {
                    start++;
                }
                start++;
            }
            if (start > to) {
                return "";
            }
            int end = start;
            while (end < to && bytes[end] != ',') {
                end++;
            }
            return new String(bytes, start, end - start, StandardCharsets.US_ASCII).strip();
        }

        /** A precinct's or batch's name, one String for each distinct name; null to give up (spaces around it). */
        private String place(byte[] bytes, int from, int to) {
            if (to > from && (bytes[from] <= ' ' || bytes[to - 1] <= ' ')) {
                return null;
            }
            int known = places.find(bytes, from, to);
            if (known < 0) {
                known = placeNames.size();
                placeNames.add(new String(bytes, from, to - from, StandardCharsets.US_ASCII));
                places.add(bytes, from, to, known);
            }
            return placeNames.get(known);
        }
    }

    /** The header, read by the careful reader's rules; false to give up (a header with a line break, not UTF-8). */
    private boolean header(byte[] bytes, int from, int to) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        if (text.indexOf('\r') >= 0 || text.indexOf('"') >= 0 || text.isEmpty()) {
            return false; // a quoted header (which may go on to the next line) is the careful reader's
        }
        List<String> fields;
        try {
            fields = CsvReader.builder().allowExtraCharsAfterClosingQuote(false).ofSingleCsvRecord(text).getFields();
        } catch (CsvParseException e) {
            return false;
        }
        header = GenericCsvCvrReader.header(fields, first, file, 1, source);
        return true;
    }
}
