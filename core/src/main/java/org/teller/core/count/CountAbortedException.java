package org.teller.core.count;

/**
 * A count that its rules cannot carry on: under the alternative vote's minimum, every continuing
 * candidate has fewer votes than it, so that none would be left (RCTab stops there too: "Tabulation can't
 * proceed because all declared candidates are below the minimum vote threshold"). It says at which round.
 */
public final class CountAbortedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int round;

    public CountAbortedException(int round, String why) {
        super("the count cannot go on after round " + round + ": " + why);
        this.round = round;
    }

    /** The round after which the count cannot go on. */
    public int round() {
        return round;
    }
}
