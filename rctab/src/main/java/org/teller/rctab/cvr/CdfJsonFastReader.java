package org.teller.rctab.cvr;

import static org.teller.rctab.cvr.GiveUp.GIVE_UP;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.teller.core.InvalidInputException;
import org.teller.formats.internal.scan.ByteKeys;
import tools.jackson.core.JacksonException;

/**
 * A CDF JSON report read fast: the same records as {@link CdfCvrReader}, without making them. The report
 * is scanned as bytes; of each record, what its ranking depends on (the selections of the contest counted
 * in its current snapshot: each selection's id and rank, each position's write-in, flags and rank) is
 * looked up as a key in a table of the records seen before, and only a record unlike any before is read
 * by the careful reader's own code ({@link CdfJsonRecord}, from the record's bytes) and judged. Ids, types
 * and everything else a record holds are checked as JSON and passed over.
 *
 * <p>It takes only plain reports: ASCII JSON without escapes in strings, whose election is written after
 * the records (as RCTab and most others write it) and whose values outside the records are each shorter
 * than 64 MB. At anything else, and at anything the careful reader refuses (a key given twice in one of a
 * record's objects, a record whose current snapshot lacks the contest, a record the rules refuse...) it
 * gives up, and the caller reads the report with {@link CdfCvrReader}, which says what is wrong.
 */
public final class CdfJsonFastReader {

    /** Bytes held ahead of a token before it is parsed (see {@link EssFastReader}'s). */
    private static final int AHEAD = 1 << 16;
    private static final int LONGEST = 1 << 26;
    private static final int MORE = -1;
    // Well within the limits of the careful reader's parser (Jackson's StreamReadConstraints), which refuses
    // what is beyond them: deeper nesting, longer numbers, names or strings are given up on.
    private static final int DEEPEST = 200;
    private static final int LONGEST_NUMBER = 100;
    private static final int LONGEST_NAME = 1000;
    private static final int LONGEST_STRING = 1 << 20;

    private static final byte[] CVR = bytes("CVR");
    private static final byte[] SNAPSHOTS = bytes("CVRSnapshot");
    private static final byte[] CURRENT = bytes("CurrentSnapshotId");
    private static final byte[] UNIT = bytes("BallotStyleUnitId");
    private static final byte[] ID = bytes("@id");
    private static final byte[] CONTESTS = bytes("CVRContest");
    private static final byte[] CONTEST_ID = bytes("ContestId");
    private static final byte[] SELECTIONS = bytes("CVRContestSelection");
    private static final byte[] SELECTION_ID = bytes("ContestSelectionId");
    private static final byte[] RANK = bytes("Rank");
    private static final byte[] POSITIONS = bytes("SelectionPosition");
    private static final byte[] WRITE_IN = bytes("CVRWriteIn");
    private static final byte[] HAS_INDICATION = bytes("HasIndication");
    private static final byte[] IS_ALLOCABLE = bytes("IsAllocable");


    private final CvrSource source;
    private final CdfElection election;
    private final byte[] contestId;
    private final boolean byPrecinct;
    private final RecordCounter counter;
    private ByteWindow window;
    private byte[] b;
    private int limit;

    // What the last value read gave: the text's range (empty for none), and whether the value was a JSON string.
    private int textFrom;
    private int textTo;
    private boolean wasString;
    // The key last read (its range), and where it and the keys of its object are kept to find one given twice.
    private int keyFrom;
    private int keyTo;
    private int[] keys = new int[64];
    private int keyCount;
    /** For each depth of a record's objects, a bit for each key of the object being read (see {@link #member}). */
    private final long[] sketch = new long[5];
    private boolean closed;

    // A record's snapshots: the range of each one's @id and the first and last selection (-1: no contest counted).
    private int snapshots;
    private int[] snapshotId = new int[8];
    private int[] snapshotSelections = new int[8];
    // Its selections, each a run of ints in one table: id from/to, rank from/to (-1: none), its positions' start and end.
    private int selectionTop;
    private int[] selections = new int[64];
    // Its positions, each a run of ints: write-in (0/1), HasIndication from/to, IsAllocable from/to, rank from/to (-1: none).
    private int positionTop;
    private int[] positions = new int[64];

