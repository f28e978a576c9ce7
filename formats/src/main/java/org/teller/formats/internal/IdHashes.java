package org.teller.formats.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds ids that repeat among millions of ballot papers in about 8 bytes a paper: a 64-bit hash of each
 * id rather than the id itself (tens of bytes as a string in a set).
 *
 * <p>Hashes are put in one of 256 buckets by their top bits as they come, so that at the end each bucket
 * is sorted on its own, small enough to sort in the processor's cache, and scanned for neighbours that
 * are equal. Equal ids have equal hashes, so no repeat is missed; two different ids may share a hash
 * (about one chance in 10<sup>7</sup> among 10<sup>6</sup> ids), so a hash that repeats only says where
 * to look: the reader then compares those ids exactly. Both readers use the same hash of the id's UTF-8
 * bytes, as ids are compared ({@link PaperFields#id}). Not thread-safe: one per worker, then
 * {@link #repeated}.
 */
public final class IdHashes {

    private static final int BUCKET_BITS = 8;
    private static final int BUCKETS = 1 << BUCKET_BITS;
    /** Hashes are stored in chunks of this many, so that a bucket never holds twice what it needs. */
    private static final int CHUNK = 1 << 12;

    private final List<List<long[]>> full = new ArrayList<>(BUCKETS);
    private final long[][] chunk = new long[BUCKETS][];
    private final int[] fill = new int[BUCKETS];

    public IdHashes() {
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            full.add(new ArrayList<>());
        }
    }

    /** Adds the hash of an id ({@link #hash}). */
    public void add(long hash) {
        int bucket = (int) (hash >>> (64 - BUCKET_BITS));
        long[] current = chunk[bucket];
        if (current == null || fill[bucket] == CHUNK) {
            if (current != null) {
                full.get(bucket).add(current);
            }
            current = chunk[bucket] = new long[CHUNK];
            fill[bucket] = 0;
        }
        current[fill[bucket]++] = hash;
    }

    private int size(int bucket) {
        return full.get(bucket).size() * CHUNK + fill[bucket];
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

    /**
     * The hashes added to any of these more than once: empty when no id repeats. Buckets are checked in
     * parallel, and each bucket's memory is given back as it is checked.
     */
    public static Set<Long> repeated(List<IdHashes> all) {
        Set<Long> repeated = ConcurrentHashMap.newKeySet();
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), 8);
        // Plain threads, not a parallel stream: nothing is left running, and no pool outlives the count.
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread worker = new Thread(() -> {
                for (int bucket = first; bucket < BUCKETS; bucket += threads) {
                    check(gather(all, bucket), repeated);
                }
            }, "teller-ids-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking ids", e);
            }
        }
        return new HashSet<>(repeated);
    }

    private static void check(long[] hashes, Set<Long> repeated) {
        Arrays.sort(hashes);
        for (int i = 1; i < hashes.length; i++) {
            if (hashes[i] == hashes[i - 1]) {
                repeated.add(hashes[i]);
            }
        }
    }

    /** One bucket's hashes from every worker, in one array; the workers' chunks of it are let go. */
    private static long[] gather(List<IdHashes> all, int bucket) {
        int size = 0;
        for (IdHashes ids : all) {
            size += ids.size(bucket);
        }
        long[] hashes = new long[size];
        int at = 0;
        for (IdHashes ids : all) {
            for (long[] chunk : ids.full.get(bucket)) {
                System.arraycopy(chunk, 0, hashes, at, CHUNK);
                at += CHUNK;
            }
            if (ids.chunk[bucket] != null) {
                System.arraycopy(ids.chunk[bucket], 0, hashes, at, ids.fill[bucket]);
                at += ids.fill[bucket];
            }
            ids.full.set(bucket, List.of());
            ids.chunk[bucket] = null;
        }
        return hashes;
    }
}
