package org.teller.core.lot;

import java.util.List;

/**
 * An equality that a count decides by lot: the round (SV's stage) at which it arose, the candidates
 * equal, the votes each of them has, what the lot decides and, when the count's tie-break looked at
 * earlier rounds first, how they narrowed the equality down to the candidates the lot is between.
 *
 * @param round the round of the count, from 1
 * @param tied the candidates the lot is between, ascending by index
 * @param votes the votes each of them has at that round
 * @param decides what the lot decides
 * @param narrowing when earlier rounds were looked at first: every candidate equal at this round, then those
 *     still in question after each earlier round looked at, the latest round first, each ascending; the last
 *     is {@code tied}. Empty when no earlier round was looked at. A drawer that repeats another program's
 *     draw may need it ({@link RctabRandomLots}: RCTab lists the candidates it draws from in an order that
 *     depends on it)
 */
public record Tie(int round, List<Integer> tied, long votes, Decides decides, List<List<Integer>> narrowing) {

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
        narrowing = narrowing.stream().map(List::copyOf).toList();
        if (round < 1 || tied.size() < 2 || votes < 0) {
            throw new IllegalArgumentException("not a tie: round " + round + ", " + tied + ", " + votes + " votes");
        }
        for (int place = 1; place < tied.size(); place++) {
            if (tied.get(place - 1) >= tied.get(place)) {
                throw new IllegalArgumentException("the tied are ascending and distinct: " + tied);
            }
        }
        if (!narrowing.isEmpty() && (narrowing.size() < 2 || !narrowing.get(narrowing.size() - 1).equals(tied))) {
            throw new IllegalArgumentException("earlier rounds narrow an equality down to the tied: " + narrowing);
        }
        for (int step = 1; step < narrowing.size(); step++) {
            if (!narrowing.get(step - 1).containsAll(narrowing.get(step))) {
                throw new IllegalArgumentException("earlier rounds only narrow an equality: " + narrowing);
            }
        }
    }

    /** A tie that no earlier round narrowed. */
    public Tie(int round, List<Integer> tied, long votes, Decides decides) {
        this(round, tied, votes, decides, List.of());
    }
}
