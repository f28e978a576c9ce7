package org.teller.core.lot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;

/**
 * Lots drawn exactly as RCTab 2.0.1 draws them in its tie-break modes {@code random} and
 * {@code previousRoundCountsThenRandom}, so that a count of an RCTab contest repeats RCTab's lots from
 * the same seed.
 *
 * <p>RCTab makes one {@link java.util.Random} from the seed for the whole count. At each equality it
 * lists the tied candidates' names, takes one {@link Random#nextDouble()}, and picks the name at index
 * {@code floor(d × number listed)}. That one name is the whole draw: it is the candidate elected when the
 * lot decides who is elected ({@link #draw}: placed first), and the candidate eliminated when it decides
 * who is eliminated ({@link #drawToEliminate}: placed last). The others follow in the order listed.
 * Teller's own {@link SeededLotDrawer} shuffles all the tied candidates instead, so the same seed draws
 * other lots.
 *
 * <p>The list is in name order ({@link String#compareTo}: by UTF-16 code unit, so upper case before lower
 * case), unless earlier rounds were looked at first ({@link Tie#narrowing}): RCTab then keeps, at each
 * earlier round, those with the fewest (or most) votes in the order it meets them going through a
 * {@link java.util.HashSet} of the names still in question. This class goes through the same
 * {@code HashSet}, so its order is the JDK's, as RCTab's is (an implementation's order, not the
 * specification's, but one that OpenJDK has kept since Java 8).
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
        if (new HashSet<>(this.names).size() != this.names.size()) {
            throw new IllegalArgumentException("RCTab tells candidates apart by name: " + names);
        }
    }

    public long seed() {
        return seed;
    }

    /** The name drawn is the one favoured: first in the lot's order. */
    @Override
    public Lot draw(int stage, List<Integer> tied) {
        return favour(stage, tied, byName(tied));
    }

    /** The name drawn is the one eliminated: last in the lot's order. */
    @Override
    public Lot drawToEliminate(int stage, List<Integer> tied) {
        return eliminate(stage, tied, byName(tied));
    }

    /** As RCTab draws this tie: from the tied in name order, or in its order after earlier rounds. */
    @Override
    public Lot draw(Tie tie) {
        List<Integer> listed = tie.narrowing().isEmpty() ? byName(tie.tied()) : afterEarlierRounds(tie.narrowing());
        Lot lot = tie.decides() == Tie.Decides.ELIMINATED ? eliminate(tie.round(), tie.tied(), listed)
                : favour(tie.round(), tie.tied(), listed);
        return lot.deciding(tie.decides());
    }

    private Lot favour(int stage, List<Integer> tied, List<Integer> listed) {
        List<Integer> order = new ArrayList<>(listed);
        order.add(0, order.remove(pick(order.size())));
        return new Lot(stage, tied, order, OptionalLong.of(seed));
    }

    private Lot eliminate(int stage, List<Integer> tied, List<Integer> listed) {
        List<Integer> order = new ArrayList<>(listed);
        order.add(order.remove(pick(order.size())));
        return new Lot(stage, tied, order, OptionalLong.of(seed));
    }

    private List<Integer> byName(List<Integer> tied) {
        List<Integer> order = new ArrayList<>(tied);
        order.sort(Comparator.comparing(names::get));
        return order;
    }

    /**
     * RCTab's list after earlier rounds: from all those equal in name order, at each earlier round those
     * still in question, in the order a {@code HashSet} of the previous list's names gives them.
     */
    private List<Integer> afterEarlierRounds(List<List<Integer>> narrowing) {
        List<Integer> listed = byName(narrowing.get(0));
        for (List<Integer> kept : narrowing.subList(1, narrowing.size())) {
            Set<String> inQuestion = new HashSet<>(listed.stream().map(names::get).toList());
            List<Integer> next = new ArrayList<>();
            for (String name : inQuestion) {
                int candidate = names.indexOf(name);
                if (kept.contains(candidate)) {
                    next.add(candidate);
                }
            }
            listed = next;
        }
        return listed;
    }

    private int pick(int tied) {
        return (int) Math.floor(random.nextDouble() * tied);
    }
}
