package org.teller.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.contest.RuleSet;
import org.teller.core.lot.LotNeededException;
import org.teller.formats.internal.PartFile;
import org.teller.formats.internal.Sha256;
import org.teller.rctab.AuditLog;
import org.teller.rctab.RctabCounter;
import org.teller.rctab.Tabulation;
import org.teller.rctab.config.ConfigReader;
import org.teller.rctab.config.ContestConfig;
import org.teller.rctab.report.RctabReports;
import org.teller.rctab.report.ReportFile;

/**
 * {@code teller count CONFIG.json}: counts an RCTab contest configuration as RCTab would, writes RCTab's
 * reports and Teller's audit log into the configuration's output directory (a new {@code <timestamp>
 * Results} folder, as RCTab names it), and Teller's declaration to standard output. Its lots are the
 * configuration's ({@code tiebreakMode} and {@code randomSeed}); where its tie-break asks, the returning
 * officer's order is given with {@code --lots}.
 */
final class RctabCount {

    static final OptionSpec<String> OUTPUT_DIRECTORY = OptionSpec.text("--output-directory", "DIR",
            "For an RCTab configuration: write RCTab's reports under DIR rather than its outputDirectory.");
    static final OptionSpec<String> TIMESTAMP = OptionSpec.text("--timestamp", "STAMP",
            "For an RCTab configuration: name the results folder and files by STAMP (yyyy-MM-dd_HH-mm) rather than"
                    + " the time of the run, so that a count run again writes the same names.");
    static final OptionSpec<Boolean> AUDIT_PAPERS = OptionSpec.flag("--audit-papers",
            "For an RCTab configuration: give each ballot's path through the rounds in the audit log.");

