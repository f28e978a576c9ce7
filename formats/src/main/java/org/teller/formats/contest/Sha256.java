package org.teller.formats.contest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.teller.core.InvalidInputException;

/** The SHA-256 of a file, streamed. */
public final class Sha256 {

    private Sha256() {}

    public static String of(Path path, String shown) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new InvalidInputException(shown, 0, "", "cannot be read: " + e.getMessage());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
