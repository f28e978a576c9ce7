package org.teller.core.count;

/** How the person elected came to be elected. The keys are what reports write. */
public enum HowElected {
    /** SV, contingent vote: more than half of the valid first-preference votes (LGA 2000 Sch.2 para 2). */
    MAJORITY_AT_FIRST_STAGE("majority-at-first-stage"),
    /** SV, contingent vote: the most votes once later preferences were added (Sch.2 para 3). */
    MOST_VOTES_AT_SECOND_STAGE("most-votes-at-second-stage"),
    /** SV, contingent vote: equal with another for the most votes at the second stage; decided by lot. */
    LOT_AT_SECOND_STAGE("lot-at-second-stage"),
    /** SV, contingent vote: only two candidates stood, and this one had more votes. */
    MORE_VOTES_OF_TWO("more-votes-of-two-candidates"),
    /** SV, contingent vote: only two candidates stood and they were equal; decided by lot. */
    LOT_BETWEEN_TWO("lot-between-two-candidates"),
    /** First past the post: the most votes. */
    MOST_VOTES("most-votes"),
    /** First past the post: equal with another for the most votes; decided by lot. */
    LOT("lot"),
    /**
     * Alternative vote: more votes than all the other continuing candidates together, and at least the
     * threshold when the count's options set one above that (a minimum, or a threshold fixed at the first
     * round).
     */
    MAJORITY_OF_CONTINUING_VOTES("majority-of-continuing-votes"),
    /**
     * Alternative vote: more votes of the last two continuing candidates, below the threshold fixed at the
     * first round.
     */
    MORE_VOTES_OF_LAST_TWO("more-votes-of-last-two"),
    /** Alternative vote: equal with the other of the last two; decided by lot. */
    LOT_BETWEEN_LAST_TWO("lot-between-last-two"),
    /**
     * Alternative vote: equal with the other of the last two; more votes at the latest earlier round at
     * which they were unequal.
     */
    EARLIER_ROUNDS_BETWEEN_LAST_TWO("earlier-rounds-between-last-two"),
    /** Alternative vote: every other candidate was eliminated. */
    ONLY_CONTINUING_CANDIDATE("only-continuing-candidate");

    private final String key;

    HowElected(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean byLot() {
        return this == LOT_AT_SECOND_STAGE || this == LOT_BETWEEN_TWO || this == LOT || this == LOT_BETWEEN_LAST_TWO;
    }
}
