package org.teller.formats.votes;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Tells {@link Progress} of the bytes read through it. */
final class CountingInputStream extends FilterInputStream {

    private final Progress progress;

    CountingInputStream(InputStream in, Progress progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int read = super.read();
        if (read >= 0) {
            progress.advance(1);
        }
        return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            progress.advance(read);
        }
        return read;
    }
}
