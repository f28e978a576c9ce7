package org.teller.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The SHA-256 of a file, streamed. */
public final class Sha256 {

    private Sha256() {}

    /** Starts hashing a file on a thread of its own. */
    public static CompletableFuture<String> inBackground(Path path, String shown) {
        CompletableFuture<String> hash = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                hash.complete(of(path, shown));
            } catch (RuntimeException e) {
                hash.completeExceptionally(e);
            }
        }, "teller-sha256");
        thread.setDaemon(true);
        thread.start();
        return hash;
    }

    /** The hash started by {@link #inBackground}, once it is done; its failure as it was thrown. */
    public static String join(CompletableFuture<String> hash) {
        try {
            return hash.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The SHA-256 of a text's UTF-8 bytes, in hex (a token, an audit entry, the returns a declaration counts). */
    public static String ofText(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /** The SHA-256 of bytes, in hex (a file uploaded). */
    public static String ofBytes(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The SHA-256 of a text's UTF-8 bytes. */
    public static byte[] digest(String text) {
        return sha256().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static String of(Path path, String shown) {
        MessageDigest digest = sha256();
        VotesFiles.requireRegularFile(path, shown); // a named pipe would be waited on for ever
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(path)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw VotesFiles.unreadable(shown, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
