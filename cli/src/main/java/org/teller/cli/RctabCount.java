package org.teller.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.teller.core.Candidate;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.RuleSet;
import org.teller.core.lot.LotNeededException;
import org.teller.formats.internal.PartFile;
import org.teller.formats.report.ReportFormat;
import org.teller.rctab.RctabCounter;
import org.teller.rctab.Tabulation;
import org.teller.rctab.config.ConfigReader;
import org.teller.rctab.config.ContestConfig;

/**
 * {@code teller count CONFIG.json}: counts an RCTab contest configuration as RCTab would, and writes
 * Teller's declaration of it. Its lots are the configuration's ({@code tiebreakMode} and
 * {@code randomSeed}); where its tie-break asks, the returning officer's order is given with {@code --lots}.
 */
final class RctabCount {

    private RctabCount() {}

    static boolean isConfiguration(Path contest) {
        return contest.getFileName() != null && contest.getFileName().toString().endsWith(".json");
    }

    static int run(Path file, ReportFormat report, Output output, Arguments given, PrintWriter out, PrintWriter err) {
        if (given.get(CountCommand.SYSTEM) != null) {
            throw new InvalidInputException("--system", 0, given.get(CountCommand.SYSTEM),
                    "cannot be given for an RCTab configuration: its rules say how it is counted");
        }
        if (given.get(CountCommand.LOT_SEED) != null) {
            throw new InvalidInputException("--lot-seed", 0, given.get(CountCommand.LOT_SEED),
                    "cannot be given for an RCTab configuration: its tiebreakMode and randomSeed decide its lots");
        }
        ContestConfig config = ConfigReader.read(file);
        Tabulation tabulation;
        try {
            tabulation = RctabCounter.count(config);
        } catch (LotNeededException needed) {
            throw new InvalidInputException(file.toString(), 0, "", CountCommand.asking(needed, given.get(CountCommand.LOTS)));
        }
        Declaration declaration = declaration(tabulation);
        for (PartFile.Abandoned part : output.write(writer -> report.write(declaration, writer), out)) {
            err.println(Teller.removed(part));
        }
        return Teller.OK;
    }

    /** Teller's declaration of the count: the contest as the configuration names it, and its result. */
    static Declaration declaration(Tabulation tabulation) {
        ContestConfig config = tabulation.config();
        List<Candidate> candidates = tabulation.result().candidates();
        Contest contest = new Contest(config.output().contestName(), date(config), tabulation.result().system(),
                RuleSet.RCTAB, candidates, OptionalLong.empty());
        // RCTab rejects no ballot: every record is counted (one that ranks no one exhausts from the start).
        return new Declaration(contest, tabulation.result(), Optional.of(RejectedPapers.none()), Optional.empty(), Map.of(),
                Optional.empty(), List.of(), tabulation.inputs());
    }

    private static LocalDate date(ContestConfig config) {
        String date = config.output().contestDate();
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(config.file().toString(), 0, date,
                    "outputSettings.contestDate is not a date as RCTab writes them (yyyy-mm-dd)");
        }
    }
}
