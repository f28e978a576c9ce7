package org.teller.formats.contest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.Comparison;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;
import org.teller.core.lot.LotDrawer;
import org.teller.formats.votes.Progress;

/**
 * A contest's votes counted under every system they allow, for {@code teller compare}: papers ranked
 * to one rank, first past the post only; to two (and tallies, which are SV's first-by-second), also SV,
 * the contingent vote with two preferences and the alternative vote reading two ranks; to more, all of
 * them at full depth. Count returns state one count: they allow first past the post and their own system.
 * With two candidates the contingent vote has two preferences, as when a contest file names it.
 */
public final class ContestComparison {

    private ContestComparison() {}

    /**
     * The systems a contest's votes allow and those they do not.
     *
     * @param systems the systems counted, in the order compared: first past the post first
     * @param leftOut the others, and why
     */
    public record Systems(List<VotingSystem> systems, List<Comparison.LeftOut> leftOut) {
        public Systems {
            systems = List.copyOf(systems);
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * The contest counted under each system its votes allow.
     *
     * @param declarations one for each system, in the order compared; counted without the previous
     *     contest, which a comparison does not use (so neither reads nor lists its files)
     * @param leftOut the systems the votes do not allow, and why
     */
    public record Compared(List<Declaration> declarations, List<Comparison.LeftOut> leftOut) {
        public Compared {
            declarations = List.copyOf(declarations);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** The systems this contest's votes allow, in the order compared, and those left out. */
    public static Systems systems(Path contest, String shown) {
        ContestFile file = ContestFile.read(contest, shown);
        int candidates = file.contest().candidates().size();
        VotingSystem own = file.contest().system();
        List<VotingSystem> systems = new ArrayList<>(List.of(FirstPastThePost.INSTANCE));
        List<Comparison.LeftOut> leftOut = new ArrayList<>();
        if (file.votes().kind() == VotesSource.Kind.RETURNS) {
            if (!(own instanceof FirstPastThePost)) {
                systems.add(own);
            }
            for (VotingSystem other : others(candidates)) {
                if (!other.key().equals(own.key())) {
                    leftOut.add(new Comparison.LeftOut(other, Comparison.Reason.COUNT_RETURNS));
                }
            }
            return new Systems(systems, leftOut);
        }
        int ranks = file.ranksGiven();
        // (a ranked tally's header names its ranks as a ballot file's does)
        ranks = Math.min(ranks, candidates);
        if (ranks < 2) {
            for (VotingSystem other : others(candidates)) {
                leftOut.add(new Comparison.LeftOut(other, Comparison.Reason.FIRST_PREFERENCES_ONLY));
            }
            return new Systems(systems, leftOut);
        }
        systems.add(SupplementaryVote.INSTANCE);
        // The contest's own settings where it names the system; otherwise every rank the papers have (with
        // two candidates, two preferences: the contingent vote has at least two, as a contest file's has).
        systems.add(own instanceof ContingentVote ? own : new ContingentVote(Math.max(2, Math.min(ranks, candidates - 1))));
        systems.add(own instanceof AlternativeVote ? own : AlternativeVote.uk(ranks));
        return new Systems(systems, leftOut);
    }

    /** Every system but first past the post, with its default settings. */
    private static List<VotingSystem> others(int candidates) {
        return List.of(SupplementaryVote.INSTANCE, new ContingentVote(Math.max(2, Math.min(3, candidates - 1))),
                AlternativeVote.uk(candidates));
    }

    /**
     * The contest counted under each of {@link #systems}.
     *
     * @throws InvalidInputException for anything in the files that cannot be counted
     */
    public static Compared compare(Path contest, String shown, Function<Contest, LotDrawer> lots,
            Progress progress) {
        Systems systems = systems(contest, shown);
        List<Declaration> declarations = new ArrayList<>();
        for (VotingSystem system : systems.systems()) {
            declarations.add(ContestCounter.countWithoutPrevious(contest, shown, system, lots, progress));
        }
        return new Compared(declarations, systems.leftOut());
    }
}
