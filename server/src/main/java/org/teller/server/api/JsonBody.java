package org.teller.server.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request's JSON object, read strictly: not JSON, a key given twice, a key the request does not take, a
 * value of the wrong type, are each refused with a 400 naming the key and what was expected, never guessed at.
 */
public final class JsonBody {

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final JsonNode node;
    private final String where;

    private JsonBody(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    /** The body, which must be a JSON object holding no key but {@code allowed}. */
    public static JsonBody parse(String body, String... allowed) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest(notJson(body, e));
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        return new JsonBody(node, "").only(allowed);
    }

    /**
     * Why a body is not JSON, in the parser's words without its internals (where it read from, which of its
     * features would allow the input), and where: line and column.
     */
    private static String notJson(String body, JacksonException e) {
        if (body.startsWith("\uFEFF")) {
            return "the body is not valid JSON: it starts with a byte order mark (U+FEFF), which JSON sent over HTTP must not"
                    + " (RFC 8259): send the UTF-8 text without it";
        }
        String reason = e.getOriginalMessage()
                .replaceAll("\\s*\\(start marker at \\[Source:.*$", "")
                .replaceAll(":\\s*enable `[^`]*` to allow$", "")
                .replaceAll("\\s*\\[Source:.*$", "");
        tools.jackson.core.TokenStreamLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return "the body is not valid JSON: " + reason + where;
    }

    private JsonBody only(String... allowed) {
        Set<String> keys = new HashSet<>(List.of(allowed));
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw ApiException.badRequest(where + ApiException.shown(name) + ": not a field this request takes ("
                        + (allowed.length == 0 ? "it takes none: send {}" : "it takes " + String.join(", ", allowed)) + ")");
            }
        }
        return this;
    }

    public String string(String key) {
        return optionalString(key).orElseThrow(() -> ApiException.badRequest(where + key + ": required (a string)"));
    }

    public Optional<String> optionalString(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw ApiException.badRequest(where + key + ": must be a string, not " + value.getNodeType().toString().toLowerCase());
        }
        String text = value.asString();
        if (text.isBlank()) {
            throw ApiException.badRequest(where + key + ": must not be blank");
        }
        if (text.length() > 300) {
            throw ApiException.badRequest(where + key + ": at most 300 characters");
        }
        if (text.indexOf('\t') >= 0) {
            throw ApiException.badRequest(where + key + ": holds a tab, which no name or text here may hold (it cannot be printed)");
        }
        int forbidden = org.teller.formats.internal.FieldText.forbidden(text);
        if (forbidden >= 0) {
            throw ApiException.badRequest(where + key + ": holds " + org.teller.formats.internal.FieldText.describe(forbidden)
                    + ", which no name or text may hold");
        }
        return Optional.of(org.teller.formats.internal.FieldText.normal(text));
    }

    /** A password: exactly as sent (never stripped or normalised), 1 to 1,000 characters. */
    public String password(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isString() || value.asString().isEmpty()) {
            throw ApiException.badRequest(where + key + ": required (a string)");
        }
        if (value.asString().length() > 1000) {
            throw ApiException.badRequest(where + key + ": at most 1,000 characters");
        }
        return value.asString();
    }

    /** A value as messages quote it: at most 40 characters. */
    static String shown(JsonNode value) {
        return ApiException.shown(String.valueOf(value));
    }

    /** A whole number from 0, as JSON writes one (not a string, not a fraction). */
    public OptionalLong optionalCount(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return OptionalLong.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw ApiException.badRequest(where + key + ": must be a whole number from 0 to " + Long.MAX_VALUE + ", in digits alone (no point, no exponent), not " + shown(value));
        }
        return OptionalLong.of(value.asLong());
    }

    public long count(String key) {
        OptionalLong value = optionalCount(key);
        if (value.isEmpty()) {
            throw ApiException.badRequest(where + key + ": required (a whole number from 0)");
        }
        return value.getAsLong();
    }

    public boolean flag(String key, boolean absent) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw ApiException.badRequest(where + key + ": must be true or false, not " + shown(value));
        }
        return value.asBoolean();
    }

    /** A list of objects, each read by {@code each} (which names the keys it takes). */
    /** A nested object, read as strictly as the body, if the key is there. */
    public Optional<JsonBody> optionalObject(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw ApiException.badRequest(where + key + ": must be an object");
        }
        return Optional.of(new JsonBody(value, where + key + "."));
    }

    public <T> List<T> objects(String key, Function<JsonBody, T> each) {
        JsonNode value = node.get(key);
        if (value == null || !value.isArray()) {
            throw ApiException.badRequest(where + key + ": required (a list)");
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String at = where + key + "[" + i + "].";
            if (!item.isObject()) {
                throw ApiException.badRequest(where + key + "[" + i + "]: must be an object");
            }
            items.add(each.apply(new JsonBody(item, at)));
        }
        return items;
    }

    /**
     * An object of whole numbers from 0 ({@code {"John Biggs": 27255, ...}}), in the order given; empty if the key
     * is absent and not {@code required}.
     */
    public java.util.LinkedHashMap<String, Long> counts(String key, boolean required) {
        JsonNode value = node.get(key);
        java.util.LinkedHashMap<String, Long> counts = new java.util.LinkedHashMap<>();
        if (value == null || value.isNull()) {
            if (required) {
                throw ApiException.badRequest(where + key + ": required (an object of whole numbers)");
            }
            return counts;
        }
        if (!value.isObject()) {
            throw ApiException.badRequest(where + key + ": must be an object of whole numbers, not " + value.getNodeType().toString().toLowerCase());
        }
        for (Iterator<String> names = value.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            JsonNode count = value.get(name);
            if (!count.isIntegralNumber() || !count.canConvertToLong() || count.asLong() < 0) {
                throw ApiException.badRequest(where + key + "." + ApiException.shown(name) + ": must be a whole number from 0 to " + Long.MAX_VALUE + ", in digits alone (no point, no exponent), not " + shown(count));
            }
            counts.put(name, count.asLong());
        }
        return counts;
    }

    /** This object (an item of a list), holding no key but {@code allowed}. */
    public JsonBody taking(String... allowed) {
        return only(allowed);
    }

    /** A JSON object the server wrote itself (a return's canonical figures), its keys in order. */
    @SuppressWarnings("unchecked")
    public static java.util.Map<String, Object> readObject(String json) {
        return JSON.readValue(json, java.util.LinkedHashMap.class);
    }

    /** Serialises a response. */
    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }
}
