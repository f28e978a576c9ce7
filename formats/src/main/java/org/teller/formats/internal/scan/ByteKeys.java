package org.teller.formats.internal.scan;

import java.util.Arrays;

/**
 * A hash table from byte strings to dense indices, looked up in place (a range of a buffer) so that
 * the hot loop allocates nothing. Keys are copied only when added. Not thread-safe. Shared with the RCTab
 * module's fast reader of generic CSV files.
 */
public final class ByteKeys {

    private byte[][] keys;
    private int[] hashes;
    private int[] values;
    private int size;

    public ByteKeys(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 4) - 1) << 1;
        keys = new byte[capacity][];
        hashes = new int[capacity];
        values = new int[capacity];
    }

    public int size() {
        return size;
    }

    /** The index of {@code bytes[from, to)}, or -1. */
    public int find(byte[] bytes, int from, int to) {
        return find(bytes, from, to, hash(bytes, from, to));
    }

    /** The index of {@code bytes[from, to)} whose {@link #hash} is known, or -1. */
    public int find(byte[] bytes, int from, int to, int hash) {
        int mask = keys.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            byte[] key = keys[slot];
            if (key == null) {
                return -1;
            }
            if (hashes[slot] == hash && same(key, bytes, from, to)) {
                return values[slot];
            }
        }
    }

    /** Compares short keys byte by byte: cheaper than a vectorised compare for a few bytes. */
    private static boolean same(byte[] key, byte[] bytes, int from, int to) {
        int length = key.length;
        if (length != to - from) {
            return false;
        }
        if (length > 16) {
            return Arrays.equals(key, 0, length, bytes, from, to);
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != bytes[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** Adds a key with this index; the key must not be present. */
    public void add(byte[] bytes, int from, int to, int value) {
        add(bytes, from, to, hash(bytes, from, to), value);
    }

    /** Adds a key, whose hash (by any one function used for this table) is given, with this index. */
    public void add(byte[] bytes, int from, int to, int hash, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        put(Arrays.copyOfRange(bytes, from, to), hash, value);
        size++;
    }

    private void put(byte[] key, int hash, int value) {
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] != null) {
                put(oldKeys[slot], oldHashes[slot], oldValues[slot]);
            }
        }
    }

    /** FNV-1a, so that a scanner can hash a field while it looks for its end: {@link #SEED}, {@link #step}, {@link #finish}. */
    public static final int SEED = 0x811c9dc5;

    public static int step(int hash, byte b) {
        return (hash ^ b) * 0x01000193;
    }

    public static int finish(int hash) {
        return hash ^ (hash >>> 15);
    }

    public static int hash(byte[] bytes, int from, int to) {
        int hash = SEED;
        for (int i = from; i < to; i++) {
            hash = step(hash, bytes[i]);
        }
        return finish(hash);
    }
}
