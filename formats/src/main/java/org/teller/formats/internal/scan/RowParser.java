package org.teller.formats.internal.scan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teller.core.InvalidInputException;
import org.teller.core.tally.RankingTally;
import org.teller.core.tally.Rankings;
import org.teller.formats.internal.FieldText;
import org.teller.formats.internal.IdHashes;
import org.teller.formats.internal.PaperFields;

/**
 * Parses ballot-paper rows from bytes and tallies them, one tally per count area, without allocating
 * per row. It handles the ordinary file exactly as the reference reader would, and gives up on
 * anything else ({@link GiveUp}) rather than guess. One per worker; not thread-safe.
 *
 * <p>A row comes to a verdict, an int: the number of its valid paper (ranking and how it ends) in the
 * scan's {@link Rankings}, which all the tallies share, or {@code -1 - head} for a rejected paper. Each
 * distinct paper is judged once, by the system's rules on a {@link org.teller.core.ballot.Ballot}: what
 * the rules read of a row (its signature: the adjudicator's decisions on the paper, and at each rank read
 * how many candidates are marked, which when one, and whether it is void for uncertainty) is looked up
 * packed into a long, in a small table of recent signatures and then in the {@link Judge}'s table, or,
 * when it does not pack, in this worker's cache of {@link Verdicts}; only a paper new to the scan is
 * judged. Where rows repeat (no ids, the area first or none) a row's bytes are looked up first, whole,
 * before any parsing: an ordinary file has a few hundred distinct rows, and the most frequent rankings
 * of a ranked file cover most of its papers.
 */
final class RowParser {

    private static final int NOTHING = Judge.NOTHING;
    private static final int SEVERAL = Judge.SEVERAL;

    private final Layout layout;
    private final int[] roles;
    private final int[] rankOf;
    private final ByteKeys candidates;
    private final ShortLabels shortLabels;
    private final ByteKeys flags;
    private final ByteKeys areaKeys = new ByteKeys(16);
    private final List<String> areaNames = new ArrayList<>();
    private final Map<String, Integer> areaIndex = new HashMap<>();
    private final List<RankingTally> areaTallies = new ArrayList<>();
    /** Judges the papers new to this worker, for the whole scan. */
    private final Judge judge;
    /** The distinct valid papers of the scan, numbered: shared by all the tallies. */
    private final Rankings rankings;
    /** The verdicts this worker has had from the judge. */
    private final Verdicts verdicts = new Verdicts();
    /**
     * In front of the judge's verdicts of signatures that pack into a long (ranked papers, most often): the verdicts of recent packed signatures, one per slot, a slot
     * found by the signature's hash (a few kilobytes, which stay in the processor's cache).
     */
    private final long[] recentSignatures = new long[1 << RECENT_BITS];
    private final int[] recentVerdicts = new int[1 << RECENT_BITS];
    private static final int RECENT_BITS = 12;
    private final IdHashes ids;
    private long rows;
    private byte[] lastArea = new byte[0];
    /**
     * Whether the last area's bytes are those of an unquoted field: only then can a row that starts with
     * them be taken for the same area (a quoted area may hold a comma, which in an unquoted row ends it).
     */
    private boolean lastAreaPlain;
    private RankingTally lastTally;
    private int lastAreaHash;
    /** The tally the row being read goes to: set by its area, or the only one. */
    private RankingTally tally;

    private static final int ROW_CACHE_SIZE = 4096;
    /** Rows of more rank columns than this are read a word at a time to find their end and hash them. */
    private static final int WORDWISE_RANKS = 3;
    private final boolean longRows;
    /** The most spellings of candidates (or of adjudications) a worker learns. */
    private static final int LEARNT = 4096;
    private static final int[] NONE = new int[0];
    /** Rows seen (their bytes after any leading area) and their verdicts; null when rows are not cached. */
    private final ByteKeys rowCache;
    private final int[] rowVerdicts;
    private int lastVerdict;

    // The row being read: what the rules read of it.
    /** Each rank column's marks ({@link #NOTHING}, {@link #SEVERAL} or candidate + 2), shifted left once, and 1 if uncertain. */
    private final int[] ranks;
    /** The decisions on the whole paper: bit {@link Layout#NO_OFFICIAL_MARK} and bit {@link Layout#IDENTIFYING_MARK}. */
    private int decisions;
    /** Ranks the rules read beyond the file's rank columns that a flag finds void for uncertainty (rare). */
    private int[] laterUncertain = new int[4];
    private int laterCount;
    /** The row's signature, as {@link Verdicts} keys it. */
    private int[] signature;

