package org.teller.core.tally;

import java.util.Arrays;
import org.teller.core.Candidate;
import org.teller.core.ballot.Ranking;
import org.teller.core.ballot.RankingEnd;

/**
 * A dictionary of the distinct valid papers a count has met, each a ranking and its {@link RankingEnd},
 * numbered densely from 0 in the order first met. Tallies count papers by these numbers, so a paper is
 * an array increment once its kind is known; the dictionary holds each kind once, in one pool of ints
 * rather than an object each, however many papers share it.
 *
 * <p>One dictionary may serve many tallies (a worker's count areas). Not thread-safe.
 */
public final class Rankings {

    private final int candidates;
    /** The rankings' keys ({@link Ranking#key}), one after another. */
    private int[] pool = new int[64];
    private int poolSize;
    private int[] starts = new int[16];
    private int[] lengths = new int[16];
    private byte[] ends = new byte[16];
    private int size;
    /** Open addressing: each slot holds an id plus one, or 0 when free. */
    private int[] slots = new int[32];
    private int[] slotHashes = new int[32];

    private static final RankingEnd[] ENDS = RankingEnd.values();

    /** @param candidates how many candidates stood, at most {@link Candidate#MOST}: a ranking names only these */
    public Rankings(int candidates) {
        if (candidates < 1 || candidates > Candidate.MOST) {
            throw new IllegalArgumentException("a count has 1 to " + Candidate.MOST + " candidates, not " + candidates);
        }
        this.candidates = candidates;
    }

    public int candidateCount() {
        return candidates;
    }

    /** How many distinct papers the dictionary holds. */
    public int size() {
        return size;
    }

    /** The number of this ranking and end, added if new. */
    public int id(Ranking ranking, RankingEnd end) {
        int[] key = ranking.key();
        return id(key, 0, key.length, end);
    }

    /**
     * The number of the ranking {@code key[from, to)} (as {@link Ranking#key} writes it) with this end,
     * added if new.
     *
     * @throws IllegalArgumentException when the key names a candidate who did not stand
     */
    public int id(int[] key, int from, int to, RankingEnd end) {
        int hash = hash(key, from, to, end);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int held = slots[slot];
            if (held == 0) {
                return add(key, from, to, end, hash);
            }
            int id = held - 1;
            if (slotHashes[slot] == hash && ends[id] == end.ordinal()
                    && Arrays.equals(pool, starts[id], starts[id] + lengths[id], key, from, to)) {
                return id;
            }
        }
    }

    private int add(int[] key, int from, int to, RankingEnd end, int hash) {
        for (int i = from; i < to; i++) {
            if (key[i] >= candidates) {
                throw new IllegalArgumentException("no candidate " + key[i]);
            }
        }
        int id = size++;
        if (id == starts.length) {
            starts = Arrays.copyOf(starts, id * 2);
            lengths = Arrays.copyOf(lengths, id * 2);
            ends = Arrays.copyOf(ends, id * 2);
        }
        int length = to - from;
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(key, from, pool, poolSize, length);
        starts[id] = poolSize;
        lengths[id] = length;
        ends[id] = (byte) end.ordinal();
        poolSize += length;
        if (size * 2 > slots.length) {
            rehash();
        }
        place(id, hash);
        return id;
    }

    private void place(int id, int hash) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = id + 1;
        slotHashes[slot] = hash;
    }

    /** Doubles the slots, placing each id held again by the hash its slot kept (not hashing its key again). */
    private void rehash() {
        int[] oldSlots = slots;
        int[] oldHashes = slotHashes;
        slots = new int[oldSlots.length * 2];
        slotHashes = new int[slots.length];
        for (int slot = 0; slot < oldSlots.length; slot++) {
            if (oldSlots[slot] != 0) {
                place(oldSlots[slot] - 1, oldHashes[slot]);
            }
        }
    }

    private static int hash(int[] key, int from, int to, RankingEnd end) {
        int hash = end.ordinal();
        for (int i = from; i < to; i++) {
            hash = hash * 0x9E3779B9 + key[i];
        }
        return hash ^ (hash >>> 16);
    }

    /** The ranking numbered {@code id}. */
    public Ranking ranking(int id) {
        return Ranking.ofKey(pool, starts[id], starts[id] + lengths[id]);
    }

    /** How the paper numbered {@code id} ends. */
    public RankingEnd end(int id) {
        return ENDS[ends[id]];
    }

    /** The first candidate on the paper numbered {@code id}, or -1 when its ranking is empty or starts with an overvote. */
    int first(int id) {
        return lengths[id] == 0 ? -1 : pool[starts[id]];
    }

    // For the walk of a count through the rankings: a ranking's key is pool()[start(id), start(id) + length(id)).

    int[] pool() {
        return pool;
    }

    int start(int id) {
        return starts[id];
    }

    int length(int id) {
        return lengths[id];
    }
}
