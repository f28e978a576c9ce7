package org.teller.formats.votes.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teller.core.ballot.BallotPaperRules;
import org.teller.core.sv.SvTally;

/**
 * Parses ballot-paper rows from bytes and tallies them, one tally per count area, without allocating
 * per row. It handles the ordinary file exactly as the reference reader would, and gives up on
 * anything else ({@link GiveUp}) rather than guess. One per worker; not thread-safe.
 */
final class RowParser {

    private final Layout layout;
    private final int[] roles;
    private final ByteKeys candidates;
    private final ByteKeys flags;
    private final ByteKeys areaKeys = new ByteKeys(16);
    private final List<String> areaNames = new ArrayList<>();
    private final List<SvTally> areaTallies = new ArrayList<>();
    private final LongSet ids;
    private long rows;
    private byte[] lastArea = new byte[0];
    private SvTally lastTally;
    private int lastAreaHash;
    /** The tally the row being read goes to: set by its area, or the only one. */
    private SvTally tally;

    private static final int ROW_CACHE_SIZE = 4096;
    /** Rows seen (their bytes after any leading area) and their verdicts; null when rows are not cached. */
    private final ByteKeys rowCache;
    private final int[] rowCodes;
    private int lastCode;

    // The row being read.
    private int firstMarks;
    private int first;
    private int secondMarks;
    private int second;
    private int adjudications;

    RowParser(Layout layout) {
        this.layout = layout;
        this.roles = layout.roles;
        this.candidates = layout.candidateTable();
        this.flags = layout.flagTable();
        this.ids = layout.hasId ? new LongSet() : null;
        this.rowCache = layout.cacheRows ? new ByteKeys(ROW_CACHE_SIZE) : null;
        this.rowCodes = layout.cacheRows ? new int[ROW_CACHE_SIZE] : null;
        if (!layout.hasArea) {
            tally = new SvTally(layout.candidateCount);
            areaNames.add("");
            areaTallies.add(tally);
        }
    }

    List<String> areaNames() {
        return areaNames;
    }

    List<SvTally> areaTallies() {
        return areaTallies;
    }

    LongSet ids() {
        return ids;
    }

    /** The rows parsed so far. */
    long rows() {
        return rows;
    }

