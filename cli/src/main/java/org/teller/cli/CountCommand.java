package org.teller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.LotNeededException;
import org.teller.core.lot.ReturningOfficerLots;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;
import org.teller.formats.votes.CandidateNames;
import org.teller.formats.internal.PartFile;

/** {@code teller count CONTEST}: counts a contest and writes its declaration. */
final class CountCommand implements Command {

    static final Positional CONTEST = Positional.required("CONTEST", "The contest folder or contest file.");
    static final OptionSpec<String> FORMAT = OptionSpec.text("--format", "FORMAT",
            "text (a declaration to read out), json, csv, story (a news story of the result), democracy-club"
                    + " (Democracy Club's results CSV), rcvis (RCTab's summary JSON, which RCVis draws), nist"
                    + " (NIST SP 1500-100 election results), html (a report with charts, one file) or pdf (the declaration of"
                    + " result to sign and post; with --out). Default: text.")
            .orElse("text");
    static final OptionSpec<String> OUT = OptionSpec.text("--out", "FILE",
            "Write to FILE, a new file, instead of standard output (- or /dev/stdout: standard output).");
    static final OptionSpec<Boolean> FORCE = OptionSpec.flag("--force", "Overwrite FILE, or RCTab's reports of the same name, if they exist (only ever regular files).");
    /** As {@link #FORCE}, for the commands that write one file. */
    static final OptionSpec<Boolean> FORCE_FILE = OptionSpec.flag("--force", "Overwrite FILE if it exists (only ever a regular file).");
    static final OptionSpec<Boolean> QUIET = OptionSpec.flag("--quiet",
            "No progress bar (there is none anyway unless standard error is a terminal), and no word of where RCTab's reports went.");
    static final OptionSpec<String> LOT_SEED = OptionSpec.text("--lot-seed", "N",
            "Draw any lot with this seed (repeats an earlier draw). Default: a new random seed, printed."
                    + " Not for a contest whose tie-break asks for the returning officer's lot.");
    static final OptionSpec<String> LOTS = OptionSpec.text("--lots", "ORDER",
            "The order the returning officer drew by hand, such as \"Name A>Name B\": of the tied, the"
                    + " first named is elected, the last named eliminated.");

    static final OptionSpec<String> SYSTEM = OptionSpec.text("--system", "SYSTEM",
            "Count under this system rather than the contest file's: " + FirstPastThePost.KEY + ", "
                    + SupplementaryVote.KEY + ", " + ContingentVote.KEY + " (three preferences) or "
                    + AlternativeVote.KEY + " (UK rules).");

