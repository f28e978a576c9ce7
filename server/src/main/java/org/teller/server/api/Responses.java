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

    /** A request's body, which a write must send as JSON in UTF-8 (bytes that are not UTF-8 are refused, never replaced). */
    static String body(Context ctx) {
        String type = ctx.header("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!media.equals("application/json")) {
            throw new ApiException(415, "send the body as JSON (Content-Type: application/json)");
        }
        String charset = type.contains(";") ? type.split(";", 2)[1].strip().toLowerCase(java.util.Locale.ROOT) : "";
        if (!charset.isEmpty() && !charset.replace(" ", "").equals("charset=utf-8")) {
            throw new ApiException(415, "send the body as JSON in UTF-8 (Content-Type: application/json; charset=utf-8)");
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > Api.LARGEST_BODY) {
            throw new ApiException(413, "the body is larger than " + Api.LARGEST_BODY + " bytes");
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ApiException.badRequest("the body is not UTF-8: JSON is sent in UTF-8");
        }
    }
}
