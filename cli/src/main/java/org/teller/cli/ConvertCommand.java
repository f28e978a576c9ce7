package org.teller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.core.tally.RankingTally;
import org.teller.formats.contest.ContestCounter;
import org.teller.formats.internal.PartFile;
import org.teller.formats.votes.BltFile;

/**
 * {@code teller convert CONTEST --to blt}: a contest's papers in another tool's format. The papers are read
 * and counted as {@code teller count} reads them (so what it refuses, this refuses), then written.
 */
final class ConvertCommand implements Command {

    static final OptionSpec<String> TO = OptionSpec.text("--to", "FORMAT",
            "blt: the BLT ballot file of OpenSTV, Droop and other STV tools (each distinct ranking once, weighted).");

    private static final CommandSpec SPEC = CommandSpec.command("convert",
            "Writes a contest's papers in another tool's format.",
            "The papers are read as teller count reads them. BLT holds valid papers only: rejected papers are left",
            "out, for the contest file beside it to state.")
            .positional(CountCommand.CONTEST)
            .options(TO, CountCommand.OUT, CountCommand.FORCE, CountCommand.QUIET);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments given, PrintWriter out, PrintWriter err) {
        String to = given.get(TO);
        if (to == null) {
            throw new InvalidInputException("--to", 0, "", "is missing: give the format to write, --to blt");
        }
        if (!to.equals("blt")) {
            throw new InvalidInputException("--to", 0, to, "is not a format Teller converts to (use blt)");
        }
        Path contestPath = GivenPath.of("CONTEST", given.get(CountCommand.CONTEST));
        Output output = Output.of(given.get(CountCommand.OUT), given.get(CountCommand.FORCE));
        output.check();
        ContestCounter.CountedContest counted = ContestCounter.countWithVotes(contestPath, contestPath.toString(),
                contest -> new SeededLotDrawer(0).answeringAsks(), ProgressBar.on(err, given.get(CountCommand.QUIET)));
        List<RankingTally> tallies = counted.votes().tallies().map(byArea -> List.copyOf(byArea.values()))
                .orElseThrow(() -> new InvalidInputException(counted.file().shown(), counted.file().lineOf("returns"),
                        counted.file().votes().name(), "are count returns: they hold figures, not papers, so there is"
                                + " nothing to write as ballots"));
        for (PartFile.Abandoned part : output.write(writer -> BltFile.write(counted.declaration().contest().title(),
                counted.declaration().contest().candidates(), tallies, writer), out)) {
            err.println(Teller.removed(part));
        }
        long rejected = counted.declaration().rejected().map(RejectedPapers::total).orElse(0L);
        if (rejected > 0 && !given.get(CountCommand.QUIET)) {
            err.println("teller: " + rejected + " rejected paper" + (rejected == 1 ? " is" : "s are") + " not in the BLT"
                    + " file (it holds valid ballots only): state them in the contest file that names it");
        }
        return Teller.OK;
    }
}
