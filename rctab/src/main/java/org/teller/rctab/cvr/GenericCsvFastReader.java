package org.teller.rctab.cvr;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.teller.core.InvalidInputException;
import org.teller.formats.internal.scan.ByteKeys;

/**
 * RCTab's generic CSV read fast: the same records as {@link GenericCsvCvrReader}, without making them.
 * Each row's vote columns (every cell from the first vote column to the end of the row) are looked up as
 * bytes in a table of the rows seen before; only a row unlike any before is made into a
 * {@link CastVoteRecord} and judged ({@link Counter#number}), so a file of a million records costs about
 * as many look-ups as rows and as many judgements as distinct rows.
 *
 * <p>It takes only the plain rows that make up nearly every real file: ASCII, no quotes, each vote cell
 * empty or digits, each row ending in LF or CRLF. At anything else (a quote, a byte that is not ASCII, an
 * empty line, a row with more or fewer fields than the header, a stray carriage return, a cell that is
 * not digits) it gives up, and the caller reads the file again with {@link GenericCsvCvrReader}, which
 * reads what it can and refuses the rest with the line and the reason: so both paths refuse the same.
 */
public final class GenericCsvFastReader {

    /** Where the rows go. */
    public interface Counter {
        /** The number a record's judgement is counted under: asked once for each distinct row of votes. */
        int number(CastVoteRecord record);

        /** Counts one record under {@code number}; precinct and batch are "" where not asked for. */
        void count(int number, boolean undervote, String precinct, String batch);
    }

    private static final int CHUNK = 1 << 20;

    private final CvrSource source;
    private final String file;
    private final boolean byPrecinct;
    private final boolean byBatch;
    private final Counter counter;
    private final ByteKeys rows = new ByteKeys(1 << 12);
    private int[] numbers = new int[1 << 12];
    private boolean[] undervotes = new boolean[1 << 12];
    private final ByteKeys places = new ByteKeys(64);
    private final List<String> placeNames = new ArrayList<>();
    private List<String> header;
    private int first;
    private long line;

    private GenericCsvFastReader(CvrSource source, boolean byPrecinct, boolean byBatch, Counter counter) {
        this.source = source;
        this.file = source.file().toString();
        this.byPrecinct = byPrecinct && source.precinctColumn().isPresent();
        this.byBatch = byBatch && source.batchColumn().isPresent();
        this.counter = counter;
    }

    /**
     * Reads every record of {@code source} into {@code counter}, or gives up.
     *
     * @return false when it gave up: what it counted must then be thrown away and the file read again by
     *     {@link GenericCsvCvrReader}
     * @throws InvalidInputException for what both paths refuse alike (a rank beyond the rules, say, found
     *     while judging a record)
     */
    public static boolean read(CvrSource source, boolean byPrecinct, boolean byBatch, Counter counter) {
        if (source.firstVoteColumn().isEmpty()) {
            return false;
        }
        try {
            return new GenericCsvFastReader(source, byPrecinct, byBatch, counter).read();
        } catch (IOException e) {
            return false; // the careful reader says what is wrong with the file
        }
    }

