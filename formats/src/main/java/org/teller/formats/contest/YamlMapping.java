package org.teller.formats.contest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.teller.core.InvalidInputException;
import org.teller.core.Totals;
import org.teller.formats.internal.FieldText;

/**
 * A YAML mapping read with its line numbers, so that every complaint about a contest file can name
 * the line. Only what contest files use: mappings, lists and scalars; every key must be known.
 */
final class YamlMapping {

    private final String file;
    private final int line;
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    YamlMapping(String file, Node node, String what) {
        this.file = file;
        this.line = lineOf(node);
        if (!(node instanceof MappingNode mapping)) {
            throw new InvalidInputException(file, line, "", what + " must be a mapping of keys to values");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                throw new InvalidInputException(file, lineOf(keyNode), "", "a key must be a plain word");
            }
            String key = scalar.getValue();
            if (entries.put(key, tuple.getValueNode()) != null) {
                throw new InvalidInputException(file, lineOf(keyNode), key, "is given twice");
            }
            keyLines.put(key, lineOf(keyNode));
        }
    }

    /** The file as messages name it. */
    String file() {
        return file;
    }

    int line() {
        return line;
    }

    /** The line of a key (where a nested mapping under it begins), or of the mapping when it lacks the key. */
    int lineOf(String key) {
        return keyLines.getOrDefault(key, line);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Fails on the first key that is not one of these. */
    void allowOnly(Set<String> keys, String what) {
        for (Map.Entry<String, Node> entry : entries.entrySet()) {
            if (!keys.contains(entry.getKey())) {
                throw new InvalidInputException(file, lineOf(entry.getValue()), entry.getKey(),
                        "is not a key of " + what + " (known: " + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }

    String string(String key) {
        return optionalString(key).orElseThrow(() ->
                new InvalidInputException(file, line, key, "is missing"));
    }

    /** A value that may not be empty, stripped and in composed normal form ({@link FieldText#normal}). */
    Optional<String> optionalString(String key) {
        Optional<String> value = optionalText(key);
        if (value.isPresent() && value.get().isEmpty()) {
            throw new InvalidInputException(file, lineOf(key), key, "is empty");
        }
        return value;
    }

    /**
     * A value that may be empty when written so ({@code party: ""}), stripped and in composed normal
     * form. A YAML null ({@code party:}, {@code name: null}, {@code ~}) is refused rather than read as
     * the word "null" or as nothing: the file must say which it means.
     */
    Optional<String> optionalText(String key) {
        Node node = entries.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw new InvalidInputException(file, lineOf(node), key, "must be a single value");
        }
        if (isNull(scalar)) {
            throw new InvalidInputException(file, lineOf(key), key, "has no value: write one (in quotes if it is"
                    + " the word null, or \"\" for none where none is allowed)");
        }
        int forbidden = FieldText.forbidden(scalar.getValue());
        if (forbidden >= 0) {
            throw new InvalidInputException(file, lineOf(key), key, "holds " + FieldText.describe(forbidden)
                    + ", which a value in a contest file may not hold");
        }
        return Optional.of(FieldText.normal(scalar.getValue()));
    }

    /**
     * Whether a value is YAML's null: as the parser resolves it, or written as one of YAML 1.2's other nulls
     * ({@code ~}, {@code Null}, {@code NULL}) without quotes, which the parser's JSON schema reads as words
     * (a candidate named "~" was counted; fuzzing found it).
     */
    private static boolean isNull(ScalarNode scalar) {
        return scalar.getTag().equals(Tag.NULL) || scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN
                && java.util.Set.of("~", "null", "Null", "NULL").contains(scalar.getValue());
    }

    /** A whole number of at least zero (see {@link #parseCount}). */
    Optional<Long> optionalCount(String key) {
        return optionalString(key).map(value -> parseCount(file, lineOf(key), value));
    }

    /**
     * Checks that the counts under every key add up to at most {@link Totals#MOST}, naming the first
     * key whose count goes past it.
     *
     * @param what the things counted, for the message ("the rejected papers")
     */
    void checkTotal(String what) {
        long total = 0;
        for (String key : entries.keySet()) {
            long count = optionalCount(key).orElse(0L);
            try {
                total = Math.addExact(total, count);
            } catch (ArithmeticException e) {
                throw Totals.tooLarge(Long.toString(count), "makes " + what + " add up to").at(file, lineOf(key));
            }
        }
    }

    List<YamlMapping> mappings(String key, String what) {
        Node node = entries.get(key);
        if (node == null) {
            throw new InvalidInputException(file, line, key, "is missing");
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw new InvalidInputException(file, lineOf(node), key, "must be a list");
        }
        List<YamlMapping> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlMapping(file, item, what));
        }
        return items;
    }

    Optional<YamlMapping> optionalMapping(String key, String what) {
        Node node = entries.get(key);
        return node == null ? Optional.empty() : Optional.of(new YamlMapping(file, node, what));
    }

    Set<String> keys() {
        return entries.keySet();
    }

    InvalidInputException error(String key, String value, String reason) {
        return new InvalidInputException(file, lineOf(key), value, reason);
    }

    /** A whole number up to {@link Totals#MOST}. */
    static long parseCount(String file, long line, String value) {
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException(file, line, value, "is not a whole number (digits only, such as 27255)");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) { // digits only: too many of them
            throw Totals.tooLarge(value, "is").at(file, line);
        }
    }

    private static int lineOf(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }
}
