package org.teller.formats.contest;

import java.nio.file.Path;

/**
 * Where a contest's votes are, and at which level real counts produce them.
 *
 * @param kind ballot papers, a first-by-second tally, a ranked tally, or count returns
 * @param path the file, resolved against the contest file's folder
 * @param name the file as the contest file names it
 */
public record VotesSource(Kind kind, Path path, String name) {

    /** The three levels of input. */
    public enum Kind {
        BALLOTS("ballots"),
        TALLY("tally"),
        RANKINGS("rankings"),
        RETURNS("returns");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
