package org.teller.rctab.cvr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.teller.core.InvalidInputException;
import org.teller.rctab.cvr.DominionSession.Mark;
import org.teller.rctab.cvr.DominionSession.Snapshot;

/**
 * Streams the sessions of one Dominion CVR export file ({@code {"Sessions": [ {...}, ... ]}}), token by
 * token: each session is read into a {@link DominionSession} holding the marks of one contest only, and
 * handed on; the marks of other contests are passed over unread.
 */
final class DominionExport {

    private final DominionJson json;
    private final int contestId;

    private DominionExport(DominionJson json, int contestId) {
        this.json = json;
        this.contestId = contestId;
    }

    /** Hands each session of {@code file} to {@code sessions}, with the marks of contest {@code contestId}. */
    static void read(Path file, int contestId, Consumer<DominionSession> sessions) {
        try (DominionJson json = DominionJson.open(file)) {
            new DominionExport(json, contestId).sessions(sessions);
        }
    }

    private void sessions(Consumer<DominionSession> sessions) {
        json.startObject("the CVR export");
        boolean listed = false;
        for (String key = json.nextKey(); key != null; key = json.nextKey()) {
            if (!key.equals("Sessions")) {
                json.skip();
                continue;
            }
            listed = true;
            json.startArray("Sessions");
            for (int number = 1; json.nextItem(); number++) {
                sessions.accept(session(number));
            }
        }
        if (!listed) {
            throw json.problem("", "has no Sessions, as every Dominion CVR export has");
        }
        json.end();
    }

    private DominionSession session(int number) {
        String where = "session " + number;
        json.startObject(where);
        long line = json.line();
        Integer tabulator = null;
        Integer batch = null;
        Integer record = null;
        Snapshot original = null;
        Snapshot modified = null;
        for (String key = json.nextKey(); key != null; key = json.nextKey()) {
            switch (key) {
                case "TabulatorId" -> tabulator = json.whole("TabulatorId of " + where);
                case "BatchId" -> batch = json.whole("BatchId of " + where);
                case "RecordId" -> record = json.whole("RecordId of " + where);
                case "Original" -> original = snapshot("Original of " + where);
                case "Modified" -> modified = snapshot("Modified of " + where);
                default -> json.skip();
            }
        }
        return new DominionSession(number, line, required(tabulator, "TabulatorId", where, line),
                required(batch, "BatchId", where, line), required(record, "RecordId", where, line),
                required(original, "Original", where, line), Optional.ofNullable(modified));
    }

    private Snapshot snapshot(String where) {
        json.startObject(where);
        long line = json.line();
        Boolean current = null;
        OptionalInt precinct = OptionalInt.empty();
        OptionalInt portion = OptionalInt.empty();
        boolean ballotType = false;
        List<List<Mark>> cards = null;
        List<List<Mark>> contests = null;
        for (String key = json.nextKey(); key != null; key = json.nextKey()) {
            switch (key) {
                case "IsCurrent" -> current = json.flag("IsCurrent of " + where);
                case "PrecinctId" -> precinct = optionalWhole("PrecinctId of " + where);
                case "PrecinctPortionId" -> portion = optionalWhole("PrecinctPortionId of " + where);
                case "BallotTypeId" -> {
                    json.whole("BallotTypeId of " + where);
                    ballotType = true;
                }
                case "Cards" -> cards = cards(where);
                case "Contests" -> contests = contests("Contests of " + where);
                default -> json.skip();
            }
        }
        required(current, "IsCurrent", where, line);
        if (!ballotType) {
            throw problem(line, where + " has no BallotTypeId, which RCTab requires of every session");
        }
        if (cards != null && contests != null) {
            throw problem(line, where + " holds both Cards and Contests: Dominion writes the contests of a ballot in one or the other");
        }
        if (cards == null && contests == null) {
            throw problem(line, where + " holds neither Cards nor Contests");
        }
        return new Snapshot(line, current, precinct, portion, cards != null ? cards : contests);
    }

    /** The marks of the contest being read, from every card of a state. */
    private List<List<Mark>> cards(String where) {
        json.startArray("Cards of " + where);
        List<List<Mark>> found = new ArrayList<>();
        for (int n = 1; json.nextItem(); n++) {
            String card = "card " + n + " of " + where;
            json.startObject(card);
            long line = json.line();
            List<List<Mark>> contests = null;
            for (String key = json.nextKey(); key != null; key = json.nextKey()) {
                if (key.equals("Contests")) {
                    contests = contests("Contests of " + card);
                } else {
                    json.skip();
                }
            }
            found.addAll(required(contests, "Contests", card, line));
        }
        return found;
    }

    /** The marks of the contest being read, once for each time the list holds it. */
    private List<List<Mark>> contests(String where) {
        json.startArray(where);
        List<List<Mark>> found = new ArrayList<>();
        for (int n = 1; json.nextItem(); n++) {
            String contest = "contest " + n + " of " + where;
            json.startObject(contest);
            long line = json.line();
            Integer id = null;
            List<Mark> marks = null;
            for (String key = json.nextKey(); key != null; key = json.nextKey()) {
                switch (key) {
                    case "Id" -> id = json.whole("Id of " + contest);
                    // Dominion writes the Id first: the marks of other contests are then passed over unread.
                    case "Marks" -> {
                        if (id != null && id != contestId) {
                            json.skip();
                        } else {
                            marks = marks("Marks of " + contest);
                        }
                    }
                    default -> json.skip();
                }
            }
            if (required(id, "Id", contest, line) == contestId) {
                found.add(required(marks, "Marks", contest, line));
            }
        }
        return found;
    }

    private List<Mark> marks(String where) {
        json.startArray(where);
        List<Mark> marks = new ArrayList<>();
        for (int n = 1; json.nextItem(); n++) {
            String mark = "mark " + n + " of " + where;
            json.startObject(mark);
            long line = json.line();
            Integer candidate = null;
            Integer rank = null;
            Boolean ambiguous = null;
            for (String key = json.nextKey(); key != null; key = json.nextKey()) {
                switch (key) {
                    case "CandidateId" -> candidate = json.whole("CandidateId of " + mark);
                    case "Rank" -> rank = json.whole("Rank of " + mark);
                    case "IsAmbiguous" -> ambiguous = json.flag("IsAmbiguous of " + mark);
                    default -> json.skip();
                }
            }
            marks.add(new Mark(line, required(candidate, "CandidateId", mark, line), required(rank, "Rank", mark, line),
                    required(ambiguous, "IsAmbiguous", mark, line)));
        }
        return marks;
    }

    private OptionalInt optionalWhole(String what) {
        return json.isNull() ? OptionalInt.empty() : OptionalInt.of(json.whole(what));
    }

    private <T> T required(T value, String key, String where, long line) {
        if (value == null) {
            throw problem(line, where + " has no " + key);
        }
        return value;
    }

    private InvalidInputException problem(long line, String reason) {
        return new InvalidInputException(json.file().toString(), line, "", reason);
    }
}