    private boolean read() throws IOException {
        first = source.firstVoteColumn().getAsInt() - 1;
        byte[] buffer = new byte[CHUNK];
        int filled = 0;
        boolean started = false;
        try (InputStream in = Files.newInputStream(source.file())) {
            while (true) {
                int read = in.read(buffer, filled, buffer.length - filled);
                boolean end = read < 0;
                filled += end ? 0 : read;
                int from = 0;
                if (!started) {
                    if (!end && filled < 3) {
                        continue;
                    }
                    started = true;
                    if (filled >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
                        from = 3;
                    }
                }
                int lineEnd;
                while ((lineEnd = indexOf(buffer, from, filled)) >= 0) {
                    if (!row(buffer, from, lineEnd)) {
                        return false;
                    }
                    from = lineEnd + 1;
                }
                if (end) {
                    return (from == filled || row(buffer, from, filled)) && header != null;
                }
                // Keep the partial row; grow the buffer if one row fills it.
                System.arraycopy(buffer, from, buffer, 0, filled - from);
                filled -= from;
                if (filled == buffer.length) {
                    if (buffer.length >= 1 << 26) {
                        return false;
                    }
                    buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                }
            }
        }
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** One row, {@code [from, to)} without its LF; false to give up. */
    private boolean row(byte[] bytes, int from, int to) {
        line++;
        if (to > from && bytes[to - 1] == '\r') {
            to--;
        }
        if (header == null) {
            return header(bytes, from, to);
        }
        if (to == from) {
            return false;
        }
        int fields = header.size();
        int precinctColumn = byPrecinct ? source.precinctColumn().getAsInt() - 1 : -1;
        int batchColumn = byBatch ? source.batchColumn().getAsInt() - 1 : -1;
        int precinctFrom = 0;
        int precinctTo = 0;
        int batchFrom = 0;
        int batchTo = 0;
        int votesFrom = first == 0 ? from : -1;
        int field = 0;
        int fieldFrom = from;
        int hash = ByteKeys.SEED;
        boolean blank = true;
        for (int i = from; i <= to; i++) {
            byte b = i < to ? bytes[i] : (byte) ',';
            if (b == ',') {
                if (field == precinctColumn) {
                    precinctFrom = fieldFrom;
                    precinctTo = i;
                }
                if (field == batchColumn) {
                    batchFrom = fieldFrom;
                    batchTo = i;
                }
                if (i < to) {
                    field++;
                    fieldFrom = i + 1;
                    if (field == first) {
                        votesFrom = i + 1;
                    }
                }
            } else if (b == '"' || b == '\r' || b < 0) {
                return false;
            } else if (field >= first && (b < '0' || b > '9')) {
                return false;
            } else if (field >= first) {
                blank = false;
            }
            if (votesFrom >= 0 && i >= votesFrom && i < to) {
                hash = ByteKeys.step(hash, b);
            }
        }
        if (field + 1 != fields) {
            return false;
        }
        hash = ByteKeys.finish(hash);
        int known = rows.find(bytes, votesFrom, to, hash);
        if (known < 0) {
            known = rows.size();
            remember(known, record(bytes, from, votesFrom, to), blank);
            rows.add(bytes, votesFrom, to, hash, known);
        }
        String precinct = precinctColumn >= 0 ? place(bytes, precinctFrom, precinctTo) : "";
        String batch = batchColumn >= 0 ? place(bytes, batchFrom, batchTo) : "";
        if (precinct == null || batch == null) {
            return false;
        }
        counter.count(numbers[known], undervotes[known], precinct, batch);
        return true;
    }

    private void remember(int index, CastVoteRecord record, boolean blank) {
        if (index == numbers.length) {
            numbers = java.util.Arrays.copyOf(numbers, index * 2);
            undervotes = java.util.Arrays.copyOf(undervotes, index * 2);
        }
        numbers[index] = counter.number(record);
        undervotes[index] = blank;
    }

    /** The record of a row seen for the first time, made as the careful reader makes it. */
    private CastVoteRecord record(byte[] bytes, int from, int votesFrom, int to) {
        String text = new String(bytes, from, to - from, StandardCharsets.US_ASCII);
        String[] cells = text.split(",", -1);
        List<CastVoteRecord.Ranking> rankings = new ArrayList<>();
        for (int column = first; column < cells.length; column++) {
            if (!cells[column].isEmpty()) {
                int rank = GenericCsvCvrReader.rank(cells[column], line, column, file);
                rankings.add(GenericCsvCvrReader.ranking(source, header.get(column), rank));
            }
        }
        int idColumn = source.idColumn().orElse(0);
        String id = idColumn >= 1 && idColumn <= cells.length ? cells[idColumn - 1].strip() : "";
        return new CastVoteRecord(GenericCsvCvrReader.id(source, id, line), "", "", rankings);
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

    /** The header, read by the careful reader's rules; false to give up (a header with a line break, not UTF-8). */
    private boolean header(byte[] bytes, int from, int to) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        if (text.indexOf('\r') >= 0 || text.isEmpty()) {
            return false;
        }
        List<String> fields;
        try {
            fields = CsvReader.builder().allowExtraCharsAfterClosingQuote(false).ofSingleCsvRecord(text).getFields();
        } catch (CsvParseException e) {
            return false;
        }
        if (text.chars().filter(c -> c == '"').count() % 2 != 0) {
            return false; // a quoted field that goes on to the next line
        }
        header = GenericCsvCvrReader.header(fields, first, file, line);
        return true;
    }
}
