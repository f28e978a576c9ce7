package org.teller.formats.generate;

import java.math.BigInteger;

/** Shares a whole number among parts in proportion to weights, exactly (largest remainders, ties to the first). */
final class Apportion {

    private Apportion() {}

    /**
     * @param total what to share
     * @param weights non-negative; at least one positive when {@code total} is positive
     * @return shares adding up to {@code total}; when the total is at most the sum of the weights (taking
     *     from them), no share is above its weight
     */
    static long[] largestRemainder(long total, long[] weights) {
        long[] shares = new long[weights.length];
        long sum = 0;
        for (long weight : weights) {
            sum += weight;
        }
        if (total == 0) {
            return shares;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("nothing to share " + total + " among");
        }
        long given = 0;
        BigInteger whole = BigInteger.valueOf(sum);
        long[] remainders = new long[weights.length];
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] division = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(whole);
            shares[i] = division[0].longValueExact();
            remainders[i] = division[1].longValueExact();
            given += shares[i];
        }
        boolean taking = total <= sum;
        while (given < total) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] > 0 && (!taking || shares[i] < weights[i]) && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
            given++;
        }
        return shares;
    }
}
