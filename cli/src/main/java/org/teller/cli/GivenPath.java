package org.teller.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.teller.core.InvalidInputException;

/** A path the user gave. One this system cannot have (such as one with a NUL byte) is bad input, not a bug. */
final class GivenPath {

    private GivenPath() {}

    /** @param option the option or parameter that gave it, for the message */
    static Path of(String option, String given) {
        try {
            return Path.of(given);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(option, 0, given, "is not a path on this system: " + e.getReason());
        }
    }
}
