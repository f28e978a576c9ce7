package org.teller.server.api;

/** A request the server refuses, with the HTTP status and one line saying why (sent as {@code {"error": ...}}). */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "sign in first (in a browser: at /sign-in; a program: POST /api/session with the username"
                + " and password, then send 'Authorization: Bearer <token>')");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what + " does not exist");
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    /** A value as messages quote it: at most 40 characters, so a huge value cannot flood a reply or a log. */
    public static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
