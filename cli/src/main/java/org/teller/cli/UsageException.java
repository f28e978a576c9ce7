package org.teller.cli;

/**
 * A command line that is wrong: an unknown option, a missing value, options that exclude each other.
 * Said on one line with a pointer to the command's help, and exit code 2.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String command;

    /** @param message what is wrong, in picocli's words where it had them */
    UsageException(String message) {
        this(null, message);
    }

    private UsageException(String command, String message) {
        super(message, null, false, false);
        this.command = command;
    }

    /** This problem, of this command (such as {@code teller count}) if no command was named yet. */
    UsageException of(String path) {
        return command != null ? this : new UsageException(path, getMessage());
    }

    /** The command whose help to see, such as {@code teller count}; {@code teller} if none was named. */
    String command() {
        return command != null ? command : Teller.NAME;
    }
}
