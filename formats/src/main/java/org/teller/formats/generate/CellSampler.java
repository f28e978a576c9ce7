package org.teller.formats.generate;

/**
 * Draws cells without replacement from exact counts, so that a given multiset of papers comes out in a
 * random order without ever being held: a Fenwick tree over the counts, O(log cells) a draw.
 * Not thread-safe.
 */
final class CellSampler {

    private final long[] tree;
    private long remaining;

    CellSampler(long[] counts) {
        tree = new long[counts.length + 1];
        for (int cell = 0; cell < counts.length; cell++) {
            if (counts[cell] < 0) {
                throw new IllegalArgumentException("negative count");
            }
            add(cell, counts[cell]);
            remaining += counts[cell];
        }
    }

    long remaining() {
        return remaining;
    }

    /** Draws a cell with probability proportional to what remains of it, and takes one paper from it. */
    int draw(SplitMix64 random) {
        long target = random.nextLong(remaining);
        int position = 0;
        for (int step = Integer.highestOneBit(tree.length - 1); step > 0; step >>= 1) {
            int next = position + step;
            if (next < tree.length && tree[next] <= target) {
                target -= tree[next];
                position = next;
            }
        }
        add(position, -1);
        remaining--;
        return position;
    }

    private void add(int cell, long delta) {
        for (int i = cell + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }
}
