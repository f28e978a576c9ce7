package org.teller.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.teller.core.InvalidInputException;

/**
 * Unzips a gzip file (RFC 1952), strictly. {@link java.util.zip.GZIPInputStream} quietly ignores bytes
 * after the compressed data; a votes file with something appended is not the file that was hashed and
 * published, so here it is an error, as is a file that ends early or whose checksum is wrong. Members
 * written one after another (as {@code cat a.gz b.gz} makes) are read one after another.
 */
public final class StrictGzipInputStream extends InputStream {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream in;
    private final String file;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] input = new byte[1 << 16];
    private int position;
    private int limit;
    private long size;
    private boolean done;
    /** Whether a member has been read whole: what follows it must be another member. */
    private boolean afterMember;

    public StrictGzipInputStream(InputStream in, String file) throws IOException {
        this.in = in;
        this.file = file;
        if (!header()) {
            throw error("is empty, not gzip data");
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!done) {
            int inflated;
            try {
                inflated = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw error("is not valid gzip data (" + e.getMessage() + ")");
            }
            if (inflated > 0) {
                crc.update(b, off, inflated);
                size += inflated;
                return inflated;
            }
            if (inflater.finished()) {
                position = limit - inflater.getRemaining();
                trailer();
                done = !header();
            } else if (inflater.needsInput()) {
                if (!refill()) {
                    throw error("ends before its gzip data does: is the file complete?");
                }
                inflater.setInput(input, position, limit - position);
            } else if (inflater.needsDictionary()) {
                throw error("is not valid gzip data (a preset dictionary)");
            }
        }
        return -1;
    }

    /** Reads a member's header; false at the end of the file, where a member could start. */
    private boolean header() throws IOException {
        int id1 = next();
        if (id1 < 0) {
            return false;
        }
        if (id1 != 0x1f || next() != 0x8b) {
            throw error(!afterMember ? "is not gzip data, though its name ends in .gz"
                    : "has bytes after the end of its gzip data: it is not the file that was written");
        }
        if (required() != 8) {
            throw error("is not gzip data that Teller can read (a compression method other than deflate)");
        }
        int flags = required();
        for (int i = 0; i < 6; i++) { // time, extra flags, operating system
            required();
        }
        if ((flags & FEXTRA) != 0) {
            int length = required() | required() << 8;
            for (int i = 0; i < length; i++) {
                required();
            }
        }
        if ((flags & FNAME) != 0) {
            while (required() != 0) {
                // the original file name, ignored
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (required() != 0) {
                // a comment, ignored
            }
        }
        if ((flags & FHCRC) != 0) {
            required();
            required();
        }
        inflater.reset();
        crc.reset();
        size = 0;
        inflater.setInput(input, position, limit - position);
        return true;
    }

    private void trailer() throws IOException {
        long stated = readInt();
        long statedSize = readInt();
        if (stated != crc.getValue()) {
            throw error("is damaged: its gzip checksum does not match its data");
        }
        if (statedSize != (size & 0xffffffffL)) {
            throw error("is damaged: its gzip data is not the length it states");
        }
        afterMember = true;
    }

    private long readInt() throws IOException {
        return required() | required() << 8 | required() << 16 | (long) required() << 24;
    }

    private int required() throws IOException {
        int b = next();
        if (b < 0) {
            throw error("ends before its gzip data does: is the file complete?");
        }
        return b;
    }

    private int next() throws IOException {
        if (position == limit && !refill()) {
            return -1;
        }
        return input[position++] & 0xff;
    }

    private boolean refill() throws IOException {
        int read = in.read(input, 0, input.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private InvalidInputException error(String reason) {
        return new InvalidInputException(file, 0, "", reason);
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
