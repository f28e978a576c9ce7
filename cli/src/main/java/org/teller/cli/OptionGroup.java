package org.teller.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Options that exclude one another ({@code [--lot-seed=N | --lots=ORDER]}), or that go together
 * ({@code [--ballots=N --candidates=K [--areas=M]]}: once one is given, so must every required one be).
 * Groups may hold groups.
 */
final class OptionGroup implements GroupMember {

    private final boolean exclusive;
    private final boolean required;
    private final List<GroupMember> members;

    private OptionGroup(boolean exclusive, boolean required, List<GroupMember> members) {
        this.exclusive = exclusive;
        this.required = required;
        this.members = members;
    }

    /** At most one of these. */
    static OptionGroup atMostOneOf(GroupMember... members) {
        return new OptionGroup(true, false, List.of(members));
    }

    /** Exactly one of these. */
    static OptionGroup oneOf(GroupMember... members) {
        return new OptionGroup(true, true, List.of(members));
    }

    /** These together, or none of them: the required ones whenever any is given. */
    static OptionGroup together(GroupMember... members) {
        return new OptionGroup(false, false, List.of(members));
    }

    /** Every option in it, in groups within it too. */
    List<OptionSpec<?>> options() {
        List<OptionSpec<?>> options = new ArrayList<>();
        for (GroupMember member : members) {
            if (member instanceof OptionSpec<?> option) {
                options.add(option);
            } else {
                options.addAll(((OptionGroup) member).options());
            }
        }
        return options;
    }

    @Override
    public String synopsis() {
        List<String> shown = new ArrayList<>();
        for (GroupMember member : members) {
            boolean bare = exclusive || member instanceof OptionGroup || ((OptionSpec<?>) member).isRequired();
            shown.add(bare ? member.synopsis() : "[" + member.synopsis() + "]");
        }
        String inside = String.join(exclusive ? " | " : " ", shown);
        return required ? "(" + inside + ")" : "[" + inside + "]";
    }

    @Override
    public boolean givenIn(Arguments arguments) {
        for (GroupMember member : members) {
            if (member.givenIn(arguments)) {
                return true;
            }
        }
        return false;
    }

    /** Checks the options given against the group, and against the groups within it that were given. */
    void check(Arguments arguments) {
        List<String> given = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (GroupMember member : members) {
            if (member.givenIn(arguments)) {
                given.add(member.synopsis());
            } else if (member instanceof OptionSpec<?> option && option.isRequired()) {
                missing.add(option.synopsis());
            }
        }
        if (exclusive && given.size() > 1) {
            throw new UsageException(String.join(", ", given.subList(0, given.size() - 1)) + " and "
                    + given.get(given.size() - 1) + " are mutually exclusive (specify only one)");
        }
        if (exclusive && given.isEmpty() && required) {
            throw new UsageException("Missing required argument (specify one of these): " + synopsis());
        }
        if (!exclusive && (!given.isEmpty() || required) && !missing.isEmpty()) {
            throw new UsageException("Missing required argument(s): " + String.join(", ", missing));
        }
        for (GroupMember member : members) {
            if (member instanceof OptionGroup group && group.givenIn(arguments)) {
                group.check(arguments);
            }
        }
    }
}
