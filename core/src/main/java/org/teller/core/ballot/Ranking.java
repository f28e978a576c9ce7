package org.teller.core.ballot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The preferences of a valid paper that can count, in order: at each rank a candidate, or (only under
 * rules that decide an overvote at count time) the set of candidates marked there.
 *
 * <p>Held as one array, the way tallies key rankings: a rank of one candidate is its index; a rank of
 * {@code k} candidates is {@code -k} followed by the {@code k} indices, ascending. Immutable.
 */
public final class Ranking {

    private static final Ranking NONE = new Ranking(new int[0]);

    private final int[] key;
    private final int ranks;

    private Ranking(int[] key) {
        this.key = key;
        this.ranks = count(key, 0, key.length);
    }

    /** A ranking of single preferences; no candidate twice. */
    public static Ranking of(int... candidates) {
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i] < 0) {
                throw new IllegalArgumentException("no candidate " + candidates[i]);
            }
            for (int j = 0; j < i; j++) {
                if (candidates[j] == candidates[i]) {
                    throw new IllegalArgumentException("candidate " + candidates[i] + " ranked twice");
                }
            }
        }
        return candidates.length == 0 ? NONE : new Ranking(candidates.clone());
    }

    /** A ranking whose ranks may each hold several candidates (an overvote kept for the count to decide). */
    public static Ranking ofRanks(List<List<Integer>> ranks) {
        int size = 0;
        for (List<Integer> rank : ranks) {
            size += rank.size() == 1 ? 1 : 1 + rank.size();
        }
        int[] key = new int[size];
        int length = 0;
        for (List<Integer> rank : ranks) {
            if (rank.size() == 1) {
                int candidate = rank.get(0);
                if (candidate < 0) {
                    throw new IllegalArgumentException("a rank of a ranking names candidates: " + rank);
                }
                key[length++] = candidate;
                continue;
            }
            length = appendSet(rank, key, length);
        }
        return ofKey(key, 0, length);
    }

    /** Writes a rank of several candidates (or none) into {@code key} at {@code length}; returns the new length. */
    private static int appendSet(List<Integer> rank, int[] key, int length) {
        int[] sorted = rank.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        if (sorted.length == 0 || sorted[0] < 0) {
            throw new IllegalArgumentException("a rank of a ranking names candidates: " + rank);
        }
        if (sorted.length > 1) {
            key[length++] = -sorted.length;
        }
        System.arraycopy(sorted, 0, key, length, sorted.length);
        return length + sorted.length;
    }

    /** The ranking held in {@code key[from, to)}, as {@link #key} writes it. */
    public static Ranking ofKey(int[] key, int from, int to) {
        return from == to ? NONE : new Ranking(Arrays.copyOfRange(key, from, to));
    }

    /** The empty ranking: a valid paper none of whose preferences can count. */
    public static Ranking none() {
        return NONE;
    }

    /** How many ranks. */
    public int size() {
        return ranks;
    }

    public boolean isEmpty() {
        return ranks == 0;
    }

    /** The candidates at a rank (from 0). */
    public List<Integer> at(int index) {
        int position = 0;
        for (int rank = 0; rank < index; rank++) {
            position += key[position] < 0 ? 1 - key[position] : 1;
        }
        if (key[position] >= 0) {
            return List.of(key[position]);
        }
        List<Integer> set = new ArrayList<>();
        for (int k = 1; k <= -key[position]; k++) {
            set.add(key[position + k]);
        }
        return set;
    }

    /** The candidate at a rank that holds one (from 0); -1 for a rank that holds several. */
    public int candidate(int index) {
        List<Integer> at = at(index);
        return at.size() == 1 ? at.get(0) : -1;
    }

    /** The ranking as tallies key it (a copy). */
    public int[] key() {
        return key.clone();
    }

    /** How many ranks {@code key[from, to)} holds. */
    static int count(int[] key, int from, int to) {
        int ranks = 0;
        for (int i = from; i < to; i += key[i] < 0 ? 1 - key[i] : 1) {
            ranks++;
        }
        return ranks;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ranking ranking && Arrays.equals(key, ranking.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        List<String> ranksShown = new ArrayList<>();
        for (int rank = 0; rank < ranks; rank++) {
            List<Integer> at = at(rank);
            ranksShown.add(at.size() == 1 ? at.get(0).toString() : at.toString());
        }
        return String.join(">", ranksShown);
    }
}
