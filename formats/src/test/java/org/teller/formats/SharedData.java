package org.teller.formats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The shared data folder beside the repository ({@code ../shared/data}): real published results and
 * other projects' files, read in place and never copied into the project. Tests that need it are
 * skipped, with a message saying so, where it is absent.
 */
public final class SharedData {

    private SharedData() {}

    public static Path root() {
        String root = System.getProperty("teller.root", System.getProperty("user.dir") + "/..");
        return Path.of(root);
    }

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    /**
     * The shared data folder, or the test is skipped. Maven's summary counts skipped tests without their
     * reasons, so the reason is also printed once, where whoever runs the tests sees it.
     */
    public static Path require() {
        Path data = root().resolve("../shared/data").normalize();
        String why = "skipped: the tests of real published results need " + data + ", which is absent (a"
                + " folder of published results and other projects' files that sits beside the repository"
                + " on the project's own machines; see README, Tests)";
        if (!Files.isDirectory(data) && TOLD.compareAndSet(false, true)) {
            System.err.println("[teller] " + why);
        }
        assumeTrue(Files.isDirectory(data), why);
        return data;
    }
}
