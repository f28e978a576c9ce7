package org.teller.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import org.teller.core.InvalidInputException;
import org.teller.server.ServerException;

/**
 * Turns what went wrong into one clear line and an exit code: bad input is the user's to fix (exit 2);
 * anything else is Teller's fault (exit 1). Either way one line, never a stack trace, unless TELLER_DEBUG is set.
 */
final class Failures {

    private Failures() {}

    /** What a command threw. */
    static int handle(Exception failure, PrintWriter err) {
        if (failure instanceof InvalidInputException bad) {
            err.println("teller: " + bad.getMessage());
            return Teller.BAD_INPUT;
        }
        if (failure instanceof ServerException cannot) {
            // The server cannot start: a database it cannot open, a port it cannot have.
            err.println("teller: " + InvalidInputException.oneLine(cannot.getMessage()));
            return Teller.BAD_INPUT;
        }
        if (failure instanceof InvalidPathException path) {
            // Every path Teller opens comes from the user, on the command line or in a contest file; those
            // are checked where they are read, and this is the net for any that is not.
            err.println("teller: " + InvalidInputException.of(path.getInput(),
                    "is not a path on this system: " + path.getReason()).getMessage());
            return Teller.BAD_INPUT;
        }
        return bug(failure, err);
    }

    /** Anything that is not bad input, an {@link Error} of the JVM included (such as running out of memory). */
    static int bug(Throwable failure, PrintWriter err) {
        err.println("teller: failed: " + InvalidInputException.oneLine(failure.toString())
                + " (this is a bug in Teller; set TELLER_DEBUG=1 for details and please report it)");
        if (System.getenv("TELLER_DEBUG") != null) {
            failure.printStackTrace(err);
        }
        return Teller.FAILED;
    }
}
