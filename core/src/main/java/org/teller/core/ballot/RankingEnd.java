package org.teller.core.ballot;

import java.util.Optional;

/**
 * Why a valid paper's ranking stops where it does: why no later preference on it can be counted. A
 * paper whose every counted preference is for a candidate out of the count is exhausted (it does not
 * transfer), and this is the reason reported for it.
 */
public enum RankingEnd {
    /** Every rank the count reads holds a counted preference (SV reads two, the contingent vote N). */
    COMPLETE("complete"),
    /** No further preference is marked. */
    UNMARKED("unmarked"),
    /** The next rank marks more than one candidate (an overvote). */
    VOTING_FOR_TOO_MANY("voting-for-too-many"),
    /** The next preference is void for uncertainty (the adjudicator's decision). */
    UNCERTAIN("uncertain"),
    /** The next preference repeats a candidate already ranked. */
    REPEATED_CANDIDATE("repeated-candidate"),
    /** More ranks are left empty before the next mark than the rules allow. */
    SKIPPED_RANKS("skipped-ranks"),
    /**
     * Not counted further, for a reason the source does not state: only from tallies whose rows do not
     * say why. Rules never give it for a ballot paper.
     */
    NOT_STATED("not-stated");

    private final String key;

    RankingEnd(String key) {
        this.key = key;
    }

    /** The stable machine key used in files and reports, such as {@code voting-for-too-many}. */
    public String key() {
        return key;
    }

    public static Optional<RankingEnd> ofKey(String key) {
        for (RankingEnd end : values()) {
            if (end.key.equals(key)) {
                return Optional.of(end);
            }
        }
        return Optional.empty();
    }
}
