package org.teller.server;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The server's database: an embedded H2 file by default (nothing to install), or PostgreSQL in production,
 * brought to the newest schema by Flyway's versioned migrations ({@code db/migration}) when opened.
 */
public final class Database implements AutoCloseable {

    /** Where {@code teller serve} keeps the embedded database unless told otherwise. */
    public static final Path DEFAULT_FOLDER = Path.of("teller-data");

    private final String url;
    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(String url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
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
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(durable(url));
        config.setUsername(user);
        config.setPassword(password);
        // Requests are short: a few connections serve many; a writer waits its turn at the audit log anyway.
        config.setMaximumPoolSize(8);
        config.setPoolName("teller");
        config.setInitializationFailTimeout(-1); // a database that cannot be reached is said by Flyway, below
        // How long to wait for a connection: a server starting waits for its database a little; a check of a
        // database that is not there (teller audit verify) says so at once.
        config.setConnectionTimeout(migrate ? 10_000 : 1_000);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            // The one type the two databases name apart: bytes of any length (an uploaded file).
            String bytes = url.startsWith("jdbc:postgresql:") ? "BYTEA" : "BLOB";
            Flyway flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration").failOnMissingLocations(true)
                    .placeholders(java.util.Map.of("bytes", bytes)).load();
            if (migrate) {
                flyway.migrate();
            } else if (flyway.info().current() == null) {
                throw new ServerException("--db " + url + ": not a database of Teller's server (it holds no schema of Teller's)");
            }
        } catch (FlywayException e) {
            pool.close();
            // An embedded database is one process's at a time: the likeliest reason a check cannot open it.
            String busy = !migrate && url.startsWith("jdbc:h2:file:") ? " (if a teller serve is using it, stop the server"
                    + " or check a copy of its folder: an embedded database opens in one process at a time)" : "";
            throw new ServerException("--db " + url + ": the database cannot be opened or brought up to date: "
                    + firstLine(e.getMessage()) + busy);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(url, pool);
    }

    /**
     * An H2 URL that writes each commit to its file before the commit returns (WRITE_DELAY=0): by default H2
     * writes a second later, and a server killed in that second loses what it had answered as accepted
     * (RestartIT found it).
     */
    private static String durable(String url) {
        return url.startsWith("jdbc:h2:") && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")
                ? url + ";WRITE_DELAY=0" : url;
    }

    public String url() {
        return url;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Closes the pool's connections (the server's stop). */
    @Override
    public void close() {
        pool.close();
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
