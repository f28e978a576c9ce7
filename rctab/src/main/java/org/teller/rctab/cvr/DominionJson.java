package org.teller.rctab.cvr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.teller.core.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * A cursor over one of Dominion's JSON files, token by token (Jackson's streaming parser), so that an
 * export of any size is read without holding it. Every value is taken strictly, of the one JSON type
 * Dominion writes it as, and every problem names the file, the line and the value.
 */
final class DominionJson implements AutoCloseable {

    // A key given twice would leave it open which of the two Dominion meant.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Path file;
    private final JsonParser parser;

    private DominionJson(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Opens {@code file} at its first token. */
    static DominionJson open(Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), 0, "", "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, "", "cannot be read: " + e.getMessage());
        }
        try {
            DominionJson json = new DominionJson(file, FACTORY.createParser(ObjectReadContext.empty(), in));
            json.next();
            return json;
        } catch (JacksonException e) {
            close(in);
            throw invalid(file, e);
        } catch (RuntimeException e) {
            close(in);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** The line of the current token. */
    long line() {
        return Math.max(parser.currentTokenLocation().getLineNr(), 0);
    }

    /** A problem at the current token. */
    InvalidInputException problem(String value, String reason) {
        return new InvalidInputException(file.toString(), line(), value, reason);
    }

    /** Requires the current token to open an object, {@code what}. */
    void startObject(String what) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw problem(shown(), what + " is not a JSON object");
        }
    }

    /** Requires the current token to open an array, {@code what}. */
    void startArray(String what) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw problem(shown(), what + " is not a JSON list");
        }
    }

    /** Moves to the next key of the object being read and to its value: the key, or null at the object's end. */
    String nextKey() {
        String key = call(parser::nextName);
        if (key != null) {
            next();
        }
        return key;
    }

    /** Moves to the next item of the list being read: false at the list's end. */
    boolean nextItem() {
        return next() != JsonToken.END_ARRAY;
    }

    /** Passes over the current value, whatever it holds. */
    void skip() {
        call(parser::skipChildren);
    }

    /** The current value as a whole number of Java's int range, as Dominion writes ids and ranks. */
    int whole(String what) {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw problem(shown(), what + " is not a whole number");
        }
        return parser.getIntValue();
    }

    /** The current value as true or false. */
    boolean flag(String what) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw problem(shown(), what + " is not true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** The current value as text. */
    String text(String what) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw problem(shown(), what + " is not text");
        }
        return call(parser::getString);
    }

    /** Whether the current value is JSON's null. */
    boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    /** Requires the file to end after the value just read. */
    void end() {
        if (next() != null) {
            throw problem(shown(), "follows the end of the JSON document");
        }
    }

    @Override
    public void close() {
        parser.close();
    }

    /** The current value as a message shows it: a scalar as written, an object or list by its kind. */
    private String shown() {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "";
        }
        return switch (token) {
            case START_OBJECT -> "{…}";
            case START_ARRAY -> "[…]";
            default -> call(parser::getText);
        };
    }

    private JsonToken next() {
        return call(parser::nextToken);
    }

    /** Calls the parser, turning what it refuses (not JSON, not UTF-8, not readable) into bad input. */
    private <T> T call(Supplier<T> step) {
        try {
            return step.get();
        } catch (JacksonException e) {
            throw invalid(file, e);
        }
    }

    private static InvalidInputException invalid(Path file, JacksonException e) {
        long line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
        String cause = e instanceof JacksonIOException ? "cannot be read: " : "is not valid JSON: ";
        return new InvalidInputException(file.toString(), line, "", cause + ParserMessages.of(e));
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the file was only read
        }
    }
}
