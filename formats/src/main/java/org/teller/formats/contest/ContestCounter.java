package org.teller.formats.contest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.teller.formats.internal.Sha256;
import org.teller.core.InvalidInputException;
import org.teller.core.Totals;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.contest.AreaFigures;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.contest.ShareChanges;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.Result;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.LotNeededException;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.votes.BallotPapersCsv;
import org.teller.formats.votes.CountedVotes;
import org.teller.formats.votes.Progress;
import org.teller.formats.votes.RankingsCsv;
import org.teller.formats.votes.ReturnsCsv;
import org.teller.formats.votes.TallyCsv;
import org.teller.formats.votes.VotesCount;

/**
 * Counts a contest from its files: reads the contest file and its votes, counts them, checks the
 * statement of papers, measures changes against the previous contest, and hashes every input.
 *
 * <p>File names in messages and in the declaration are written as the user gave the contest, and the
 * files it names relative to the contest file, so the same files always give the same declaration.
 */
public final class ContestCounter {

    private ContestCounter() {}

    /**
     * @param contest a contest folder or contest file
     * @param shown how the user named it, for messages and the declaration
     * @param lots decides an equality for the most votes at the end of the count
     * @throws InvalidInputException for anything in the files that cannot be counted
     * @throws LotNeededException when the count stops at an equality its rules leave to the returning
     *     officer and {@code lots} does not hold their lot; its source is the contest file
     */
    public static Declaration count(Path contest, String shown, LotDrawer lots) {
        return count(contest, shown, ignored -> lots);
    }

    /**
     * As {@link #count(Path, String, LotDrawer)}, with lots that depend on the contest's candidates
     * (an order drawn by hand names them).
     */
    public static Declaration count(Path contest, String shown, Function<Contest, LotDrawer> lots) {
        return count(contest, shown, lots, Progress.NONE);
    }

    /** As {@link #count(Path, String, Function)}, telling {@code progress} of long reads. */
    public static Declaration count(Path contest, String shown, Function<Contest, LotDrawer> lots,
            Progress progress) {
        return countWithVotes(contest, shown, lots, progress).declaration();
    }

    /**
     * A contest counted, with the file and the votes it was counted from.
     *
     * @param file the contest file
     * @param declaration what is declared
     * @param votes the votes, by count area and in total
     */
    public record CountedContest(ContestFile file, Declaration declaration, CountedVotes votes) {}

    /** As {@link #count(Path, String, Function, Progress)}, keeping the votes. */
    public static CountedContest countWithVotes(Path contest, String shown,
            Function<Contest, LotDrawer> lots, Progress progress) {
        return countWithVotes(contest, shown, Optional.empty(), lots, progress);
    }

    /**
     * As {@link #count(Path, String, Function, Progress)}, under another system than the contest file
     * names (a "what if"), when {@code system} is given: its key, as {@code --system} names it.
     */
    public static Declaration countUnder(Path contest, String shown, Optional<String> system,
            Function<Contest, LotDrawer> lots, Progress progress) {
        return countWithVotes(contest, shown, system, lots, progress).declaration();
    }

    /**
     * As {@link #countUnder(Path, String, Optional, Function, Progress)}, under this system and without the
     * previous contest: no changes in share, and its files neither read nor listed among the inputs (a
     * comparison's way).
     */
    static Declaration countWithoutPrevious(Path contest, String shown, VotingSystem system,
            Function<Contest, LotDrawer> lots, Progress progress) {
        return countWithVotes(contest, shown, named -> underSystem(named, system), lots, progress, false).declaration();
    }

    private static CountedContest countWithVotes(Path contest, String shown, Optional<String> system,
            Function<Contest, LotDrawer> lots, Progress progress) {
        return countWithVotes(contest, shown, named -> system.map(key -> underSystem(named, key)).orElse(named),
                lots, progress, true);
    }

    /** @param withPrevious whether to measure changes against the previous contest, when the file names one */
    private static CountedContest countWithVotes(Path contest, String shown, Function<ContestFile, ContestFile> under,
            Function<Contest, LotDrawer> lots, Progress progress, boolean withPrevious) {
        ContestFile named = ContestFile.read(contest, shown);
        ContestFile file = under.apply(named);
        checkDepth(file, file.contest().system());
        Counted counted;
        try {
            counted = countFile(file, lots.apply(file.contest()), progress,
                    !file.contest().system().equals(named.contest().system()));
        } catch (LotNeededException needed) {
            throw needed.in(file.shown());
        }

        Map<Integer, BigDecimal> changes = Map.of();
        Optional<Contest> previous = Optional.empty();
        List<InputFile> inputs = new ArrayList<>(counted.inputs);
        if (withPrevious && file.previous().isPresent()) {
            Path previousPath = file.previous().get();
            String previousName = relative(file, previousPath);
            ContestFile previousFile = ContestFile.read(previousPath, file.shownBeside(previousName));
            Statements.checkMapping(file, previousFile);
            // Only the previous first stage matters here; an equality there is decided by a fixed seed.
            Counted previousCount = countFile(previousFile, new SeededLotDrawer(0).answeringAsks(), progress, false);
            changes = ShareChanges.since(file.contest(), counted.result.firstRound(),
                    previousFile.contest(), previousCount.result.firstRound(), file.mapping());
            previous = Optional.of(previousFile.contest());
            for (InputFile input : previousCount.inputs) {
                inputs.add(new InputFile(relative(file, previousFile.path().getParent().resolve(input.name())), input.sha256()));
            }
        }
        Declaration declaration = new Declaration(file.contest(), counted.result, counted.rejected,
                counted.unusedSeconds, changes, previous, counted.areas, inputs);
        return new CountedContest(file, declaration, counted.votes);
    }

