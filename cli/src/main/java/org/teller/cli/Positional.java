package org.teller.cli;

/**
 * A parameter given by its place rather than a name, such as the CONTEST of {@code teller count CONTEST}.
 *
 * @param label what the help and messages call it
 * @param description what the help says of it
 * @param required whether a command line without it is wrong
 */
record Positional(String label, String description, boolean required) {

    static Positional required(String label, String description) {
        return new Positional(label, description, true);
    }

    static Positional optional(String label, String description) {
        return new Positional(label, description, false);
    }

    /** As the usage line shows it: {@code CONTEST}, or {@code [COMMAND]}. */
    String synopsis() {
        return required ? label : "[" + label + "]";
    }
}
