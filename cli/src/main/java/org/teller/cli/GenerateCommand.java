package org.teller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.teller.core.InvalidInputException;
import org.teller.formats.generate.BallotGenerator;
import org.teller.formats.internal.PartFile;

/** {@code teller generate}: writes a contest folder of ballot papers. */
final class GenerateCommand implements Command {

    static final OptionSpec<String> LIKE = OptionSpec.text("--like", "CONTEST",
            "Papers that reproduce this contest's declaration, figure for figure.");
    static final OptionSpec<Long> BALLOTS = OptionSpec.wholeNumber("--ballots", "N",
            "How many ballot papers, from 1 to 1,000,000,000.").required();
    static final OptionSpec<Long> CANDIDATES = OptionSpec.wholeNumber("--candidates", "K",
            "How many candidates, from 2 to 1000.").required();
    static final OptionSpec<Long> AREAS = OptionSpec.wholeNumber("--areas", "M",
            "How many count areas, at most 10,000 and no more than papers (0, the default: no area column).").orElse(0L);
    static final OptionSpec<Long> RANKS = OptionSpec.wholeNumber("--ranks", "R",
            "Ranked papers with R rank columns, from 1 to the candidates (at most 62): the alternative vote (first past the post"
                    + " for 1). Default: Supplementary Vote papers (first and second preferences).");
    static final OptionSpec<Long> SEED = OptionSpec.wholeNumber("--seed", "S", "The random seed. Default: 1.").orElse(1L);
    static final OptionSpec<String> OUT = OptionSpec.text("--out", "DIR", "The folder to write.").required();
    static final OptionSpec<Boolean> GZIP = OptionSpec.flag("--gzip", "Write ballots.csv.gz instead of ballots.csv.");
    static final OptionSpec<Boolean> FORCE = OptionSpec.flag("--force",
            "Replace contest.yaml and the ballots file if DIR has them (only ever regular files).");
    static final OptionSpec<Boolean> QUIET = OptionSpec.flag("--quiet", "No progress bar.");

    private static final CommandSpec SPEC = CommandSpec.command("generate",
            "Writes a contest folder (contest.yaml and ballots.csv) of ballot papers, for tests, examples and benchmarks.",
            "Either a made-up contest (--ballots, --candidates; --ranks for ranked papers), or papers that reproduce a contest counted from returns"
                    + " or a tally (--like). The same options and seed always write the same bytes.")
            .options(SEED, OUT, GZIP, FORCE, QUIET)
            .group(OptionGroup.oneOf(LIKE, OptionGroup.together(BALLOTS, CANDIDATES, RANKS, AREAS)));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments given, PrintWriter out, PrintWriter err) {
        Path folder = GivenPath.of("--out", given.get(OUT));
        var progress = ProgressBar.on(err, given.get(QUIET));
        long seed = given.get(SEED);
        BallotGenerator.Written written;
        if (given.has(LIKE)) {
            Path like = GivenPath.of("--like", given.get(LIKE));
            written = BallotGenerator.like(folder, like, like.toString(), seed, given.get(GZIP), given.get(FORCE), progress);
        } else if (given.has(RANKS)) {
            written = BallotGenerator.ranked(folder, given.get(BALLOTS), given.get(CANDIDATES), given.get(RANKS),
                    given.get(AREAS), seed, given.get(GZIP), given.get(FORCE), progress);
        } else {
            written = BallotGenerator.random(folder, given.get(BALLOTS), given.get(CANDIDATES), given.get(AREAS), seed,
                    given.get(GZIP), given.get(FORCE), progress);
        }
        for (PartFile.Abandoned part : written.removed()) {
            err.println(Teller.removed(part));
        }
        err.println("teller: wrote " + String.format(Locale.ROOT, "%,d", written.papers()) + " ballot papers to "
                + InvalidInputException.oneLine(written.ballotsFile() + " and " + written.contestFile()));
        return Teller.OK;
    }
}
