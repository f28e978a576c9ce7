package org.teller.core.sv;

/** How the person elected came to be elected. */
public enum HowElected {
    /** More than half of the valid first-preference votes (LGA 2000 Sch.2 para 2). */
    MAJORITY_AT_FIRST_STAGE("majority-at-first-stage", 1),
    /** The most votes once second preferences were added (Sch.2 para 3). */
    MOST_VOTES_AT_SECOND_STAGE("most-votes-at-second-stage", 2),
    /** Equal with another for the most votes at the second stage; decided by lot (Sch.2 para 3(8)). */
    LOT_AT_SECOND_STAGE("lot-at-second-stage", 2),
    /** Only two candidates stood: the one with more votes is elected. */
    MORE_VOTES_OF_TWO("more-votes-of-two-candidates", 1),
    /** Only two candidates stood and they were equal; decided by lot. */
    LOT_BETWEEN_TWO("lot-between-two-candidates", 1);

    private final String key;
    private final int stage;

    HowElected(String key, int stage) {
        this.key = key;
        this.stage = stage;
    }

    public String key() {
        return key;
    }

    /** The stage of the count at which the person was elected. */
    public int stage() {
        return stage;
    }

    public boolean byLot() {
        return this == LOT_AT_SECOND_STAGE || this == LOT_BETWEEN_TWO;
    }
}