    private static final Pattern STAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}(-\\d{1,6})?");

    private RctabCount() {}

    static boolean isConfiguration(Path contest) {
        return contest.getFileName() != null
                && contest.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static boolean isTimestamp(String stamp) {
        if (!STAMP.matcher(stamp).matches()) {
            return false;
        }
        try {
            LocalDateTime time = LocalDateTime.parse(stamp.substring(0, 16), RctabReports.TIMESTAMP);
            return time.getYear() > 0 && RctabReports.timestamp(time).equals(stamp.substring(0, 16));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static int run(Path file, Publication report, Output output, Arguments given, PrintWriter out, PrintWriter err) {
        if (given.get(CountCommand.SYSTEM) != null) {
            throw new InvalidInputException("--system", 0, given.get(CountCommand.SYSTEM),
                    "cannot be given for an RCTab configuration: its rules say how it is counted");
        }
        if (given.get(CountCommand.LOT_SEED) != null) {
            throw new InvalidInputException("--lot-seed", 0, given.get(CountCommand.LOT_SEED),
                    "cannot be given for an RCTab configuration: its tiebreakMode and randomSeed decide its lots");
        }
        String stamp = given.get(TIMESTAMP);
        if (stamp != null && !isTimestamp(stamp)) {
            throw new InvalidInputException("--timestamp", 0, stamp, "is not a timestamp as RCTab writes them: a real"
                    + " date and time, yyyy-MM-dd_HH-mm (and -1, -2... for later runs in the same minute)");
        }
        ContestConfig config = ConfigReader.read(file);
        String lots = given.get(CountCommand.LOTS);
        Tabulation tabulation;
        try {
            tabulation = RctabCounter.count(config, lots == null ? List.of() : order(config, lots));
        } catch (LotNeededException needed) {
            throw new InvalidInputException(file.toString(), 0, "", CountCommand.asking(needed, given.get(CountCommand.LOTS)));
        }
        Declaration declaration = declaration(tabulation);
        // Made before RCTab's reports are written: what it refuses, it refuses with nothing written.
        Publication.Made made = report.of(declaration);
        Path results = writeReports(tabulation, given, stamp);
        if (config.output().generateCdfJson()) {
            err.println("teller: generateCdfJson: Teller does not write RCTab's CDF copy of the cast vote records yet;"
                    + " the count and its reports are not affected");
        }
        for (PartFile.Abandoned part : made.writeTo(output, out)) {
            err.println(Teller.removed(part));
        }
        if (!given.get(CountCommand.QUIET)) {
            err.println("teller: RCTab's reports and the audit log are in " + results);
        }
        return Teller.OK;
    }

    /**
     * The order the returning officer drew (given with {@code --lots}), by the configuration's candidates:
     * each named by its name, code or an alias, once.
     */
    private static List<Integer> order(ContestConfig config, String lots) {
        if (lots.isBlank()) {
            throw new InvalidInputException("--lots", 0, "", "is empty: give the order drawn, such as \"Bo Brown>Ann Archer\"");
        }
        List<Integer> order = new ArrayList<>();
        for (String given : lots.split(">", -1)) {
            String name = given.strip();
            int found = -1;
            for (int candidate = 0; candidate < config.candidates().size() && found < 0; candidate++) {
                ContestConfig.CandidateConfig each = config.candidates().get(candidate);
                if (each.name().equals(name) || each.code().equals(name) || each.aliases().contains(name)) {
                    found = candidate;
                }
            }
            if (name.isEmpty() || found < 0) {
                throw new InvalidInputException("--lots", 0, name, name.isEmpty()
                        ? "has an empty name: separate candidates with one '>'" : "is not a candidate of the configuration");
            }
            if (order.contains(found)) {
                throw new InvalidInputException("--lots", 0, name, "is named twice in the order");
            }
            order.add(found);
        }
        return order;
    }

    /** RCTab's reports and the audit log, in a results folder of their own; returns the folder. */
    private static Path writeReports(Tabulation tabulation, Arguments given, String stamp) {
        String directory = given.get(OUTPUT_DIRECTORY);
        if (directory != null && directory.isBlank()) {
            throw new InvalidInputException("--output-directory", 0, directory, "is empty: give the folder to write under");
        }
        Path outputDirectory = directory != null ? GivenPath.of("--output-directory", directory)
                : tabulation.config().output().outputDirectory();
        boolean force = given.get(CountCommand.FORCE);
        String generatedBy = "Teller " + Teller.version().substring("teller ".length());
        String timestamp = stamp != null ? stamp : claimFolder(outputDirectory);
        Path results = RctabReports.resultsFolder(outputDirectory, timestamp);
        if (stamp != null && force) {
            refuseOtherCounts(results, tabulation, timestamp, generatedBy);
        }
        // A folder this run claimed is all its own: if the run is stopped part way (a signal), the writing
        // stops, and the folder goes.
        CountDownLatch finished = new CountDownLatch(1);
        Thread removeIfStopped = new Thread(() -> {
            RctabReports.stopWriting();
            try {
                finished.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteTree(results);
        }, "teller-remove-unfinished-reports");
        if (stamp == null) {
            Runtime.getRuntime().addShutdownHook(removeIfStopped);
        }
        try {
            List<InputFile> outputs = new ArrayList<>();
            for (Path written : RctabReports.write(tabulation, results, timestamp, generatedBy, force)) {
                outputs.add(new InputFile(results.relativize(written).toString(), Sha256.of(written, written.toString())));
            }
            StringWriter log = new StringWriter();
            AuditLog.write(tabulation, outputs, given.get(AUDIT_PAPERS), log);
            RctabReports.writeAlso(results, new ReportFile(auditLog(timestamp), log.toString()), force);
        } catch (RuntimeException failed) {
            if (stamp == null) {
                deleteIfEmpty(results); // the folder this run claimed, and nothing in it
            }
            throw failed;
        } finally {
            finished.countDown();
        }
        if (stamp == null) {
            try {
                Runtime.getRuntime().removeShutdownHook(removeIfStopped);
            } catch (IllegalStateException stopping) {
                // The process is stopping: the hook removes the folder.
            }
        }
        return results;
    }

    /**
     * A results folder of the time of the run that no other run has, made now so that no other run takes
     * it (runs started in the same minute get RCTab's "-1", "-2"...); returns its timestamp.
     */
    private static String claimFolder(Path outputDirectory) {
        try {
            Files.createDirectories(outputDirectory);
        } catch (IOException e) {
            throw new InvalidInputException(outputDirectory.toString(), 0, "", "cannot be made a folder for RCTab's reports: "
                    + e.getMessage());
        }
        for (int attempt = 0; ; attempt++) {
            String timestamp = RctabReports.freeTimestamp(outputDirectory, LocalDateTime.now());
            try {
                Files.createDirectory(RctabReports.resultsFolder(outputDirectory, timestamp));
                return timestamp;
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 1000) {
                    throw new InvalidInputException(outputDirectory.toString(), 0, "", "has no free results folder name left");
                }
            } catch (IOException e) {
                throw new InvalidInputException(outputDirectory.toString(), 0, "", "cannot hold RCTab's reports: " + e.getMessage());
            }
        }
    }

    /**
     * Forced into a results folder named by {@code --timestamp}, a count replaces its own files only: a
     * folder that holds others (another count's precinct reports, say) would mix two counts, and is refused.
     */
    private static void refuseOtherCounts(Path results, Tabulation tabulation, String timestamp, String generatedBy) {
        if (!Files.isDirectory(results, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<Path> ours = new HashSet<>();
        RctabReports.render(tabulation, timestamp, generatedBy).forEach(file -> ours.add(file.path()));
        ours.add(auditLog(timestamp));
        try (Stream<Path> files = Files.walk(results)) {
            Optional<Path> other = files.filter(file -> !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> !ours.contains(results.relativize(file))).sorted().findFirst();
            if (other.isPresent()) {
                throw new InvalidInputException(results.toString(), 0, results.relativize(other.get()).toString(),
                        "holds files this count does not write, so --force would leave two counts mixed: remove the"
                                + " folder, or give another --timestamp");
            }
        } catch (IOException e) {
            throw new InvalidInputException(results.toString(), 0, "", "cannot be read: " + e.getMessage());
        }
    }

    private static Path auditLog(String timestamp) {
        return Path.of(timestamp + "_audit.log");
    }

    /** Removes a folder this run made and everything in it (what a stopped run left), as far as it can. */
    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(RctabCount::deleteIfEmpty);
        } catch (IOException | UncheckedIOException gone) {
            // Nothing more can be done while the JVM stops.
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException notEmptyOrGone) {
            // Not empty: what is in it is not this run's to remove.
        }
    }

    /** Teller's declaration of the count: the contest as the configuration names it, and its result. */
    static Declaration declaration(Tabulation tabulation) {
        ContestConfig config = tabulation.config();
        List<Candidate> candidates = tabulation.result().candidates();
        Contest contest = new Contest(config.output().contestName(), date(config), tabulation.result().system(),
                RuleSet.RCTAB, candidates, OptionalLong.empty());
        // RCTab rejects no ballot: every record is counted (one that ranks no one exhausts from the start).
        return new Declaration(contest, tabulation.result(), Optional.of(RejectedPapers.none()), Optional.empty(),
                Optional.empty(), List.of(), tabulation.inputs(), Optional.empty(), Optional.empty());
    }

    /** The poll's date, where the configuration gives one (RCTab lets it be left out). */
    private static Optional<LocalDate> date(ContestConfig config) {
        String date = config.output().contestDate();
        if (date.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(config.file().toString(), 0, date,
                    "outputSettings.contestDate is not a date as RCTab writes them (yyyy-mm-dd)");
        }
    }
}
