package org.teller.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A small, strict CSV reader written for the fuzz tests from RFC 4180 and the README, sharing no code
 * with Teller's readers: UTF-8 (invalid bytes refused) with an optional byte order mark; records end at
 * CRLF or LF (a carriage return anywhere else is refused); empty lines are skipped, but for one after the
 * header of a file of one column, which is refused (it could be a record of one empty field); a field that starts
 * with a quote is quoted ({@code ""} for a quote), must close on the same line, and must be followed by a
 * comma or the end of the record; a quote inside an unquoted field is refused, as is a control character
 * (but the tab) or an invisible one (format characters but the zero-width joiner and non-joiner, line and
 * paragraph separators); every record has exactly as many fields as the header. The first record is the
 * header. These are the rules of the README's "Strict input".
 */
final class StrictCsv {

    record Record(long line, List<String> fields) {}

    /** The header and the records, or why the file is refused. */
    record Table(Record header, List<Record> rows, Refusal refusal) {}

    private StrictCsv() {}

    static Table read(byte[] bytes, String file, List<String> required, List<String> optional) {
        List<Record> records = new ArrayList<>();
        int at = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                ? 3 : 0;
        long line = 1;
        Record header = null;
        while (at < bytes.length) {
            // an empty line
            if (bytes[at] == '\n' || bytes[at] == '\r') {
                if (bytes[at] == '\r' && !(at + 1 < bytes.length && bytes[at + 1] == '\n')) {
                    return refused(header, records, new Refusal(Refusal.Kind.LONE_CARRIAGE_RETURN, file, line,
                            "a carriage return that does not end a line"));
                }
                if (header != null && header.fields().size() == 1) {
                    return refused(header, records, new Refusal(Refusal.Kind.BLANK_LINE_IN_ONE_COLUMN, file, line,
                            "a blank line in a file of one column"));
                }
                at += bytes[at] == '\r' ? 2 : 1;
                line++;
                continue;
            }
            long start = line;
            List<String> fields = new ArrayList<>();
            while (true) {
                int fieldStart = at;
                byte[] value;
                if (at < bytes.length && bytes[at] == '"') {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    at++;
                    while (true) {
                        if (at >= bytes.length) {
                            return refused(header, records, new Refusal(Refusal.Kind.UNCLOSED_QUOTE, file, start,
                                    "a quoted field that never closes"));
                        }
                        byte b = bytes[at];
                        if (b == '"') {
                            if (at + 1 < bytes.length && bytes[at + 1] == '"') {
                                out.write('"');
                                at += 2;
                                continue;
                            }
                            at++;
                            break;
                        }
                        if (b == '\n' || b == '\r') {
                            return refused(header, records, new Refusal(Refusal.Kind.QUOTE_SPANS_LINES, file, start,
                                    "a quoted field spans lines"));
                        }
                        out.write(b);
                        at++;
                    }
                    if (at < bytes.length && bytes[at] != ',' && bytes[at] != '\n' && bytes[at] != '\r') {
                        return refused(header, records, new Refusal(Refusal.Kind.TEXT_AFTER_QUOTE, file, start,
                                "text after a closing quote"));
                    }
                    value = out.toByteArray();
                } else {
                    while (at < bytes.length && bytes[at] != ',' && bytes[at] != '\n' && bytes[at] != '\r') {
                        if (bytes[at] == '"') {
                            return refused(header, records, new Refusal(Refusal.Kind.QUOTE_IN_FIELD, file, start,
                                    "a quote inside an unquoted field"));
                        }
                        at++;
                    }
                    value = java.util.Arrays.copyOfRange(bytes, fieldStart, at);
                }
                String text = utf8(value);
                if (text == null) {
                    return refused(header, records, new Refusal(Refusal.Kind.BAD_UTF8, file, start, "invalid UTF-8"));
                }
                if (text.codePoints().anyMatch(StrictCsv::forbidden)) {
                    return refused(header, records, new Refusal(Refusal.Kind.FORBIDDEN_CHARACTER, file, start, text));
                }
                fields.add(text);
                if (at < bytes.length && bytes[at] == ',') {
                    at++;
                    continue;
                }
                break;
            }
            if (at < bytes.length) {
                if (bytes[at] == '\r' && !(at + 1 < bytes.length && bytes[at + 1] == '\n')) {
                    return refused(header, records, new Refusal(Refusal.Kind.LONE_CARRIAGE_RETURN, file, start,
                            "a carriage return that does not end a line"));
                }
                at += bytes[at] == '\r' ? 2 : 1;
                line++;
            }
            Record record = new Record(start, fields);
            if (header == null) {
                header = record;
                Refusal bad = checkHeader(header, file, required, optional);
                if (bad != null) {
                    return refused(header, records, bad);
                }
            } else {
                if (fields.size() != header.fields().size()) {
                    return refused(header, records, new Refusal(Refusal.Kind.FIELD_COUNT, file, start,
                            fields.size() + " fields where the header has " + header.fields().size()));
                }
                records.add(record);
            }
        }
        if (header == null || records.isEmpty()) {
            return refused(header, records, new Refusal(Refusal.Kind.NO_ROWS, file, 0, "no rows"));
        }
        return new Table(header, records, null);
    }

    private static Table refused(Record header, List<Record> rows, Refusal refusal) {
        return new Table(header, rows, refusal);
    }

    private static Refusal checkHeader(Record header, String file, List<String> required, List<String> optional) {
        Set<String> seen = new HashSet<>();
        for (String column : header.fields()) {
            if (!required.contains(column) && !optional.contains(column)) {
                return new Refusal(Refusal.Kind.BAD_HEADER, file, header.line(), "unknown column '" + column + "'");
            }
            if (!seen.add(column)) {
                return new Refusal(Refusal.Kind.BAD_HEADER, file, header.line(), "column twice: " + column);
            }
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                return new Refusal(Refusal.Kind.BAD_HEADER, file, header.line(), "no column " + column);
            }
        }
        return null;
    }

    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A field as Teller compares it: without the spaces around it. */
    /** A field without white space of any kind (no-break spaces too) at either end, in composed form (NFC). */
    static String stripped(String field) {
        int from = 0;
        int to = field.length();
        while (from < to && space(field.charAt(from))) {
            from++;
        }
        while (to > from && space(field.charAt(to - 1))) {
            to--;
        }
        return java.text.Normalizer.normalize(field.substring(from, to), java.text.Normalizer.Form.NFC);
    }

    static boolean space(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A character no field may hold. */
    static boolean forbidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL && c != '\t' || type == Character.FORMAT && c != 0x200C && c != 0x200D
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
                || c >= 0x180B && c <= 0x180F || c == 0x3164 || c >= 0xFE00 && c <= 0xFE0F || c == 0xFFA0
                || c >= 0xE0100 && c <= 0xE01EF;
    }
}