    RowParser(Layout layout, Judge judge) {
        this.layout = layout;
        this.judge = judge;
        this.roles = layout.roles;
        this.rankOf = layout.rankOf;
        this.candidates = layout.candidateTable();
        this.shortLabels = layout.shortLabels();
        this.flags = layout.flagTable();
        this.ids = layout.hasId ? new IdHashes() : null;
        this.rowCache = layout.cacheRows ? new ByteKeys(ROW_CACHE_SIZE) : null;
        this.longRows = layout.rankColumns > WORDWISE_RANKS;
        this.rowVerdicts = layout.cacheRows ? new int[ROW_CACHE_SIZE] : null;
        this.rankings = judge.rankings();
        this.ranks = new int[layout.rankColumns];
        this.signature = new int[1 + layout.ranksJudged + 4];
        Arrays.fill(recentSignatures, -1); // no signature packs to a negative number
        if (!layout.hasArea) {
            tally = new RankingTally(rankings);
            areaNames.add("");
            areaTallies.add(tally);
        }
    }

    List<String> areaNames() {
        return areaNames;
    }

    List<RankingTally> areaTallies() {
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
            if ((c == '\n' || c == '\r') && roles.length == 1) {
                throw new GiveUp("a blank line in a file of one column"); // the careful reader says why it is refused
            }
            if (c == '\n') { // a blank line
                i++;
                continue;
            }
            if (c == '\r' && b[i + 1] == '\n') {
                i += 2;
                continue;
            }
            i = longRows ? longRow(b, i) : row(b, i);
        }
    }

    /** Parses one row starting at {@code i}; returns the index after its line feed. */
    private int row(byte[] b, int i) {
        int rest = rowCache == null ? -1 : restOfRow(b, i);
        if (rest < 0) {
            return parseRow(b, i);
        }
        // A short row: byte by byte is cheaper for a dozen bytes, most of all before the code is compiled.
        int hash = ByteKeys.SEED;
        int end = rest;
        for (byte c = b[end]; c != '\n'; c = b[++end]) {
            hash = ByteKeys.step(hash, c);
        }
        return cachedRow(b, i, rest, end, ByteKeys.finish(hash));
    }

    /** {@link #row} for a long row (many ranks): its end found and its bytes hashed eight at a time. */
    private int longRow(byte[] b, int i) {
        int rest = rowCache == null ? -1 : restOfRow(b, i);
        if (rest < 0) {
            return parseRow(b, i);
        }
        int end = Words.lineFeed(b, rest);
        return cachedRow(b, i, rest, end, Words.hash(b, rest, end));
    }

    /**
     * Where the part of the row looked up whole begins: after the area, which sets the tally (rows of
     * an area come in runs); -1 when the row must be parsed field by field.
     */
    private int restOfRow(byte[] b, int i) {
        if (!layout.hasArea) {
            return i;
        }
        int rest = sameAreaAsBefore(b, i);
        if (rest < 0 && b[i] != '"') {
            // A new area: read it (this sets the tally), then the rest of the row as usual.
            rest = area(b, i);
            rest = b[rest] == ',' ? rest + 1 : -1;
        }
        return rest;
    }

    /** The row at {@code start} whose rest {@code b[rest, end)} has this hash: counted by its verdict if known, else parsed. */
    private int cachedRow(byte[] b, int start, int rest, int end, int hash) {
        int known = rowCache.find(b, rest, end, hash);
        if (known >= 0) {
            count(rowVerdicts[known]);
            return end + 1;
        }
        int next = parseRow(b, start);
        // Only bytes that parsed as one whole row are remembered: the same bytes always parse the same way.
        if (next == end + 1 && rowCache.size() < ROW_CACHE_SIZE) {
            rowVerdicts[rowCache.size()] = lastVerdict;
            rowCache.add(b, rest, end, hash, rowCache.size());
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
        Arrays.fill(ranks, 0);
        decisions = 0;
        laterCount = 0;
        int column = 0;
        while (true) {
            if (column >= roles.length) {
                throw new GiveUp("more fields than columns");
            }
            int role = roles[column];
            if (b[i] == '"') {
                i = quoted(column, b, i);
            } else {
                // The common case, one pass over the field: find its end, split its marks, hash them.
                i = switch (role) {
                    case Layout.RANK -> marks(b, i, rankOf[column]);
                    case Layout.AREA -> area(b, i);
                    default -> plain(column, b, i);
                };
            }
            column++;
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
        lastVerdict = verdict();
        count(lastVerdict);
        return i;
    }

    /** Counts one row with this verdict in the tally of its area. */
    private void count(int verdict) {
        if (verdict >= 0) {
            tally.countOne(verdict);
        } else {
            tally.countRejected(-1 - verdict);
        }
        rows++;
    }

    /** The verdict on the row just read: from this worker's cache, or from the judge. */
    private int verdict() {
        int judged = layout.ranksJudged;
        if (layout.keepsOvervotes) {
            for (int rank = 0; rank < judged; rank++) {
                if (ranks[rank] >> 1 == SEVERAL) {
                    // The count decides such a rank by the candidates it marks, which a signature does not hold.
                    throw new GiveUp("an overvote that the rules keep for the count");
                }
            }
        }
        if (layout.rankBits > 0 && laterCount == 0) {
            return packedVerdict();
        }
        int length = signature(judged);
        int hash = Verdicts.hash(signature, length);
        int verdict = verdicts.find(signature, length, hash);
        if (verdict == Verdicts.MISSING) {
            verdict = judge.verdict(signature, length, hash);
            verdicts.put(signature, length, hash, verdict);
        }
        return verdict;
    }

    /**
     * The verdict on a row whose signature packs into a long: the decisions in 2 bits, then each rank's
     * code in {@link Layout#rankBits}. Looked up first in a small table of recent signatures, one per slot,
     * then among all those the scan has judged.
     */
    private int packedVerdict() {
        int judged = layout.ranksJudged;
        int bits = layout.rankBits;
        long packed = decisions;
        for (int rank = 0; rank < judged; rank++) {
            packed |= (long) ranks[rank] << (2 + bits * rank);
        }
        int slot = PackedVerdicts.slot(packed, RECENT_BITS);
        if (recentSignatures[slot] == packed) {
            return recentVerdicts[slot];
        }
        int verdict = judge.packedVerdict(packed);
        if (verdict == PackedVerdicts.MISSING) {
            // A paper met for the first time: most such are the only ones of their kind, so it takes no slot.
            return judge.verdict(packed, signature, signature(judged));
        }
        recentSignatures[slot] = packed;
        recentVerdicts[slot] = verdict;
        return verdict;
    }

    /** Writes the row's signature into {@link #signature}; returns its length. */
    private int signature(int judged) {
        int length = 1 + judged + laterCount;
        if (length > signature.length) {
            signature = new int[length];
        }
        signature[0] = decisions;
        System.arraycopy(ranks, 0, signature, 1, judged);
        if (laterCount > 0) {
            Arrays.sort(laterUncertain, 0, laterCount);
            System.arraycopy(laterUncertain, 0, signature, 1 + judged, laterCount);
        }
        return length;
    }

    /** A quoted field: read whole, then handled as any field. Returns the index after its closing quote. */
    private int quoted(int column, byte[] b, int i) {
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
        field(column, b, start, end);
        return end + 1;
    }

    /** An unquoted field of another role: found, then handled as any field. */
    private int plain(int column, byte[] b, int i) {
        int start = i;
        byte c = b[i];
        while (c != ',' && c != '\n' && c != '\r') {
            if (c == '"') {
                throw new GiveUp("a quote inside a field");
            }
            c = b[++i];
        }
        field(column, b, start, i);
        return i;
    }

    /**
     * An unquoted column of marks, in one pass: each mark looked up in the table of spellings met so far.
     * Returns the index of the delimiter after it.
     */
    private int marks(byte[] b, int i, int rank) {
        int fieldStart = i;
        int count = 0;
        int candidate = -1;
        int segment = i;
        while (true) {
            byte c = b[i];
            if (c == ',' || c == '\n' || c == '\r' || c == '|') {
                int found;
                int length = i - segment;
                if (length > 0 && !space(b[segment]) && !space(b[i - 1])) {
                    found = length <= Long.BYTES ? shortLabels.find(b, segment, i) : ShortLabels.MISSING;
                    if (found == ShortLabels.MISSING) {
                        found = candidates.find(b, segment, i);
                    }
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
                    newMarks(b, fieldStart, end, rank);
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
                continue;
            }
            if (c == '"') {
                throw new GiveUp("a quote inside a field");
            }
            i++;
        }
        marksOf(rank, count, candidate);
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
            areaField(b, start, i);
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

    /** A field, quoted or trimmed: handled by its column's role. */
    private void field(int column, byte[] b, int start, int end) {
        switch (roles[column]) {
            case Layout.RANK -> generalMarks(b, start, end, rankOf[column]);
            case Layout.FLAGS -> flags(b, start, end);
            case Layout.AREA -> areaField(b, start, end);
            case Layout.ID -> id(b, start, end);
            default -> throw new GiveUp("unknown column");
        }
    }

    private void areaField(byte[] b, int start, int end) {
        int from = trimStart(b, start, end);
        int to = trimEnd(b, from, end);
        area(b, from, to, ByteKeys.hash(b, from, to));
    }

    /** A column of marks from a quoted field or one with white space: the table first, then the rules. */
    private void generalMarks(byte[] b, int start, int end, int rank) {
        int[] found = known(b, start, end, candidates);
        if (found == null) {
            newMarks(b, start, end, rank);
            return;
        }
        named(rank, found);
    }

    /**
     * A column of marks with a spelling not met before: judged by the reference reader's own rules
     * ({@link PaperFields#marks}), and each mark's spelling learnt, so that the next row that spells it
     * so takes the fast lane. Gives up on anything the rules refuse, for the reference reader to report.
     */
    private void newMarks(byte[] b, int start, int end, int rank) {
        List<Integer> marks;
        try {
            marks = PaperFields.marks(text(b, start, end), layout.rankNames.get(rank), layout.names);
        } catch (InvalidInputException e) {
            throw new GiveUp("a mark the rules refuse");
        }
        learn(b, start, end, marks, candidates);
        named(rank, marks.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The candidates a column of marks named, in order: a candidate marked twice is one mark. */
    private void named(int rank, int[] found) {
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
        marksOf(rank, count, candidate);
    }

    /** What a column of marks named: how many candidates (2: more than one), and which when one. */
    private void marksOf(int rank, int count, int candidate) {
        ranks[rank] |= (count == 0 ? NOTHING : count == 1 ? candidate + 2 : SEVERAL) << 1;
    }

    /** A {@code flags} field: each {@code |}-separated part looked up in the table of spellings met so far. */
    private void flags(byte[] b, int start, int end) {
        int from = trimStart(b, start, end);
        if (from == trimEnd(b, from, end)) {
            return; // no flags
        }
        for (int segment = start; segment <= end; ) {
            int bar = segment;
            while (bar < end && b[bar] != '|') {
                bar++;
            }
            int partFrom = trimStart(b, segment, bar);
            int partTo = trimEnd(b, partFrom, bar);
            int value = partFrom == partTo ? -1 : flags.find(b, partFrom, partTo);
            if (value < 0) {
                newFlags(b, start, end);
                return;
            }
            flag(value);
            segment = bar + 1;
        }
    }

    /**
     * A {@code flags} field with a spelling not met before: each part judged by the reference reader's own
     * rules ({@link PaperFields#flag}) and its spelling learnt. Gives up on anything the rules refuse.
     */
    private void newFlags(byte[] b, int start, int end) {
        if (FieldText.strip(text(b, start, end)).isEmpty()) {
            return; // white space of another kind: no flags
        }
        try {
            for (int segment = start; segment <= end; ) {
                int bar = segment;
                while (bar < end && b[bar] != '|') {
                    bar++;
                }
                int value = Layout.flagValue(PaperFields.flag(text(b, segment, bar)));
                flag(value);
                int from = trimStart(b, segment, bar);
                int to = trimEnd(b, from, bar);
                if (from < to && flags.size() < LEARNT && flags.find(b, from, to) < 0) {
                    flags.add(b, from, to, value);
                }
                segment = bar + 1;
            }
        } catch (InvalidInputException e) {
            throw new GiveUp("an adjudication the rules refuse");
        }
    }

    /** Notes one flag ({@link Layout#flagValue}) of the row. */
    private void flag(int value) {
        if (value == Layout.NO_OFFICIAL_MARK || value == Layout.IDENTIFYING_MARK) {
            decisions |= 1 << value;
            return;
        }
        int rank = value - 1;
        if (rank <= layout.ranksJudged) {
            ranks[rank - 1] |= 1;
        } else if (rank <= layout.ranksRead) {
            // A rank the rules read that the file has no column for: uncertain all the same.
            for (int k = 0; k < laterCount; k++) {
                if (laterUncertain[k] == rank) {
                    return;
                }
            }
            if (laterCount == laterUncertain.length) {
                laterUncertain = Arrays.copyOf(laterUncertain, laterCount * 2);
            }
            laterUncertain[laterCount++] = rank;
        } // a rank the rules never read
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
                    areaTallies.add(new RankingTally(rankings));
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
