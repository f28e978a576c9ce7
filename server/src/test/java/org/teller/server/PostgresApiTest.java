package org.teller.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The API on a real PostgreSQL (zonky's embedded binaries, from Maven Central): the same migrations and the
 * same contract as on the embedded database. Each test has a database of its own.
 */
class PostgresApiTest extends ApiContract {

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    Database freshDatabase() {
        String name = "teller" + DATABASES.incrementAndGet();
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return Database.open(postgres.getJdbcUrl("postgres", name), "postgres", "");
    }
}
