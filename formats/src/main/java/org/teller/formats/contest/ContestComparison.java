package org.teller.formats.contest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;
import org.teller.core.lot.LotDrawer;
import org.teller.formats.votes.BallotPapersCsv;
import org.teller.formats.votes.Progress;

/**
 * A contest's votes counted under every system they allow, for {@code teller compare}: papers ranked
 * to one rank, first past the post only; to two (and tallies, which are SV's first-by-second), also SV,
 * the contingent vote with two preferences and the alternative vote reading two ranks; to more, all of
 * them at full depth. Count returns state one count: they allow first past the post and their own system.
 */
public final class ContestComparison {

    private ContestComparison() {}

    /** The systems this contest's votes allow, in the order compared: first past the post first. */
    public static List<VotingSystem> systems(Path contest, String shown) {
        ContestFile file = ContestFile.read(contest, shown);
        int candidates = file.contest().candidates().size();
        List<VotingSystem> systems = new ArrayList<>(List.of(FirstPastThePost.INSTANCE));
        if (file.votes().kind() == VotesSource.Kind.RETURNS) {
            if (!(file.contest().system() instanceof FirstPastThePost)) {
                systems.add(file.contest().system());
            }
            return systems;
        }
        int ranks = file.votes().kind() == VotesSource.Kind.TALLY ? 2
                : BallotPapersCsv.rankColumns(file.votes().path(), file.shownBeside(file.votes().name()));
        // (a ranked tally's header names its ranks as a ballot file's does)
        ranks = Math.min(ranks, candidates);
        VotingSystem own = file.contest().system();
        if (ranks >= 2) {
            systems.add(SupplementaryVote.INSTANCE);
            if (candidates > 2) {
                // The contest's own settings where it names the system; otherwise every rank the papers have.
                systems.add(own instanceof ContingentVote ? own : new ContingentVote(Math.min(ranks, candidates - 1)));
            }
            systems.add(own instanceof AlternativeVote ? own : AlternativeVote.uk(ranks));
        }
        return systems;
    }

    /**
     * The contest counted under each of {@link #systems}.
     *
     * @throws InvalidInputException for anything in the files that cannot be counted
     */
    public static List<Declaration> compare(Path contest, String shown, Function<Contest, LotDrawer> lots,
            Progress progress) {
        List<Declaration> declarations = new ArrayList<>();
        for (VotingSystem system : systems(contest, shown)) {
            declarations.add(ContestCounter.countUnder(contest, shown, system, lots, progress));
        }
        return declarations;
    }
}
