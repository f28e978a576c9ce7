package org.teller.rctab.cvr;

import static org.teller.rctab.cvr.GiveUp.GIVE_UP;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.teller.core.InvalidInputException;
import org.teller.formats.internal.scan.ByteKeys;

/**
 * An ES&S workbook read fast: the same records as {@link EssCvrReader}, without making them. The first
 * sheet's XML is scanned as bytes, and each row's rank cells (column, type, style and value) are looked up
 * as a key in a table of the rows seen before; only a row unlike any before is made into a
 * {@link CastVoteRecord}, by the careful reader's own row reader, and judged ({@link RecordCounter#number}).
 * A sheet of a million rows thus costs about as many look-ups as rows and as many judgements as distinct
 * rankings, and no XML parser's events, strings or cells.
 *
 * <p>It takes only the plain XML that spreadsheet programs write: ASCII, with the XML declaration (version
 * 1.0, UTF-8) and no other declaration, comment, processing instruction, CDATA or entity; attribute values
 * quoted, without line breaks or {@code <}; namespaces declared on the root only, whose default namespace is
 * SpreadsheetML's; in the sheet data, rows of cells that are empty or hold, in {@code <v>}, a shared string's
 * number or a number. At anything else (an inline string, a formula, another type of cell, text outside a
 * value, rows or cells out of order, a cell whose text would be refused where it is read, a record that the
 * rules refuse) it gives up, and the caller reads the file with {@link EssCvrReader}, which reads what it
 * can and refuses the rest with the row and the reason: so both paths refuse the same.
 */
public final class EssFastReader {

    // Excel's limits, as XlsxSheetReader checks them.
    private static final int COLUMNS = 16_384;
    private static final int ROWS = 1_048_576;
    /** No row comes near this; a longer token makes the fast reader give up. */
    private static final int LONGEST_TOKEN = 1 << 26;
    /**
     * The bytes held ahead of a token before it is parsed (but at the sheet's end): a token shorter than this
     * (every row but the widest) never finds the buffer ending in it, which keeps the paths that deal with
     * that (and the recompiling of the hot loop when one is first taken) out of the count.
     */
    private static final int AHEAD = 1 << 16;
    /** What a parse returns when the buffer ends before its token does: read more and parse it again. */
    private static final int MORE = -1;
    private static final byte[] MAIN = XlsxXml.MAIN.getBytes(StandardCharsets.US_ASCII);
    private static final Pattern DECLARATION = Pattern.compile(
            "<\\?xml[ \\t\\r\\n]+version=([\"'])1\\.0\\1([ \\t\\r\\n]+encoding=([\"'])(?i:utf-8)\\3)?([ \\t\\r\\n]+standalone=([\"'])(yes|no)\\5)?[ \\t\\r\\n]*\\?>");
    private static final byte SHARED = 's';
    private static final byte NUMBER = 'n';


    private final XlsxWorkbook workbook;
    private final RecordCounter counter;
    private final int firstColumn;
    private final int firstRow;
    /** The last column read as a rank (Integer.MAX_VALUE under "max"). */
    private final int lastRankColumn;
    /** Columns from 1; 0 where the source names none. */
    private final int precinctColumn;
    private final int batchColumn;
    private final int idColumn;
    private final boolean byPrecinct;
    private final boolean byBatch;
    private final List<String> strings;
    private final XlsxStyles styles;
    private final EssCvrReader.RowReader rowReader;
    private CastVoteRecord made;

    private ByteWindow window;
    private byte[] bytes;
    private int limit;
    private boolean end;

    // The document: the names of the elements open (outside the sheet data), the prefixes the root declares.
    private final List<byte[]> open = new ArrayList<>();
    private final List<byte[]> prefixes = new ArrayList<>();
    private final List<Boolean> prefixIsMain = new ArrayList<>();
    private boolean rootSeen;
    private boolean rootClosed;
    private boolean sheetDataSeen;
    private boolean inSheetData;

    // The attributes of the tag last parsed: where each name and value is, and where its name's colon is (-1).
    private int attributes;
    private int[] nameFrom = new int[8];
    private int[] nameTo = new int[8];
    private int[] colon = new int[8];
    private int[] valueFrom = new int[8];
    private int[] valueTo = new int[8];
    private boolean selfClosing;

