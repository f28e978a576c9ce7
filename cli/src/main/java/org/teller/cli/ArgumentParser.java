package org.teller.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a command line against a command's spec, as picocli did: {@code --opt value} and
 * {@code --opt=value}; short flags alone or together ({@code -hV}); {@code --} ends the options; each
 * option at most once. Problems are {@link UsageException}s in picocli's words. An option's value that
 * is another of the command's options ({@code --format --quiet}) is taken for a forgotten value; any other
 * value, one starting with '-' too, is the value.
 */
final class ArgumentParser {

    private final CommandSpec spec;
    private final String[] args;
    private final Arguments parsed = new Arguments();
    private final List<Integer> unmatched = new ArrayList<>();

    private ArgumentParser(CommandSpec spec, String[] args) {
        this.spec = spec;
        this.args = args;
    }

    /**
     * The arguments from {@code args[from]} on, for this command. When help or version is asked for, nothing
     * else is checked. For {@code teller} itself, reading stops at the first parameter, the command's name
     * ({@link Arguments#rest}).
     *
     * @throws UsageException if the command line is wrong
     */
    static Arguments parse(CommandSpec spec, String[] args, int from) {
        try {
            return new ArgumentParser(spec, args).read(from);
        } catch (UsageException e) {
            throw e.of(spec.path());
        }
    }

    private Arguments read(int from) {
        boolean optionsEnded = false;
        int positional = 0;
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && arg.length() > 1 && arg.startsWith("-")) {
                i = option(i);
            } else if (spec.isRoot()) {
                parsed.restFrom(i);
                break;
            } else if (positional < spec.positionals().size()) {
                parsed.put(spec.positionals().get(positional++), arg);
            } else {
                unmatched.add(i);
            }
        }
        if (parsed.get(CommandSpec.HELP) || parsed.get(CommandSpec.VERSION)) {
            return parsed;
        }
        if (!unmatched.isEmpty()) {
            throw unmatched();
        }
        List<String> missing = new ArrayList<>();
        for (OptionSpec<?> option : spec.options()) {
            if (option.isRequired() && !parsed.has(option)) {
                missing.add("'" + option.synopsis() + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException("Missing required option" + (missing.size() > 1 ? "s: " : ": ") + String.join(", ", missing));
        }
        for (Positional parameter : spec.positionals().subList(positional, spec.positionals().size())) {
            if (parameter.required()) {
                missing.add("'" + parameter.label() + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException("Missing required parameter" + (missing.size() > 1 ? "s: " : ": ")
                    + String.join(", ", missing));
        }
        for (OptionGroup group : spec.groups()) {
            group.check(parsed);
        }
        return parsed;
    }

    /** Reads the option at {@code args[at]}, and its value; returns the index of the last argument read. */
    private int option(int at) {
        String arg = args[at];
        int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
        OptionSpec<?> option = spec.option(equals < 0 ? arg : arg.substring(0, equals));
        if (option == null) {
            List<OptionSpec<?>> flags = shortFlags(arg);
            if (flags.isEmpty()) {
                unmatched.add(at);
            }
            for (OptionSpec<?> flag : flags) {
                set(flag, null);
            }
            return at;
        }
        if (equals >= 0) {
            set(option, arg.substring(equals + 1));
            return at;
        }
        if (option.isFlag()) {
            set(option, null);
            return at;
        }
        if (at + 1 == args.length) {
            throw new UsageException("Missing required parameter for option '" + option.name() + "' (" + option.label() + ")");
        }
        String value = args[at + 1];
        if (isOption(value)) {
            throw new UsageException("Expected parameter for option '" + option.name() + "' but found '" + value + "'");
        }
        set(option, value);
        return at + 1;
    }

    /** Short flags written together, such as {@code -hV}; none if {@code arg} is not that. */
    private List<OptionSpec<?>> shortFlags(String arg) {
        List<OptionSpec<?>> flags = new ArrayList<>();
        if (arg.startsWith("--")) {
            return flags;
        }
        for (int i = 1; i < arg.length(); i++) {
            OptionSpec<?> flag = spec.option("-" + arg.charAt(i));
            if (flag == null || !flag.isFlag()) {
                return List.of();
            }
            flags.add(flag);
        }
        return flags;
    }

    private boolean isOption(String arg) {
        int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
        return spec.option(equals < 0 ? arg : arg.substring(0, equals)) != null;
    }

    /** @param value as given, or null for a flag given without one */
    private <T> void set(OptionSpec<T> option, String value) {
        boolean standard = option == CommandSpec.HELP || option == CommandSpec.VERSION;
        if (parsed.has(option) && !standard) {
            throw new UsageException("option '" + option.name() + "'" + (option.isFlag() ? "" : " (" + option.label() + ")")
                    + " should be specified only once");
        }
        T converted;
        if (value == null) {
            converted = option.convert("true");
        } else {
            try {
                converted = option.convert(value);
            } catch (IllegalArgumentException e) {
                throw new UsageException("Invalid value for option '" + option.name() + "': " + e.getMessage());
            }
        }
        parsed.put(option, converted);
    }

    /** Arguments that fit nowhere: unknown options, or parameters beyond those the command takes. */
    private UsageException unmatched() {
        int first = unmatched.get(0);
        List<String> quoted = new ArrayList<>();
        for (int i : unmatched) {
            quoted.add("'" + args[i] + "'");
        }
        String all = String.join(", ", quoted);
        if (args[first].startsWith("-")) {
            return new UsageException("Unknown option" + (quoted.size() > 1 ? "s: " : ": ") + all);
        }
        return new UsageException(quoted.size() > 1 ? "Unmatched arguments from index " + first + ": " + all
                : "Unmatched argument at index " + first + ": " + all);
    }
}
