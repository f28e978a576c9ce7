package org.teller.formats.votes.scan;

import java.util.Arrays;

/**
 * A hash table from byte strings to dense indices, looked up in place (a range of a buffer) so that
 * the hot loop allocates nothing. Keys are copied only when added. Not thread-safe.
 */
final class ByteKeys {

    private byte[][] keys;
    private int[] hashes;
    private int[] values;
    private int size;

    ByteKeys(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 4) - 1) << 1;
        keys = new byte[capacity][];
        hashes = new int[capacity];
        values = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The index of {@code bytes[from, to)}, or -1. */
    int find(byte[] bytes, int from, int to) {
        int hash = hash(bytes, from, to);
        int mask = keys.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            byte[] key = keys[slot];
            if (key == null) {
                return -1;
            }
            if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, bytes, from, to)) {
                return values[slot];
            }
        }
    }

    /** Adds a key with this index; the key must not be present. */
    void add(byte[] bytes, int from, int to, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        put(Arrays.copyOfRange(bytes, from, to), hash(bytes, from, to), value);
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

    static int hash(byte[] bytes, int from, int to) {
        int hash = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            hash = (hash ^ bytes[i]) * 0x01000193;
        }
        return hash ^ (hash >>> 15);
    }
}
