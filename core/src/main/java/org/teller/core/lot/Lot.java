package org.teller.core.lot;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A lot drawn to decide an equality, recorded so that anyone can check and repeat it.
 *
 * @param stage the stage (round) of the count at which the candidates were equal
 * @param tied the candidates who were equal, by index in ballot order
 * @param order the order the lot put them in: the first is the one the lot favours, the last the one it
 *     eliminates when it decides who is eliminated
 * @param seed the seed of the random draw, or empty when the returning officer drew by hand
 * @param decides what the lot decided: who is elected, who is eliminated or who goes forward
 */
public record Lot(int stage, List<Integer> tied, List<Integer> order, OptionalLong seed, Tie.Decides decides) {

    public Lot {
        tied = List.copyOf(tied);
        order = List.copyOf(order);
        Objects.requireNonNull(seed);
        Objects.requireNonNull(decides);
        if (tied.size() < 2 || order.size() != tied.size() || !order.containsAll(tied)) {
            throw new IllegalArgumentException("a lot orders the tied candidates: " + tied + " -> " + order);
        }
    }

    /**
     * A lot as a drawer draws it, before the count has said what it decides: {@link LotDrawer#draw(Tie)}
     * records that ({@link #deciding}). Until then it is taken to decide who is elected.
     */
    public Lot(int stage, List<Integer> tied, List<Integer> order, OptionalLong seed) {
        this(stage, tied, order, seed, Tie.Decides.ELECTED);
    }

    /** This lot, deciding {@code what}. */
    public Lot deciding(Tie.Decides what) {
        return new Lot(stage, tied, order, seed, what);
    }

    /** The candidate the lot favours. */
    public int winner() {
        return order.get(0);
    }

    /** The candidate the lot places last: the one eliminated, when it decides who is. */
    public int last() {
        return order.get(order.size() - 1);
    }

    public boolean drawnByHand() {
        return seed.isEmpty();
    }
}
