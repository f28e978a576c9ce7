package org.teller.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Bad input: the one exception type Teller throws for anything a user gave that cannot be counted.
 *
 * <p>It names where the problem is (a file, or another source such as a command-line option), the
 * line when there is one, the offending value, and what is wrong with it, so that the command line
 * can print one clear sentence and exit with a non-zero code. The message is always one line: what the
 * user gave is shown with its control characters escaped (see {@link #oneLine}), and a very long value
 * is cut.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** A value longer than this many characters is cut in a message, which says how long it was. */
    private static final int LONGEST_VALUE_SHOWN = 200;

    private final String source;
    private final long line;
    private final String value;
    private final String reason;

    /**
     * @param source the file or other source at fault, or {@code ""} when not yet known
     * @param line the 1-based line number, or 0 when there is none
     * @param value the offending value, or {@code ""} when there is none
     * @param reason what is wrong, as a sentence fragment ("is not a candidate")
     */
    public InvalidInputException(String source, long line, String value, String reason) {
        super(render(source, line, value, reason));
        this.source = source;
        this.line = line;
        this.value = value;
        this.reason = reason;
    }

    /** A problem whose source the caller will name (see {@link #in(String)}). */
    public static InvalidInputException of(String value, String reason) {
        return new InvalidInputException("", 0, value, reason);
    }

    /** The same problem, placed in a source and line. */
    public InvalidInputException at(String newSource, long newLine) {
        return new InvalidInputException(newSource, newLine, value, reason);
    }

    /** The same problem, placed in a source, keeping its line. */
    public InvalidInputException in(String newSource) {
        return new InvalidInputException(newSource, line, value, reason);
    }

    public String source() {
        return source;
    }

    public long line() {
        return line;
    }

    public Optional<String> value() {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public String reason() {
        return reason;
    }

    /**
     * The text with every character that is invisible or would break the line escaped: {@code \n},
     * {@code \r} and {@code \t} as those two characters, other control and formatting characters
     * (such as a zero-width space or a right-to-left override), line and paragraph separators and lone
     * surrogates as {@code \}{@code uXXXX}. A message is one line, and shows the value as it really is.
     */
    public static String oneLine(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (isHidden(c)) {
                        for (char unit : Character.toChars(c)) {
                            escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) unit));
                        }
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean isHidden(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static String shown(String value) {
        int length = value.codePointCount(0, value.length());
        if (length <= LONGEST_VALUE_SHOWN) {
            return '\'' + oneLine(value) + '\'';
        }
        String start = value.substring(0, value.offsetByCodePoints(0, LONGEST_VALUE_SHOWN));
        return '\'' + oneLine(start) + String.format(Locale.ROOT, "…' (%,d characters)", length);
    }

    private static String render(String source, long line, String value, String reason) {
        StringBuilder message = new StringBuilder();
        if (!source.isEmpty()) {
            message.append(oneLine(source));
            if (line > 0) {
                message.append(", line ").append(line);
            }
            message.append(": ");
        }
        if (!value.isEmpty()) {
            message.append(shown(value)).append(' ');
        }
        // The reason can hold text from elsewhere too, such as the message of a file system error.
        return message.append(oneLine(reason)).toString();
    }
}
