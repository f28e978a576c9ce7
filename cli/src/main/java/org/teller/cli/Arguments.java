package org.teller.cli;

import java.util.IdentityHashMap;
import java.util.Map;

/** What a command line gave a command: the value of each option and parameter given. */
final class Arguments {

    // By identity: each option and parameter is one constant (and a record's hashCode would be linked at run time).
    private final Map<OptionSpec<?>, Object> options = new IdentityHashMap<>();
    private final Map<Positional, String> positionals = new IdentityHashMap<>();
    private int rest = -1;

    /** The option's value as given, or the value it has when not given (for a flag, false). */
    @SuppressWarnings("unchecked") // put() stores only what the option's own converter made
    <T> T get(OptionSpec<T> option) {
        return options.containsKey(option) ? (T) options.get(option) : option.fallback();
    }

    /** Whether the option was given. */
    boolean has(OptionSpec<?> option) {
        return options.containsKey(option);
    }

    /** The parameter as given, or null. */
    String get(Positional positional) {
        return positionals.get(positional);
    }

    /** Where the arguments of the command named start (for {@code teller} itself); -1 if none was named. */
    int rest() {
        return rest;
    }

    <T> void put(OptionSpec<T> option, T value) {
        options.put(option, value);
    }

    void put(Positional positional, String value) {
        positionals.put(positional, value);
    }

    void restFrom(int index) {
        rest = index;
    }
}
