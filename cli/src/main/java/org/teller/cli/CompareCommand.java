package org.teller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.teller.core.InvalidInputException;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestComparison;
import org.teller.formats.report.ComparisonReport;
import org.teller.formats.report.ReportFormat;
import org.teller.formats.internal.PartFile;

/**
 * {@code teller compare CONTEST}: the same votes counted under every system they allow, side by side.
 * A comparison is a "what if", not a declaration: any lot it needs is drawn with a fixed seed (0, or
 * {@code --lot-seed}), so that it is the same every time.
 */
final class CompareCommand implements Command {

    static final OptionSpec<String> FORMAT = OptionSpec.text("--format", "FORMAT",
            "text (the systems side by side), json, csv or html (a page with charts). Default: text.").orElse("text");

    static final OptionSpec<String> LOT_SEED = OptionSpec.text("--lot-seed", "N",
            "Draw any lot with this seed. Default: 0 (a comparison is the same every time).");

    private static final CommandSpec SPEC = CommandSpec.command("compare",
            "Counts a contest's votes under every system they allow and shows the results side by side.",
            "Papers with one rank: first past the post; with two (or a tally): also the Supplementary Vote, the",
            "contingent vote and the alternative vote; with more: all of them at full depth. Count returns: first",
            "past the post and the contest's own system.")
            .positional(CountCommand.CONTEST)
            .options(FORMAT, CountCommand.OUT, CountCommand.FORCE_FILE, CountCommand.QUIET, LOT_SEED);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments given, PrintWriter out, PrintWriter err) {
        String format = given.get(FORMAT);
        ReportFormat report = ReportFormat.ofKey(format).filter(ComparisonReport.FORMATS::contains).orElseThrow(() ->
                new InvalidInputException("--format", 0, format, "is not a format of a comparison (use text, json, csv or html)"));
        Path contestPath = GivenPath.of("CONTEST", given.get(CountCommand.CONTEST));
        if (RctabCount.isConfiguration(contestPath)) {
            throw new InvalidInputException(contestPath.toString(), 0, "", "is an RCTab configuration: teller compare reads"
                    + " Teller's contest files (a folder holding contest.yaml), whose papers it can count under each system");
        }
        Output output = Output.of(given.get(CountCommand.OUT), given.get(CountCommand.FORCE_FILE));
        output.check();
        long seed = given.get(LOT_SEED) == null ? 0 : CountCommand.givenSeed(given.get(LOT_SEED));
        ContestComparison.Compared compared = ContestComparison.compare(contestPath, contestPath.toString(),
                contest -> new SeededLotDrawer(seed).answeringAsks(), ProgressBar.on(err, given.get(CountCommand.QUIET)));
        for (PartFile.Abandoned part : output.write(writer -> ComparisonReport.write(report, compared.declarations(),
                compared.leftOut(), writer), out)) {
            err.println(Teller.removed(part));
        }
        return Teller.OK;
    }
}
