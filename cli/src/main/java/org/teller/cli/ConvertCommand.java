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
"The papers are read as teller count reads them. BLT holds valid papers only:",
            "rejected papers are left out, for the contest file beside it to state.")
            .positional(CountCommand.CONTEST)
            .options(TO, CountCommand.OUT, CountCommand.FORCE_FILE, CountCommand.QUIET);

    /**
     * What the BLT file does not hold of the papers, each said in a line: rejected papers; ranks beyond those
     * the contest's system reads; why papers' preferences end, where it is not simply that none is marked.
     */
    private static List<String> lost(ContestCounter.CountedContest counted, List<RankingTally> tallies) {
        List<String> lines = new java.util.ArrayList<>();
        long rejected = counted.declaration().rejected().map(RejectedPapers::total).orElse(0L);
        if (rejected > 0) {
            lines.add("teller: " + rejected + " rejected paper" + (rejected == 1 ? " is" : "s are") + " not in the BLT"
                    + " file (it holds valid ballots only): state them in the contest file that names it");
        }
        org.teller.core.count.VotingSystem system = counted.declaration().result().system();
        int read = system.rules().ranksRead();
        int marked = counted.file().ranksGiven();
        if (marked > read) {
            lines.add("teller: the papers have " + marked + " ranks, but the " + system.title() + " reads " + read
                    + ": the BLT file holds the " + read + " read");
        }
        java.util.Map<org.teller.core.ballot.RankingEnd, Long> ends = new java.util.EnumMap<>(org.teller.core.ballot.RankingEnd.class);
        for (RankingTally tally : tallies) {
            tally.byEnd().forEach((end, papers) -> ends.merge(end, papers, Long::sum));
        }
        List<String> reasons = new java.util.ArrayList<>();
        ends.forEach((end, papers) -> {
            if (papers > 0 && end != org.teller.core.ballot.RankingEnd.COMPLETE && end != org.teller.core.ballot.RankingEnd.UNMARKED) {
                reasons.add(end.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " " + papers);
            }
        });
        if (!reasons.isEmpty()) {
            lines.add("teller: why some papers' preferences end is not in the BLT file, which holds the preferences that"
                    + " count (" + String.join(", ", reasons) + "): counted from it, those papers end with no further"
                    + " preference marked");
        }
        return lines;
    }

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
        if (RctabCount.isConfiguration(contestPath)) {
            throw new InvalidInputException(contestPath.toString(), 0, "", "is an RCTab configuration: teller convert reads"
                    + " Teller's contest files (a folder holding contest.yaml); RCTab's cast vote records are RCTab's to convert");
        }
        Output output = Output.of(given.get(CountCommand.OUT), given.get(CountCommand.FORCE_FILE));
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
        if (!given.get(CountCommand.QUIET)) {
            lost(counted, tallies).forEach(err::println);
        }
        return Teller.OK;
    }
}
