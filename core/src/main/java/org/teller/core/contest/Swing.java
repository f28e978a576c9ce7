package org.teller.core.contest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.Share;
import org.teller.core.count.Round;

/**
 * Swing (Butler swing) between two candidates' parties since the previous contest: half of one's change in
 * first-preference share less the other's, in percentage points, from the exact shares, rounded half-up to
 * two places once. It is stated as a swing from the one to the other that gained on it.
 *
 * @param from the candidate whose party lost ground, by index now
 * @param to the candidate whose party gained, by index now
 * @param points the swing, not negative
 */
public record Swing(int from, int to, BigDecimal points) {

    private static final BigInteger FIFTY = BigInteger.valueOf(50);

    public Swing {
        if (from == to || points.signum() < 0) {
            throw new IllegalArgumentException("a swing of " + points + " from " + from + " to " + to);
        }
    }

    /**
     * The swing between the two candidates with most first preferences now who can be compared with last
     * time, of different parties (a party's second candidate, compared with the same party share, is
     * passed over); empty when fewer than two can be.
     */
    public static Optional<Swing> of(List<Candidate> candidates, Round first, PreviousContest previous) {
        List<Integer> compared = new ArrayList<>(previous.earlierShares().keySet());
        compared.sort((a, b) -> first.votes(a) != first.votes(b) ? Long.compare(first.votes(b), first.votes(a))
                : Integer.compare(a, b));
        List<Integer> pair = new ArrayList<>();
        for (int candidate : compared) {
            boolean sameParty = !pair.isEmpty() && !candidates.get(candidate).isIndependent()
                    && candidates.get(candidate).party().equalsIgnoreCase(candidates.get(pair.get(0)).party());
            if (!sameParty) {
                pair.add(candidate);
            }
            if (pair.size() == 2) {
                return between(pair.get(0), pair.get(1), first, previous);
            }
        }
        return Optional.empty();
    }

    /** The swing between these two candidates' parties; empty when either cannot be compared with last time. */
    public static Optional<Swing> between(int one, int other, Round first, PreviousContest previous) {
        Share oneBefore = previous.earlierShares().get(one);
        Share otherBefore = previous.earlierShares().get(other);
        if (oneBefore == null || otherBefore == null || first.continuingVotes() == 0 || oneBefore.of() == 0
                || otherBefore.of() == 0) {
            return Optional.empty();
        }
        // ((a/n - a0/p) - (b/n - b0/q)) / 2 * 100 = 50 * ((a - b) * p * q - a0 * n * q + b0 * n * p) / (n * p * q)
        BigInteger n = BigInteger.valueOf(first.continuingVotes());
        BigInteger p = BigInteger.valueOf(oneBefore.of());
        BigInteger q = BigInteger.valueOf(otherBefore.of());
        BigInteger numerator = BigInteger.valueOf(first.votes(one)).subtract(BigInteger.valueOf(first.votes(other)))
                .multiply(p).multiply(q)
                .subtract(BigInteger.valueOf(oneBefore.votes()).multiply(n).multiply(q))
                .add(BigInteger.valueOf(otherBefore.votes()).multiply(n).multiply(p));
        BigDecimal points = new BigDecimal(numerator.multiply(FIFTY))
                .divide(new BigDecimal(n.multiply(p).multiply(q)), 2, RoundingMode.HALF_UP);
        return Optional.of(points.signum() >= 0 ? new Swing(other, one, points) : new Swing(one, other, points.negate()));
    }
}
