package org.teller.rctab.cvr;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A window on a stream of bytes for the fast readers' scanners: {@code bytes[0, limit)} is what is held;
 * a scanner parses a token from its start and, where the window ends inside it, asks for more
 * ({@link #refill}) and parses the token again. A token never grows the window beyond a bound.
 */
final class ByteWindow {

    private static final int CHUNK = 1 << 20;

    private final InputStream in;
    private final int longest;
    byte[] bytes = new byte[CHUNK];
    int limit;
    /** Whether the stream is read to its end. */
    boolean end;

    /** @param longest the longest token taken: a longer one makes {@link #refill} return -1 */
    ByteWindow(InputStream in, int longest) {
        this.in = in;
        this.longest = longest;
    }

    /**
     * Keeps {@code bytes[from, limit)} at the window's start (growing it if they fill it) and reads on until
     * the window is full or the stream ends.
     *
     * @return how far the kept bytes moved back, or -1 when a token is longer than the longest taken
     */
    int refill(int from) throws IOException {
        int kept = limit - from;
        if (from == 0 && limit == bytes.length) {
            if (bytes.length >= longest) {
                return -1;
            }
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        } else {
            System.arraycopy(bytes, from, bytes, 0, kept);
        }
        limit = kept;
        while (limit < bytes.length && !end) {
            int read = in.read(bytes, limit, bytes.length - limit);
            if (read < 0) {
                end = true;
            } else {
                limit += read;
            }
        }
        return from;
    }
}
