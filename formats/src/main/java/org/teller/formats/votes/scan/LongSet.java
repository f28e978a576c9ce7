package org.teller.formats.votes.scan;

/** An open-addressing set of longs (64-bit hashes of ballot ids). Not thread-safe. */
final class LongSet {

    private long[] slots = new long[1024];
    private boolean hasZero;
    private int size;

    /** Adds a value; false when it was already there. */
    boolean add(long value) {
        if (value == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int slot = (int) (value ^ value >>> 32) & mask; ; slot = (slot + 1) & mask) {
            if (slots[slot] == value) {
                return false;
            }
            if (slots[slot] == 0) {
                slots[slot] = value;
                size++;
                return true;
            }
        }
    }

    /** Adds every value of another set; false when any was already here. */
    boolean addAll(LongSet other) {
        boolean all = !(other.hasZero && !add(0));
        for (long value : other.slots) {
            if (value != 0) {
                all &= add(value);
            }
        }
        return all;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long value : old) {
            if (value != 0) {
                add(value);
            }
        }
    }
}
