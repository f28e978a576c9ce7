package org.teller.cli;

/** An option or a group of options, as a group holds them. */
sealed interface GroupMember permits OptionSpec, OptionGroup {

    /** As the usage line shows it, such as {@code --lots=ORDER} or {@code [--lot-seed=N | --lots=ORDER]}. */
    String synopsis();

    /** Whether the command line gave it (a group: any option of it). */
    boolean givenIn(Arguments arguments);
}