    private final ByteKeys records = new ByteKeys(1 << 12);
    private byte[] key = new byte[256];
    private int[] numbers = new int[1 << 12];
    private boolean[] undervotes = new boolean[1 << 12];
    private final ByteKeys units = new ByteKeys(64);
    private final List<String> unitNames = new ArrayList<>();
    private int index;
    /** The snapshot being read (its contests are read into it). */
    private int snapshot;
    private final Element snapshotElement = this::snapshot;
    private final Element contestElement = this::contest;
    private final Element selectionElement = this::selection;
    private final Element positionElement = this::position;

    private CdfJsonFastReader(CvrSource source, CdfElection election, boolean byPrecinct, RecordCounter counter) {
        this.source = source;
        this.election = election;
        this.contestId = election.contestId.getBytes(StandardCharsets.UTF_8);
        this.byPrecinct = byPrecinct;
        this.counter = counter;
    }

    /**
     * Reads every record of {@code source} (a CDF JSON report) into {@code counter}, or gives up.
     *
     * @param byPrecinct whether records are counted by precinct (their ballot style unit; else "")
     * @return false when it gave up: what it counted must then be thrown away and the file read by
     *     {@link CdfCvrReader}
     */
    public static boolean read(CvrSource source, boolean byPrecinct, RecordCounter counter) {
        if (!source.overvoteLabel().isEmpty()
                || !source.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try {
            CdfElection election = CdfCvrReader.plainElection(source);
            if (election == null) {
                return false;
            }
            try (InputStream in = Files.newInputStream(source.file())) {
                CdfJsonFastReader reader = new CdfJsonFastReader(source, election, byPrecinct, counter);
                reader.window = new ByteWindow(in, LONGEST);
                return reader.scan();
            }
        } catch (GiveUp | IOException | InvalidInputException | JacksonException e) {
            return false;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    // The report: one object, whose CVR list is read record by record, and whose other values are passed over.

    private static final int START = 0;
    private static final int FIRST_MEMBER = 1;
    private static final int MEMBER = 2;
    private static final int VALUE = 3;
    private static final int AFTER_VALUE = 4;
    private static final int FIRST_RECORD = 5;
    private static final int RECORD = 6;
    private static final int AFTER_RECORD = 7;
    private static final int DONE = 8;

    private boolean scan() throws IOException {
        refill(0);
        List<byte[]> reportKeys = new ArrayList<>();
        boolean cvr = false;
        int state = START;
        int p = 0;
        while (true) {
            if (limit - p < AHEAD && !window.end) {
                p -= refill(p);
            }
            p = ws(p);
            if (p == limit) {
                if (!window.end) {
                    p -= refill(p);
                    continue;
                }
                return state == DONE;
            }
            byte c = b[p];
            int next;
            switch (state) {
                case START -> {
                    if (c != '{') {
                        throw GIVE_UP;
                    }
                    next = p + 1;
                    state = FIRST_MEMBER;
                }
                case FIRST_MEMBER, MEMBER -> {
                    if (c == '}' && state == FIRST_MEMBER) {
                        next = p + 1;
                        state = DONE;
                    } else {
                        next = reportKey(p);
                        if (next != MORE) {
                            byte[] name = Arrays.copyOfRange(b, keyFrom, keyTo);
                            if (reportKeys.stream().anyMatch(known -> Arrays.equals(known, name))) {
                                throw GIVE_UP; // a key of the report given twice
                            }
                            reportKeys.add(name);
                            cvr = Arrays.equals(name, CVR);
                            state = VALUE;
                        }
                    }
                }
                case VALUE -> {
                    if (cvr && c == '[') {
                        next = p + 1;
                        state = FIRST_RECORD;
                    } else {
                        next = skip(p, 0);
                        state = AFTER_VALUE;
                    }
                }
                case FIRST_RECORD, RECORD -> {
                    if (c == ']' && state == FIRST_RECORD) {
                        next = p + 1;
                        state = AFTER_VALUE;
                    } else if (c == '{') {
                        next = record(p);
                        state = AFTER_RECORD;
                    } else {
                        throw GIVE_UP; // a record that is no object
                    }
                }
                case AFTER_RECORD -> {
                    next = p + 1;
                    state = c == ',' ? RECORD : c == ']' ? AFTER_VALUE : fail();
                }
                case AFTER_VALUE -> {
                    next = p + 1;
                    state = c == ',' ? MEMBER : c == '}' ? DONE : fail();
                }
                default -> throw GIVE_UP; // more after the report's object
            }
            if (next == MORE) {
                if (window.end) {
                    throw GIVE_UP; // the report ends inside a value
                }
                p -= refill(p);
                state = retry(state);
            } else {
                p = next;
            }
        }
    }

    /** The state to parse a token again in, after more bytes are read (the state was moved on before the parse). */
    private static int retry(int state) {
        return switch (state) {
            case AFTER_VALUE -> VALUE;
            case AFTER_RECORD -> RECORD;
            default -> state;
        };
    }

    private static int fail() {
        throw GIVE_UP;
    }

    /** A key of the report and its colon; where its value starts. */
    private int reportKey(int p) {
        if (b[p] != '"') {
            throw GIVE_UP;
        }
        int end = string(p);
        if (end == MORE) {
            return MORE;
        }
        keyFrom = textFrom;
        keyTo = textTo;
        if (keyTo - keyFrom > LONGEST_NAME) {
            throw GIVE_UP;
        }
        end = ws(end);
        if (end >= limit) {
            return MORE;
        }
        if (b[end] != ':') {
            throw GIVE_UP;
        }
        return end + 1;
    }

    private int refill(int from) throws IOException {
        int moved = window.refill(from);
        if (moved < 0) {
            throw GIVE_UP; // a value longer than any record
        }
        b = window.bytes;
        limit = window.limit;
        return moved;
    }

    // JSON values.

    private int ws(int p) {
        while (p < limit) {
            byte c = b[p];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                break;
            }
            p++;
        }
        return p;
    }

    /** A string at {@code p}: its content is {@code [textFrom, textTo)}; ASCII without escapes only. */
    private int string(int p) {
        int q = p + 1;
        while (q < limit) {
            byte c = b[q];
            if (c == '"') {
                textFrom = p + 1;
                textTo = q;
                wasString = true;
                return q + 1;
            }
            if (c < 0x20 || c == '\\' || q - p > LONGEST_STRING) { // a control character, not ASCII, an escape
                throw GIVE_UP;
            }
            q++;
        }
        return MORE;
    }

    /** A value read as text (see {@link CdfJsonRecord}): a string's content, a number's or a literal's text; else none. */
    private int text(int p) {
        if (p >= limit) {
            return MORE;
        }
        byte c = b[p];
        if (c == '"') {
            return string(p);
        }
        wasString = false;
        if (c == '{' || c == '[') {
            int end = skip(p, 0);
            textFrom = textTo = p;
            return end;
        }
        int end = skip(p, 0);
        if (end != MORE) {
            textFrom = p;
            textTo = c == 'n' ? p : end; // null is no text
        }
        return end;
    }

    /** Passes over any value at {@code p}, checking it is JSON. */
    private int skip(int p, int depth) {
        if (p >= limit) {
            return MORE;
        }
        byte c = b[p];
        switch (c) {
            case '"' -> {
                return string(p);
            }
            case '{', '[' -> {
                if (depth >= DEEPEST) {
                    throw GIVE_UP;
                }
                byte close = c == '{' ? (byte) '}' : (byte) ']';
                int q = ws(p + 1);
                if (q >= limit) {
                    return MORE;
                }
                if (b[q] == close) {
                    return q + 1;
                }
                while (true) {
                    if (c == '{') {
                        if (b[q] != '"') {
                            throw GIVE_UP;
                        }
                        q = string(q);
                        if (q == MORE) {
                            return MORE;
                        }
                        if (textTo - textFrom > LONGEST_NAME) {
                            throw GIVE_UP;
                        }
                        q = ws(q);
                        if (q >= limit) {
                            return MORE;
                        }
                        if (b[q] != ':') {
                            throw GIVE_UP;
                        }
                        q = ws(q + 1);
                    }
                    q = skip(q, depth + 1);
                    if (q == MORE) {
                        return MORE;
                    }
                    q = ws(q);
                    if (q >= limit) {
                        return MORE;
                    }
                    if (b[q] == close) {
                        return q + 1;
                    }
                    if (b[q] != ',') {
                        throw GIVE_UP;
                    }
                    q = ws(q + 1);
                    if (q >= limit) {
                        return MORE;
                    }
                }
            }
            case 't' -> {
                return literal(p, "true");
            }
            case 'f' -> {
                return literal(p, "false");
            }
            case 'n' -> {
                return literal(p, "null");
            }
            default -> {
                return number(p);
            }
        }
    }

    private int literal(int p, String word) {
        if (p + word.length() >= limit) {
            return MORE;
        }
        for (int i = 0; i < word.length(); i++) {
            if (b[p + i] != word.charAt(i)) {
                throw GIVE_UP;
            }
        }
        if (letterOrDigit(b[p + word.length()])) {
            throw GIVE_UP;
        }
        return p + word.length();
    }

    /** A number as JSON writes one: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private int number(int p) {
        int q = p;
        if (q < limit && b[q] == '-') {
            q++;
        }
        int digits = digits(q);
        if (digits == MORE) {
            return MORE;
        }
        if (digits == q || b[q] == '0' && digits > q + 1) {
            throw GIVE_UP;
        }
        q = digits;
        if (b[q] == '.') {
            int fraction = digits(q + 1);
            if (fraction == MORE) {
                return MORE;
            }
            if (fraction == q + 1) {
                throw GIVE_UP;
            }
            q = fraction;
        }
        if (b[q] == 'e' || b[q] == 'E') {
            q++;
            if (q < limit && (b[q] == '+' || b[q] == '-')) {
                q++;
            }
            int exponent = digits(q);
            if (exponent == MORE) {
                return MORE;
            }
            if (exponent == q) {
                throw GIVE_UP;
            }
            q = exponent;
        }
        if (letterOrDigit(b[q]) || b[q] == '.' || q - p > LONGEST_NUMBER) {
            throw GIVE_UP;
        }
        return q;
    }

    /** The end of a run of digits from {@code p} (a byte must follow it in the window). */
    private int digits(int p) {
        int q = p;
        while (q < limit && b[q] >= '0' && b[q] <= '9') {
            q++;
        }
        return q >= limit ? MORE : q;
    }

    private static boolean letterOrDigit(byte c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '+' || c == '-';
    }

    // Objects of a record: members read one by one, a key given twice refused.

    /**
     * The next member of an object at {@code depth} (0 for a record, 4 for a selection position) whose keys are
     * kept from {@code keysFrom}: at {@code p} (just after the
     * object's {@code {} when {@code first}, else after a value); where its value starts, with its key in
     * {@code [keyFrom, keyTo)}, or the object's end with {@code closed} set.
     */
    private int member(int p, boolean first, int keysFrom, int depth) {
        int q = ws(p);
        if (q >= limit) {
            return MORE;
        }
        closed = false;
        if (b[q] == '}') {
            closed = true;
            return q + 1;
        }
        if (!first) {
            if (b[q] != ',') {
                throw GIVE_UP;
            }
            q = ws(q + 1);
            if (q >= limit) {
                return MORE;
            }
        }
        if (b[q] != '"') {
            throw GIVE_UP;
        }
        q = string(q);
        if (q == MORE) {
            return MORE;
        }
        keyFrom = textFrom;
        keyTo = textTo;
        if (keyTo - keyFrom > LONGEST_NAME) {
            throw GIVE_UP;
        }
        // A key given twice in one object makes the careful reader refuse the record. The keys are compared
        // only when a sketch of them (a bit for each key's length and ends) says the key may have been seen.
        long bit = 1L << ((keyTo - keyFrom) * 7 + (keyTo > keyFrom ? b[keyFrom] + 3 * b[keyTo - 1] : 0));
        if (first) {
            sketch[depth] = 0;
        }
        if ((sketch[depth] & bit) != 0) {
            for (int k = keysFrom; k < keyCount; k += 2) {
                if (same(keys[k], keys[k + 1], keyFrom, keyTo)) {
                    throw GIVE_UP;
                }
            }
        }
        sketch[depth] |= bit;
        if (keyCount + 2 > keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[keyCount++] = keyFrom;
        keys[keyCount++] = keyTo;
        q = ws(q);
        if (q >= limit) {
            return MORE;
        }
        if (b[q] != ':') {
            throw GIVE_UP;
        }
        q = ws(q + 1);
        return q >= limit ? MORE : q;
    }

    private boolean same(int from, int to, int otherFrom, int otherTo) {
        if (to - from != otherTo - otherFrom) {
            return false;
        }
        for (int i = 0; i < to - from; i++) {
            if (b[from + i] != b[otherFrom + i]) {
                return false;
            }
        }
        return true;
    }

    private boolean key(byte[] name) {
        return is(keyFrom, keyTo, name);
    }

    /** Whether {@code b[from, to)} is {@code name}: byte by byte, as names are short. */
    private boolean is(int from, int to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (b[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The elements of a list at {@code p}, each an object read by {@code element}; a value that is not a
     * list holds none (as the careful reader reads it).
     */
    private int objects(int p, Element element) {
        if (b[p] != '[') {
            return skip(p, 0);
        }
        int q = ws(p + 1);
        if (q >= limit) {
            return MORE;
        }
        if (b[q] == ']') {
            return q + 1;
        }
        while (true) {
            if (b[q] != '{') {
                throw GIVE_UP; // an element that is no object: the careful reader refuses the record
            }
            q = element.read(q);
            if (q == MORE) {
                return MORE;
            }
            q = ws(q);
            if (q >= limit) {
                return MORE;
            }
            if (b[q] == ']') {
                return q + 1;
            }
            if (b[q] != ',') {
                throw GIVE_UP;
            }
            q = ws(q + 1);
            if (q >= limit) {
                return MORE;
            }
        }
    }

    private interface Element {
        int read(int p);
    }

    // A record.

    /** A record at {@code p} ({@code {}), whole; counted once it is read to its end. */
    private int record(int p) {
        keyCount = 0;
        snapshots = 0;
        selectionTop = 0;
        positionTop = 0;
        int currentFrom = p;
        int currentTo = p;
        int unitFrom = p;
        int unitTo = p;
        int q = p + 1;
        for (boolean first = true; ; first = false) {
            q = member(q, first, 0, 0);
            if (q == MORE) {
                return MORE;
            }
            if (closed) {
                break;
            }
            if (key(SNAPSHOTS)) {
                q = objects(q, snapshotElement);
            } else if (key(CURRENT)) {
                q = text(q);
                currentFrom = textFrom;
                currentTo = textTo;
            } else if (key(UNIT)) {
                q = text(q);
                unitFrom = textFrom;
                unitTo = textTo;
            } else {
                q = skip(q, 0);
            }
            if (q == MORE) {
                return MORE;
            }
        }
        // The current snapshot: the last whose id is the current one and which holds the contest.
        int chosen = -1;
        for (int s = 0; s < snapshots; s++) {
            if (snapshotSelections[2 * s] >= 0
                    && same(snapshotId[2 * s], snapshotId[2 * s + 1], currentFrom, currentTo)) {
                chosen = s;
            }
        }
        if (chosen < 0) {
            throw GIVE_UP; // the careful reader refuses a record whose current snapshot lacks the contest
        }
        count(chosen, unitFrom, unitTo);
        return q;
    }

    /** A snapshot: its id, and the selections of its first contest that is the one counted. */
    private int snapshot(int p) {
        int keysFrom = keyCount;
        if (2 * snapshots + 2 > snapshotId.length) {
            snapshotId = Arrays.copyOf(snapshotId, snapshotId.length * 2);
            snapshotSelections = Arrays.copyOf(snapshotSelections, snapshotSelections.length * 2);
        }
        int s = snapshots;
        snapshotId[2 * s] = p;
        snapshotId[2 * s + 1] = p;
        snapshotSelections[2 * s] = -1;
        int q = p + 1;
        for (boolean first = true; ; first = false) {
            q = member(q, first, keysFrom, 1);
            if (q == MORE) {
                return MORE;
            }
            if (closed) {
                break;
            }
            if (key(ID)) {
                q = text(q);
                snapshotId[2 * s] = textFrom;
                snapshotId[2 * s + 1] = textTo;
            } else if (key(CONTESTS)) {
                snapshot = s;
                q = objects(q, contestElement);
            } else {
                q = skip(q, 0);
            }
            if (q == MORE) {
                return MORE;
            }
        }
        keyCount = keysFrom;
        snapshots = s + 1;
        return q;
    }

    /** A contest of the snapshot being read: its selections kept if it is the first that is the contest counted. */
    private int contest(int p) {
        int s = snapshot;
        int keysFrom = keyCount;
        int selectionsFrom = selectionTop;
        int positionsFrom = positionTop;
        int idFrom = p;
        int idTo = p;
        int q = p + 1;
        for (boolean first = true; ; first = false) {
            q = member(q, first, keysFrom, 2);
            if (q == MORE) {
                return MORE;
            }
            if (closed) {
                break;
            }
            if (key(CONTEST_ID)) {
                q = text(q);
                idFrom = textFrom;
                idTo = textTo;
            } else if (key(SELECTIONS)) {
                q = objects(q, selectionElement);
            } else {
                q = skip(q, 0);
            }
            if (q == MORE) {
                return MORE;
            }
        }
        keyCount = keysFrom;
        if (snapshotSelections[2 * s] < 0 && is(idFrom, idTo, contestId)) {
            snapshotSelections[2 * s] = selectionsFrom;
            snapshotSelections[2 * s + 1] = selectionTop;
        } else {
            selectionTop = selectionsFrom; // not the contest counted, or not its first: not kept
            positionTop = positionsFrom;
        }
        return q;
    }

    private int selection(int p) {
        int keysFrom = keyCount;
        if (selectionTop + 6 > selections.length) {
            selections = Arrays.copyOf(selections, selections.length * 2);
        }
        int at = selectionTop;
        selectionTop += 6;
        selections[at] = p;
        selections[at + 1] = p;
        selections[at + 2] = -1;
        selections[at + 3] = -1;
        selections[at + 4] = positionTop;
        int q = p + 1;
        for (boolean first = true; ; first = false) {
            q = member(q, first, keysFrom, 3);
            if (q == MORE) {
                return MORE;
            }
            if (closed) {
                break;
            }
            if (key(SELECTION_ID)) {
                q = text(q);
                selections[at] = textFrom;
                selections[at + 1] = textTo;
            } else if (key(RANK)) {
                q = text(q);
                selections[at + 2] = textFrom;
                selections[at + 3] = textTo;
            } else if (key(POSITIONS)) {
                q = objects(q, positionElement);
            } else {
                q = skip(q, 0);
            }
            if (q == MORE) {
                return MORE;
            }
        }
        selections[at + 5] = positionTop;
        keyCount = keysFrom;
        return q;
    }

    private int position(int p) {
        int keysFrom = keyCount;
        if (positionTop + 7 > positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
        }
        int at = positionTop;
        positionTop += 7;
        positions[at] = 0;
        positions[at + 1] = p;
        positions[at + 2] = p;
        positions[at + 3] = p;
        positions[at + 4] = p;
        positions[at + 5] = -1;
        positions[at + 6] = -1;
        int q = p + 1;
        for (boolean first = true; ; first = false) {
            q = member(q, first, keysFrom, 4);
            if (q == MORE) {
                return MORE;
            }
            if (closed) {
                break;
            }
            if (key(WRITE_IN)) {
                positions[at] = 1;
                q = skip(q, 0);
            } else if (key(HAS_INDICATION) || key(IS_ALLOCABLE)) {
                int slot = key(HAS_INDICATION) ? at + 1 : at + 3;
                q = text(q);
                positions[slot] = wasString ? textFrom : p; // only a JSON string is compared (else "")
                positions[slot + 1] = wasString ? textTo : p;
            } else if (key(RANK)) {
                q = text(q);
                positions[at + 5] = textFrom;
                positions[at + 6] = textTo;
            } else {
                q = skip(q, 0);
            }
            if (q == MORE) {
                return MORE;
            }
        }
        keyCount = keysFrom;
        return q;
    }

    // Counting.

    /** A record read whole: its key looked up, judged if it is new, and counted. */
    private void count(int chosen, int unitFrom, int unitTo) {
        index++;
        int length = 0;
        for (int at = snapshotSelections[2 * chosen]; at < snapshotSelections[2 * chosen + 1]; at += 6) {
            length = put(length, (byte) 1, selections[at], selections[at + 1]);
            length = optional(length, selections[at + 2], selections[at + 3]);
            for (int position = selections[at + 4]; position < selections[at + 5]; position += 7) {
                length = put(length, (byte) (4 + positions[position]), positions[position + 1], positions[position + 2]);
                length = put(length, (byte) 0, positions[position + 3], positions[position + 4]);
                length = optional(length, positions[position + 5], positions[position + 6]);
            }
        }
        int hash = ByteKeys.hash(key, 0, length);
        int known = records.find(key, 0, length, hash);
        if (known < 0) {
            known = records.size();
            judge(known, chosen, unitFrom, unitTo);
            records.add(key, 0, length, hash, known);
        }
        String precinct = byPrecinct && unitTo > unitFrom ? unit(unitFrom, unitTo) : "";
        counter.count(numbers[known], undervotes[known], precinct, "");
    }

    /** Puts a mark and a text, ended by 3 (no text holds a byte below 32). */
    private int put(int length, byte mark, int from, int to) {
        if (length + to - from + 3 > key.length) {
            key = Arrays.copyOf(key, Math.max(key.length * 2, length + to - from + 3));
        }
        key[length++] = mark;
        System.arraycopy(b, from, key, length, to - from);
        length += to - from;
        key[length++] = 3;
        return length;
    }

    /** A rank's text where there is one (2), or none (a lone 6). */
    private int optional(int length, int from, int to) {
        if (from < 0) {
            if (length + 1 > key.length) {
                key = Arrays.copyOf(key, key.length * 2);
            }
            key[length++] = 6;
            return length;
        }
        return put(length, (byte) 2, from, to);
    }

    /** A record unlike any before: made by the careful reader's code from what it selects, and judged. */
    private void judge(int known, int chosen, int unitFrom, int unitTo) {
        List<CdfJsonRecord.Selection> selected = new ArrayList<>();
        for (int at = snapshotSelections[2 * chosen]; at < snapshotSelections[2 * chosen + 1]; at += 6) {
            List<CdfJsonRecord.Position> held = new ArrayList<>();
            for (int position = selections[at + 4]; position < selections[at + 5]; position += 7) {
                held.add(new CdfJsonRecord.Position(positions[position] == 1, text(positions[position + 1],
                        positions[position + 2]), text(positions[position + 3], positions[position + 4]),
                        positions[position + 5] < 0 ? null : text(positions[position + 5], positions[position + 6])));
            }
            selected.add(new CdfJsonRecord.Selection(text(selections[at], selections[at + 1]),
                    selections[at + 2] < 0 ? null : text(selections[at + 2], selections[at + 3]), held));
        }
        String id = source.file().getFileName() + "(" + index + ")";
        CastVoteRecord record = CdfJsonRecord.record(id, text(unitFrom, unitTo), selected, election,
                source.file() + ", record " + id);
        if (known == numbers.length) {
            numbers = Arrays.copyOf(numbers, known * 2);
            undervotes = Arrays.copyOf(undervotes, known * 2);
        }
        numbers[known] = counter.number(record);
        undervotes[known] = record.rankings().isEmpty();
    }

    private String text(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.US_ASCII);
    }

    /** A ballot style unit's precinct, one String for each distinct unit. */
    private String unit(int from, int to) {
        int known = units.find(b, from, to);
        if (known < 0) {
            known = unitNames.size();
            unitNames.add(election.unit(new String(b, from, to - from, StandardCharsets.US_ASCII)));
            units.add(b, from, to, known);
        }
        return unitNames.get(known);
    }
}
