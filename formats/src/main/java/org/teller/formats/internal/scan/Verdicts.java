package org.teller.formats.internal.scan;

import java.util.Arrays;

/**
 * The verdicts of the distinct papers a worker has judged, keyed by what the rules read of a paper (its
 * signature: the adjudicator's decisions and each rank's marks, as {@link RowParser} writes them), so
 * that each distinct paper is judged once however often it occurs and however its row is spelt. Held in
 * one pool of ints, without an object a paper; at most {@link #MOST} papers are kept (a file with more
 * distinct papers has the rest judged each time: slower, the same count). Not thread-safe.
 */
final class Verdicts {

    /** What {@link #find} answers for a signature not held. */
    static final int MISSING = Integer.MIN_VALUE;
    /** The most signatures kept, and the most ints their pool may take. */
    static final int MOST = 1 << 18;
    private static final int MOST_INTS = 1 << 22;

    private int[] pool = new int[256];
    private int poolSize;
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private int[] verdicts = new int[64];
    private int size;
    /** Open addressing: each slot holds an entry's number plus one, or 0 when free. */
    private int[] slots = new int[128];
    private int[] slotHashes = new int[128];

    int size() {
        return size;
    }

    /** The hash of {@code signature[0, length)}, for {@link #find} and {@link #put}. */
    static int hash(int[] signature, int length) {
        int hash = length;
        for (int i = 0; i < length; i++) {
            hash = hash * 0x9E3779B9 + signature[i];
        }
        return hash ^ (hash >>> 16);
    }

    /** The verdict of {@code signature[0, length)}, or {@link #MISSING}. */
    int find(int[] signature, int length, int hash) {
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int held = slots[slot];
            if (held == 0) {
                return MISSING;
            }
            int entry = held - 1;
            if (slotHashes[slot] == hash && same(entry, signature, length)) {
                return verdicts[entry];
            }
        }
    }

    private boolean same(int entry, int[] signature, int length) {
        if (lengths[entry] != length) {
            return false;
        }
        int start = starts[entry];
        for (int i = 0; i < length; i++) {
            if (pool[start + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the verdict of a signature not held, unless the cache is full. */
    void put(int[] signature, int length, int hash, int verdict) {
        if (size == MOST || poolSize + length > MOST_INTS) {
            return;
        }
        int entry = size++;
        if (entry == starts.length) {
            starts = Arrays.copyOf(starts, entry * 2);
            lengths = Arrays.copyOf(lengths, entry * 2);
            verdicts = Arrays.copyOf(verdicts, entry * 2);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(signature, 0, pool, poolSize, length);
        starts[entry] = poolSize;
        lengths[entry] = length;
        verdicts[entry] = verdict;
        poolSize += length;
        if (size * 2 > slots.length) {
            int[] oldSlots = slots;
            int[] oldHashes = slotHashes;
            slots = new int[oldSlots.length * 2];
            slotHashes = new int[oldSlots.length * 2];
            for (int slot = 0; slot < oldSlots.length; slot++) {
                if (oldSlots[slot] != 0) {
                    place(oldSlots[slot], oldHashes[slot]);
                }
            }
        }
        place(entry + 1, hash);
    }

    private void place(int held, int hash) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = held;
        slotHashes[slot] = hash;
    }
}
