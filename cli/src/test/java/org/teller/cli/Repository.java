package org.teller.cli;

import java.nio.file.Path;

/** Where the repository's files are, for tests that run from a module folder. */
final class Repository {

    private Repository() {}

    static Path root() {
        return Path.of(System.getProperty("teller.root", System.getProperty("user.dir") + "/..")).toAbsolutePath().normalize();
    }

    static Path examples() {
        return root().resolve("examples");
    }

    static Path golden(String name) {
        return root().resolve("cli/src/test/resources/golden").resolve(name);
    }
}
