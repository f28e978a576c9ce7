package org.teller.core.lot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

/**
 * Lots drawn exactly as RCTab 2.0.1 draws them in its {@code random} tie-break mode, so that a count of
 * an RCTab contest repeats RCTab's lots from the same seed.
 *
 * <p>RCTab makes one {@link java.util.Random} from the seed for the whole count. At each equality it
 * sorts the tied candidates' names ({@link String#compareTo}: by UTF-16 code unit, so upper case before
 * lower case), takes one {@link Random#nextDouble()}, and picks the name at index
 * {@code floor(d × number tied)}. That one name is the whole draw: it is the candidate elected when the
 * lot decides who is elected ({@link #draw}: placed first), and the candidate eliminated when it decides
 * who is eliminated ({@link #drawToEliminate}: placed last). The others follow in name order. Teller's
 * own {@link SeededLotDrawer} shuffles all the tied candidates instead, so the same seed draws other lots.
 *
 * <p>{@code java.util.Random}'s sequence is fixed by the Java specification; with seed 0 the first
 * draws are 0.730967787376657, 0.24053641567148587, 0.6374174253501083. Not thread-safe.
 */
public final class RctabRandomLots implements LotDrawer {

    private final long seed;
    private final Random random;
    private final List<String> names;

    /**
     * @param seed RCTab's {@code randomSeed}
     * @param names every candidate's name by index, as RCTab names them (its pseudo-candidate for
     *     undeclared write-ins is called {@code Undeclared Write-ins}): the order of the draw
     */
    public RctabRandomLots(long seed, List<String> names) {
        this.seed = seed;
        this.random = new Random(seed);
        this.names = List.copyOf(names);
    }

    public long seed() {
        return seed;
    }

    /** The name drawn is the one favoured: first in the lot's order. */
    @Override
    public Lot draw(int stage, List<Integer> tied) {
        List<Integer> order = byName(tied);
        order.add(0, order.remove(pick(order.size())));
        return new Lot(stage, tied, order, OptionalLong.of(seed));
    }

    /** The name drawn is the one eliminated: last in the lot's order. */
    @Override
    public Lot drawToEliminate(int stage, List<Integer> tied) {
        List<Integer> order = byName(tied);
        order.add(order.remove(pick(order.size())));
        return new Lot(stage, tied, order, OptionalLong.of(seed));
    }

    private List<Integer> byName(List<Integer> tied) {
        List<Integer> order = new ArrayList<>(tied);
        order.sort(Comparator.comparing(names::get));
        return order;
    }

    private int pick(int tied) {
        return (int) Math.floor(random.nextDouble() * tied);
    }
}
