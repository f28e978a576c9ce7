package org.teller.server;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * The server's database: an embedded H2 file by default (nothing to install), or PostgreSQL in production,
 * brought to the newest schema by Flyway's versioned migrations ({@code db/migration}) when opened.
 */
public final class Database {

    /** Where {@code teller serve} keeps the embedded database unless told otherwise. */
    public static final Path DEFAULT_FOLDER = Path.of("teller-data");

    private final String url;
    private final Jdbi jdbi;

    private Database(String url, Jdbi jdbi) {
        this.url = url;
        this.jdbi = jdbi;
    }

    /** The embedded database in {@code folder} (created if need be), as {@code teller serve} keeps it by default. */
    public static String embeddedUrl(Path folder) {
        // AUTO_SERVER off: one server owns the file. Written to disk at each commit (H2's default).
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("teller") + ";DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1";
    }

    /**
     * Opens the database at {@code url} and migrates it.
     *
     * @param user and {@code password}: the database account ("" for none)
     * @throws ServerException where the database cannot be reached or migrated, saying why
     */
    public static Database open(String url, String user, String password) {
        return open(url, user, password, true);
    }

    /**
     * Opens the database at {@code url} to read it as it is ({@code teller audit verify}), without migrating:
     * a database that Teller never made is refused.
     */
    public static Database openAsItIs(String url, String user, String password) {
        // H2 would make an empty database where none is: it is told to open only one that exists.
        return open(url.startsWith("jdbc:h2:") && !url.toUpperCase().contains("IFEXISTS") ? url + ";IFEXISTS=TRUE" : url,
                user, password, false);
    }

    private static Database open(String url, String user, String password, boolean migrate) {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new ServerException("--db " + url + ": Teller keeps its data in H2 (jdbc:h2:...) or PostgreSQL"
                    + " (jdbc:postgresql://...)");
        }
        try {
            Flyway flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                    .failOnMissingLocations(true).load();
            if (migrate) {
                flyway.migrate();
            } else if (flyway.info().current() == null) {
                throw new ServerException("--db " + url + ": not a database of Teller's server (it holds no schema of Teller's)");
            }
        } catch (FlywayException e) {
            throw new ServerException("--db " + url + ": the database cannot be opened or brought up to date: "
                    + firstLine(e.getMessage()));
        }
        return new Database(url, Jdbi.create(url, user, password));
    }

    public String url() {
        return url;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
