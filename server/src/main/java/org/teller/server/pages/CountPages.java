package org.teller.server.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.teller.server.api.Origins;
import org.teller.server.auth.Sessions;
import org.teller.server.auth.User;

/**
 * The pages of those who run the count: signing in, the returning officer's console and each count area's
 * entry page. They are rendered on the server from the stores; their forms send the API's own JSON (a little
 * JavaScript, {@code /assets/forms.js}) with the session cookie that signing in here sets, so every change goes
 * through the API's checks and into its audit log, as any client's would.
 */
public final class CountPages {

    /** Pages with figures of a count in progress: never cached, never framed (a declare button under another site's). */
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
            "X-Frame-Options", "DENY",
            "Cache-Control", "no-store",
            "Referrer-Policy", "same-origin",
            "X-Content-Type-Options", "nosniff");

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Sessions sessions;
    private final Origins origins;
    private final CountViews views;

    public CountPages(Sessions sessions, Origins origins, CountViews views) {
        this.sessions = sessions;
        this.origins = origins;
        this.views = views;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.redirect("/sign-in", io.javalin.http.HttpStatus.SEE_OTHER));
        routes.get("/sign-in", this::signInPage);
        routes.post("/sign-in", this::signIn);
        routes.post("/sign-out", this::signOut);
        routes.get("/console", this::console);
        routes.get("/count/{area}", this::area);
        routes.get("/assets/teller.css", ctx -> asset(ctx, "teller.css", "text/css; charset=utf-8"));
        routes.get("/assets/forms.js", ctx -> asset(ctx, "forms.js", "text/javascript; charset=utf-8"));
    }

    private void signInPage(Context ctx) {
        Optional<User> user = user(ctx);
        if (user.isPresent()) {
            ctx.redirect(home(user.get()), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, 200, "sign-in.jte", new SignInPage("", ""));
    }

    private void signIn(Context ctx) {
        if (!fromThisServer(ctx)) {
            message(ctx, 403, "Not signed in", "A sign-in must come from this server's own page.");
            return;
        }
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Optional<java.time.Duration> locked = sessions.lockedOut(username, ctx.ip());
        if (locked.isPresent()) {
            ctx.header("Retry-After", String.valueOf(locked.get().toSeconds()));
            render(ctx, 429, "sign-in.jte", new SignInPage("Too many failed sign-ins as this user: try again in "
                    + locked.get().toSeconds() + " seconds.", username));
            return;
        }
        Optional<String> token = username.isEmpty() || username.length() > 100 || password.isEmpty() || password.length() > 1000
                ? Optional.empty() : sessions.signIn(username, password, ctx.ip());
        if (token.isEmpty()) {
            render(ctx, 401, "sign-in.jte", new SignInPage("That username and password are not a user's.", username));
            return;
        }
        User user = sessions.user(token.get()).orElseThrow();
        // HttpOnly: no script reads it; SameSite=Strict: no other site's request carries it.
        ctx.header("Set-Cookie", Sessions.COOKIE + "=" + token.get() + "; Path=/; Max-Age=" + Sessions.LIFETIME.toSeconds()
                + "; HttpOnly; SameSite=Strict" + (origins.secure(ctx) ? "; Secure" : ""));
        ctx.redirect(home(user), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        String token = ctx.cookie(Sessions.COOKIE);
        if (token != null && fromThisServer(ctx)) {
            sessions.signOut(token);
        }
        ctx.header("Set-Cookie", Sessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        // A shared machine on count night: Back must not bring the signed-in pages (and figures typed) out of the cache.
        ctx.header("Clear-Site-Data", "\"cache\"");
        ctx.redirect("/sign-in", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void console(Context ctx) {
        Optional<User> user = user(ctx);
        if (user.isEmpty()) {
            ctx.redirect("/sign-in", io.javalin.http.HttpStatus.SEE_OTHER);
        } else if (!user.get().isReturningOfficer()) {
            ctx.redirect(home(user.get()), io.javalin.http.HttpStatus.SEE_OTHER);
        } else {
            render(ctx, 200, "console.jte", views.console(user.get()));
        }
    }

    private void area(Context ctx) {
        Optional<User> user = user(ctx);
        if (user.isEmpty()) {
            ctx.redirect("/sign-in", io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        String text = ctx.pathParam("area");
        long area = text.matches("[1-9][0-9]{0,17}") ? Long.parseLong(text) : 0;
        if (!user.get().isReturningOfficer() && (user.get().area().isEmpty() || user.get().area().getAsLong() != area)) {
            message(ctx, 403, "Not your count area", user.get().username() + " enters the figures of count area "
                    + user.get().area().orElse(0) + " only.");
            return;
        }
        Optional<AreaPage> page = area == 0 ? Optional.empty() : views.area(user.get(), area);
        if (page.isEmpty()) {
            message(ctx, 404, "No such count area", "There is no count area " + text + ".");
            return;
        }
        render(ctx, 200, "area.jte", page.get());
    }

    /** Who is signed in by the request's cookie, if anyone. */
    private Optional<User> user(Context ctx) {
        String token = ctx.cookie(Sessions.COOKIE);
        return token == null || token.isEmpty() || token.length() > 200 ? Optional.empty() : sessions.user(token);
    }

    private static String home(User user) {
        return user.isReturningOfficer() ? "/console" : "/count/" + user.area().orElse(0);
    }

    /** Whether a form's post comes from this server's pages: an Origin, where the browser sends one, that is this server. */
    private boolean fromThisServer(Context ctx) {
        return ctx.header("Origin") == null || origins.thisServer(ctx);
    }

    private void message(Context ctx, int status, String title, String text) {
        render(ctx, status, "message.jte", new MessagePage(title, text));
    }

    private void render(Context ctx, int status, String template, Object page) {
        StringOutput html = new StringOutput();
        templates.render(template, page, html);
        HEADERS.forEach(ctx::header);
        ctx.status(status).contentType("text/html; charset=utf-8").result(html.toString());
    }

    private static void asset(Context ctx, String name, String type) {
        try (InputStream in = CountPages.class.getResourceAsStream("/assets/" + name)) {
            ctx.contentType(type).header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff")
                    .result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sign-in page: what went wrong ("" for nothing) and the username given, kept in the form. */
    public record SignInPage(String error, String username) {}

    /** A page that says one thing: a refusal, or that there is nothing here. */
    public record MessagePage(String title, String text) {}
}
