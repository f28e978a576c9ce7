package org.teller.server;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The API on the embedded database, in a file as {@code teller serve} keeps it. */
class H2ApiTest extends ApiContract {

    @TempDir
    Path folder;

    @Override
    Database freshDatabase() {
        return Database.open(Database.embeddedUrl(folder), "", "");
    }
}
