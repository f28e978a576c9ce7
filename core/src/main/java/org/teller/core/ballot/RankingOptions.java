package org.teller.core.ballot;

/**
 * How later preferences are read under a ranked system's rules: what voids a preference, and whether
 * the paper then stops there or the count reads on. The UK's rules stop at the first preference that is
 * not clear; RCTab's contests choose among the same options.
 *
 * @param ranksRead how many ranks count (RCTab's {@code maxRankingsAllowed}); later ranks are never read
 * @param overvote what several candidates marked at one rank do
 * @param skippedRanks how many empty ranks in a row may come before the next mark, or -1 for any number
 * @param repeated what a mark for a candidate already ranked does
 * @param firstPreference whether a paper without one clear first preference is rejected (UK rules) or
 *     read like any other rank (RCTab's: a skipped first rank moves the second up)
 */
public record RankingOptions(int ranksRead, Overvote overvote, int skippedRanks, Repeated repeated,
        FirstPreference firstPreference) {

    /** What an overvote (several candidates at one rank) does. */
    public enum Overvote {
        /** The paper stops at that rank: no later preference counts. */
        EXHAUST("exhaust"),
        /** The rank is passed over and the next is read. */
        SKIP("skip-to-next-rank"),
        /**
         * Decided at count time: the paper counts for the rank's one continuing candidate, passes the rank
         * over when none continues, and stops when several do (RCTab's {@code exhaustIfMultipleContinuing}).
         */
        EXHAUST_IF_SEVERAL_CONTINUING("exhaust-if-several-continuing");

        private final String key;

        Overvote(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** What a second mark for a candidate already ranked does. */
    public enum Repeated {
        /** The paper stops there. */
        EXHAUST("exhaust"),
        /** The repeated mark is passed over and the next rank is read. */
        SKIP("skip");

        private final String key;

        Repeated(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** How the first rank is read. */
    public enum FirstPreference {
        /** Rejected unless it marks one candidate clearly (UK rules, under the statutory heads). */
        REJECT_UNLESS_CLEAR,
        /** Read like any other rank: never a rejection. */
        LIKE_ANY_RANK;

        /** The key in a contest file: {@code reject-unless-clear} or {@code like-any-rank}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public RankingOptions {
        if (ranksRead < 1) {
            throw new IllegalArgumentException("a ranked paper has at least one rank, not " + ranksRead);
        }
        if (skippedRanks < -1) {
            throw new IllegalArgumentException("skipped ranks: a number, or -1 for any number");
        }
    }

    /**
     * The UK's rules for a paper read to {@code ranks} ranks: a paper without one clear first preference is
     * rejected, and it stops at the first later preference that is not clear (an overvote, an uncertain
     * mark, a gap before a later mark, a candidate ranked again).
     */
    public static RankingOptions uk(int ranks) {
        return new RankingOptions(ranks, Overvote.EXHAUST, 0, Repeated.EXHAUST, FirstPreference.REJECT_UNLESS_CLEAR);
    }
}
