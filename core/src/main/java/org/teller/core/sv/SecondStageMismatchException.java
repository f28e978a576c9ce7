package org.teller.core.sv;

/**
 * Count returns whose second-stage figures do not fit the count: a figure for a candidate who did not
 * go forward, or none for one who did. The reader of the returns turns it into a message that names
 * the file and line.
 */
public final class SecondStageMismatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int candidate;
    private final boolean remains;

    public SecondStageMismatchException(int candidate, boolean remains) {
        super(remains
                ? "no second-stage figure for remaining candidate " + candidate
                : "a second-stage figure for candidate " + candidate + ", who did not go forward");
        this.candidate = candidate;
        this.remains = remains;
    }

    /** The candidate whose figure is wrong. */
    public int candidate() {
        return candidate;
    }

    /** True when the candidate went forward but has no figure; false when one is given but should not be. */
    public boolean remains() {
        return remains;
    }
}
