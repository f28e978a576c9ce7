package org.teller.rctab.cvr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.teller.core.InvalidInputException;

/**
 * The header of a Clear Ballot CVR file, as RCTab reads it: ten columns that describe the ballot
 * ({@code RowNumber, BoxID, BoxPosition, BallotID, PrecinctID, BallotStyleID, PrecinctStyleName,
 * ScanComputerName, Status, Remade}), then a column a choice at a rank, headed
 * {@code Choice_…:contest:rank:vote rule:choice:party}, each cell of which is 1 where the ballot marks it.
 *
 * @param count the number of columns, which every row has
 * @param choices the choice columns of the contest being read, in the file's order
 */
record ClearBallotColumns(int count, List<Choice> choices) {

    static final List<String> BALLOT = List.of("RowNumber", "BoxID", "BoxPosition", "BallotID", "PrecinctID",
            "BallotStyleID", "PrecinctStyleName", "ScanComputerName", "Status", "Remade");
    static final int BALLOT_ID = BALLOT.indexOf("BallotID");
    static final int PRECINCT_ID = BALLOT.indexOf("PrecinctID");

    ClearBallotColumns {
        choices = List.copyOf(choices);
    }

    /**
     * One column of the contest: a choice at a rank.
     *
     * @param column its index, from 0
     * @param choice its choice's name, as the header writes it
     * @param writeIn whether the choice is the source's undeclared write-in
     */
    record Choice(int column, int rank, String choice, boolean writeIn) {}

    /**
     * Reads the header {@code names} of {@code file}, keeping the columns of {@code contest}.
     *
     * @param maxRanks RCTab refuses a file whose contest has a column beyond the configuration's
     *     {@code maxRankingsAllowed}, marked or not; empty where the caller leaves that to the count
     */
    static ClearBallotColumns of(List<String> names, String file, String contest, String writeInLabel, OptionalInt maxRanks) {
        for (int i = 0; i < BALLOT.size(); i++) {
            if (i >= names.size() || !names.get(i).equals(BALLOT.get(i))) {
                throw new InvalidInputException(file, 1, i < names.size() ? names.get(i) : "", "is column " + (i + 1)
                        + " of the header, where Clear Ballot's CVR has " + BALLOT.get(i)
                        + " (its first columns are " + String.join(",", BALLOT) + ")");
            }
        }
        List<Choice> choices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int column = BALLOT.size(); column < names.size(); column++) {
            String name = names.get(column);
            String[] fields = name.split(":", -1);
            // RCTab splits the header at ':' dropping empty fields at its end, so it refuses a choice with no party.
            if (fields.length != 6 || fields[5].isEmpty()) {
                throw new InvalidInputException(file, 1, name, "is column " + (column + 1) + " of the header, but a choice"
                        + " column is headed by six fields separated by ':' (Choice_…:contest:rank:vote rule:choice:party),"
                        + " the last not empty");
            }
            if (!fields[1].equals(contest)) {
                continue;
            }
            if (!fields[2].matches("[1-9][0-9]{0,8}")) {
                throw new InvalidInputException(file, 1, fields[2], "is the rank of column " + (column + 1)
                        + " of the header, but a rank is a whole number from 1");
            }
            int rank = Integer.parseInt(fields[2]);
            if (maxRanks.isPresent() && rank > maxRanks.getAsInt()) {
                throw new InvalidInputException(file, 1, fields[2], "is the rank of column " + (column + 1)
                        + " of the header, beyond maxRankingsAllowed (" + maxRanks.getAsInt() + ")");
            }
            String choice = fields[4];
            if (choice.isEmpty()) {
                throw new InvalidInputException(file, 1, name, "is column " + (column + 1) + " of the header, which names no choice");
            }
            if (!seen.add(rank + ":" + choice)) {
                throw new InvalidInputException(file, 1, name, "is column " + (column + 1)
                        + " of the header, a second column of " + choice + " at rank " + rank);
            }
            choices.add(new Choice(column, rank, choice, choice.equals(writeInLabel)));
        }
        if (choices.isEmpty()) {
            throw new InvalidInputException(file, 1, contest, "is a contest no column of the header belongs to");
        }
        return new ClearBallotColumns(names.size(), choices);
    }
}
