package org.teller.core.tally;

/**
 * Count returns whose second-stage figures do not fit the count: a figure for a candidate who did not
 * go forward, none for one who did, or a figure when the count has no second stage at all. The reader
 * of the returns turns it into a message that names the file and line.
 */
public final class StatedFiguresMismatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int candidate;
    private final boolean remains;
    private final boolean noSecondStage;

    public StatedFiguresMismatchException(int candidate, boolean remains) {
        this(candidate, remains, false);
    }

    private StatedFiguresMismatchException(int candidate, boolean remains, boolean noSecondStage) {
        super(noSecondStage
                ? "a second-stage figure for candidate " + candidate + ", but the count has no second stage"
                : remains
                        ? "no second-stage figure for remaining candidate " + candidate
                        : "a second-stage figure for candidate " + candidate + ", who did not go forward");
        this.candidate = candidate;
        this.remains = remains;
        this.noSecondStage = noSecondStage;
    }

    /**
     * A second-stage figure for this candidate, when the count ended at the first stage (a majority, or
     * only two candidates).
     */
    public static StatedFiguresMismatchException noSecondStage(int candidate) {
        return new StatedFiguresMismatchException(candidate, false, true);
    }

    /** The candidate whose figure is wrong. */
    public int candidate() {
        return candidate;
    }

    /** True when the candidate went forward but has no figure; false when one is given but should not be. */
    public boolean remains() {
        return remains;
    }

    /** True when a figure is given but the count has no second stage at all. */
    public boolean noSecondStage() {
        return noSecondStage;
    }
}
