package org.teller.server.api;

import io.javalin.http.Context;
import java.util.Optional;
import org.teller.server.auth.Sessions;
import org.teller.server.auth.User;

/** Who is asking: the user a request's bearer token signs in, checked against what the request would do. */
final class Access {

    private final Sessions sessions;
    private final Origins origins;

    Access(Sessions sessions, Origins origins) {
        this.sessions = sessions;
        this.origins = origins;
    }

    /** The signed-in user, or 401. */
    User user(Context ctx) {
        String token = token(ctx);
        Optional<User> user = sessions.user(token);
        return user.orElseThrow(() -> new ApiException(401, "the session is not one this server gave, or it has ended:"
                + " sign in again"));
    }

    /**
     * The token of a request: its bearer token (the scheme's name in any case, as HTTP has it), or else the
     * pages' session cookie; 401 where there is neither. A write signed in by the cookie must come from this
     * server's own pages (its {@code Origin} is this server): a browser sends the cookie with a request any
     * site makes, and only the origin tells the pages' forms from another site's.
     */
    String token(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            String cookie = ctx.cookie(Sessions.COOKIE);
            if (cookie == null || cookie.isEmpty() || cookie.length() > 200) {
                throw ApiException.unauthorized();
            }
            if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD") && !origins.thisServer(ctx)) {
                throw ApiException.forbidden("a change signed in by the pages' cookie must come from this server's own pages"
                        + " (its Origin header is not this server): send a bearer token instead");
            }
            return cookie;
        }
        if (header.length() > 200 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized();
        }
        return header.substring(7).strip();
    }

    /** The returning officer, or the count staff of {@code area}; else 401/403. */
    User forArea(Context ctx, long area) {
        User user = user(ctx);
        if (!user.isReturningOfficer() && (user.area().isEmpty() || user.area().getAsLong() != area)) {
            throw ApiException.forbidden(user.username() + " works on count area " + user.area().orElse(0)
                    + " and may enter figures for that area only, not area " + area);
        }
        return user;
    }

    /** The returning officer, or 401/403. */
    User returningOfficer(Context ctx) {
        User user = user(ctx);
        if (!user.isReturningOfficer()) {
            throw ApiException.forbidden("only the returning officer may do this; " + user.username() + " is count staff");
        }
        return user;
    }
}
