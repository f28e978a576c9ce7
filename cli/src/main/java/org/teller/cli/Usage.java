package org.teller.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's help, laid out as picocli laid it out: the usage line, the description, a table of
 * parameters and options (options sorted by name), the commands, and the footer; lines of at most 79
 * characters.
 */
final class Usage {

    private static final int WIDTH = 79;

    private final StringBuilder text = new StringBuilder();

    private Usage() {}

    /** The help of this command. */
    static String of(CommandSpec spec) {
        Usage usage = new Usage();
        String prefix = "Usage: " + spec.path() + " ";
        usage.wrap(prefix + synopsis(spec), 0, prefix.length());
        for (String paragraph : spec.description()) {
            usage.wrap(paragraph, 0, 0);
        }
        List<String[]> rows = new ArrayList<>();
        for (Positional positional : spec.positionals()) {
            rows.add(new String[] {"      " + positional.label(), positional.description()});
        }
        for (OptionSpec<?> option : spec.allOptions()) {
            String names = option.shortName() != null ? "  " + option.shortName() + ", " : "      ";
            rows.add(new String[] {names + option.synopsis(), option.description()});
        }
        usage.table(rows, 3);
        if (!spec.commands().isEmpty()) {
            usage.text.append("Commands:\n");
            rows.clear();
            for (CommandSpec command : spec.commands()) {
                rows.add(new String[] {"  " + command.name(), command.description().get(0)});
            }
            usage.table(rows, 2);
        }
        for (String line : spec.footer()) {
            usage.text.append(line).append('\n');
        }
        return usage.text.toString();
    }

    /** {@code [-hV] [--force] [--format=FORMAT] --out=DIR [--lot-seed=N | --lots=ORDER] CONTEST}. */
    static String synopsis(CommandSpec spec) {
        List<String> parts = new ArrayList<>();
        StringBuilder shortFlags = new StringBuilder();
        for (OptionSpec<?> option : List.of(CommandSpec.HELP, CommandSpec.VERSION)) {
            shortFlags.append(option.shortName().substring(1));
        }
        parts.add("[-" + shortFlags + "]");
        List<OptionSpec<?>> sorted = spec.options().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        for (boolean flags : new boolean[] {true, false}) {
            for (OptionSpec<?> option : sorted) {
                if (option.isFlag() == flags) {
                    parts.add(option.isRequired() ? option.synopsis() : "[" + option.synopsis() + "]");
                }
            }
        }
        for (OptionGroup group : spec.groups()) {
            parts.add(group.synopsis());
        }
        for (Positional positional : spec.positionals()) {
            parts.add(positional.synopsis());
        }
        if (spec.isRoot()) {
            parts.add("[COMMAND]");
        }
        return String.join(" ", parts);
    }

    /** Two columns: the first as wide as its widest entry and {@code gap}; the second wrapped under itself. */
    private void table(List<String[]> rows, int gap) {
        int width = 0;
        for (String[] row : rows) {
            width = Math.max(width, row[0].length());
        }
        for (String[] row : rows) {
            wrap(row[0] + " ".repeat(width + gap - row[0].length()) + row[1], width + gap, width + gap + 2);
        }
    }

    /**
     * Words of {@code line} on lines of at most {@link #WIDTH} characters. The first {@code kept} characters
     * stay as they are; lines after the first start with {@code indent} spaces.
     */
    private void wrap(String line, int kept, int indent) {
        StringBuilder current = new StringBuilder(line.substring(0, kept));
        boolean empty = true;
        for (String word : line.substring(kept).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && current.length() + 1 + word.length() > WIDTH) {
                text.append(current).append('\n');
                current = new StringBuilder(" ".repeat(indent));
                empty = true;
            }
            current.append(empty ? "" : " ").append(word);
            empty = false;
        }
        text.append(current).append('\n');
    }
}
