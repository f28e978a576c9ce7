package org.teller.cli;

import java.io.PrintWriter;

/** {@code teller help [COMMAND]}: the help of teller, or of one of its commands. */
final class HelpCommand implements Command {

    static final Positional COMMAND = Positional.optional("COMMAND", "The COMMAND to display the usage help message for.");

    private static final CommandSpec SPEC = CommandSpec.command("help", "Display help information about the specified command.",
            "When no COMMAND is given, the usage help for the main command is displayed. If a COMMAND is specified, the help"
                    + " for that command is shown.").positional(COMMAND);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments given, PrintWriter out, PrintWriter err) {
        String name = given.get(COMMAND);
        out.print(Usage.of(name == null ? Teller.ROOT : Teller.command(name).spec()));
        return Teller.OK;
    }
}
