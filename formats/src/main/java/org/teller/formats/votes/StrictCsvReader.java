package org.teller.formats.votes;

import org.teller.formats.internal.FieldText;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teller.core.InvalidInputException;

/**
 * Reads CSV as RFC 4180 defines it, in UTF-8, and refuses anything else with the line where it is.
 *
 * <p>A votes file that is not exactly what it says must never be guessed at: a quote that never
 * closes would otherwise swallow every later paper into one field. So, unlike general-purpose CSV
 * readers, this one refuses a quoted field that runs past the end of its line (no field of a votes
 * file holds a line break, and a missing closing quote looks exactly like one), a quote inside an
 * unquoted field, characters after a closing quote, a carriage return that does not end a line,
 * bytes that are not UTF-8, and control or invisible characters ({@link FieldText#forbidden}).
 * Blank lines are skipped, unless the caller refuses them ({@link #refuseBlankLines}: in a file of one column a
 * blank line could be a record with one empty field); a UTF-8 byte order mark is allowed at the start. Whether each record has
 * the header's number of fields is for the caller, which knows the header.
 */
final class StrictCsvReader implements Closeable {

    /**
     * No row of a votes file comes near this; a longer one is refused rather than held. (It is more than
     * the fast path's buffer, so that every row the fast path can take, this reader takes too.)
     */
    static final int LONGEST_ROW = 2 << 20;

    private final InputStream in;
    private final String file;
    /** Why a blank line is refused, or null while blank lines are skipped. */
    private String blankLines;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean started;
    /** The line of the next byte. */
    private long line = 1;
    private long recordLine;
    private byte[] field = new byte[128];
    private int fieldLength;
    private int rowLength;
    /** Said of a record with too many fields: what they are compared with. */
    private String tooMany = "";

    /**
     * @param in the bytes of the file (not buffered here: this reader buffers)
     * @param file the file as the user named it, for messages
     */
    StrictCsvReader(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    /** Says what a record with too many fields has more than ("the header's", say). */
    void tooManyFields(String comparedWith) {
        this.tooMany = comparedWith;
    }

    /** The line on which the record last returned by {@link #next} starts. */
    long line() {
        return recordLine;
    }

    /**
     * The next record's fields, or null at the end of the file.
     *
     * @param mostFields how many fields a record may have: one with more is refused as soon as it has
     *     them, so that a row of nothing but commas is never held
     */
    /** Refuses a blank line from here on, saying {@code why} (a fragment: "is blank: ..."). */
    void refuseBlankLines(String why) {
        blankLines = why;
    }

    List<String> next(int mostFields) throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        int c = read();
        while (c == '\n' || c == '\r') { // blank lines
            if (blankLines != null) {
                throw new InvalidInputException(file, line, "", blankLines);
            }
            lineEnd(c);
            c = read();
        }
        if (c < 0) {
            return null;
        }
        recordLine = line;
        rowLength = 0;
        List<String> fields = new ArrayList<>();
        while (true) {
            fieldLength = 0;
            c = c == '"' ? quoted() : unquoted(c);
            fields.add(decode());
            if (c != ',') {
                lineEnd(c);
                return fields;
            }
            if (fields.size() == mostFields) {
                throw new InvalidInputException(file, recordLine, "", "has more than " + mostFields + " field"
                        + (mostFields == 1 ? "" : "s") + tooMany);
            }
            count();
            c = read();
        }
    }

    /** An unquoted field from its first byte; returns the byte after it. */
    private int unquoted(int c) throws IOException {
        while (c != ',' && c != '\n' && c != '\r' && c >= 0) {
            if (c == '"') {
                throw error(text(0) + "\"", "has a quote inside an unquoted field: quote the whole field, and"
                        + " double any quote inside it");
            }
            append(c);
            c = read();
        }
        return c;
    }

    /** A quoted field, after its opening quote; returns the byte after its closing quote. */
    private int quoted() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                throw error("\"" + text(40), "opens a quote that never closes");
            }
            if (c == '\n' || c == '\r') {
                throw error("\"" + text(40), "opens a quote that does not close on its line: a closing quote is missing"
                        + " (no field of a votes file may hold a line break)");
            }
            if (c == '"') {
                count();
                int after = read();
                if (after != '"') {
                    if (after != ',' && after != '\n' && after != '\r' && after >= 0) {
                        throw error("\"" + text(40) + "\"", "has characters after a closing quote: a quoted field must end"
                                + " at its closing quote (double a quote inside a field)");
                    }
                    return after;
                }
            }
            append(c);
        }
    }

    /** Accepts the end of a line, or of the file; a carriage return must be followed by a line feed. */
    private void lineEnd(int c) throws IOException {
        if (c == '\r' && read() != '\n') {
            throw new InvalidInputException(file, line, "", "has a carriage return that does not end a line"
                    + " (lines end with a line feed, or a carriage return and a line feed)");
        }
        if (c >= 0) {
            line++;
        }
    }

    /** Counts a byte of the row (a separator or a quote too), refusing a row that is too long. */
    private void count() {
        if (++rowLength > LONGEST_ROW) {
            throw new InvalidInputException(file, recordLine, "",
                    "is a row longer than " + LONGEST_ROW + " bytes: no row of a votes file is so long");
        }
    }

    private void append(int c) {
        count();
        if (fieldLength == field.length) {
            field = Arrays.copyOf(field, field.length * 2);
        }
        field[fieldLength++] = (byte) c;
    }

    private String decode() {
        String text;
        try {
            text = ascii() ? new String(field, 0, fieldLength, StandardCharsets.US_ASCII)
                    : utf8.decode(ByteBuffer.wrap(field, 0, fieldLength)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file, recordLine, "",
                    "holds bytes that are not UTF-8 text (save the file as UTF-8)");
        }
        int forbidden = FieldText.forbidden(text);
        if (forbidden >= 0) {
            throw new InvalidInputException(file, recordLine, text, "holds " + FieldText.describe(forbidden)
                    + ", which no field of a votes file may hold");
        }
        return text;
    }

    /** Whether the field is ASCII, as most are: then it needs no decoder. */
    private boolean ascii() {
        for (int i = 0; i < fieldLength; i++) {
            if (field[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The field read so far, for a message: its first {@code most} bytes (0: all), however they decode. */
    private String text(int most) {
        int length = most > 0 ? Math.min(fieldLength, most) : fieldLength;
        return new String(field, 0, length, StandardCharsets.UTF_8) + (length < fieldLength ? "…" : "");
    }

    private InvalidInputException error(String value, String reason) {
        return new InvalidInputException(file, recordLine, value, reason);
    }

    private void skipByteOrderMark() throws IOException {
        if (fill() >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
            position = 3;
        } else if (limit >= 2 && ((buffer[0] & 0xff) == 0xFF && (buffer[1] & 0xff) == 0xFE
                || (buffer[0] & 0xff) == 0xFE && (buffer[1] & 0xff) == 0xFF)) {
            throw new InvalidInputException(file, 1, "", "is UTF-16 text: save it as UTF-8");
        }
    }

    /** Reads ahead until at least three bytes are buffered or the file ends; returns how many are. */
    private int fill() throws IOException {
        while (limit < 3) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                break;
            }
            limit += read;
        }
        return limit;
    }

    private int read() throws IOException {
        if (position == limit) {
            int read = in.read(buffer, 0, buffer.length);
            if (read <= 0) {
                return -1;
            }
            position = 0;
            limit = read;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
