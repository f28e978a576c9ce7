package org.teller.formats.contest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.teller.formats.internal.Sha256;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.VotingSystem;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.LotNeededException;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.votes.BallotPapersCsv;
import org.teller.formats.votes.CountedVotes;
import org.teller.formats.votes.Progress;
import org.teller.formats.votes.BltFile;
import org.teller.formats.votes.RankingsCsv;
import org.teller.formats.votes.ReturnsCsv;
import org.teller.formats.votes.TallyCsv;

/**
 * Counts a contest from its files: reads the contest file and its votes and hashes every input, then
 * leaves the count, the checks of what the contest file states and the changes against the previous
 * contest to {@link Declarations}, which a caller with no files uses alike.
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
        LotDrawer drawer = lots.apply(file.contest());
        Read read = read(file, progress);
        // Under another system than the file names, first past the post takes only the first preferences of
        // returns that state a second count.
        boolean whatIf = !file.contest().system().equals(named.contest().system());
        CountedVotes counted = whatIf && file.contest().system() instanceof FirstPastThePost
                ? read.votes.firstPreferencesOnly() : read.votes;
        Declaration declaration;
        try {
            declaration = Declarations.count(file.contest(), file.stated(), counted, drawer, read::inputs);
        } catch (RuntimeException e) {
            read.votesHash.cancel(true);
            throw e;
        }
        if (withPrevious && file.previous().isPresent()) {
            Path previousPath = file.previous().get();
            String previousName = relative(file, previousPath);
            if (previousName.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                throw new InvalidInputException(file.shown(), file.lineOf("previous"), previousName, "is an RCTab"
                        + " configuration, but a previous contest is a Teller contest file (a folder holding contest.yaml,"
                        + " or the file itself)");
            }
            ContestFile previousFile = ContestFile.read(previousPath, file.shownBeside(previousName));
            Statements.checkMapping(file.stated(), previousFile.contest());
            Statements.checkPrevious(file.stated(), file.contest(), previousFile.contest(), previousName);
            Read previousRead = read(previousFile, progress);
            // Its inputs are named as this contest file would name them.
            List<InputFile> previousInputs = new ArrayList<>();
            for (InputFile input : previousRead.inputs()) {
                previousInputs.add(new InputFile(relative(file, previousFile.path().getParent().resolve(input.name())),
                        input.sha256()));
            }
            // The previous first stage gives the changes; who won is taken only from a count that needed no lot
            // (its file does not say how the returning officer's lot fell, so a drawn one would be a guess).
            Declaration previous = Declarations.count(previousFile.contest(), previousFile.stated(), previousRead.votes,
                    new SeededLotDrawer(0).answeringAsks(), previousInputs);
            declaration = Declarations.since(declaration, file.stated(), previous);
        }
        if (whatIf) {
            declaration = declaration.whatIf(named.contest().system());
        }
        return new CountedContest(file, declaration, read.votes);
    }

    /**
     * A contest's votes as read, and its inputs (the contest file and the votes) with their SHA-256: the
     * votes' hash is waited for only when the inputs are asked for, after the count.
     */
    private record Read(CountedVotes votes, Path contestFile, String contestShown, String votesName,
            CompletableFuture<String> votesHash) {
        List<InputFile> inputs() {
            return List.of(new InputFile(contestFile.getFileName().toString(), Sha256.of(contestFile, contestShown)),
                    new InputFile(votesName, Sha256.join(votesHash)));
        }
    }

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
            int ranks = file.ranksGiven();
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

    /** Reads the contest's votes, and hashes them and the contest file, named relative to the contest file. */
    private static Read read(ContestFile file, Progress progress) {
        Contest contest = file.contest();
        String votesName = relative(file, file.votes().path());
        String shownVotes = file.shownBeside(votesName);
        // The votes file is hashed on its own thread while it is read: for millions of papers the hash
        // costs as much as a core's share of the count.
        CompletableFuture<String> votesHash = Sha256.inBackground(file.votes().path(), shownVotes);
        CountedVotes votes;
        try {
            votes = switch (file.votes().kind()) {
                case BALLOTS -> BallotPapersCsv.read(file.votes().path(), shownVotes, contest.candidates(),
                        contest.system(), Runtime.getRuntime().availableProcessors(), progress);
                case TALLY -> TallyCsv.read(file.votes().path(), shownVotes, contest.candidates());
                case RANKINGS -> BltFile.isBlt(file.votes().name())
                        ? BltFile.read(file.votes().path(), shownVotes, contest.candidates(), contest.system())
                        : RankingsCsv.read(file.votes().path(), shownVotes, contest.candidates(), contest.system());
                case RETURNS -> ReturnsCsv.read(file.votes().path(), shownVotes, contest.candidates());
            };
        } catch (RuntimeException e) {
            votesHash.cancel(true);
            throw e;
        }
        return new Read(votes, file.path(), file.shown(), votesName, votesHash);
    }

    /** A path as the contest file would name it: relative to the contest file's folder. */
    private static String relative(ContestFile file, Path path) {
        Path folder = file.path().toAbsolutePath().getParent();
        return folder.relativize(path.toAbsolutePath()).normalize().toString().replace('\\', '/');
    }

}
