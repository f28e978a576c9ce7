package org.teller.core.lot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

/**
 * Draws lots with a seeded random source, so that the same seed always draws the same lots.
 *
 * <p>The source is {@link java.util.Random}, whose algorithm the Java specification fixes for
 * portability, and the shuffle is written out here (Fisher-Yates from the last place down) rather
 * than borrowed, so a draw can be repeated by anyone from the seed alone. Not thread-safe.
 */
public final class SeededLotDrawer implements LotDrawer {

    private final long seed;
    private final Random random;

    public SeededLotDrawer(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public long seed() {
        return seed;
    }

    @Override
    public Lot draw(int stage, List<Integer> tied) {
        List<Integer> order = new ArrayList<>(tied);
        Collections.sort(order);
        for (int place = order.size() - 1; place > 0; place--) {
            int other = random.nextInt(place + 1);
            Collections.swap(order, place, other);
        }
        return new Lot(stage, tied, order, OptionalLong.of(seed));
    }
}
