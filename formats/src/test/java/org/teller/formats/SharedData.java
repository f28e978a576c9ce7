package org.teller.formats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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

    /** The shared data folder, or the test is skipped. */
    public static Path require() {
        Path data = root().resolve("../shared/data").normalize();
        assumeTrue(Files.isDirectory(data), "skipped: " + data + " is absent (the shared data sits beside the repository)");
        return data;
    }
}
