package org.teller.core.tally;

import org.teller.core.Totals;

/**
 * Counts by number for numbers that are mostly without papers: an open-addressing hash map from a
 * number (a distinct ranking's) to its count, with no object per entry. A count of a thousand candidates
 * can meet a million distinct rankings; a count area of a few papers holds a handful of them.
 *
 * <p>Slots are probed linearly from a Fibonacci hash of the cell and the table is at most half full,
 * so a lookup is a slot or two. Cells are never removed.
 */
final class CellMap {

    /** Bytes a slot takes: its cell and its count. */
    static final int SLOT_BYTES = Integer.BYTES + Long.BYTES;

    private static final int FIRST_SLOTS = 16;

    /** Each slot's cell plus one, so that a new table is empty as allocated; 0 marks a free slot. */
    private int[] keys = new int[FIRST_SLOTS];
    private long[] counts = new long[FIRST_SLOTS];
    private int shift = Integer.SIZE - Integer.numberOfTrailingZeros(FIRST_SLOTS);
    private int size;

    /** The count of a cell; zero when it has none. */
    long get(int cell) {
        int slot = find(cell);
        return keys[slot] == 0 ? 0 : counts[slot];
    }

    /**
     * Adds to a cell's count.
     *
     * @throws org.teller.core.InvalidInputException when the count would be more than Teller can count
     */
    void add(int cell, long count) {
        int slot = find(cell);
        if (keys[slot] != 0) {
            counts[slot] = Totals.add(counts[slot], count);
            return;
        }
        if (count == 0) {
            return; // only cells with papers take a slot
        }
        keys[slot] = cell + 1;
        counts[slot] = count;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /** How many cells have papers. */
    int size() {
        return size;
    }

    /** How many slots there are to walk with {@link #cellAt} and {@link #countAt}. */
    int slots() {
        return keys.length;
    }

    /** The cell in a slot, or -1 when the slot is free. */
    int cellAt(int slot) {
        return keys[slot] - 1;
    }

    /** The count in a slot that holds a cell. */
    long countAt(int slot) {
        return counts[slot];
    }

    private int find(int cell) {
        int mask = keys.length - 1;
        int slot = (cell * 0x9E3779B9) >>> shift;
        int key = cell + 1;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        shift--;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] != 0) {
                int free = find(oldKeys[slot] - 1);
                keys[free] = oldKeys[slot];
                counts[free] = oldCounts[slot];
            }
        }
    }
}
