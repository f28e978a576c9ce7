package org.teller.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** How responses are written: JSON, with the status given. */
final class Responses {

    private Responses() {}

    static void json(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json").result(JsonBody.write(value));
    }

    /** An object's fields in the order given: {@code fields("id", 1, "name", "Ward 1")}. */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** A request's body, which a write must send as JSON. */
    static String body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            throw new ApiException(415, "send the body as JSON (Content-Type: application/json)");
        }
        return ctx.body();
    }
}
