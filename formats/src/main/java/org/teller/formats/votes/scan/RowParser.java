package org.teller.formats.votes.scan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.Adjudication;
import org.teller.core.ballot.BallotPaperRules;
import org.teller.core.sv.SvTally;
import org.teller.formats.votes.FieldText;
import org.teller.formats.votes.IdHashes;
import org.teller.formats.votes.PaperFields;

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
    private final Map<String, Integer> areaIndex = new HashMap<>();
    private final List<SvTally> areaTallies = new ArrayList<>();
    private final IdHashes ids;
    private long rows;
    private byte[] lastArea = new byte[0];
    /**
     * Whether the last area's bytes are those of an unquoted field: only then can a row that starts with
     * them be taken for the same area (a quoted area may hold a comma, which in an unquoted row ends it).
     */
    private boolean lastAreaPlain;
    private SvTally lastTally;
    private int lastAreaHash;
    /** The tally the row being read goes to: set by its area, or the only one. */
    private SvTally tally;

    private static final int ROW_CACHE_SIZE = 4096;
    /** The most spellings of candidates (or of adjudications) a worker learns. */
    private static final int LEARNT = 4096;
    private static final int[] NONE = new int[0];
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
        this.ids = layout.hasId ? new IdHashes() : null;
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

    IdHashes ids() {
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
        if (lastTally == null || !lastAreaPlain) {
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
     * An unquoted column of marks, in one pass: each mark looked up in the table of spellings met so far.
     * Returns the index of the delimiter after it.
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
                if (i > segment && !space(b[segment]) && !space(b[i - 1])) {
                    found = candidates.find(b, segment, i, ByteKeys.finish(hash));
                } else {
                    int from = trimStart(b, segment, i);
                    int to = trimEnd(b, from, i);
                    if (from == to && c != '|' && segment == fieldStart) {
                        break; // a field with no marks
                    }
                    found = from == to ? -1 : candidates.find(b, from, to);
                }
                if (found < 0) {
                    int end = fieldEnd(b, i);
                    newMarks(b, fieldStart, end, firstColumn);
                    return end;
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
        if (i > start && !space(b[start]) && !space(b[i - 1])) {
            area(b, start, i, ByteKeys.finish(hash));
        } else {
            field(Layout.AREA, b, start, i);
        }
        return i;
    }

    /** The index of the delimiter that ends the unquoted field at {@code i}. */
    private static int fieldEnd(byte[] b, int i) {
        for (byte c = b[i]; c != ',' && c != '\n' && c != '\r'; c = b[++i]) {
            if (c == '"') {
                throw new GiveUp("a quote inside a field");
            }
        }
        return i;
    }

    /** Spaces and tabs, which the fast lanes trim; any other white space is for {@link PaperFields}. */
    private static boolean space(byte c) {
        return c == ' ' || c == '\t';
    }

    private static int trimStart(byte[] b, int from, int to) {
        while (from < to && space(b[from])) {
            from++;
        }
        return from;
    }

    private static int trimEnd(byte[] b, int from, int to) {
        while (to > from && space(b[to - 1])) {
            to--;
        }
        return to;
    }

    /** A field, quoted or trimmed: handled by its role. */
    private void field(int role, byte[] b, int start, int end) {
        switch (role) {
            case Layout.FIRST -> generalMarks(b, start, end, true);
            case Layout.SECOND -> generalMarks(b, start, end, false);
            case Layout.FLAGS -> flags(b, start, end);
            case Layout.AREA -> {
                int from = trimStart(b, start, end);
                int to = trimEnd(b, from, end);
                area(b, from, to, ByteKeys.hash(b, from, to));
            }
            case Layout.ID -> id(b, start, end);
            default -> throw new GiveUp("unknown column");
        }
    }

    /** A column of marks from a quoted field or one with white space: the table first, then the rules. */
    private void generalMarks(byte[] b, int start, int end, boolean firstColumn) {
        int[] found = known(b, start, end, candidates);
        if (found == null) {
            newMarks(b, start, end, firstColumn);
            return;
        }
        named(firstColumn, found);
    }

    /**
     * A column of marks with a spelling not met before: judged by the reference reader's own rules
     * ({@link PaperFields#marks}), and each mark's spelling learnt, so that the next row that spells it
     * so takes the fast lane. Gives up on anything the rules refuse, for the reference reader to report.
     */
    private void newMarks(byte[] b, int start, int end, boolean firstColumn) {
        List<Integer> marks;
        try {
            marks = PaperFields.marks(text(b, start, end), firstColumn ? "first" : "second", layout.names);
        } catch (InvalidInputException e) {
            throw new GiveUp("a mark the rules refuse");
        }
        learn(b, start, end, marks, candidates);
        named(firstColumn, marks.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The candidates a column of marks named, in order: a candidate marked twice is one mark. */
    private void named(boolean firstColumn, int[] found) {
        int count = 0;
        int candidate = -1;
        for (int value : found) {
            if (count == 0) {
                candidate = value;
                count = 1;
            } else if (value != candidate) {
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
        int[] bits = known(b, start, end, flags);
        if (bits != null) {
            for (int bit : bits) {
                adjudications |= bit;
            }
            return;
        }
        try {
            for (Adjudication decision : PaperFields.adjudications(text(b, start, end))) {
                adjudications |= BallotPaperRules.bit(decision);
            }
            // Each part names one decision: learn its spelling.
            for (int segment = start; segment <= end; ) {
                int bar = segment;
                while (bar < end && b[bar] != '|') {
                    bar++;
                }
                int from = trimStart(b, segment, bar);
                int to = trimEnd(b, from, bar);
                Set<Adjudication> one = PaperFields.adjudications(text(b, from, to));
                if (one.size() == 1 && flags.size() < LEARNT && flags.find(b, from, to) < 0) {
                    flags.add(b, from, to, BallotPaperRules.bit(one.iterator().next()));
                }
                segment = bar + 1;
            }
        } catch (InvalidInputException e) {
            throw new GiveUp("an adjudication the rules refuse");
        }
    }

    /**
     * The values in {@code table} of each {@code |}-separated, trimmed part of {@code b[start, end)}: none
     * for a field of spaces and tabs; null when a part is not in the table (or is empty).
     */
    private static int[] known(byte[] b, int start, int end, ByteKeys table) {
        int from = trimStart(b, start, end);
        if (from == trimEnd(b, from, end)) {
            return NONE;
        }
        int[] values = new int[end - start + 1];
        int count = 0;
        for (int segment = start; segment <= end; ) {
            int bar = segment;
            while (bar < end && b[bar] != '|') {
                bar++;
            }
            int partFrom = trimStart(b, segment, bar);
            int partTo = trimEnd(b, partFrom, bar);
            int value = partFrom == partTo ? -1 : table.find(b, partFrom, partTo);
            if (value < 0) {
                return null;
            }
            values[count++] = value;
            segment = bar + 1;
        }
        return Arrays.copyOf(values, count);
    }

    /**
     * Adds the spelling of each {@code |}-separated part of {@code b[start, end)} to {@code table}, with
     * the value the rules gave it: {@code values} holds one for each part, in order. A table stops
     * learning at {@link #LEARNT} spellings (a file that spells every row differently is merely slower).
     */
    private static void learn(byte[] b, int start, int end, List<Integer> values, ByteKeys table) {
        int part = 0;
        for (int segment = start; segment <= end && part < values.size(); part++) {
            int bar = segment;
            while (bar < end && b[bar] != '|') {
                bar++;
            }
            int from = trimStart(b, segment, bar);
            int to = trimEnd(b, from, bar);
            if (from < to && table.size() < LEARNT && table.find(b, from, to) < 0) {
                table.add(b, from, to, values.get(part));
            }
            segment = bar + 1;
        }
    }

    /**
     * The text of {@code b[start, end)}, decoded strictly, for the rules; gives up on bytes that are not
     * UTF-8 or on characters no field may hold, which the reference reader reports.
     */
    private static String text(byte[] b, int start, int end) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            throw new GiveUp("bytes that are not UTF-8");
        }
        if (FieldText.forbidden(text) >= 0) {
            throw new GiveUp("a character no field may hold");
        }
        return text;
    }

    /**
     * The area spelt {@code b[start, end)}. Count areas come in runs: most rows name the area of the row
     * before. A spelling not met before is named by the rules ({@link PaperFields#area}), so that two
     * spellings of one area (another normal form, white space of another kind) are one area.
     */
    private void area(byte[] b, int start, int end, int hash) {
        if (lastTally == null || hash != lastAreaHash || !Arrays.equals(lastArea, 0, lastArea.length, b, start, end)) {
            int index = areaKeys.find(b, start, end, hash);
            if (index < 0) {
                String name;
                try {
                    name = PaperFields.area(text(b, start, end));
                } catch (InvalidInputException e) {
                    throw new GiveUp("an area the rules refuse");
                }
                Integer named = areaIndex.get(name);
                if (named == null) {
                    named = areaTallies.size();
                    areaIndex.put(name, named);
                    areaNames.add(name);
                    areaTallies.add(new SvTally(layout.candidateCount));
                }
                index = named;
                areaKeys.add(b, start, end, index);
            }
            lastArea = Arrays.copyOfRange(b, start, end);
            lastAreaPlain = true;
            for (int k = start; k < end && lastAreaPlain; k++) {
                lastAreaPlain = b[k] != ',' && b[k] != '"';
            }
            lastAreaHash = hash;
            lastTally = areaTallies.get(index);
        }
        tally = lastTally;
    }

    /**
     * A paper's id: only printable ASCII takes the fast lane (any other id goes to the reference reader,
     * which puts it in normal form). Its hash is kept to find repeats at the end.
     */
    private void id(byte[] b, int start, int end) {
        int from = trimStart(b, start, end);
        int to = trimEnd(b, from, end);
        for (int i = from; i < to; i++) {
            if (b[i] < 0x21 || b[i] > 0x7e) {
                throw new GiveUp("an id that is not printable ASCII");
            }
        }
        if (from < to) {
            ids.add(IdHashes.hash(b, from, to));
        }
    }
}
