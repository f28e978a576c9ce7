package org.teller.core;

import java.util.Collection;

/**
 * Adds up votes and papers exactly, or not at all.
 *
 * <p>Counts are {@code long}s: a figure or a total can be at most {@value #MOST}. A sum beyond that
 * would wrap round to a figure that looks like a count and is not, the worst thing a count can print;
 * so every sum of counts is made here, and one too large is bad input (no real poll comes near it).
 * The exception has no source: the caller places it in the file it read ({@link InvalidInputException#at}).
 */
public final class Totals {

    /** The most votes or papers Teller can count, in one figure or in any total. */
    public static final long MOST = Long.MAX_VALUE;

    /** {@link #MOST} as messages write it. */
    public static final String MOST_SHOWN = "9,223,372,036,854,775,807";

    private Totals() {}

    /**
     * {@code total + count}.
     *
     * @throws InvalidInputException naming {@code count}, when the sum is more than {@link #MOST}
     */
    public static long add(long total, long count) {
        try {
            return Math.addExact(total, count);
        } catch (ArithmeticException e) {
            throw tooLarge(Long.toString(count), "makes a total");
        }
    }

    /** The sum of these counts; see {@link #add}. */
    public static long sum(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total = add(total, count);
        }
        return total;
    }

    /** The sum of these counts; see {@link #add}. */
    public static long sum(Collection<Long> counts) {
        long total = 0;
        for (long count : counts) {
            total = add(total, count);
        }
        return total;
    }

    /**
     * The problem of a value that is, or makes something, more than Teller can count.
     *
     * @param value the figure at fault, as given
     * @param what what it is or does, such as "is" or "makes the figures in this file add up to"
     */
    public static InvalidInputException tooLarge(String value, String what) {
        return InvalidInputException.of(value, what + " more than Teller can count (" + MOST_SHOWN + ")");
    }
}
