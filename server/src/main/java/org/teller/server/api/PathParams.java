package org.teller.server.api;

import io.javalin.http.Context;

/**
 * The numbers in a request's path: a record's id and a count's stage. A path that names nothing the server
 * holds is a 404 whatever it is made of, so a malformed id is "does not exist", not a 400.
 */
public final class PathParams {

    private PathParams() {
    }

    /** The id in path parameter {@code name}: ASCII digits, no sign or leading zero, at most 18 digits. */
    public static long id(Context ctx, String name) {
        String text = ctx.pathParam(name);
        // ASCII digits only: not +1, 01, nor other scripts' digits; 18 digits always fit a long.
        if (!text.matches("[1-9][0-9]{0,17}")) {
            throw ApiException.notFound(name + " " + ApiException.shown(text));
        }
        return Long.parseLong(text);
    }

    /** The stage in path parameter {@code stage}: 1 or 2. */
    public static int stage(Context ctx) {
        String text = ctx.pathParam("stage");
        if (!text.equals("1") && !text.equals("2")) {
            throw ApiException.notFound("stage " + ApiException.shown(text)
                    + " (a count has stage 1 and, for the Supplementary Vote, stage 2)");
        }
        return Integer.parseInt(text);
    }
}
