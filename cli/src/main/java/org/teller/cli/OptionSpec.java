package org.teller.cli;

import java.util.List;
import java.util.function.Function;

/**
 * An option of a command: its names, the value it takes (none for a flag), how that value is read, and
 * what the help says of it. Immutable: {@link #required()} and {@link #orElse} give a new option, so
 * declare each as a constant and use that constant to read its value ({@link Arguments#get}).
 *
 * @param <T> the type of its value
 */
final class OptionSpec<T> implements GroupMember {

    private final List<String> names;
    private final String label;
    private final String description;
    private final Function<String, T> converter;
    private final boolean required;
    private final T fallback;

    private OptionSpec(List<String> names, String label, String description, Function<String, T> converter,
            boolean required, T fallback) {
        this.names = names;
        this.label = label;
        this.description = description;
        this.converter = converter;
        this.required = required;
        this.fallback = fallback;
    }

    /** An option that takes no value: true when given, false when not. */
    static OptionSpec<Boolean> flag(String name, String description) {
        return new OptionSpec<>(List.of(name), null, description, BOOLEAN, false, false);
    }

    /** An option whose value is any text, {@code --name LABEL} or {@code --name=LABEL}; null when not given. */
    static OptionSpec<String> text(String name, String label, String description) {
        return new OptionSpec<>(List.of(name), label, description, TEXT, false, null);
    }

    /** An option whose value is a whole number that fits a long, said in words a user knows. */
    static OptionSpec<Long> wholeNumber(String name, String label, String description) {
        return new OptionSpec<>(List.of(name), label, description, WHOLE_NUMBER, false, null);
    }

    /** This option with a short name too, such as {@code -h} beside {@code --help}. */
    OptionSpec<T> withShortName(String shortName) {
        return new OptionSpec<>(List.of(shortName, names.get(names.size() - 1)), label, description, converter, required,
                fallback);
    }

    /** This option, which must be given (in a group: whenever any other of the group is). */
    OptionSpec<T> required() {
        return new OptionSpec<>(names, label, description, converter, true, fallback);
    }

    /** This option, with the value it has when not given. */
    OptionSpec<T> orElse(T value) {
        return new OptionSpec<>(names, label, description, converter, required, value);
    }

    /** Its names, the short one (if any) first. */
    List<String> names() {
        return names;
    }

    /** The long name, by which messages call it. */
    String name() {
        return names.get(names.size() - 1);
    }

    /** The one-letter name, such as {@code -h}, or null. */
    String shortName() {
        return names.size() > 1 ? names.get(0) : null;
    }

    boolean isFlag() {
        return label == null;
    }

    /** What the help calls its value, such as FILE; null for a flag. */
    String label() {
        return label;
    }

    String description() {
        return description;
    }

    boolean isRequired() {
        return required;
    }

    T fallback() {
        return fallback;
    }

    /**
     * Reads a value given for it.
     *
     * @throws IllegalArgumentException with a message that quotes the value and says what is wrong
     */
    T convert(String given) {
        return converter.apply(given);
    }

    /** As a usage line shows it: {@code --out=FILE}, or {@code --force}. */
    @Override
    public String synopsis() {
        return isFlag() ? name() : name() + "=" + label;
    }

    @Override
    public boolean givenIn(Arguments arguments) {
        return arguments.has(this);
    }

    @Override
    public String toString() {
        return synopsis();
    }

    // Classes rather than lambdas: nothing to link when Teller starts.

    private static final Function<String, String> TEXT = new Function<>() {
        @Override
        public String apply(String given) {
            return given;
        }
    };

    private static final Function<String, Boolean> BOOLEAN = new Function<>() {
        @Override
        public Boolean apply(String given) {
            if (given.equalsIgnoreCase("true") || given.equalsIgnoreCase("false")) {
                return Boolean.valueOf(given);
            }
            throw new IllegalArgumentException("'" + given + "' is not a boolean");
        }
    };

    private static final Function<String, Long> WHOLE_NUMBER = new Function<>() {
        @Override
        public Long apply(String given) {
            boolean digits = !given.isEmpty() && !given.equals("-");
            for (int i = given.startsWith("-") ? 1 : 0; i < given.length(); i++) {
                digits &= given.charAt(i) >= '0' && given.charAt(i) <= '9';
            }
            if (!digits) {
                throw new IllegalArgumentException("'" + given + "' is not a whole number");
            }
            try {
                return Long.parseLong(given);
            } catch (NumberFormatException tooLarge) {
                throw new IllegalArgumentException("'" + given + "' is not a whole number from " + Long.MIN_VALUE + " to "
                        + Long.MAX_VALUE);
            }
        }
    };
}
