package org.teller.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.teller.core.InvalidInputException;
import org.teller.formats.internal.PartFile;

/**
 * The {@code teller} command. Exit codes: 0 done, 1 Teller failed (a bug: please report it), 2 the
 * input or the command line is wrong (the message says what and where), 3 {@code teller audit verify} found
 * the audit log broken.
 */
public final class Teller {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for a failure that is Teller's fault. */
    public static final int FAILED = 1;
    /** Exit code for bad input or a bad command line. */
    public static final int BAD_INPUT = 2;

    /** What the command is called, in its help and messages. */
    static final String NAME = "teller";

    /** Every command, in the order the help lists them. */
    private static final List<Command> COMMANDS = List.of(new CountCommand(), new CompareCommand(), new ConvertCommand(), new GenerateCommand(),
            new ServeCommand(), new AuditCommand(), new HelpCommand());

    /** {@code teller} itself: the options it takes before a command, and its help. */
    static final CommandSpec ROOT = CommandSpec.root("Counts elections (first past the post, the Supplementary Vote, the contingent vote, the alternative vote) and declares the result.")
            .commands(COMMANDS)
            .footer("", "Exit codes:", "  0   done", "  1   Teller failed (a bug: please report it)", "  2   bad input or usage");

    public static void main(String[] args) {
        // Reports are UTF-8 whatever the locale, so the same inputs give the same bytes everywhere;
        // standard output is buffered whole and flushed once.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        if (out.checkError()) {
            // A full disk or a closed pipe: what was written may be cut short, and the user must know.
            err.println("teller: standard output could not be written whole (a full disk, or a pipe closed"
                    + " before the end?): do not use what was written");
            code = Teller.FAILED;
        }
        err.flush();
        System.exit(code);
    }

    /** Runs the command with these streams, as {@code main} does; for tests and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            Arguments top = ArgumentParser.parse(ROOT, args, 0);
            if (helpOrVersion(ROOT, top, out)) {
                return OK;
            }
            if (top.rest() < 0) {
                throw new UsageException("Missing required subcommand");
            }
            Command command = command(args[top.rest()]);
            Arguments given = ArgumentParser.parse(command.spec(), args, top.rest() + 1);
            return helpOrVersion(command.spec(), given, out) ? OK : command.run(given, out, err);
        } catch (UsageException problem) {
            // One line, like every other error; the message can quote what the user typed.
            err.println("teller: " + InvalidInputException.oneLine(problem.getMessage()) + " (see '" + problem.command()
                    + " --help')");
            return BAD_INPUT;
        } catch (Exception failure) {
            return Failures.handle(failure, err);
        } catch (Error failure) {
            // An error such as running out of memory is one line too.
            return Failures.bug(failure, err);
        }
    }

    /** The command of this name. */
    static Command command(String name) {
        for (Command command : COMMANDS) {
            if (command.spec().name().equals(name)) {
                return command;
            }
        }
        throw new UsageException("Unknown command: '" + name + "'");
    }

    private static boolean helpOrVersion(CommandSpec spec, Arguments given, PrintWriter out) {
        if (given.get(CommandSpec.HELP)) {
            out.print(Usage.of(spec));
        } else if (given.get(CommandSpec.VERSION)) {
            out.println(version());
        } else {
            return false;
        }
        out.flush();
        return true;
    }

    /** The note that a part file left by a run that was stopped has been removed. */
    static String removed(PartFile.Abandoned part) {
        return "teller: removed " + InvalidInputException.oneLine(part.file().toString()) + " ("
                + String.format(Locale.ROOT, "%,d", part.bytes()) + " bytes), left unfinished by an earlier run that was stopped";
    }

    /** The version recorded in the jar's manifest. */
    static String version() {
        String version = Teller.class.getPackage().getImplementationVersion();
        return "teller " + (version == null ? "(development build)" : version);
    }
}
