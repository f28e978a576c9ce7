package org.teller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.teller.core.InvalidInputException;
import org.teller.formats.generate.BallotGenerator;
import org.teller.formats.votes.PartFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code teller generate}: writes a contest folder of ballot papers. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a contest folder (contest.yaml and ballots.csv) of ballot papers, for tests, examples and benchmarks.",
            "Either a made-up contest (--ballots, --candidates), or papers that reproduce a contest counted from",
            "returns or a tally (--like). The same options and seed always write the same bytes."
        })
final class GenerateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @ArgGroup(exclusive = false)
        Made made;

        @Option(names = "--like", paramLabel = "CONTEST", required = true,
                description = "Papers that reproduce this contest's declaration, figure for figure.")
        String like;
    }

    static final class Made {
        @Option(names = "--ballots", paramLabel = "N", required = true,
                description = "How many ballot papers, from 1 to 1,000,000,000.")
        long ballots;

        @Option(names = "--candidates", paramLabel = "K", required = true, description = "How many candidates, from 2 to 1000.")
        long candidates;

        @Option(names = "--areas", paramLabel = "M", defaultValue = "0",
                description = "How many count areas, at most 10,000 and no more than papers (0, the default: no area column).")
        long areas;
    }

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write.")
    String out;

    @Option(names = "--gzip", description = "Write ballots.csv.gz instead of ballots.csv.")
    boolean gzip;

    @Option(names = "--force", description = "Replace contest.yaml and the ballots file if DIR has them (only ever regular files).")
    boolean force;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        Path folder = GivenPath.of("--out", out);
        PrintWriter err = spec.commandLine().getErr();
        var progress = ProgressBar.on(err, quiet);
        BallotGenerator.Written written;
        if (source.like != null) {
            Path like = GivenPath.of("--like", source.like);
            written = BallotGenerator.like(folder, like, like.toString(), seed, gzip, force, progress);
        } else {
            written = BallotGenerator.random(folder, source.made.ballots, source.made.candidates, source.made.areas, seed,
                    gzip, force, progress);
        }
        for (PartFile.Abandoned part : written.removed()) {
            err.println(Teller.removed(part));
        }
        err.println("teller: wrote " + String.format(Locale.ROOT, "%,d", written.papers()) + " ballot papers to "
                + InvalidInputException.oneLine(written.ballotsFile() + " and " + written.contestFile()));
        return Teller.OK;
    }
}
