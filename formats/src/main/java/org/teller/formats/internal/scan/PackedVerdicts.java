package org.teller.formats.internal.scan;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The verdicts of distinct papers whose signature packs into a long ({@link Layout#rankBits}): the
 * signatures of ranked papers (ten ranks of ten candidates take 52 bits), held without an array or an
 * object a paper, 16 bytes a slot. It holds every paper it is given (up to {@link #MOST}), so that a
 * file of ranked papers, with hundreds of thousands of distinct rankings, judges each once.
 *
 * <p>One table serves every worker of a scan: {@link #find} reads without a lock, {@link #put} is called
 * under one. A slot's verdict is written before its signature, which is written with release semantics
 * and read with acquire, so a reader that finds a signature finds its verdict; a table that grows is
 * filled before it is published, so a reader of the old one at worst misses a paper and asks again
 * under the lock.
 */
final class PackedVerdicts {

    /** What {@link #find} answers for a signature not held. */
    static final int MISSING = Integer.MIN_VALUE;
    /** The most signatures held (then 1 GB): a file with more has the rest judged each time. */
    static final int MOST = 1 << 25;
    /** A free slot: no signature packs to a negative number. */
    private static final long FREE = -1;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

    /** Slot s is {@code table[2s]}, the signature, and {@code table[2s + 1]}, its verdict. */
    private volatile long[] table = emptyTable(1 << 10);
    private int size;

    private static long[] emptyTable(int slots) {
        long[] table = new long[2 * slots];
        Arrays.fill(table, FREE);
        return table;
    }

    /** The slot where {@code signature}'s search starts, in a table of {@code 2^bits} slots. */
    static int slot(long signature, int bits) {
        return (int) ((signature * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - bits));
    }

    /** The verdict of a packed signature, or {@link #MISSING}. Thread-safe, without a lock. */
    int find(long signature) {
        long[] table = this.table;
        int slots = table.length >> 1;
        int mask = slots - 1;
        for (int slot = slot(signature, Integer.numberOfTrailingZeros(slots)); ; slot = (slot + 1) & mask) {
            long held = (long) SLOT.getAcquire(table, 2 * slot);
            if (held == signature) {
                return (int) table[2 * slot + 1];
            }
            if (held == FREE) {
                return MISSING;
            }
        }
    }

    /** Keeps the verdict of a signature not held, unless the table is full. Callers hold one lock. */
    void put(long signature, int verdict) {
        if (size == MOST) {
            return;
        }
        long[] table = this.table;
        if (++size * 2 > table.length >> 1) {
            long[] grown = emptyTable(table.length);
            for (int slot = 0; slot < table.length >> 1; slot++) {
                if (table[2 * slot] != FREE) {
                    place(grown, table[2 * slot], (int) table[2 * slot + 1]);
                }
            }
            table = grown;
            this.table = grown;
        }
        place(table, signature, verdict);
    }

    private static void place(long[] table, long signature, int verdict) {
        int slots = table.length >> 1;
        int mask = slots - 1;
        int slot = slot(signature, Integer.numberOfTrailingZeros(slots));
        while (table[2 * slot] != FREE) {
            slot = (slot + 1) & mask;
        }
        table[2 * slot + 1] = verdict;
        SLOT.setRelease(table, 2 * slot, signature);
    }
}
