package org.teller.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.teller.core.InvalidInputException;
import org.teller.formats.votes.PartFile;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code teller} command. Exit codes: 0 done, 1 Teller failed (a bug: please report it), 2 the
 * input or the command line is wrong (the message says what and where).
 */
@Command(
        name = "teller",
        mixinStandardHelpOptions = true,
        versionProvider = Teller.Version.class,
        description = "Counts elections held by the Supplementary Vote and declares the result.",
        subcommands = {CountCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:Teller failed (a bug: please report it)", "2:bad input or usage"})
public final class Teller {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for a failure that is Teller's fault. */
    public static final int FAILED = 1;
    /** Exit code for bad input or a bad command line. */
    public static final int BAD_INPUT = 2;

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
        CommandLine commandLine = new CommandLine(new Teller());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new Failures());
        // One converter for both: two identical method references to a picocli interface (Java 5 bytecode,
        // which class-data sharing leaves out) crash OpenJDK 17.0.15 writing the launcher's archive.
        CommandLine.ITypeConverter<Long> wholeNumber = Teller::wholeNumber;
        commandLine.registerConverter(Long.class, wholeNumber);
        commandLine.registerConverter(Long.TYPE, wholeNumber);
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            // One line, like every other error; picocli's message can quote what the user typed.
            String command = problem.getCommandLine().getCommandName();
            err.println("teller: " + InvalidInputException.oneLine(problem.getMessage()) + " (see 'teller "
                    + (command.equals("teller") ? "" : command + " ") + "--help')");
            return BAD_INPUT;
        });
        try {
            return commandLine.execute(args);
        } catch (Error failure) {
            // picocli hands only exceptions to Failures; an error such as running out of memory is one line too.
            return Failures.bug(failure, err);
        }
    }

    /** A number option's value, said in words a user knows ("whole number", not "long"). */
    private static Long wholeNumber(String given) {
        if (!given.matches("-?[0-9]+")) {
            throw new CommandLine.TypeConversionException("'" + given + "' is not a whole number");
        }
        try {
            return Long.parseLong(given);
        } catch (NumberFormatException tooLarge) {
            throw new CommandLine.TypeConversionException("'" + given + "' is not a whole number from " + Long.MIN_VALUE
                    + " to " + Long.MAX_VALUE);
        }
    }

    /** The note that a part file left by a run that was stopped has been removed. */
    static String removed(PartFile.Abandoned part) {
        return "teller: removed " + InvalidInputException.oneLine(part.file().toString()) + " ("
                + String.format(Locale.ROOT, "%,d", part.bytes()) + " bytes), left unfinished by an earlier run that was stopped";
    }

    /** The version recorded in the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Teller.class.getPackage().getImplementationVersion();
            return new String[] {"teller " + (version == null ? "(development build)" : version)};
        }
    }
}
