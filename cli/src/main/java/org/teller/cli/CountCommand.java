package org.teller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.ReturningOfficerLots;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.CandidateNames;
import org.teller.formats.contest.ContestCounter;
import org.teller.formats.report.ReportFormat;
import org.teller.formats.votes.PartFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teller count CONTEST}: counts a contest and writes its declaration. */
@Command(
        name = "count",
        mixinStandardHelpOptions = true,
        description = {
            "Counts a contest and writes the declaration of the result.",
            "CONTEST is a folder holding contest.yaml, or the path of a contest file."
        })
final class CountCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CONTEST", description = "The contest folder or contest file.")
    String contest;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a declaration to read out), json or csv. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE, a new file, instead of standard output (- or /dev/stdout: standard output).")
    String out;

    @Option(names = "--force", description = "Overwrite FILE if it exists (only ever a regular file).")
    boolean force;

    @Option(names = "--quiet", description = "No progress bar (there is none anyway unless standard error is a terminal).")
    boolean quiet;

    @ArgGroup(exclusive = true)
    Lots lots = new Lots();

    static final class Lots {
        @Option(names = "--lot-seed", paramLabel = "N",
                description = "Draw any lot with this seed (repeats an earlier draw). Default: a new random seed, printed.")
        String seed;

        @Option(names = "--lots", paramLabel = "ORDER",
                description = "The order the returning officer drew by hand, such as \"Name A>Name B\".")
        String order;
    }

    @Override
    public Integer call() {
        ReportFormat report = ReportFormat.ofKey(format).orElseThrow(() ->
                new InvalidInputException("--format", 0, format, "is not a format (use text, json or csv)"));
        Path contestPath = GivenPath.of("CONTEST", contest);
        Output output = Output.of(out, force);
        output.check();
        long seed = lots.seed != null ? givenSeed(lots.seed) : new SecureRandom().nextLong() & Long.MAX_VALUE;
        PrintWriter err = spec.commandLine().getErr();
        Declaration declaration = ContestCounter.count(contestPath, contestPath.toString(), c -> drawer(c, seed),
                ProgressBar.on(err, quiet));
        for (PartFile.Abandoned part : output.write(writer -> report.write(declaration, writer), spec.commandLine().getOut())) {
            err.println(Teller.removed(part));
        }
        for (Lot lot : declaration.result().lots()) {
            if (lot.seed().isPresent() && lots.seed == null) {
                err.println("teller: a lot was drawn at stage " + lot.stage() + " with seed "
                        + lot.seed().getAsLong() + "; --lot-seed " + lot.seed().getAsLong() + " repeats it");
            }
        }
        return Teller.OK;
    }

    /** A seed as Teller prints them: a long that is not negative, written in digits. */
    private static long givenSeed(String given) {
        try {
            if (given.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Long.parseLong(given);
            }
        } catch (NumberFormatException tooLarge) {
            // Below.
        }
        throw new InvalidInputException("--lot-seed", 0, given,
                "is not a seed (digits only, at most " + Long.MAX_VALUE + ", as printed when a lot is drawn)");
    }

    private LotDrawer drawer(Contest contestFile, long seed) {
        if (lots.order == null) {
            return new SeededLotDrawer(seed);
        }
        if (lots.order.isBlank()) {
            throw new InvalidInputException("--lots", 0, "", "is empty: give the order drawn, such as \"Bo Brown>Ann Archer\"");
        }
        CandidateNames names = new CandidateNames(contestFile.candidates());
        List<Integer> order = new ArrayList<>();
        for (String name : lots.order.split(">", -1)) {
            if (name.isBlank()) {
                throw new InvalidInputException("--lots", 0, lots.order, "has an empty name: separate candidates with one '>'");
            }
            try {
                int candidate = names.require(name.strip());
                if (order.contains(candidate)) {
                    throw InvalidInputException.of(name.strip(), "is named twice in the order");
                }
                order.add(candidate);
            } catch (InvalidInputException e) {
                throw e.in("--lots");
            }
        }
        return new ReturningOfficerLots(order, contestFile.candidates().stream().map(c -> c.name()).toList());
    }
}
