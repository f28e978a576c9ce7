package org.teller.formats.votes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.tally.CountReturns;
import org.teller.core.tally.StatedFiguresMismatchException;
import org.teller.formats.votes.CandidateNames;

/**
 * Reads count returns: columns {@code area} (optional), {@code candidate}, {@code first} (first
 * preferences) and {@code second} (second preferences added at the second stage; empty for a candidate
 * who did not go forward); or, for a count of one round (first past the post), {@code candidate} and
 * {@code votes}. Every area returns one row for every candidate. All the figures add up to at
 * most {@link org.teller.core.Totals#MOST} ({@link FileTotal}).
 */
public final class ReturnsCsv {

    private ReturnsCsv() {}

    /** One area's rows as read, with the line of each candidate's row. */
    private static final class AreaRows {
        final Long[] first;
        final List<Optional<Long>> second;
        final long[] lines;
        final long firstLine;

        AreaRows(int candidates, long firstLine) {
            this.first = new Long[candidates];
            this.second = new ArrayList<>(Collections.nCopies(candidates, Optional.<Long>empty()));
            this.lines = new long[candidates];
            this.firstLine = firstLine;
        }
    }

    /** Whether the header is a count of one round ({@code votes}); otherwise it must have {@code first} and {@code second}. */
    private static boolean returnsColumns(List<String> header, String file, long line) {
        boolean votes = header.contains("votes");
        if (votes && (header.contains("first") || header.contains("second"))) {
            throw new InvalidInputException(file, line, "votes", "cannot be a column beside 'first' or 'second': returns"
                    + " give either candidate,votes (one round) or candidate,first,second");
        }
        for (String column : votes ? List.<String>of() : List.of("first", "second")) {
            if (!header.contains(column)) {
                throw new InvalidInputException(file, line, column, "column is missing (the header must have: "
                        + "candidate, first, second; or candidate, votes)");
            }
        }
        return votes;
    }

    public static CountedVotes read(Path path, String file, List<Candidate> candidates) {
        CandidateNames names = new CandidateNames(candidates);
        // Either first preferences and what the second count added (SV, the contingent vote), or the votes of a
        // count of one round (first past the post): candidate,votes.
        boolean[] oneRound = new boolean[1];
        CsvTable table = new CsvTable(path, file, List.of("candidate"), List.of("area"),
                column -> column.equals("first") || column.equals("second") || column.equals("votes"),
                (header, line) -> oneRound[0] = returnsColumns(header, file, line));
        Map<String, AreaRows> areas = new LinkedHashMap<>();
        FileTotal figures = new FileTotal();
        table.forEach(row -> {
            String area = BallotPapersCsv.area(row);
            String name = row.get("candidate");
            int candidate;
            try {
                candidate = names.require(name);
            } catch (InvalidInputException e) {
                throw row.place(e);
            }
            AreaRows rows = areas.computeIfAbsent(area, key -> new AreaRows(candidates.size(), row.line()));
            if (rows.first[candidate] != null) {
                throw row.error(name, "already has a row on line " + rows.lines[candidate]
                        + (area.isEmpty() ? "" : " in area " + area));
            }
            rows.first[candidate] = figures.count(row, oneRound[0] ? "votes" : "first");
            rows.second.set(candidate, oneRound[0] ? java.util.Optional.empty() : figures.optionalCount(row, "second"));
            rows.lines[candidate] = row.line();
        });

        Map<String, CountReturns> votes = new HashMap<>();
        CountReturns total = null;
        for (Map.Entry<String, AreaRows> entry : areas.entrySet()) {
            AreaRows rows = entry.getValue();
            List<Long> first = new ArrayList<>();
            for (int candidate = 0; candidate < candidates.size(); candidate++) {
                if (rows.first[candidate] == null) {
                    throw new InvalidInputException(file, rows.firstLine, candidates.get(candidate).name(),
                            "has no row" + (entry.getKey().isEmpty() ? "" : " in area " + entry.getKey())
                                    + ": every candidate needs one");
                }
                first.add(rows.first[candidate]);
            }
            CountReturns returns = CountReturns.of(first, rows.second);
            votes.put(entry.getKey(), returns);
            try {
                total = total == null ? returns : total.plus(returns);
            } catch (StatedFiguresMismatchException e) {
                int candidate = e.candidate();
                throw new InvalidInputException(file, rows.lines[candidate], candidates.get(candidate).name(),
                        "has a second-stage figure in some areas but not in others (here: "
                                + rows.second.get(candidate).map(String::valueOf).orElse("none") + ")");
            }
        }
        AreaRows anyArea = areas.values().iterator().next();
        return CountedVotes.ofReturns(file, votes, total, mismatch -> {
            Candidate candidate = candidates.get(mismatch.candidate());
            long line = anyArea.lines[mismatch.candidate()];
            if (mismatch.noSecondStage()) {
                return new InvalidInputException(file, line, candidate.name(), "has a second-stage figure, but the count has"
                        + " no second stage: " + (candidates.size() == 2 ? "only two candidates stood"
                                : "a candidate has more than half of the valid first preferences")
                        + " (leave 'second' empty)");
            }
            return new InvalidInputException(file, line, candidate.name(), mismatch.remains()
                    ? "goes forward to the second stage but the returns give no second-stage figure for this candidate"
                    : "has a second-stage figure but did not go forward to the second stage (leave 'second' empty)");
        });
    }
}
