package org.teller.formats.votes;

/**
 * Told how far a long read has gone, for a progress bar. {@link #advance} may be called from any thread.
 */
public interface Progress {

    /** Progress that nobody watches. */
    Progress NONE = new Progress() {
        @Override
        public void start(String what, long total) {}

        @Override
        public void advance(long bytes) {}

        @Override
        public void finish() {}
    };

    /** A read of {@code total} bytes begins. */
    void start(String what, long total);

    /** So many more bytes were read. */
    void advance(long bytes);

    /** The read is over (whether it succeeded or not). */
    void finish();
}