    /**
     * Parses the rows in {@code b[from, to)}, which ends just after a line feed.
     */
    void parse(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            byte c = b[i];
            if (c == '\n') { // a blank line
                i++;
                continue;
            }
            if (c == '\r' && b[i + 1] == '\n') {
                i += 2;
                continue;
            }
            i = row(b, i);
        }
    }

    /** Parses one row starting at {@code i}; returns the index after its line feed. */
    private int row(byte[] b, int i) {
        if (rowCache == null) {
            return parseRow(b, i);
        }
        int start = i;
        if (layout.hasArea) {
            int rest = sameAreaAsBefore(b, i);
            if (rest < 0 && b[i] != '"') {
                // A new area: read it (this sets the tally), then the rest of the row as usual.
                rest = area(b, i);
                rest = b[rest] == ',' ? rest + 1 : -1;
            }
            if (rest < 0) {
                return parseRow(b, start);
            }
            i = rest;
        }
        // The rest of the row, up to its line feed, hashed on the way.
        int hash = ByteKeys.SEED;
        int end = i;
        for (byte c = b[end]; c != '\n'; c = b[++end]) {
            hash = ByteKeys.step(hash, c);
        }
        int known = rowCache.find(b, i, end, ByteKeys.finish(hash));
        if (known >= 0) {
            tally.add(rowCodes[known]);
            rows++;
            return end + 1;
        }
        int next = parseRow(b, start);
        // Only bytes that parsed as one whole row are remembered: the same bytes always parse the same way.
        if (next == end + 1 && rowCache.size() < ROW_CACHE_SIZE) {
            rowCodes[rowCache.size()] = lastCode;
            rowCache.add(b, i, end, rowCache.size());
        }
        return next;
    }

    /**
     * When the row starts with the area of the row before, followed by a comma: sets the tally and
     * returns the index after the comma; otherwise -1.
     */
    private int sameAreaAsBefore(byte[] b, int i) {
        if (lastTally == null) {
            return -1;
        }
        // The loop stops at the row's line feed at the latest, since an area never holds one.
        int length = lastArea.length;
        for (int k = 0; k < length; k++) {
            if (b[i + k] != lastArea[k]) {
                return -1;
            }
        }
        if (b[i + length] != ',') {
            return -1;
        }
        tally = lastTally;
        return i + length + 1;
    }

    /** Parses one row field by field; returns the index after its line feed. */
    private int parseRow(byte[] b, int i) {
        firstMarks = 0;
        first = -1;
        secondMarks = 0;
        second = -1;
        adjudications = 0;
        int column = 0;
        while (true) {
            if (column >= roles.length) {
                throw new GiveUp("more fields than columns");
            }
            int role = roles[column++];
            if (b[i] == '"') {
                i = quoted(role, b, i);
            } else {
                // The common case, one pass over the field: find its end, split its marks, hash them.
                i = switch (role) {
                    case Layout.FIRST, Layout.SECOND -> marks(b, i, role == Layout.FIRST);
                    case Layout.AREA -> area(b, i);
                    default -> plain(role, b, i);
                };
            }
            byte c = b[i];
            if (c == ',') {
                i++;
            } else if (c == '\n') {
                i++;
                break;
            } else if (c == '\r' && b[i + 1] == '\n') {
                i += 2;
                break;
            } else {
                throw new GiveUp("an odd line end or characters after a quote");
            }
        }
        if (column != roles.length) {
            throw new GiveUp("fewer fields than columns");
        }
        lastCode = BallotPaperRules.code(firstMarks, first, secondMarks, second, adjudications);
        tally.add(lastCode);
        rows++;
        return i;
    }

    /** A quoted field: read whole, then handled as any field. Returns the index after its closing quote. */
    private int quoted(int role, byte[] b, int i) {
        int start = i + 1;
        int end = start;
        while (b[end] != '"') {
            if (b[end] == '\n') {
                throw new GiveUp("a quoted field across lines");
            }
            end++;
        }
        if (b[end + 1] == '"') {
            throw new GiveUp("an escaped quote");
        }
        field(role, b, start, end);
        return end + 1;
    }

    /** An unquoted field of another role: found, then handled as any field. */
    private int plain(int role, byte[] b, int i) {
        int start = i;
        byte c = b[i];
        while (c != ',' && c != '\n' && c != '\r') {
            if (c == '"') {
                throw new GiveUp("a quote inside a field");
            }
            c = b[++i];
        }
        field(role, b, start, i);
        return i;
    }

    /**
     * An unquoted column of marks, in one pass. Returns the index of the delimiter after it.
     */
    private int marks(byte[] b, int i, boolean firstColumn) {
        int fieldStart = i;
        int count = 0;
        int candidate = -1;
        int segment = i;
        int hash = ByteKeys.SEED;
        while (true) {
            byte c = b[i];
            if (c == ',' || c == '\n' || c == '\r' || c == '|') {
                int found;
                if (i > segment && ordinary(b[segment]) && ordinary(b[i - 1])) {
                    found = candidates.find(b, segment, i, ByteKeys.finish(hash));
                } else {
                    // White space at an edge, or an empty segment: trim, as the reference reader strips.
                    int from = segment;
                    int to = i;
                    while (from < to && (b[from] == ' ' || b[from] == '\t')) {
                        from++;
                    }
                    while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
                        to--;
                    }
                    if (from == to && c != '|' && segment == fieldStart) {
                        break; // a field with no marks
                    }
                    if (from == to || !ordinary(b[from]) || !ordinary(b[to - 1])) {
                        throw new GiveUp("an empty mark, or an unusual character at the edge of one");
                    }
                    found = candidates.find(b, from, to);
                }
                if (found < 0) {
                    throw new GiveUp("not an exact candidate name or label");
                }
                if (count == 0) {
                    candidate = found;
                    count = 1;
                } else if (found != candidate) {
                    count = 2;
                }
                if (c != '|') {
                    break;
                }
                segment = ++i;
                hash = ByteKeys.SEED;
                continue;
            }
            if (c == '"') {
                throw new GiveUp("a quote inside a field");
            }
            hash = ByteKeys.step(hash, c);
            i++;
        }
        marksOf(firstColumn, count, candidate);
        return i;
    }

    /** An unquoted area, in one pass; most rows name the area of the row before. */
    private int area(byte[] b, int i) {
        int start = i;
        int hash = ByteKeys.SEED;
        byte c = b[i];
        while (c != ',' && c != '\n' && c != '\r') {
            if (c == '"') {
                throw new GiveUp("a quote inside a field");
            }
            hash = ByteKeys.step(hash, c);
            c = b[++i];
        }
        if (i > start && ordinary(b[start]) && ordinary(b[i - 1])) {
            area(b, start, i, ByteKeys.finish(hash));
        } else {
            field(Layout.AREA, b, start, i);
        }
        return i;
    }

    private static boolean ordinary(byte c) {
        return c > 0x20 && c < 0x7f;
    }

    private void field(int role, byte[] b, int start, int end) {
        while (start < end && (b[start] == ' ' || b[start] == '\t')) {
            start++;
        }
        while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
            end--;
        }
        if (start < end && (odd(b[start]) || odd(b[end - 1]))) {
            // Other white space, control or non-ASCII bytes at an edge: the reference reader strips
            // Unicode white space, so let it decide.
            throw new GiveUp("an unusual character at the edge of a field");
        }
        switch (role) {
            case Layout.FIRST -> generalMarks(b, start, end, true);
            case Layout.SECOND -> generalMarks(b, start, end, false);
            case Layout.FLAGS -> flags(b, start, end);
            case Layout.AREA -> {
                if (start == end) {
                    throw new GiveUp("an empty area");
                }
                area(b, start, end, ByteKeys.hash(b, start, end));
            }
            case Layout.ID -> id(b, start, end);
            default -> throw new GiveUp("unknown column");
        }
    }

    private static boolean odd(byte c) {
        return c < 0x21 || c > 0x7e;
    }

    /** A column of marks, trimmed: the general path, for quoted fields and white space. */
    private void generalMarks(byte[] b, int start, int end, boolean firstColumn) {
        int count = 0;
        int candidate = -1;
        for (int found : parts(b, start, end, candidates, "not an exact candidate name or label")) {
            if (count == 0) {
                candidate = found;
                count = 1;
            } else if (found != candidate) {
                count = 2;
            }
        }
        marksOf(firstColumn, count, candidate);
    }

    /** What a column of marks named: how many candidates (2: more than one), and which when one. */
    private void marksOf(boolean firstColumn, int count, int candidate) {
        if (firstColumn) {
            firstMarks = count;
            first = candidate;
        } else {
            secondMarks = count;
            second = candidate;
        }
    }

    private void flags(byte[] b, int start, int end) {
        for (int bit : parts(b, start, end, flags, "not an adjudication")) {
            adjudications |= bit;
        }
    }

    /**
     * The values in {@code table} of each {@code |}-separated, space-trimmed part of {@code b[start, end)}:
     * none for an empty field; gives up on a part the table lacks (an empty one included).
     */
    private static int[] parts(byte[] b, int start, int end, ByteKeys table, String lacking) {
        if (start == end) {
            return new int[0];
        }
        int[] values = new int[end - start + 1];
        int count = 0;
        for (int segment = start; segment <= end; ) {
            int bar = segment;
            while (bar < end && b[bar] != '|') {
                bar++;
            }
            int from = segment;
            int to = bar;
            while (from < to && b[from] == ' ') {
                from++;
            }
            while (to > from && b[to - 1] == ' ') {
                to--;
            }
            int value = table.find(b, from, to);
            if (value < 0) {
                throw new GiveUp(lacking);
            }
            values[count++] = value;
            segment = bar + 1;
        }
        return Arrays.copyOf(values, count);
    }

    private void area(byte[] b, int start, int end, int hash) {
        // Count areas come in runs: most rows name the area of the row before.
        if (lastTally == null || hash != lastAreaHash || !Arrays.equals(lastArea, 0, lastArea.length, b, start, end)) {
            int index = areaKeys.find(b, start, end, hash);
            if (index < 0) {
                index = areaTallies.size();
                areaKeys.add(b, start, end, index);
                areaNames.add(new String(b, start, end - start, StandardCharsets.UTF_8));
                areaTallies.add(new SvTally(layout.candidateCount));
            }
            lastArea = Arrays.copyOfRange(b, start, end);
            lastAreaHash = hash;
            lastTally = areaTallies.get(index);
        }
        tally = lastTally;
    }

    private void id(byte[] b, int start, int end) {
        if (start == end) {
            return;
        }
        long hash = 0x9E3779B97F4A7C15L;
        for (int i = start; i < end; i++) {
            hash = (hash ^ b[i]) * 0x100000001B3L;
            hash ^= hash >>> 29;
        }
        hash ^= end - start;
        if (!ids.add(hash * 0xBF58476D1CE4E5B9L)) {
            throw new GiveUp("a repeated id (or two ids with one hash)");
        }
    }
}
