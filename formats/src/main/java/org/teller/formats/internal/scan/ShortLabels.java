package org.teller.formats.internal.scan;

import java.util.Arrays;

/**
 * The candidates' spellings of at most eight bytes (short labels, most often), each held as one number
 * ({@link Words#of}) and its length, so that a mark is found with one load and two comparisons rather
 * than a hash of its bytes and a comparison of arrays. The length matters: a field of a file may end in
 * zero bytes, which a number does not show ("ANN" and "ANN" followed by a zero byte are one number).
 * Immutable; shared by all workers.
 */
final class ShortLabels {

    /** What {@link #find} answers for a spelling not held. */
    static final int MISSING = -1;

    private final long[] words;
    private final byte[] lengths;
    private final int[] values;
    private final int bits;

    /** @param spellings the exact spellings, and {@code values} the candidate each names */
    ShortLabels(byte[][] spellings, int[] values) {
        int held = 0;
        for (byte[] spelling : spellings) {
            held += spelling.length >= 1 && spelling.length <= Long.BYTES ? 1 : 0;
        }
        this.bits = Math.max(4, 32 - Integer.numberOfLeadingZeros(held * 4 - 1));
        this.words = new long[1 << bits];
        this.lengths = new byte[1 << bits];
        this.values = new int[1 << bits];
        Arrays.fill(this.values, MISSING);
        for (int k = 0; k < spellings.length; k++) {
            byte[] spelling = spellings[k];
            if (spelling.length >= 1 && spelling.length <= Long.BYTES) {
                long word = Words.of(spelling, 0, spelling.length);
                int slot = slot(word);
                while (this.values[slot] != MISSING) {
                    slot = (slot + 1) & (words.length - 1);
                }
                words[slot] = word;
                lengths[slot] = (byte) spelling.length;
                this.values[slot] = values[k];
            }
        }
    }

    private int slot(long word) {
        return (int) ((word * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - bits));
    }

    /** The candidate spelt {@code b[from, to)}, of one to eight bytes, or {@link #MISSING}. */
    int find(byte[] b, int from, int to) {
        long word = Words.of(b, from, to);
        int length = to - from;
        int mask = words.length - 1;
        for (int slot = slot(word); ; slot = (slot + 1) & mask) {
            int value = values[slot];
            if (value == MISSING || words[slot] == word && lengths[slot] == length) {
                return value;
            }
        }
    }
}
