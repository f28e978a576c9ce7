package org.teller.core;

import java.util.Optional;

/**
 * Bad input: the one exception type Teller throws for anything a user gave that cannot be counted.
 *
 * <p>It names where the problem is (a file, or another source such as a command-line option), the
 * line when there is one, the offending value, and what is wrong with it, so that the command line
 * can print one clear sentence and exit with a non-zero code.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

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

    private static String render(String source, long line, String value, String reason) {
        StringBuilder message = new StringBuilder();
        if (!source.isEmpty()) {
            message.append(source);
            if (line > 0) {
                message.append(", line ").append(line);
            }
            message.append(": ");
        }
        if (!value.isEmpty()) {
            message.append('\'').append(value).append("' ");
        }
        return message.append(reason).toString();
    }
}
