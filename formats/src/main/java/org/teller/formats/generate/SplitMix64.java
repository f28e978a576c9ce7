package org.teller.formats.generate;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, 2014), written out so that a seed gives the same
 * papers on every Java version and machine. Not thread-safe.
 */
final class SplitMix64 {

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    long nextLong(long bound) {
        // Lemire's method would be faster; the modulo bias here is below 2^-40 for the bounds used.
        return Long.remainderUnsigned(nextLong(), bound);
    }

    int nextInt(int bound) {
        return (int) nextLong(bound);
    }
}
