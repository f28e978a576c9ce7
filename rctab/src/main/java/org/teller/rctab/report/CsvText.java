package org.teller.rctab.report;

/**
 * CSV as RCTab writes it (Apache Commons CSV's default format): fields separated by commas, lines ended
 * by CR LF, and a field quoted only where it must be or might be misread: when it holds a comma, a
 * double quote, CR or LF; when it starts with a character up to '#' (control characters, space, '!',
 * '"', '#'); when it ends with one up to space; and when it is empty and first on its line. A double
 * quote inside is doubled.
 */
final class CsvText {

    private final StringBuilder text = new StringBuilder();
    private boolean lineStarted;

    CsvText field(String value) {
        if (lineStarted) {
            text.append(',');
        }
        if (needsQuotes(value, !lineStarted)) {
            text.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            text.append(value);
        }
        lineStarted = true;
        return this;
    }

    CsvText field(long value) {
        return field(Long.toString(value));
    }

    CsvText field(Object value) {
        return field(value.toString());
    }

    CsvText endLine() {
        text.append("\r\n");
        lineStarted = false;
        return this;
    }

    /** A whole line of fields. */
    CsvText line(Object... fields) {
        for (Object field : fields) {
            field(field.toString());
        }
        return endLine();
    }

    private static boolean needsQuotes(String value, boolean first) {
        if (value.isEmpty()) {
            return first;
        }
        if (value.charAt(0) <= '#' || value.charAt(value.length() - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
