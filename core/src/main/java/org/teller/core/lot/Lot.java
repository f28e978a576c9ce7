package org.teller.core.lot;

import java.util.List;
import java.util.OptionalLong;

/**
 * A lot drawn to decide an equality, recorded so that anyone can check and repeat it.
 *
 * @param stage the stage of the count at which the candidates were equal
 * @param tied the candidates who were equal, by index in ballot order
 * @param order the order the lot put them in: the first is the one the lot favours
 * @param seed the seed of the random draw, or empty when the returning officer drew by hand
 */
public record Lot(int stage, List<Integer> tied, List<Integer> order, OptionalLong seed) {

    public Lot {
        tied = List.copyOf(tied);
        order = List.copyOf(order);
        if (tied.size() < 2 || order.size() != tied.size() || !order.containsAll(tied)) {
            throw new IllegalArgumentException("a lot orders the tied candidates: " + tied + " -> " + order);
        }
    }

    /** The candidate the lot favours. */
    public int winner() {
        return order.get(0);
    }

    public boolean drawnByHand() {
        return seed.isEmpty();
    }
}
