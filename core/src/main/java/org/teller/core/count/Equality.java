package org.teller.core.count;

import java.util.List;
import java.util.Objects;
import org.teller.core.lot.Tie;

/**
 * An equality at a round of the alternative vote, and how the count's tie-break decided it: by the votes
 * at earlier rounds, by lot, or by earlier rounds and then by lot between those still equal. Most are
 * equalities for the fewest votes, deciding who is eliminated; an equality of the last two candidates
 * decides who is elected ({@link #decides}).
 *
 * @param tied the candidates equal (for the fewest votes, or the last two), ascending
 * @param votes the votes each of them had
 * @param earlierRounds the earlier rounds looked at, the latest first, each with those of the tied still
 *     in question who had the fewest votes at it (the most, for an equality deciding who is elected);
 *     empty when the tie-break does not look at earlier rounds, or there are none
 * @param byLot the candidates a lot decided between (the lot is among the result's, at this round):
 *     those equal at every earlier round looked at; empty when the earlier rounds decided
 * @param decides what was decided: {@link Tie.Decides#ELIMINATED} (one of them eliminated) or
 *     {@link Tie.Decides#ELECTED} (one of the last two elected)
 */
public record Equality(List<Integer> tied, long votes, List<EarlierRound> earlierRounds, List<Integer> byLot,
        Tie.Decides decides) {

    /**
     * An earlier round, and the candidates still in question who had the fewest votes at it (the most, for
     * an equality deciding who is elected).
     *
     * @param round the earlier round
     * @param fewest those with the fewest votes at it (or the most), ascending
     * @param votes the votes each of them had then
     */
    public record EarlierRound(int round, List<Integer> fewest, long votes) {
        public EarlierRound {
            fewest = List.copyOf(fewest);
        }
    }

    /** How an equality was decided. The keys are what reports write. */
    public enum BrokenBy {
        /** The votes at the latest earlier round at which the candidates were unequal. */
        EARLIER_ROUNDS("earlier-rounds"),
        /** A lot, at once. */
        LOT("lot"),
        /** Earlier rounds looked at first, and a lot between those equal at every one of them. */
        EARLIER_ROUNDS_THEN_LOT("earlier-rounds-then-lot");

        private final String key;

        BrokenBy(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Equality {
        tied = List.copyOf(tied);
        earlierRounds = List.copyOf(earlierRounds);
        byLot = List.copyOf(byLot);
        if (Objects.requireNonNull(decides) == Tie.Decides.GOES_FORWARD) {
            throw new IllegalArgumentException("the alternative vote sends no one forward");
        }
        if (tied.size() < 2 || byLot.size() == 1 || (byLot.isEmpty() && earlierRounds.isEmpty())) {
            throw new IllegalArgumentException("an equality of " + tied + " is decided by earlier rounds or by lot");
        }
    }

    /** An equality for the fewest votes, decided to eliminate one of them. */
    public Equality(List<Integer> tied, long votes, List<EarlierRound> earlierRounds, List<Integer> byLot) {
        this(tied, votes, earlierRounds, byLot, Tie.Decides.ELIMINATED);
    }

    public BrokenBy brokenBy() {
        if (byLot.isEmpty()) {
            return BrokenBy.EARLIER_ROUNDS;
        }
        return earlierRounds.isEmpty() ? BrokenBy.LOT : BrokenBy.EARLIER_ROUNDS_THEN_LOT;
    }
}
