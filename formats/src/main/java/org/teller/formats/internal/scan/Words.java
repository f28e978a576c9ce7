package org.teller.formats.internal.scan;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Bytes read eight at a time: finding a row's line feed and hashing its bytes a word per step rather
 * than a byte per step, and short fields (a candidate's label) as one number.
 */
final class Words {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LINE_FEEDS = ONES * '\n';

    private Words() {}

    /** The eight bytes at {@code i}, the first lowest; {@code i + 8} must be within {@code b}. */
    static long at(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /**
     * The bytes {@code b[from, to)}, at most eight, as one number (the first lowest, zeros above): with
     * the length, a different number for each string (without it, trailing zero bytes do not show).
     */
    static long of(byte[] b, int from, int to) {
        int length = to - from;
        if (from + Long.BYTES <= b.length) {
            long word = at(b, from);
            return length == Long.BYTES ? word : word & ((1L << (length << 3)) - 1);
        }
        long word = 0;
        for (int i = to - 1; i >= from; i--) {
            word = word << 8 | (b[i] & 0xff);
        }
        return word;
    }

    /** The index of the first line feed at or after {@code i}; there must be one. */
    static int lineFeed(byte[] b, int i) {
        int safe = b.length - Long.BYTES;
        while (i <= safe) {
            long x = at(b, i) ^ LINE_FEEDS;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            i += Long.BYTES;
        }
        while (b[i] != '\n') {
            i++;
        }
        return i;
    }

    /** A hash of {@code b[from, to)}, a word per step. */
    static int hash(byte[] b, int from, int to) {
        long hash = to - from;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            hash = Long.rotateLeft((hash ^ at(b, i)) * 0x9E3779B97F4A7C15L, 29);
        }
        if (i < to) {
            hash = (hash ^ of(b, i, to)) * 0x9E3779B97F4A7C15L;
        }
        // A product's low bits depend only on low bits: mix every bit into those a table's slot is taken from.
        hash ^= hash >>> 33;
        hash *= 0xFF51AFD7ED558CCDL;
        hash ^= hash >>> 33;
        return (int) hash;
    }
}