    // The row being read, and the cells it holds with a value.
    private int row;
    private int lastRow;
    private int cells;
    private int[] cellColumn = new int[16];
    private byte[] cellKind = new byte[16];
    private int[] cellStyle = new int[16];
    private int[] cellFrom = new int[16];
    private int[] cellTo = new int[16];

    // The distinct rank cells seen, each row's judged once.
    private final ByteKeys rows = new ByteKeys(1 << 12);
    private byte[] key = new byte[256];
    private int[] numbers = new int[1 << 12];
    private boolean[] undervotes = new boolean[1 << 12];

    private EssFastReader(CvrSource source, XlsxWorkbook workbook, OptionalInt maxRankings, boolean byPrecinct,
            boolean byBatch, RecordCounter counter) {
        this.workbook = workbook;
        this.counter = counter;
        this.firstColumn = EssCvrReader.needed(source.firstVoteColumn(), "firstVoteColumnIndex", source.file().toString());
        this.firstRow = EssCvrReader.needed(source.firstVoteRow(), "firstVoteRowIndex", source.file().toString());
        this.lastRankColumn = maxRankings.isEmpty() ? Integer.MAX_VALUE : firstColumn + maxRankings.getAsInt() - 1;
        this.precinctColumn = source.precinctColumn().orElse(0);
        this.batchColumn = source.batchColumn().orElse(0);
        this.idColumn = source.idColumn().orElse(0);
        this.byPrecinct = byPrecinct && precinctColumn > 0;
        this.byBatch = byBatch && batchColumn > 0;
        this.strings = workbook.sharedStrings();
        this.styles = workbook.styles();
        this.rowReader = new EssCvrReader.RowReader(source, firstColumn, maxRankings, EssCvrReader.idPrefix(source),
                record -> made = record);
    }

