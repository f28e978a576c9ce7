package org.teller.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A share of votes, kept as the exact fraction {@code votes / of} and rounded only when shown.
 *
 * <p>Shares are shown in percent to two places, rounded half-up from the exact fraction; a change is
 * the difference of two exact shares, rounded once (RULES.md: "from unrounded shares, then rounded").
 *
 * @param votes the part
 * @param of the whole; a share of nothing has no value
 */
public record Share(long votes, long of) {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    public Share {
        if (votes < 0 || of < 0 || votes > of) {
            throw new IllegalArgumentException("not a share: " + votes + " of " + of);
        }
    }

    /** The share in percent, two places, half-up; empty when the whole is zero. */
    public Optional<BigDecimal> percent() {
        if (of == 0) {
            return Optional.empty();
        }
        return Optional.of(divide(BigInteger.valueOf(votes).multiply(HUNDRED), BigInteger.valueOf(of)));
    }

    /**
     * The change from an earlier share to this one, in percentage points to two places, half-up,
     * computed from the exact fractions; empty when either whole is zero.
     */
    public Optional<BigDecimal> changeSince(Share earlier) {
        if (of == 0 || earlier.of == 0) {
            return Optional.empty();
        }
        // votes/of - earlier.votes/earlier.of = (votes*earlier.of - earlier.votes*of) / (of*earlier.of)
        BigInteger numerator = BigInteger.valueOf(votes).multiply(BigInteger.valueOf(earlier.of))
                .subtract(BigInteger.valueOf(earlier.votes).multiply(BigInteger.valueOf(of)));
        BigInteger denominator = BigInteger.valueOf(of).multiply(BigInteger.valueOf(earlier.of));
        return Optional.of(divide(numerator.multiply(HUNDRED), denominator));
    }

    private static BigDecimal divide(BigInteger numerator, BigInteger denominator) {
        // BigDecimal.divide with a scale rounds the exact quotient, never an approximation of it.
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP);
    }
}
