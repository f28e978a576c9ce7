package org.teller.server;

import io.javalin.Javalin;
import java.time.Clock;
import org.teller.server.api.Api;

/**
 * Teller's count-night server ({@code teller serve}): the API over a {@link Database}, on Jetty through
 * Javalin. It counts with the same core as {@code teller count}.
 */
public final class TellerServer implements AutoCloseable {

    private final Javalin app;

    private TellerServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts the server on {@code port} (0: any free port), on {@code host} only.
     *
     * @throws ServerException where the port cannot be had
     */
    public static TellerServer start(Database database, String host, int port, Clock clock) {
        return start(database, host, port, clock, java.util.Optional.empty());
    }

    /**
     * @param publicOrigin where browsers reach the server ({@code https://count.example.org}) when that is not
     *     where it listens (a proxy in front): the pages' changes must come from it, and their cookie is Secure
     *     when it is https
     */
    public static TellerServer start(Database database, String host, int port, Clock clock, java.util.Optional<String> publicOrigin) {
        Javalin app = Api.create(database, clock, new org.teller.server.api.Origins(publicOrigin));
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            throw new ServerException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        return new TellerServer(app);
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
