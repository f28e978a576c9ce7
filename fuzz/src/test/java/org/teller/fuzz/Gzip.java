package org.teller.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A strict gzip reader (RFC 1952) for the independent count: one or more whole members and nothing
 * else. A stream cut short, or with a bad checksum, is broken; bytes after the last member that are not
 * a member are trailing garbage. Both must be refused.
 */
final class Gzip {

    private Gzip() {}

    /** The content, or null with {@code why[0]} set to the refusal kind. */
    static byte[] strict(byte[] gz, Refusal.Kind[] why) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        boolean first = true;
        while (first || at < gz.length) {
            int header = header(gz, at);
            if (header < 0) {
                why[0] = first ? Refusal.Kind.GZIP_BROKEN : Refusal.Kind.GZIP_TRAILING;
                return null;
            }
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(gz, header, gz.length - header);
                byte[] buffer = new byte[8192];
                CRC32 crc = new CRC32();
                long size = 0;
                while (!inflater.finished()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        why[0] = Refusal.Kind.GZIP_BROKEN;
                        return null;
                    }
                    crc.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    size += n;
                    if (out.size() > (64 << 20)) {
                        why[0] = Refusal.Kind.GZIP_BROKEN; // not a case the fuzz tests make
                        return null;
                    }
                }
                int end = gz.length - inflater.getRemaining();
                if (end + 8 > gz.length || le32(gz, end) != crc.getValue() || le32(gz, end + 4) != (size & 0xffffffffL)) {
                    why[0] = Refusal.Kind.GZIP_BROKEN;
                    return null;
                }
                at = end + 8;
            } catch (DataFormatException e) {
                why[0] = Refusal.Kind.GZIP_BROKEN;
                return null;
            } finally {
                inflater.end();
            }
            first = false;
        }
        return out.toByteArray();
    }

    /** Where a member's compressed data starts, or -1 when no member header is here. */
    private static int header(byte[] gz, int at) {
        if (at + 10 > gz.length || (gz[at] & 0xff) != 0x1f || (gz[at + 1] & 0xff) != 0x8b || gz[at + 2] != 8) {
            return -1;
        }
        int flags = gz[at + 3] & 0xff;
        if ((flags & 0xE0) != 0) {
            return -1;
        }
        int p = at + 10;
        if ((flags & 4) != 0) {
            if (p + 2 > gz.length) {
                return -1;
            }
            p += 2 + ((gz[p] & 0xff) | (gz[p + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) {
            if ((flags & bit) != 0) {
                while (p < gz.length && gz[p] != 0) {
                    p++;
                }
                p++;
            }
        }
        if ((flags & 2) != 0) {
            p += 2;
        }
        return p <= gz.length ? p : -1;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }
}
