package org.teller.fuzz;

import java.util.List;

/**
 * The fuzzer's bytes read as a stream of choices, so that a structured input (a CSV file, a contest
 * file, a command line) is built from them rather than parsed out of them: every byte string is a
 * well-formed input, mutations change one decision at a time, and the fuzzer reaches deep into the
 * readers instead of failing at the first comma. When the bytes run out every choice is 0, the
 * plainest one, so short inputs give short, mostly valid files.
 */
final class Choices {

    private final byte[] bytes;
    private int next;

    Choices(byte[] bytes, int from) {
        this.bytes = bytes;
        this.next = from;
    }

    boolean exhausted() {
        return next >= bytes.length;
    }

    /** A byte, 0 to 255 (0 once the input is used up). */
    int octet() {
        return next < bytes.length ? bytes[next++] & 0xff : 0;
    }

    /** A choice in [0, n). */
    int below(int n) {
        if (n <= 1) {
            return 0;
        }
        int value = n <= 256 ? octet() : octet() << 8 | octet();
        return value % n;
    }

    /** True one time in {@code n}, on the average over bytes (false when the input is used up). */
    boolean oneIn(int n) {
        return !exhausted() && below(n) == n - 1;
    }

    <T> T pick(List<T> options) {
        return options.get(below(options.size()));
    }

    /** A count of votes or papers: mostly small, sometimes at or beyond the edges of a long. */
    String count() {
        return switch (below(16)) {
            case 11 -> Long.toString(below(65536) * 1000L);
            case 12 -> "999999999999999999"; // 18 digits: the longest accepted today
            case 13 -> pick(List.of("9223372036854775807", "1000000000000000000", "9223372036854775808",
                    "600000000000000000", "99999999999999999999"));
            case 14 -> pick(List.of("0", "00", "007", "-1", "+3", "1.0", "1e3", " 12", "1_000", "٣", "ten", ""));
            default -> Integer.toString(below(40));
        };
    }
}
