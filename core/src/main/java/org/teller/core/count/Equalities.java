package org.teller.core.count;

import java.util.ArrayList;
import java.util.List;
import org.teller.core.Candidate;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.LotNeededException;
import org.teller.core.lot.Tie;

/**
 * Decides the equalities of one count of the alternative vote under its tie-break: by the votes at
 * earlier rounds where the tie-break looks at them, then by lot (drawn, or the returning officer's).
 * Keeps the lots drawn, in order.
 */
final class Equalities {

    /** Who an equality chose (to eliminate or to elect), how it was decided, and whether a lot decided it. */
    record Decided(int candidate, Equality equality, boolean byLot) {}

    private final AlternativeVote.TieBreak tieBreak;
    private final LotDrawer lots;
    private final List<Candidate> candidates;
    private final List<Lot> drawn = new ArrayList<>();

    Equalities(AlternativeVote.TieBreak tieBreak, LotDrawer lots, List<Candidate> candidates) {
        this.tieBreak = tieBreak;
        this.lots = lots;
        this.candidates = candidates;
    }

    /** The lots drawn so far, in the order drawn. */
    List<Lot> drawn() {
        return List.copyOf(drawn);
    }

    /**
     * Decides an equality at round {@code round}.
     *
     * @param tied the candidates equal, ascending
     * @param votes the votes each has
     * @param earlier the rounds before this one
     * @param decides {@link Tie.Decides#ELIMINATED} for the fewest votes, {@link Tie.Decides#ELECTED} for the last two
     * @throws LotNeededException when the tie-break asks and the returning officer's lot is not given
     */
    Decided decide(int round, List<Integer> tied, long votes, List<Round> earlier, Tie.Decides decides) {
        boolean eliminating = decides == Tie.Decides.ELIMINATED;
        boolean lookBack = eliminating ? tieBreak.earlierRoundsFirst() : tieBreak.lastTwoByEarlierRounds();
        List<Integer> inQuestion = tied;
        List<Equality.EarlierRound> looked = new ArrayList<>();
        // From the latest earlier round back to the first, keeping those with the fewest (most) votes at each.
        for (int at = earlier.size() - 1; lookBack && at >= 0 && inQuestion.size() > 1; at--) {
            Round then = earlier.get(at);
            inQuestion = eliminating ? Counting.fewestVotes(inQuestion, then::votes)
                    : Counting.mostVotes(inQuestion, then::votes);
            looked.add(new Equality.EarlierRound(then.number(), inQuestion, then.votes(inQuestion.get(0))));
        }
        if (inQuestion.size() == 1) {
            return new Decided(inQuestion.get(0), new Equality(tied, votes, looked, List.of(), decides), false);
        }
        Tie tie = new Tie(round, inQuestion, votes, decides, narrowing(tied, looked));
        Lot lot = tieBreak.asks()
                ? lots.asked(tie).orElseThrow(() -> new LotNeededException(tie, tied, !looked.isEmpty(), candidates))
                : lots.draw(tie);
        drawn.add(lot);
        int chosen = eliminating ? lot.last() : lot.winner();
        return new Decided(chosen, new Equality(tied, votes, looked, inQuestion, decides), true);
    }

    /** The candidates in question before and after each earlier round looked at; empty when none was. */
    private static List<List<Integer>> narrowing(List<Integer> tied, List<Equality.EarlierRound> looked) {
        if (looked.isEmpty()) {
            return List.of();
        }
        List<List<Integer>> narrowing = new ArrayList<>(List.of(tied));
        looked.forEach(round -> narrowing.add(round.fewest()));
        return narrowing;
    }
}
