package org.teller.core.lot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

/**
 * Lots decided by one order of the candidates fixed before the count, as RCTab 2.0.1 decides them in its
 * tie-break modes {@code useCandidateOrder} (the order of the contest's configuration) and
 * {@code generatePermutation} (that order shuffled from a seed): of the tied, the one placed earliest is
 * elected and the one placed latest is eliminated.
 *
 * <p>A tied candidate the order does not place (RCTab's pseudo-candidate for undeclared write-ins is in no
 * such order) is never the one the lot picks: RCTab looks for the earliest (or latest) of the tied in
 * the order and finds only those it places. Such candidates come last in a lot that elects and first in
 * one that eliminates, in ascending index; a tie of candidates none of whom it places cannot be decided.
 *
 * <p>{@link #generated} reproduces RCTab's permutation: the names in {@link String#compareTo} order,
 * then shuffled as {@link java.util.Collections#shuffle(List, Random)} specifies (from the last place down
 * to the second, each place swapped with one drawn by {@code nextInt(place + 1)} from those up to it),
 * with one {@code new Random(seed)}. Each lot records that seed. Immutable.
 */
public final class RctabPermutationLots implements LotDrawer {

    private final List<Integer> order;
    private final OptionalLong seed;

    private RctabPermutationLots(List<Integer> order, OptionalLong seed) {
        this.order = List.copyOf(order);
        this.seed = seed;
        if (new HashSet<>(this.order).size() != this.order.size()) {
            throw new IllegalArgumentException("an order places each candidate once: " + order);
        }
    }

    /**
     * RCTab's {@code useCandidateOrder}: the candidates in the order of the contest's configuration.
     *
     * @param order the declared candidates by index, in the configuration's order (excluded ones too)
     */
    public static RctabPermutationLots inOrder(List<Integer> order) {
        return new RctabPermutationLots(order, OptionalLong.empty());
    }

    /**
     * RCTab's {@code generatePermutation}: the declared candidates' names sorted, then shuffled with
     * {@code new Random(seed)}.
     *
     * @param seed RCTab's {@code randomSeed}
     * @param names the name RCTab sorts of each declared candidate, by index (excluded ones too; not the
     *     pseudo-candidate for undeclared write-ins): RCTab 2.0.1 sorts the candidates' names
     */
    public static RctabPermutationLots generated(long seed, List<String> names) {
        List<Integer> order = new ArrayList<>();
        for (int candidate = 0; candidate < names.size(); candidate++) {
            order.add(candidate);
        }
        order.sort(Comparator.comparing(names::get));
        Random random = new Random(seed);
        for (int place = order.size() - 1; place > 0; place--) {
            int other = random.nextInt(place + 1);
            order.set(other, order.set(place, order.get(other)));
        }
        return new RctabPermutationLots(order, OptionalLong.of(seed));
    }

    /** The order, earliest first: what RCTab logs as its candidate permutation. */
    public List<Integer> order() {
        return order;
    }

    /** The seed it was generated from; empty for the configuration's own order. */
    public OptionalLong seed() {
        return seed;
    }

    /** The earliest placed of the tied first; those not placed last. */
    @Override
    public Lot draw(int stage, List<Integer> tied) {
        List<Integer> lot = placed(tied);
        lot.addAll(unplaced(tied));
        return new Lot(stage, tied, lot, seed);
    }

    /** The latest placed of the tied last; those not placed first. */
    @Override
    public Lot drawToEliminate(int stage, List<Integer> tied) {
        List<Integer> lot = unplaced(tied);
        lot.addAll(placed(tied));
        return new Lot(stage, tied, lot, seed);
    }

    private List<Integer> placed(List<Integer> tied) {
        List<Integer> placed = new ArrayList<>();
        for (int candidate : order) {
            if (tied.contains(candidate)) {
                placed.add(candidate);
            }
        }
        if (placed.isEmpty()) {
            throw new IllegalArgumentException("the order places none of the tied " + tied);
        }
        return placed;
    }

    private List<Integer> unplaced(List<Integer> tied) {
        return new ArrayList<>(tied.stream().filter(candidate -> !order.contains(candidate)).toList());
    }
}