    /**
     * Reads every record of {@code source} into {@code counter}, or gives up.
     *
     * @param maxRankingsAllowed the rules' {@code maxRankingsAllowed} (empty: "max")
     * @param byPrecinct whether records are counted by precinct (else their precinct is "")
     * @param byBatch whether records are counted by batch (else their batch is "")
     * @return false when it gave up, at anything unusual and at anything wrong (a counter's refusal of a
     *     record too): what it counted must then be thrown away and the file read by {@link EssCvrReader}
     */
    public static boolean read(CvrSource source, OptionalInt maxRankingsAllowed, boolean byPrecinct, boolean byBatch,
            RecordCounter counter) {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(source.file())) {
            EssFastReader reader = new EssFastReader(source, workbook, maxRankingsAllowed, byPrecinct, byBatch, counter);
            try (InputStream sheet = workbook.sheet()) {
                reader.window = new ByteWindow(sheet, LONGEST_TOKEN);
                return reader.scan();
            }
        } catch (GiveUp | IOException | InvalidInputException e) {
            // Whatever is wrong, the careful reader says it, meeting the file's problems in its own order.
            return false;
        }
    }

    private boolean scan() throws IOException {
        refill(0);
        int at = declaration();
        while (true) {
            while (at < limit && space(bytes[at])) {
                at++;
            }
            if (at == limit) {
                if (end) {
                    return rootClosed;
                }
                at -= refill(at);
                continue;
            }
            if (bytes[at] != '<' || rootClosed) {
                throw GIVE_UP; // text outside a value, or anything after the root
            }
            if (limit - at < AHEAD && !end) {
                at -= refill(at);
            }
            int next = token(at);
            if (next == MORE) {
                if (end) {
                    throw GIVE_UP; // the document ends inside a tag
                }
                at -= refill(at);
            } else {
                at = next;
            }
        }
    }

    /** Reads on (see {@link ByteWindow#refill}); returns how far the kept bytes moved back. */
    private int refill(int from) throws IOException {
        int moved = window.refill(from);
        if (moved < 0) {
            throw GIVE_UP; // a row longer than any sheet has
        }
        bytes = window.bytes;
        limit = window.limit;
        end = window.end;
        return moved;
    }

    /** The XML declaration, if the sheet starts with one: version 1.0, in UTF-8; where the document goes on. */
    private int declaration() {
        if (limit < 5 || bytes[0] != '<' || bytes[1] != '?') {
            return 0; // no declaration (a byte order mark, too, is the careful reader's)
        }
        int close = 2;
        while (close + 1 < limit && !(bytes[close] == '?' && bytes[close + 1] == '>') && bytes[close] > 0) {
            close++;
        }
        if (close + 1 >= limit || bytes[close] != '?') {
            throw GIVE_UP;
        }
        String text = new String(bytes, 0, close + 2, StandardCharsets.US_ASCII);
        if (!DECLARATION.matcher(text).matches()) {
            throw GIVE_UP;
        }
        return close + 2;
    }

    /** A token that starts at {@code at} ({@code <}); where the document goes on after it, or {@link #MORE}. */
    private int token(int at) {
        if (at + 1 >= limit) {
            return MORE;
        }
        byte next = bytes[at + 1];
        if (next == '/') {
            return endTag(at);
        }
        if (next == '!' || next == '?') {
            throw GIVE_UP; // a comment, CDATA, a DTD or a processing instruction
        }
        return inSheetData ? row(at) : startTag(at);
    }

    /** An element outside the sheet data. */
    private int startTag(int at) {
        int nameEnd = name(at + 1);
        if (nameEnd == MORE) {
            return MORE;
        }
        int after = attributes(nameEnd);
        if (after == MORE) {
            return MORE;
        }
        int nameColon = colonIn(at + 1, nameEnd);
        if (!rootSeen) {
            root(at + 1, nameEnd, nameColon);
        }
        checkAttributes(!rootSeen);
        boolean main;
        if (nameColon < 0) {
            main = true; // the root made SpreadsheetML the default namespace
        } else {
            main = prefixIsMain.get(prefix(at + 1, nameColon));
        }
        if (main) {
            String local = new String(bytes, nameColon < 0 ? at + 1 : nameColon + 1,
                    nameEnd - (nameColon < 0 ? at + 1 : nameColon + 1), StandardCharsets.US_ASCII);
            switch (local) {
                case "row", "c", "v", "is", "t", "f" -> throw GIVE_UP; // cells outside the sheet data
                case "sheetData" -> {
                    if (sheetDataSeen || nameColon >= 0) {
                        throw GIVE_UP;
                    }
                    sheetDataSeen = true;
                    inSheetData = !selfClosing;
                }
                default -> {
                    // Formats, merged cells, margins...: nothing of the cells' text.
                }
            }
        }
        if (selfClosing) {
            rootClosed = open.isEmpty();
        } else {
            open.add(Arrays.copyOfRange(bytes, at + 1, nameEnd));
        }
        rootSeen = true;
        return after;
    }

    /** The root: a {@code worksheet} whose default namespace is SpreadsheetML's, declaring every prefix used. */
    private void root(int from, int to, int nameColon) {
        if (nameColon >= 0 || !Arrays.equals(bytes, from, to, "worksheet".getBytes(StandardCharsets.US_ASCII), 0, 9)) {
            throw GIVE_UP;
        }
        boolean mainDefault = false;
        boolean defaultDeclared = false;
        for (int i = 0; i < attributes; i++) {
            int name = nameFrom[i];
            boolean xmlns = is(name, Math.min(nameTo[i], name + 5), "xmlns");
            boolean isMain = Arrays.equals(bytes, valueFrom[i], valueTo[i], MAIN, 0, MAIN.length);
            if (xmlns && (isReserved(valueFrom[i], valueTo[i]))) {
                throw GIVE_UP; // the XML namespaces' own URIs may not be bound by a declaration
            }
            if (xmlns && nameTo[i] - name == 5) {
                if (defaultDeclared) {
                    throw GIVE_UP; // the default namespace declared twice: not well formed
                }
                defaultDeclared = true;
                mainDefault = isMain;
            } else if (xmlns && colon[i] == name + 5) {
                byte[] prefix = Arrays.copyOfRange(bytes, colon[i] + 1, nameTo[i]);
                if (valueTo[i] == valueFrom[i] || prefixes.stream().anyMatch(known -> Arrays.equals(known, prefix))
                        || is(colon[i] + 1, nameTo[i], "xml") || is(colon[i] + 1, nameTo[i], "xmlns")) {
                    throw GIVE_UP;
                }
                prefixes.add(prefix);
                prefixIsMain.add(isMain);
            }
        }
        if (!mainDefault) {
            throw GIVE_UP;
        }
    }

    /**
     * The attributes of the tag last parsed, as XML with namespaces has them: no name twice (compared by
     * local name, which is stricter), no namespace declared but on the root, every prefix declared.
     */
    private void checkAttributes(boolean root) {
        for (int i = 0; i < attributes; i++) {
            int name = nameFrom[i];
            boolean declaration;
            if (colon[i] >= 0) {
                declaration = is(name, colon[i], "xmlns");
                if (!declaration && !is(name, colon[i], "xml")) {
                    prefix(name, colon[i]); // gives up if undeclared
                }
            } else {
                declaration = is(name, nameTo[i], "xmlns");
            }
            if (declaration) {
                if (!root) {
                    throw GIVE_UP; // a namespace declared below the root
                }
                continue; // the root's, read by root()
            }
            int local = colon[i] < 0 ? name : colon[i] + 1;
            for (int j = 0; j < i; j++) {
                if (same(local, nameTo[i], colon[j] < 0 ? nameFrom[j] : colon[j] + 1, nameTo[j])) {
                    throw GIVE_UP;
                }
            }
        }
    }

    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final String XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

    /** Whether {@code bytes[from, to)} is one of the two namespaces that no declaration may bind. */
    private boolean isReserved(int from, int to) {
        return is(from, to, XML_NAMESPACE) || is(from, to, XMLNS_NAMESPACE);
    }

    /** Whether two names are the same: byte by byte, as names are short. */
    private boolean same(int from, int to, int otherFrom, int otherTo) {
        if (to - from != otherTo - otherFrom) {
            return false;
        }
        for (int i = 0; i < to - from; i++) {
            if (bytes[from + i] != bytes[otherFrom + i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code bytes[from, to)} is {@code word} (ASCII). */
    private boolean is(int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (bytes[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The index of a declared prefix {@code bytes[from, to)}; gives up if it is not declared. */
    private int prefix(int from, int to) {
        for (int i = 0; i < prefixes.size(); i++) {
            byte[] prefix = prefixes.get(i);
            if (Arrays.equals(prefix, 0, prefix.length, bytes, from, to)) {
                return i;
            }
        }
        throw GIVE_UP;
    }

    private int endTag(int at) {
        int nameEnd = name(at + 2);
        if (nameEnd == MORE) {
            return MORE;
        }
        int close = nameEnd;
        while (close < limit && space(bytes[close])) {
            close++;
        }
        if (close >= limit) {
            return MORE;
        }
        if (bytes[close] != '>' || open.isEmpty()) {
            throw GIVE_UP;
        }
        byte[] name = open.remove(open.size() - 1);
        if (!Arrays.equals(name, 0, name.length, bytes, at + 2, nameEnd)) {
            throw GIVE_UP;
        }
        if (inSheetData) {
            inSheetData = false; // only a row or the sheet data's own end comes in it
        }
        rootClosed = open.isEmpty();
        return close + 1;
    }

    /** The end of a name that starts at {@code at}: a letter or {@code _}, then letters, digits, {@code _ - . :}. */
    private int name(int at) {
        if (at >= limit) {
            return MORE;
        }
        byte first = bytes[at];
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first == '_')) {
            throw GIVE_UP;
        }
        int end = at + 1;
        while (end < limit && nameByte(bytes[end])) {
            end++;
        }
        return end == limit ? MORE : end;
    }

    private static final boolean[] NAME_BYTES = new boolean[128];

    static {
        for (int b = 0; b < 128; b++) {
            NAME_BYTES[b] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-'
                    || b == '.' || b == ':';
        }
    }

    private static boolean nameByte(byte b) {
        return b >= 0 && NAME_BYTES[b];
    }

    /** The colon of a name (one at most, not at either end), or -1. */
    private int colonIn(int from, int to) {
        int found = -1;
        for (int i = from; i < to; i++) {
            if (bytes[i] == ':') {
                if (found >= 0 || i == from || i == to - 1) {
                    throw GIVE_UP;
                }
                found = i;
            }
        }
        return found;
    }

    /**
     * The attributes of a tag from {@code at} (just after its name) to its {@code >} or {@code />}; where
     * the document goes on after the tag, or {@link #MORE}.
     */
    private int attributes(int at) {
        attributes = 0;
        int i = at;
        while (true) {
            int spaced = i;
            while (i < limit && space(bytes[i])) {
                i++;
            }
            if (i >= limit) {
                return MORE;
            }
            byte b = bytes[i];
            if (b == '>') {
                selfClosing = false;
                return i + 1;
            }
            if (b == '/') {
                if (i + 1 >= limit) {
                    return MORE;
                }
                if (bytes[i + 1] != '>') {
                    throw GIVE_UP;
                }
                selfClosing = true;
                return i + 2;
            }
            if (i == spaced) {
                throw GIVE_UP; // attributes are parted by white space
            }
            int nameEnd = name(i);
            if (nameEnd == MORE || nameEnd + 1 >= limit) {
                return MORE;
            }
            if (bytes[nameEnd] != '=') {
                throw GIVE_UP;
            }
            byte quote = bytes[nameEnd + 1];
            if (quote != '"' && quote != '\'') {
                throw GIVE_UP;
            }
            int value = nameEnd + 2;
            int valueEnd = value;
            while (valueEnd < limit && bytes[valueEnd] != quote) {
                byte v = bytes[valueEnd];
                if (v < 0x20 || v == '<' || v == '&') { // a line break, a control character, not ASCII, an entity
                    throw GIVE_UP;
                }
                valueEnd++;
            }
            if (valueEnd >= limit) {
                return MORE;
            }
            if (attributes == nameFrom.length) {
                int grown = attributes * 2;
                nameFrom = Arrays.copyOf(nameFrom, grown);
                nameTo = Arrays.copyOf(nameTo, grown);
                colon = Arrays.copyOf(colon, grown);
                valueFrom = Arrays.copyOf(valueFrom, grown);
                valueTo = Arrays.copyOf(valueTo, grown);
            }
            nameFrom[attributes] = i;
            nameTo[attributes] = nameEnd;
            colon[attributes] = colonIn(i, nameEnd);
            valueFrom[attributes] = value;
            valueTo[attributes] = valueEnd;
            attributes++;
            i = valueEnd + 1;
        }
    }

    /** The unprefixed attribute named by the one byte {@code name}, or -1. */
    private int attribute(byte name) {
        for (int i = 0; i < attributes; i++) {
            if (nameTo[i] - nameFrom[i] == 1 && bytes[nameFrom[i]] == name) {
                return i;
            }
        }
        return -1;
    }

    /** A row of the sheet data, whole: {@code <row ...>} to {@code </row>}, or {@code <row .../>}. */
    private int row(int at) {
        if (at + 5 > limit) {
            return MORE;
        }
        if (bytes[at + 1] != 'r' || bytes[at + 2] != 'o' || bytes[at + 3] != 'w' || nameByte(bytes[at + 4])) {
            throw GIVE_UP;
        }
        int i = attributes(at + 4);
        if (i == MORE) {
            return MORE;
        }
        checkAttributes(false);
        int r = attribute((byte) 'r');
        int number = r < 0 ? row + 1 : digits(valueFrom[r], valueTo[r], 7);
        if (number < 1 || number > ROWS || number <= lastRow) {
            throw GIVE_UP;
        }
        cells = 0;
        int lastColumn = 0;
        if (!selfClosing) {
            while (true) {
                while (i < limit && space(bytes[i])) {
                    i++;
                }
                if (i + 3 >= limit) {
                    return MORE;
                }
                if (bytes[i] != '<') {
                    throw GIVE_UP;
                }
                if (bytes[i + 1] == '/') {
                    if (i + 6 > limit) {
                        return MORE;
                    }
                    if (bytes[i + 2] != 'r' || bytes[i + 3] != 'o' || bytes[i + 4] != 'w' || bytes[i + 5] != '>') {
                        throw GIVE_UP;
                    }
                    i += 6;
                    break;
                }
                if (bytes[i + 1] != 'c' || nameByte(bytes[i + 2])) {
                    throw GIVE_UP;
                }
                i = cell(i + 2, number, lastColumn);
                if (i == MORE) {
                    return MORE;
                }
                lastColumn = cellParsed;
            }
        }
        row = number;
        lastRow = number;
        if (number >= firstRow) {
            record();
        }
        return i;
    }

    /** The column of the cell last parsed, held or not (a row's cells must come in column order). */
    private int cellParsed;

    /** A cell from just after {@code <c}; where the row goes on after it, or {@link #MORE}. */
    private int cell(int at, int rowNumber, int previousColumn) {
        int i = attributes(at);
        if (i == MORE) {
            return MORE;
        }
        checkAttributes(false);
        int r = attribute((byte) 'r');
        if (r < 0) {
            throw GIVE_UP;
        }
        int column = column(valueFrom[r], valueTo[r], rowNumber);
        if (column <= previousColumn) {
            throw GIVE_UP;
        }
        cellParsed = column;
        int t = attribute((byte) 't');
        byte kind;
        if (t < 0 || valueTo[t] - valueFrom[t] == 1 && bytes[valueFrom[t]] == 'n') {
            kind = NUMBER;
        } else if (valueTo[t] - valueFrom[t] == 1 && bytes[valueFrom[t]] == 's') {
            kind = SHARED;
        } else {
            throw GIVE_UP; // an inline string, a formula's string, a true-or-false, an error...
        }
        int s = attribute((byte) 's');
        int style = s < 0 ? -1 : digits(valueFrom[s], valueTo[s], 9);
        if (selfClosing) {
            return i; // no value: no cell, as POI gives none
        }
        while (i < limit && space(bytes[i])) {
            i++;
        }
        if (i + 4 > limit) {
            return MORE;
        }
        if (bytes[i] != '<') {
            throw GIVE_UP;
        }
        if (bytes[i + 1] == '/') {
            return endOfCell(i);
        }
        if (bytes[i + 1] != 'v' || bytes[i + 2] != '>') {
            throw GIVE_UP;
        }
        int value = i + 3;
        int valueEnd = value;
        while (valueEnd < limit && numberByte(bytes[valueEnd])) {
            valueEnd++;
        }
        if (valueEnd + 4 > limit) {
            return MORE;
        }
        if (valueEnd == value || bytes[valueEnd] != '<' || bytes[valueEnd + 1] != '/' || bytes[valueEnd + 2] != 'v'
                || bytes[valueEnd + 3] != '>') {
            throw GIVE_UP;
        }
        i = valueEnd + 4;
        while (i < limit && space(bytes[i])) {
            i++;
        }
        if (i + 4 > limit) {
            return MORE;
        }
        int after = endOfCell(i);
        if (cells == cellColumn.length) {
            int grown = cells * 2;
            cellColumn = Arrays.copyOf(cellColumn, grown);
            cellKind = Arrays.copyOf(cellKind, grown);
            cellStyle = Arrays.copyOf(cellStyle, grown);
            cellFrom = Arrays.copyOf(cellFrom, grown);
            cellTo = Arrays.copyOf(cellTo, grown);
        }
        cellColumn[cells] = column;
        cellKind[cells] = kind;
        cellStyle[cells] = style;
        cellFrom[cells] = value;
        cellTo[cells] = valueEnd;
        cells++;
        return after;
    }

    /** {@code </c>} at {@code at} (at least four bytes held); where the row goes on. */
    private int endOfCell(int at) {
        if (bytes[at] != '<' || bytes[at + 1] != '/' || bytes[at + 2] != 'c' || bytes[at + 3] != '>') {
            throw GIVE_UP;
        }
        return at + 4;
    }

    private static boolean numberByte(byte b) {
        return b >= '0' && b <= '9' || b == '.' || b == 'E' || b == 'e' || b == '-' || b == '+';
    }

    /** A whole number of 1 to {@code most} digits; gives up at anything else. */
    private int digits(int from, int to, int most) {
        if (to == from || to - from > most) {
            throw GIVE_UP;
        }
        int number = 0;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b < '0' || b > '9') {
                throw GIVE_UP;
            }
            number = number * 10 + b - '0';
        }
        return number;
    }

    /** The column of a cell reference such as {@code C12}, which must be in row {@code rowNumber}. */
    private int column(int from, int to, int rowNumber) {
        int i = from;
        int column = 0;
        while (i < to && i - from < 3 && bytes[i] >= 'A' && bytes[i] <= 'Z') {
            column = column * 26 + bytes[i] - 'A' + 1;
            i++;
        }
        if (i == from || column > COLUMNS || i == to || bytes[i] == '0' || digits(i, to, 7) != rowNumber) {
            throw GIVE_UP;
        }
        return column;
    }

    /** The row just read as a record: its rank cells looked up, its precinct and batch, counted. */
    private void record() {
        int length = 0;
        String precinct = byPrecinct ? EssCvrReader.MISSING_PRECINCT : "";
        String batch = byBatch ? EssCvrReader.MISSING_BATCH : "";
        boolean id = false;
        for (int c = 0; c < cells; c++) {
            int column = cellColumn[c];
            // In the row reader's order: a column that is two of these is the first.
            if (column == precinctColumn) {
                String text = text(c);
                precinct = byPrecinct ? text : precinct;
            } else if (column == batchColumn) {
                String text = text(c);
                batch = byBatch ? text : batch;
            } else if (column == idColumn) {
                text(c);
                id = true;
            } else if (column >= firstColumn && column <= lastRankColumn) {
                int from = cellFrom[c];
                int to = cellTo[c];
                if (length + to - from + 12 > key.length) {
                    key = Arrays.copyOf(key, Math.max(key.length * 2, length + to - from + 12));
                }
                key[length++] = (byte) (column >> 8);
                key[length++] = (byte) column;
                key[length++] = cellKind[c];
                if (cellKind[c] == SHARED) {
                    int index = digits(from, to, 9);
                    key[length++] = (byte) (index >> 24);
                    key[length++] = (byte) (index >> 16);
                    key[length++] = (byte) (index >> 8);
                    key[length++] = (byte) index;
                } else {
                    int style = cellStyle[c];
                    key[length++] = (byte) (style >> 24);
                    key[length++] = (byte) (style >> 16);
                    key[length++] = (byte) (style >> 8);
                    key[length++] = (byte) style;
                    System.arraycopy(bytes, from, key, length, to - from);
                    length += to - from;
                    key[length++] = (byte) 0xFF; // a value's end: no byte of one is 0xFF
                }
            }
        }
        if (idColumn > 0 && !id) {
            throw GIVE_UP; // a record without its id: the careful reader refuses it
        }
        int hash = ByteKeys.hash(key, 0, length);
        int known = rows.find(key, 0, length, hash);
        if (known < 0) {
            known = rows.size();
            judge(known);
            rows.add(key, 0, length, hash, known);
        }
        counter.count(numbers[known], undervotes[known], precinct, batch);
    }

    /** A row unlike any before: made into a record by the careful reader's row reader, and judged. */
    private void judge(int index) {
        List<XlsxCell> read = new ArrayList<>(cells);
        for (int c = 0; c < cells; c++) {
            int column = cellColumn[c];
            if (column == precinctColumn || column == batchColumn || column == idColumn
                    || column >= firstColumn && column <= lastRankColumn) {
                read.add(XlsxCell.of(column, reference(column, row), text(c)));
            }
        }
        rowReader.read(workbook, new XlsxRow(row, read));
        if (index == numbers.length) {
            numbers = Arrays.copyOf(numbers, index * 2);
            undervotes = Arrays.copyOf(undervotes, index * 2);
        }
        numbers[index] = counter.number(made);
        undervotes[index] = made.rankings().isEmpty();
    }

    /** A cell's text as the careful reader gives it; gives up where that reader would find a problem. */
    private String text(int c) {
        if (cellKind[c] == SHARED) {
            int index = digits(cellFrom[c], cellTo[c], 9);
            if (index >= strings.size()) {
                throw GIVE_UP;
            }
            return strings.get(index);
        }
        String raw = new String(bytes, cellFrom[c], cellTo[c] - cellFrom[c], StandardCharsets.US_ASCII);
        String text = XlsxNumberText.of(raw, styles.format(cellStyle[c] < 0 ? null : cellStyle[c]));
        if (text == null) {
            throw GIVE_UP;
        }
        return text;
    }

    private static String reference(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int left = column; left > 0; left = (left - 1) / 26) {
            letters.insert(0, (char) ('A' + (left - 1) % 26));
        }
        return letters.append(row).toString();
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
