package org.teller.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a command takes, for the parser and the help alike: its parameters, options and groups of
 * options. Every command has {@code -h, --help} and {@code -V, --version}. Built once, as a constant:
 * <pre>
 * CommandSpec.command("count", "Counts a contest.").positional(CONTEST).options(FORMAT, OUT)
 *         .group(OptionGroup.atMostOneOf(LOT_SEED, LOTS))
 * </pre>
 */
final class CommandSpec {

    static final OptionSpec<Boolean> HELP = OptionSpec.flag("--help", "Show this help message and exit.").withShortName("-h");
    static final OptionSpec<Boolean> VERSION = OptionSpec.flag("--version", "Print version information and exit.")
            .withShortName("-V");

    private final String path;
    private final boolean root;
    private final List<String> description;
    private final List<Positional> positionals = new ArrayList<>();
    private final List<OptionSpec<?>> options = new ArrayList<>();
    private final List<OptionGroup> groups = new ArrayList<>();
    private final Map<String, OptionSpec<?>> byName = new LinkedHashMap<>();
    private final List<CommandSpec> commands = new ArrayList<>();
    private final List<String> footer = new ArrayList<>();

    private CommandSpec(String path, boolean root, List<String> description) {
        this.path = path;
        this.root = root;
        this.description = description;
        name(HELP);
        name(VERSION);
    }

    /**
     * A command of {@code teller}.
     *
     * @param description paragraphs; the first is the command's line in {@code teller --help}
     */
    static CommandSpec command(String name, String... description) {
        return new CommandSpec(Teller.NAME + " " + name, false, List.of(description));
    }

    /** {@code teller} itself, whose first parameter names a command. */
    static CommandSpec root(String... description) {
        return new CommandSpec(Teller.NAME, true, List.of(description));
    }

    CommandSpec positional(Positional positional) {
        positionals.add(positional);
        return this;
    }

    /** Options that stand alone (not in a group). */
    CommandSpec options(OptionSpec<?>... more) {
        for (OptionSpec<?> option : more) {
            options.add(option);
            name(option);
        }
        return this;
    }

    CommandSpec group(OptionGroup group) {
        groups.add(group);
        for (OptionSpec<?> option : group.options()) {
            name(option);
        }
        return this;
    }

    /** The commands that {@code teller} runs, listed in its help. */
    CommandSpec commands(List<Command> more) {
        for (Command command : more) {
            commands.add(command.spec());
        }
        return this;
    }

    /** Lines printed as they are at the end of the help. */
    CommandSpec footer(String... lines) {
        footer.addAll(List.of(lines));
        return this;
    }

    private void name(OptionSpec<?> option) {
        for (String name : option.names()) {
            if (byName.put(name, option) != null) {
                throw new IllegalStateException(path + " has two options named " + name);
            }
        }
    }

    /** How it is run, such as {@code teller count}. */
    String path() {
        return path;
    }

    /** Whether it is {@code teller} itself, whose first parameter names a command. */
    boolean isRoot() {
        return root;
    }

    /** The name it is run by, such as {@code count}. */
    String name() {
        return path.substring(path.lastIndexOf(' ') + 1);
    }

    List<String> description() {
        return description;
    }

    List<Positional> positionals() {
        return positionals;
    }

    /** The options that stand alone, without help and version. */
    List<OptionSpec<?>> options() {
        return options;
    }

    List<OptionGroup> groups() {
        return groups;
    }

    List<CommandSpec> commands() {
        return commands;
    }

    List<String> footer() {
        return footer;
    }

    /** Every option, help and version and those in groups too, in the order the help lists them. */
    List<OptionSpec<?>> allOptions() {
        List<OptionSpec<?>> all = new ArrayList<>(byName.values().stream().distinct().toList());
        all.sort(Comparator.comparing(option -> option.name().replaceFirst("^-+", "").toLowerCase(Locale.ROOT)));
        return all;
    }

    /** The option with this name, such as {@code --out} or {@code -h}, or null. */
    OptionSpec<?> option(String name) {
        return byName.get(name);
    }
}
