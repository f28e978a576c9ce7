package org.teller.core.tally;

import java.util.Arrays;
import org.teller.core.Totals;

/**
 * Papers by their number in a {@link Rankings} dictionary. An array while the numbers met are few or the
 * array would be at least a third full; otherwise a {@link CellMap} of the numbers that have papers, so
 * that thousands of small count areas sharing a large dictionary each take room for their own papers only.
 */
final class IdCounts {

    /** Numbers below this are always held in an array: 2 KiB. */
    private static final int DENSE = 256;

    private long[] dense = new long[16];
    private CellMap sparse;
    /** One more than the highest number with papers, while the counts are a map. */
    private int limit;

    /** One more paper: the hot path of the fast reader (a count made one at a time cannot overflow). */
    void increment(int id) {
        long[] array = dense;
        if (array != null && id < array.length) {
            array[id]++;
        } else {
            add(id, 1);
        }
    }

    void add(int id, long papers) {
        if (dense != null) {
            if (id >= dense.length) {
                // Straight to the size always held as an array: a count area of a shared dictionary meets
                // numbers in any order, and growing by doubling copied its counts four times.
                int length = Math.max(Integer.highestOneBit(id) << 1, DENSE);
                if (length > DENSE && (long) nonZero() * 3 < length) {
                    toMap();
                    add(id, papers);
                    return;
                }
                dense = Arrays.copyOf(dense, length);
            }
            dense[id] = Totals.add(dense[id], papers);
            return;
        }
        sparse.add(id, papers);
        limit = Math.max(limit, id + 1);
        if ((long) sparse.size() * 3 >= limit) {
            long[] array = new long[Integer.highestOneBit(Math.max(limit - 1, 1)) << 1];
            forEach((held, count) -> array[held] = count);
            dense = array;
            sparse = null;
        }
    }

    long get(int id) {
        if (dense != null) {
            return id < dense.length ? dense[id] : 0;
        }
        return sparse.get(id);
    }

    /** What to do with a number that has papers. */
    @FunctionalInterface
    interface IdAction {
        void accept(int id, long papers);
    }

    /** Calls {@code action} with every number that has papers, ascending for an array. */
    void forEach(IdAction action) {
        if (dense != null) {
            for (int id = 0; id < dense.length; id++) {
                if (dense[id] != 0) {
                    action.accept(id, dense[id]);
                }
            }
        } else {
            for (int slot = 0; slot < sparse.slots(); slot++) {
                int id = sparse.cellAt(slot);
                if (id >= 0) {
                    action.accept(id, sparse.countAt(slot));
                }
            }
        }
    }

    private int nonZero() {
        int count = 0;
        for (long papers : dense) {
            if (papers != 0) {
                count++;
            }
        }
        return count;
    }

    private void toMap() {
        CellMap map = new CellMap();
        int highest = 0;
        for (int id = 0; id < dense.length; id++) {
            if (dense[id] != 0) {
                map.add(id, dense[id]);
                highest = id + 1;
            }
        }
        sparse = map;
        limit = highest;
        dense = null;
    }
}
