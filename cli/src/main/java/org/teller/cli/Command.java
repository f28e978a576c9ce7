package org.teller.cli;

import java.io.PrintWriter;

/**
 * A command of {@code teller}, such as {@code count}. A new command is a class like this and one more
 * entry in {@link Teller}'s list; a new option, a constant in the command and one more name in its spec.
 */
interface Command {

    /** What it takes: the parser checks the command line against it, and the help describes it. */
    CommandSpec spec();

    /**
     * Does the work, once the command line has been read and checked against {@link #spec()}.
     *
     * @return the exit code; bad input is thrown as an {@link org.teller.core.InvalidInputException}
     */
    int run(Arguments given, PrintWriter out, PrintWriter err);
}
