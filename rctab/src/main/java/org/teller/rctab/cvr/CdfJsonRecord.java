package org.teller.rctab.cvr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.teller.core.InvalidInputException;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One {@code CVR} of a CDF JSON report, read token by token as it comes (no tree of it is made), keeping
 * only what the count reads: each snapshot's selections in the contest counted, the current snapshot's
 * id, and the ballot style unit. A value is taken as RCTab's parser gives it: a number or a boolean as
 * its text, an object or a list where text is wanted as nothing; a key given twice in one object is
 * refused, since the two would be read differently by different readers.
 */
final class CdfJsonRecord {

    /** A selection position: whether it holds a write-in, its flags (text, "" unless a JSON string), its rank (null: none). */
    record Position(boolean writeIn, String hasIndication, String isAllocable, String rank) {}

    /** A contest selection: its id, its own rank (null: none), and its positions. */
    record Selection(String id, String rank, List<Position> positions) {}

    /** A snapshot: its id, and the selections of its first contest that is the one counted (null: none). */
    private record Snapshot(String id, List<Selection> selections) {}

    private final JsonParser parser;
    private final String contestId;
    private final String where;

    private CdfJsonRecord(JsonParser parser, String contestId, String where) {
        this.parser = parser;
        this.contestId = contestId;
        this.where = where;
    }

    /**
     * The record whose {@code START_OBJECT} the parser is at; the parser is left at its {@code END_OBJECT}.
     *
     * @param index the record's number in the file, from 1 (RCTab's id is the file's name and this)
     */
    static CastVoteRecord read(JsonParser parser, int index, CvrSource source, CdfElection election, String file) {
        String id = source.file().getFileName() + "(" + index + ")";
        return new CdfJsonRecord(parser, election.contestId, file + ", record " + id).record(id, source, election);
    }

    private CastVoteRecord record(String id, CvrSource source, CdfElection election) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw problem("", "is not a cast vote record (a JSON object)");
        }
        List<Snapshot> snapshots = new ArrayList<>();
        String current = "";
        String unit = "";
        Set<String> keys = new HashSet<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = once(keys, parser.currentName());
            parser.nextToken();
            switch (key) {
                case "CVRSnapshot" -> each(() -> snapshots.add(snapshot()));
                case "CurrentSnapshotId" -> current = text();
                case "BallotStyleUnitId" -> unit = text();
                default -> parser.skipChildren();
            }
        }
        List<Selection> selections = null;
        for (Snapshot snapshot : snapshots) {
            if (snapshot.id().equals(current) && snapshot.selections() != null) {
                selections = snapshot.selections();
            }
        }
        if (selections == null) {
            throw problem("", "its current snapshot does not hold contest " + source.contestId());
        }
        return record(id, unit, selections, election, where);
    }

    /**
     * A record from what its current snapshot selects in the contest counted (shared with
     * {@link CdfJsonFastReader}, which reads the rest of a record itself).
     *
     * @param where the record as messages name it
     */
    static CastVoteRecord record(String id, String unit, List<Selection> selections, CdfElection election, String where) {
        List<Ranking> rankings = new ArrayList<>();
        for (Selection selection : selections) {
            String ranked = election.ranked(selection.id(), id);
            if (selection.rank() != null) {
                add(rankings, rank(selection.rank(), where), ranked);
                continue;
            }
            for (Position position : selection.positions()) {
                if (position.hasIndication().equals("no") || position.isAllocable().equals("no")) {
                    continue;
                }
                if (position.rank() == null) {
                    throw new InvalidInputException(where, 0, "", "a selection position without a Rank");
                }
                add(rankings, rank(position.rank(), where), position.writeIn() ? null : ranked);
            }
        }
        return new CastVoteRecord(id, unit.isEmpty() ? "" : election.unit(unit), "", rankings);
    }

    private Snapshot snapshot() {
        String id = "";
        List<Selection> selections = null;
        Set<String> keys = new HashSet<>();
        expect(JsonToken.START_OBJECT, "a CVRSnapshot");
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = once(keys, parser.currentName());
            parser.nextToken();
            switch (key) {
                case "@id" -> id = text();
                case "CVRContest" -> {
                    List<List<Selection>> contests = new ArrayList<>();
                    each(() -> contests.add(contest()));
                    for (List<Selection> contest : contests) {
                        if (contest != null) {
                            selections = contest;
                            break;
                        }
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new Snapshot(id, selections);
    }

    /** A CVRContest's selections if it is the contest counted, else null. */
    private List<Selection> contest() {
        String contest = "";
        List<Selection> selections = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        expect(JsonToken.START_OBJECT, "a CVRContest");
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = once(keys, parser.currentName());
            parser.nextToken();
            switch (key) {
                case "ContestId" -> contest = text();
                case "CVRContestSelection" -> each(() -> selections.add(selection()));
                default -> parser.skipChildren();
            }
        }
        return contest.equals(contestId) ? selections : null;
    }

    private Selection selection() {
        String id = "";
        String rank = null;
        List<Position> positions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        expect(JsonToken.START_OBJECT, "a CVRContestSelection");
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = once(keys, parser.currentName());
            parser.nextToken();
            switch (key) {
                case "ContestSelectionId" -> id = text();
                case "Rank" -> rank = text();
                case "SelectionPosition" -> each(() -> positions.add(position()));
                default -> parser.skipChildren();
            }
        }
        return new Selection(id, rank, positions);
    }

    private Position position() {
        boolean writeIn = false;
        String hasIndication = "";
        String isAllocable = "";
        String rank = null;
        Set<String> keys = new HashSet<>();
        expect(JsonToken.START_OBJECT, "a SelectionPosition");
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = once(keys, parser.currentName());
            parser.nextToken();
            switch (key) {
                case "CVRWriteIn" -> {
                    writeIn = true;
                    parser.skipChildren();
                }
                case "HasIndication" -> hasIndication = string();
                case "IsAllocable" -> isAllocable = string();
                case "Rank" -> rank = text();
                default -> parser.skipChildren();
            }
        }
        return new Position(writeIn, hasIndication, isAllocable, rank);
    }

    /** Calls {@code one} for each element of the list the parser is at (a value that is not a list holds none). */
    private void each(Runnable one) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            one.run();
        }
    }

    /** A value as text: a string, or a number's or boolean's text; "" for null, an object or a list. */
    private String text() {
        JsonToken token = parser.currentToken();
        if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            return parser.getString();
        }
        parser.skipChildren();
        return "";
    }

    /** A JSON string's value; "" for anything else (RCTab compares the parsed value with a string). */
    private String string() {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        parser.skipChildren();
        return "";
    }

    private void expect(JsonToken token, String what) {
        if (parser.currentToken() != token) {
            throw problem("", "holds something other than " + what + " where one belongs");
        }
    }

    private String once(Set<String> keys, String key) {
        if (!keys.add(key)) {
            throw problem(key, "is given twice in one object");
        }
        return key;
    }

    /** A ranking of {@code candidate}'s name at {@code rank}; null stands for an undeclared write-in. */
    private static void add(List<Ranking> rankings, int rank, String candidate) {
        rankings.add(candidate == null ? Ranking.undeclaredWriteIn(rank) : Ranking.of(rank, candidate));
    }

    private static int rank(String text, String where) {
        try {
            int rank = Integer.parseInt(text.strip());
            if (rank >= 1) {
                return rank;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidInputException(where, 0, text, "is not a rank (a whole number from 1)");
    }

    private InvalidInputException problem(String value, String reason) {
        return new InvalidInputException(where, 0, value, reason);
    }
}
