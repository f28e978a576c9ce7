package org.teller.formats.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes ballot papers as CSV rows ({@code [area,]first,second,flags}), each a paper that the statutory
 * rules put in the cell asked for, straight to bytes. Not thread-safe.
 */
final class PaperWriter implements AutoCloseable {

    private static final byte[] NO_OFFICIAL_MARK = bytes("no-official-mark");
    private static final byte[] IDENTIFYING_MARK = bytes("identifying-mark");
    private static final byte[] UNCERTAIN_FIRST = bytes("uncertain-first");
    private static final byte[] UNCERTAIN_SECOND = bytes("uncertain-second");

    private final OutputStream out;
    private final Cells cells;
    /** Each candidate's label as it stands inside a field, and as a whole field (quoted if need be). */
    private final byte[][] labels;
    private final byte[][] fields;
    private final boolean areas;
    private final byte[] buffer = new byte[1 << 16];
    private int length;
    private byte[] area = new byte[0];

    /**
     * @param labels how each candidate is written: a name or a short label that names only that candidate
     * @param areas whether rows have an area column
     */
    PaperWriter(OutputStream out, Cells cells, List<String> labels, boolean areas) throws IOException {
        this.out = out;
        this.cells = cells;
        this.labels = labels.stream().map(PaperWriter::bytes).toArray(byte[][]::new);
        this.fields = labels.stream().map(PaperWriter::csvField).map(PaperWriter::bytes).toArray(byte[][]::new);
        this.areas = areas;
        append(bytes(areas ? "area,first,second,flags\n" : "first,second,flags\n"));
    }

    void area(String name) {
        area = bytes(csvField(name));
    }

    /**
     * Writes one paper of this cell. {@code choice} picks among the papers that fit (which candidates a
     * spoilt paper marks, say), so that papers of one cell are not all alike.
     */
    void write(int cell, long choice) throws IOException {
        if (length > buffer.length - 1024) {
            flush();
        }
        if (areas) {
            append(area);
            append((byte) ',');
        }
        int n = cells.candidates();
        int some = (int) Long.remainderUnsigned(choice, n);
        int other = (some + 1 + (int) Long.remainderUnsigned(choice >>> 20, n - 1)) % n;
        if (cells.isRejected(cell)) {
            switch (cells.head(cell)) {
                case WANT_OF_OFFICIAL_MARK -> row(fields[some], fields[other], NO_OFFICIAL_MARK);
                case VOTING_FOR_TOO_MANY -> row(two(some, other), null, null);
                case IDENTIFYING_MARK -> row(fields[some], null, IDENTIFYING_MARK);
                case UNCERTAIN -> row(fields[some], null, UNCERTAIN_FIRST);
                // Some unmarked papers carry a second choice only: still no first preference.
                case UNMARKED -> row(null, (choice & 0x300000000L) == 0 ? fields[some] : null, null);
            }
            return;
        }
        int first = cells.first(cell);
        int second = cells.second(cell);
        if (second >= 0) {
            row(fields[first], fields[second], null);
            return;
        }
        switch (cells.reason(cell)) {
            // A tally's "not stated" can only be written as a paper with no second choice.
            case UNMARKED, NOT_STATED -> row(fields[first], null, null);
            case VOTING_FOR_TOO_MANY -> row(fields[first], two(some, other), null);
            case UNCERTAIN -> row(fields[first], fields[other == first ? some : other], UNCERTAIN_SECOND);
            case SAME_AS_FIRST -> row(fields[first], fields[first], null);
        }
    }

    /** Two marks in one column, as one field. */
    private byte[] two(int one, int other) {
        String both = new String(labels[one], StandardCharsets.UTF_8) + "|" + new String(labels[other], StandardCharsets.UTF_8);
        return bytes(csvField(both));
    }

    private void row(byte[] first, byte[] second, byte[] flags) {
        if (first != null) {
            append(first);
        }
        append((byte) ',');
        if (second != null) {
            append(second);
        }
        append((byte) ',');
        if (flags != null) {
            append(flags);
        }
        append((byte) '\n');
    }

    private void append(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void append(byte b) {
        buffer[length++] = b;
    }

    void flush() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }

    private static String csvField(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
