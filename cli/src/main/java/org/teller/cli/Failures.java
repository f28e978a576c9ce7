package org.teller.cli;

import org.teller.core.InvalidInputException;
import picocli.CommandLine;

/**
 * Turns what went wrong into one clear line and an exit code: bad input is the user's to fix (exit 2);
 * anything else is Teller's fault (exit 1). Either way one line, never a stack trace, unless TELLER_DEBUG is set.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        if (failure instanceof InvalidInputException bad) {
            commandLine.getErr().println("teller: " + bad.getMessage());
            return Teller.BAD_INPUT;
        }
        commandLine.getErr().println("teller: failed: " + InvalidInputException.oneLine(failure.toString())
                + " (this is a bug in Teller; set TELLER_DEBUG=1 for details and please report it)");
        if (System.getenv("TELLER_DEBUG") != null) {
            failure.printStackTrace(commandLine.getErr());
        }
        return Teller.FAILED;
    }
}
