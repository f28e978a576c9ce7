package org.teller.formats.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.teller.core.ballot.Adjudication;

/**
 * Writes ballot papers as CSV rows straight to bytes: for the Supplementary Vote {@code [area,]first,second,flags},
 * each a paper that the statutory rules put in the cell asked for; for ranked papers
 * {@code [area,]rank1,...,rankR,flags}, each as drawn. Not thread-safe.
 */
final class PaperWriter implements AutoCloseable {

    private static final byte[] NO_OFFICIAL_MARK = bytes("no-official-mark");
    private static final byte[] IDENTIFYING_MARK = bytes("identifying-mark");
    private static final byte[] UNCERTAIN_FIRST = bytes("uncertain-first");
    private static final byte[] UNCERTAIN_SECOND = bytes("uncertain-second");

    private final OutputStream out;
    /** The cells of SV papers; null for ranked papers. */
    private final Cells cells;
    /** For ranked papers, the flag of an uncertain mark at each rank (from 1). */
    private final byte[][] uncertain;
    /** Each candidate's label as it stands inside a field, and as a whole field (quoted if need be). */
    private final byte[][] labels;
    private final byte[][] fields;
    private final boolean areas;
    private byte[] buffer;
    /** Room for the longest row but its area: the buffer is flushed before a row when less is left. */
    private final int rowRoom;
    private int length;
    private byte[] area = new byte[0];

    /**
     * @param labels how each candidate is written: a name or a short label that names only that candidate
     * @param areas whether rows have an area column
     */
    PaperWriter(OutputStream out, Cells cells, List<String> labels, boolean areas) throws IOException {
        this(out, cells, 2, labels, areas);
        append(bytes(areas ? "area,first,second,flags\n" : "first,second,flags\n"));
    }

    /**
     * A writer of ranked papers ({@link #write(RankedElection.Paper)}), with columns {@code rank1} to
     * {@code rank<ranks>}.
     */
    static PaperWriter ranked(OutputStream out, int ranks, List<String> labels, boolean areas) {
        PaperWriter writer = new PaperWriter(out, null, ranks, labels, areas);
        StringBuilder header = new StringBuilder(areas ? "area," : "");
        for (int rank = 1; rank <= ranks; rank++) {
            header.append("rank").append(rank).append(',');
        }
        writer.append(bytes(header.append("flags\n").toString()));
        return writer;
    }

    private PaperWriter(OutputStream out, Cells cells, int ranks, List<String> labels, boolean areas) {
        this.out = out;
        this.cells = cells;
        this.labels = labels.stream().map(PaperWriter::bytes).toArray(byte[][]::new);
        this.fields = labels.stream().map(PaperWriter::csvField).map(PaperWriter::bytes).toArray(byte[][]::new);
        this.areas = areas;
        this.uncertain = new byte[ranks + 1][];
        for (int rank = 1; rank <= ranks; rank++) {
            uncertain[rank] = bytes("uncertain-rank" + rank);
        }
        // Every rank marked twice with the longest labels, quoted, and the longest flag; the header fits too.
        int longest = Arrays.stream(fields).mapToInt(field -> field.length).max().orElse(0);
        this.rowRoom = 1024 + ranks * (2 * longest + 16);
        this.buffer = new byte[Math.max(1 << 16, 2 * rowRoom)];
    }

    void area(String name) throws IOException {
        area = bytes(csvField(name));
        if (buffer.length < 2 * (rowRoom + area.length)) {
            flush();
            buffer = new byte[2 * (rowRoom + area.length)];
        }
    }

    /**
     * Writes one paper of this cell. {@code choice} picks among the papers that fit (which candidates a
     * spoilt paper marks, say), so that papers of one cell are not all alike.
     */
    void write(int cell, long choice) throws IOException {
        if (length > buffer.length - rowRoom - area.length) {
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

    /** Writes one ranked paper. */
    void write(RankedElection.Paper paper) throws IOException {
        if (length > buffer.length - rowRoom - area.length) {
            flush();
        }
        if (areas) {
            append(area);
            append((byte) ',');
        }
        int[] marks = paper.marks;
        for (int rank = 0; rank < marks.length; rank++) {
            if (marks[rank] >= 0) {
                append(paper.also[rank] >= 0 ? two(marks[rank], paper.also[rank]) : fields[marks[rank]]);
            }
            append((byte) ',');
        }
        if (paper.adjudication != null) {
            append(paper.adjudication == Adjudication.NO_OFFICIAL_MARK ? NO_OFFICIAL_MARK : IDENTIFYING_MARK);
        } else if (paper.uncertainRank > 0) {
            append(uncertain[paper.uncertainRank]);
        }
        append((byte) '\n');
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