    private record Counted(Result result, CountedVotes votes, Optional<RejectedPapers> rejected,
            Optional<Map<UnusedSecondPreference, Long>> unusedSeconds, List<AreaFigures> areas, List<InputFile> inputs) {}

    /** The contest file under the system with this key; count returns can answer only for their own system's count. */
    private static ContestFile underSystem(ContestFile file, String key) {
        if (key.equals(file.contest().system().key())) {
            return file; // the contest's own system, with its own settings
        }
        int candidates = file.contest().candidates().size();
        VotingSystem system = VotingSystems.named(key, candidates).orElseThrow(() ->
                new InvalidInputException("--system", 0, key, "is not a voting system Teller counts (known: "
                        + VotingSystems.keys() + ")"));
        if (system instanceof ContingentVote vote) {
            // As many preferences as the papers give, up to Sri Lanka's three.
            int ranks = switch (file.votes().kind()) {
                case BALLOTS, RANKINGS -> BallotPapersCsv.rankColumns(file.votes().path(),
                        file.shownBeside(file.votes().name()));
                default -> 2;
            };
            system = new ContingentVote(Math.max(2, Math.min(vote.preferences(), ranks)));
        }
        return underSystem(file, system);
    }

    private static ContestFile underSystem(ContestFile file, VotingSystem system) {
        checkDepth(file, system);
        boolean firstPreferencesOnly = system instanceof FirstPastThePost;
        if (file.votes().kind() == VotesSource.Kind.RETURNS && !firstPreferencesOnly
                && !system.key().equals(file.contest().system().key())) {
            throw new InvalidInputException(file.shown(), file.lineOf("returns"), file.votes().name(),
                    "are count returns, which state only the count they were made for: to count under the "
                            + system.title() + ", give ballot papers or a tally");
        }
        return file.under(system);
    }

    /** A first-by-second tally holds two preferences: a contingent vote of more cannot be counted from it. */
    private static void checkDepth(ContestFile file, VotingSystem system) {
        if (file.votes().kind() == VotesSource.Kind.TALLY && system instanceof ContingentVote vote && vote.preferences() > 2) {
            throw new InvalidInputException(file.shown(), file.lineOf("tally"), file.votes().name(),
                    "is a first-by-second tally, which holds two preferences: the contingent vote with "
                            + vote.preferences() + " needs ballot papers or a ranked tally (rankings:)");
        }
    }

    /**
     * @param whatIf whether the contest is counted under another system than its file names: first past
     *     the post then takes only the first preferences of returns that state a second count
     */
    private static Counted countFile(ContestFile file, LotDrawer lots, Progress progress, boolean whatIf) {
        Contest contest = file.contest();
        String votesName = relative(file, file.votes().path());
        String shownVotes = file.shownBeside(votesName);
        // The votes file is hashed on its own thread while it is counted: for millions of papers the hash
        // costs as much as a core's share of the count.
        CompletableFuture<String> votesHash = Sha256.inBackground(file.votes().path(), shownVotes);
        CountedVotes votes;
        try {
            votes = switch (file.votes().kind()) {
                case BALLOTS -> BallotPapersCsv.read(file.votes().path(), shownVotes, contest.candidates(),
                        contest.system(), Runtime.getRuntime().availableProcessors(), progress);
                case TALLY -> TallyCsv.read(file.votes().path(), shownVotes, contest.candidates());
                case RANKINGS -> RankingsCsv.read(file.votes().path(), shownVotes, contest.candidates(), contest.system());
                case RETURNS -> ReturnsCsv.read(file.votes().path(), shownVotes, contest.candidates());
            };
        } catch (RuntimeException e) {
            votesHash.cancel(true);
            throw e;
        }
        VotesCount.Counted count = VotesCount.count(contest,
                whatIf && contest.system() instanceof FirstPastThePost ? votes.firstPreferencesOnly() : votes, lots);
        Result result = count.result();
        Optional<RejectedPapers> rejected = Statements.rejected(file, votes, result.valid());
        // Where rejected papers are not known, the valid votes alone may not exceed the electorate either.
        Statements.checkElectorate(file, Optional.of(rejected.map(r -> Totals.add(r.total(), result.valid()))
                .orElse(result.valid())));
        Optional<Map<UnusedSecondPreference, Long>> unusedSeconds = file.unusedSeconds().isPresent()
                ? Optional.of(Statements.checkedUnusedSeconds(file, result))
                : votes.endings().filter(endings -> contest.system() instanceof SupplementaryVote)
                        .map(Statements::unusedSeconds);
        List<AreaFigures> areas = count.areas();
        List<InputFile> inputs = List.of(
                new InputFile(file.path().getFileName().toString(), Sha256.of(file.path(), file.shown())),
                new InputFile(votesName, Sha256.join(votesHash)));
        return new Counted(result, votes, rejected, unusedSeconds, areas, inputs);
    }

    /** A path as the contest file would name it: relative to the contest file's folder. */
    private static String relative(ContestFile file, Path path) {
        Path folder = file.path().toAbsolutePath().getParent();
        return folder.relativize(path.toAbsolutePath()).normalize().toString().replace('\\', '/');
    }

}
