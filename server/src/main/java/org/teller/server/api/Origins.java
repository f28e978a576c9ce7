package org.teller.server.api;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where this server is, as a browser sees it, and whether a browser's request comes from there (its {@code
 * Origin} header): only this server's own pages may make a change with the pages' session cookie.
 */
public final class Origins {

    private final Optional<String> publicOrigin;

    /**
     * @param publicOrigin the origin browsers reach the server at ({@code https://count.example.org}) when a
     *     proxy stands in front; empty: the host and port each request was sent to
     */
    public Origins(Optional<String> publicOrigin) {
        this.publicOrigin = publicOrigin.map(Origins::normalised);
    }

    /** An origin as {@code scheme://host[:port]}, lower case, without a path: the one form browsers send. */
    public static String normalised(String origin) {
        try {
            URI uri = new URI(origin);
            if (uri.getScheme() == null || uri.getRawAuthority() == null || !(uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https")) || uri.getRawUserInfo() != null
                    || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("'" + origin + "' is not an origin (http or https://host[:port], no path)");
            }
            return (uri.getScheme() + "://" + uri.getRawAuthority()).toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + origin + "' is not an origin (http or https://host[:port], no path)");
        }
    }

    /**
     * Whether a request's Origin is this server: the public origin where one is configured, else the host
     * and port the request was sent to (its {@code Host}). No Origin: false.
     */
    public boolean thisServer(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return false;
        }
        if (publicOrigin.isPresent()) {
            try {
                return normalised(origin).equals(publicOrigin.get());
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        String host = ctx.header("Host");
        try {
            String authority = new URI(origin).getRawAuthority();
            return host != null && authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether the pages are reached over https, so that their cookie is sent over it alone (Secure). */
    public boolean secure(Context ctx) {
        return publicOrigin.map(origin -> origin.startsWith("https:")).orElse(ctx.scheme().equals("https"));
    }
}
