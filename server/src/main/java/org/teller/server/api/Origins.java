package org.teller.server.api;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;

/** Where a browser's request comes from, as its {@code Origin} header says. */
public final class Origins {

    private Origins() {}

    /**
     * Whether a request's Origin is this server: the same host and port as the request was sent to (its
     * {@code Host}), whatever the scheme, so that a proxy in front that ends TLS changes nothing. No Origin: false.
     */
    public static boolean thisServer(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin == null || host == null) {
            return false;
        }
        try {
            String authority = new URI(origin).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
