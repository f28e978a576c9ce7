package org.teller.server.api;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.teller.server.Database;
import org.teller.server.audit.AuditLog;
import org.teller.server.auth.Sessions;
import org.teller.server.auth.Users;
import org.teller.server.store.AreaStore;
import org.teller.server.store.DeclarationStore;
import org.teller.server.store.ElectionStore;

/**
 * The HTTP API: its routes, and how failures are answered. A request the server refuses gets a 4xx and
 * {@code {"error": "..."}} saying why in one line; a failure of the server's own is a 500 that says no more
 * than that (its details go to the log), never a stack trace to the client.
 */
public final class Api {

    /** The largest body taken: a return of figures is a few hundred bytes; an uploaded file goes elsewhere. */
    public static final long LARGEST_BODY = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(Api.class);

    private Api() {}

    public static Javalin create(Database database, Clock clock, Origins origins) {
        Sessions sessions = new Sessions(database.jdbi(), clock);
        Users users = new Users(database.jdbi(), clock);
        ElectionStore elections = new ElectionStore(database.jdbi(), clock);
        Feed[] feed = new Feed[1];
        Writes writes = new Writes(database.jdbi(), new AuditLog(clock), entries -> feed[0].published(entries));
        feed[0] = new Feed(writes);
        Access access = new Access(sessions, origins);
        ElectionRoutes routes = new ElectionRoutes(elections, users, sessions, access, writes);
        AreaStore areaStore = new AreaStore(clock);
        DeclarationStore declarationStore = new DeclarationStore(clock);
        AreaRoutes areas = new AreaRoutes(areaStore, declarationStore, access, writes);
        PapersRoutes papers = new PapersRoutes(areaStore, declarationStore, access, writes);
        ResultRoutes results = new ResultRoutes(areaStore, declarationStore, access, writes, () -> feed[0].revision());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.enableWebjars();
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
            config.http.maxRequestSize = PapersRoutes.LARGEST_FILE; // a JSON body is held to LARGEST_BODY as it is read
            routes.register(config.routes);
            areas.register(config.routes);
            papers.register(config.routes);
            results.register(config.routes);
            feed[0].register(config.routes);
            new org.teller.server.pages.PageRoutes(results::resultOf).register(config.routes);
            new org.teller.server.pages.CountPages(sessions, origins, new org.teller.server.pages.CountViews(database.jdbi(),
                    elections, areaStore, declarationStore)).register(config.routes);
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json")
                    .result(Api.class.getResourceAsStream("/openapi.json")));
            config.routes.exception(ApiException.class, (e, ctx) -> Responses.json(ctx, e.status(), Map.of("error", e.getMessage())));
            config.routes.exception(ArithmeticException.class, (e, ctx) -> Responses.json(ctx, 422, Map.of("error",
                    "the figures add up to more than Teller can count (" + Long.MAX_VALUE + ")")));
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (e instanceof java.io.IOException || e.getCause() instanceof java.io.IOException) {
                    LOG.debug("a client went away: {} {}", ctx.method(), ctx.path(), e);
                    return;
                }
                LOG.error("failed: {} {}", ctx.method(), ctx.path(), e);
                Responses.json(ctx, 500, Map.of("error", "the server failed to answer this request; its log says why"));
            });
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
                String type = String.valueOf(ctx.res().getContentType());
                if (!type.startsWith("application/json") && !type.startsWith("text/html")) { // not a 404 said already
                    Responses.json(ctx, 404, Map.of("error", ctx.method() + " " + ctx.path() + " is not part of this API"));
                }
            });
            config.routes.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> Responses.json(ctx, 413,
                    Map.of("error", "the body is larger than " + PapersRoutes.LARGEST_FILE + " bytes")));
        });
    }
}
