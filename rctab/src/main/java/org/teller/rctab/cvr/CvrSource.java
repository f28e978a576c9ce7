package org.teller.rctab.cvr;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * One entry of a configuration's {@code cvrFileSources}: a file of cast vote records, the provider whose
 * format it is in, and how to read it.
 *
 * @param file the file, resolved against the configuration's folder
 * @param provider its format
 * @param contestId the contest to read, for files that hold several (CDF: the contest's name; Dominion,
 *     Hart, Clear Ballot: its id); "" when not given
 * @param firstVoteColumn the column (from 1) of the first ranking (ES&S, generic CSV)
 * @param firstVoteRow the row (from 1) of the first record (ES&S)
 * @param idColumn the column (from 1) of the record's id, if any
 * @param precinctColumn the column (from 1) of the record's precinct, if any
 * @param batchColumn the column (from 1) of the record's batch, if any
 * @param overvoteDelimiter the text that separates several candidates in one cell ("" for none)
 * @param overvoteLabel the text a file writes for an overvote at a rank ("" for none)
 * @param skippedRankLabel the text a file writes for a rank left empty ("" for none)
 * @param undeclaredWriteInLabel the text a file writes for an undeclared write-in ("" for none)
 * @param treatBlankAsUndeclaredWriteIn whether an empty cell is an undeclared write-in rather than a skipped rank
 */
public record CvrSource(Path file, CvrProvider provider, String contestId, OptionalInt firstVoteColumn,
        OptionalInt firstVoteRow, OptionalInt idColumn, OptionalInt precinctColumn, OptionalInt batchColumn,
        String overvoteDelimiter, String overvoteLabel, String skippedRankLabel, String undeclaredWriteInLabel,
        boolean treatBlankAsUndeclaredWriteIn) {

    /** A source of {@code provider}'s files with nothing else set: for tests and simple files. */
    public static CvrSource of(Path file, CvrProvider provider) {
        return new CvrSource(file, provider, "", OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), "", "", "", "", false);
    }
}
