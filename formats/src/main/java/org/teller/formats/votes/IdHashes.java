package org.teller.formats.votes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Finds ids that repeat among millions of ballot papers in 8 bytes a paper: a 64-bit hash of each id,
 * kept in sorted runs and merged at the end, rather than a set of the ids themselves (tens of bytes each).
 *
 * <p>Equal ids have equal hashes, so no repeat is missed; two different ids may share a hash (about one
 * chance in 10<sup>7</sup> among 10<sup>6</sup> ids), so a hash that repeats only says where to look: the
 * reader then compares those ids exactly. Both readers use the same hash of the id's UTF-8 bytes, as
 * ids are compared ({@link PaperFields#id}). Not thread-safe: one per worker, then {@link #repeated}.
 */
public final class IdHashes {

    private static final int RUN = 1 << 20;

    private final List<long[]> runs = new ArrayList<>();
    private long[] run = new long[1024];
    private int length;

    /** Adds the hash of an id ({@link #hash}). */
    public void add(long hash) {
        if (length == run.length) {
            if (length < RUN) {
                run = Arrays.copyOf(run, length * 2);
            } else {
                Arrays.sort(run); // sorted as it fills, on the worker that filled it
                runs.add(run);
                run = new long[RUN];
                length = 0;
            }
        }
        run[length++] = hash;
    }

    /** The 64-bit hash of an id written in {@code bytes[from, to)}. */
    public static long hash(byte[] bytes, int from, int to) {
        long hash = 0x9E3779B97F4A7C15L ^ (to - from);
        for (int i = from; i < to; i++) {
            hash = (hash ^ (bytes[i] & 0xff)) * 0x100000001B3L;
            hash ^= hash >>> 29;
        }
        hash *= 0xBF58476D1CE4E5B9L;
        return hash ^ hash >>> 32;
    }

    /** The hashes added to any of these more than once: empty when no id repeats. */
    public static Set<Long> repeated(List<IdHashes> all) {
        List<long[]> sorted = new ArrayList<>();
        for (IdHashes ids : all) {
            long[] last = Arrays.copyOf(ids.run, ids.length);
            Arrays.sort(last);
            sorted.addAll(ids.runs);
            sorted.add(last);
        }
        // A k-way merge of the sorted runs: equal hashes meet one after the other.
        PriorityQueue<int[]> heads = new PriorityQueue<>((a, b) -> Long.compare(sorted.get(a[0])[a[1]], sorted.get(b[0])[b[1]]));
        for (int r = 0; r < sorted.size(); r++) {
            if (sorted.get(r).length > 0) {
                heads.add(new int[] {r, 0});
            }
        }
        Set<Long> repeated = new HashSet<>();
        boolean any = false;
        long previous = 0;
        while (!heads.isEmpty()) {
            int[] head = heads.poll();
            long[] values = sorted.get(head[0]);
            long value = values[head[1]];
            if (any && value == previous) {
                repeated.add(value);
            }
            any = true;
            previous = value;
            if (++head[1] < values.length) {
                heads.add(head);
            }
        }
        return repeated;
    }
}
