package org.teller.core.lot;

import java.util.List;

/**
 * An equality that a count decides by lot: the round (SV's stage) at which it arose, the candidates
 * equal, the votes each of them has, and what the lot decides.
 *
 * @param round the round of the count, from 1
 * @param tied the candidates the lot is between, ascending by index
 * @param votes the votes each of them has at that round
 * @param decides what the lot decides
 */
public record Tie(int round, List<Integer> tied, long votes, Decides decides) {

    /** What a lot decides, and so which end of its order counts. */
    public enum Decides {
        /** Who is elected: the first of the lot's order. */
        ELECTED("elected"),
        /** Who is eliminated: the last of the lot's order; the others stay in the count. */
        ELIMINATED("eliminated"),
        /** Who goes forward to the second count (the contingent vote): the first of the lot's order, as many as there are places. */
        GOES_FORWARD("goes-forward");

        private final String key;

        Decides(String key) {
            this.key = key;
        }

        /** The key reports write, such as {@code eliminated}. */
        public String key() {
            return key;
        }
    }

    public Tie {
        tied = List.copyOf(tied);
        if (round < 1 || tied.size() < 2 || votes < 0) {
            throw new IllegalArgumentException("not a tie: round " + round + ", " + tied + ", " + votes + " votes");
        }
        for (int place = 1; place < tied.size(); place++) {
            if (tied.get(place - 1) >= tied.get(place)) {
                throw new IllegalArgumentException("the tied are ascending and distinct: " + tied);
            }
        }
    }
}
