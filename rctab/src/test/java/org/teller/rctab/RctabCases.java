package org.teller.rctab;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * RCTab's regression cases ({@code ../shared/data/rctab}, RCTab 2.0.1's test data, MPL-2.0), read in place
 * beside the repository and never copied into the project. Tests that need them are skipped, saying why,
 * where they are absent.
 */
public final class RctabCases {

    private RctabCases() {}

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    /** The folder of RCTab's cases, or the test is skipped (the reason is printed once too). */
    public static Path folder() {
        String root = System.getProperty("teller.root", System.getProperty("user.dir") + "/..");
        Path rctab = Path.of(root).resolve("../shared/data/rctab").toAbsolutePath().normalize();
        String why = "skipped: RCTab's regression cases are read in place from " + rctab + ", which is absent"
                + " (RCTab 2.0.1's test data, MPL-2.0, in the shared folder beside the repository on the project's"
                + " own machines; never copied into the project)";
        if (!Files.isDirectory(rctab) && TOLD.compareAndSet(false, true)) {
            System.err.println("[teller] " + why);
        }
        assumeTrue(Files.isDirectory(rctab), why);
        return rctab;
    }

    /** One case's folder. */
    public static Path of(String name) {
        return folder().resolve(name);
    }
}