    private static final CommandSpec SPEC = CommandSpec.command("count",
            "Counts a contest and writes the declaration of the result.",
            "CONTEST is a folder holding contest.yaml, the path of a contest file, or an RCTab contest configuration (a .json file).")
            .positional(CONTEST)
            .options(FORMAT, OUT, FORCE, QUIET, SYSTEM, RctabCount.OUTPUT_DIRECTORY, RctabCount.TIMESTAMP,
                    RctabCount.AUDIT_PAPERS)
            .group(OptionGroup.atMostOneOf(LOT_SEED, LOTS));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments given, PrintWriter out, PrintWriter err) {
        Publication report = Publication.named(given.get(FORMAT));
        Path contestPath = GivenPath.of("CONTEST", given.get(CONTEST));
        Output output = Output.of(given.get(OUT), given.get(FORCE));
        output.check();
        report.check(output);
        if (RctabCount.isConfiguration(contestPath)) {
            return RctabCount.run(contestPath, report, output, given, out, err);
        }
        String lotSeed = given.get(LOT_SEED);
        Seed seed = lotSeed != null ? new Seed(givenSeed(lotSeed)) : new Seed();
        String lots = given.get(LOTS);
        Declaration declaration;
        try {
            declaration = ContestCounter.countUnder(contestPath, contestPath.toString(),
                    Optional.ofNullable(given.get(SYSTEM)), c -> drawer(c, seed, lotSeed, lots),
                    ProgressBar.on(err, given.get(QUIET)));
        } catch (LotNeededException needed) {
            throw new InvalidInputException(needed.source(), 0, "", asking(needed, lots));
        }
        Publication.Made made = report.of(declaration);
        for (PartFile.Abandoned part : made.writeTo(output, out)) {
            err.println(Teller.removed(part));
        }
        for (Lot lot : declaration.result().lots()) {
            if (lot.seed().isPresent() && lotSeed == null) {
                err.println("teller: a lot was drawn at " + declaration.result().system().roundWord() + " " + lot.stage()
                        + " with seed " + lot.seed().getAsLong() + "; --lot-seed " + lot.seed().getAsLong() + " repeats it");
            }
        }
        return Teller.OK;
    }

    /**
     * What a count that stopped at an equality left to the returning officer says: the tie, and the
     * {@code --lots} that gives their draw. An order given already is kept, and the tied candidates it
     * does not place are added at its end (in ballot order), for the officer to put in the order drawn.
     *
     * @param lots the order given with {@code --lots}, or null
     */
    static String asking(LotNeededException needed, String lots) {
        List<Candidate> candidates = needed.candidates();
        List<Integer> order = new ArrayList<>(lots == null ? List.of() : order(candidates, lots));
        needed.tie().tied().stream().filter(candidate -> !order.contains(candidate)).forEach(order::add);
        String example = String.join(">", order.stream().map(candidate -> candidates.get(candidate).name()).toList());
        String which = switch (needed.tie().decides()) {
            case ELIMINATED -> "of the tied, the last named is eliminated";
            case ELECTED -> "of the tied, the first named is elected";
            case GOES_FORWARD -> "of the tied, the first named go forward";
        };
        return needed.describe() + "; the returning officer decides by lot: give the order drawn with --lots, such as"
                + " --lots \"" + example + "\" (" + which + ")";
    }

    /** A seed as Teller prints them: a long that is not negative, written in digits. */
    static long givenSeed(String given) {
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

    /**
     * The seed of any lot drawn: the one given, or a new random one, made only when a lot is first drawn
     * (SecureRandom takes milliseconds to start, and lots are rare); one for the whole run either way.
     */
    private static final class Seed {
        private long value;
        private boolean made;

        Seed(long given) {
            value = given;
            made = true;
        }

        Seed() {}

        synchronized long value() {
            if (!made) {
                value = new SecureRandom().nextLong() & Long.MAX_VALUE;
                made = true;
            }
            return value;
        }
    }

    /**
     * @param lotSeed the seed given with {@code --lot-seed}, or null
     * @param lots the order the returning officer drew, or null
     */
    private static LotDrawer drawer(Contest contestFile, Seed seed, String lotSeed, String lots) {
        if (lotSeed != null && contestFile.system().asksForLots()) {
            // A seed would draw the lot that the contest's rules leave to the returning officer.
            throw new InvalidInputException("--lot-seed", 0, lotSeed, "cannot decide this contest's equalities: its"
                    + " tie-break leaves any lot to the returning officer (give the order drawn with --lots)");
        }
        if (lots == null) {
            // Made at the first draw, with the run's seed: the same lots as one made now.
            return new LotDrawer() {
                private SeededLotDrawer drawer;

                @Override
                public Lot draw(int stage, List<Integer> tied) {
                    if (drawer == null) {
                        drawer = new SeededLotDrawer(seed.value());
                    }
                    return drawer.draw(stage, tied);
                }
            };
        }
        List<String> names = contestFile.candidates().stream().map(Candidate::name).toList();
        return new ReturningOfficerLots(order(contestFile.candidates(), lots), names, contestFile.system().roundWord());
    }

    /** The order given with {@code --lots}: candidates by index. */
    private static List<Integer> order(List<Candidate> candidates, String lots) {
        if (lots.isBlank()) {
            throw new InvalidInputException("--lots", 0, "", "is empty: give the order drawn, such as \"Bo Brown>Ann Archer\"");
        }
        CandidateNames names = new CandidateNames(candidates);
        List<Integer> order = new ArrayList<>();
        for (String name : lots.split(">", -1)) {
            if (name.isBlank()) {
                throw new InvalidInputException("--lots", 0, lots, "has an empty name: separate candidates with one '>'");
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
        return order;
    }
}
