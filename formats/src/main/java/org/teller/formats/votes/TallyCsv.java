package org.teller.formats.votes;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.Ranking;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.tally.RankingTally;
import org.teller.formats.votes.CandidateNames;

/**
 * Reads a first-by-second tally: columns {@code area} (optional), {@code first}, {@code second} (empty
 * when no second preference is counted) and {@code votes}. It is the matrix that e-counting produces and
 * London's rules have each constituency publish. A second preference for the first candidate is not
 * counted. A row may not repeat an earlier row's area, first and second. The votes of all rows add up
 * to at most {@link org.teller.core.Totals#MOST} ({@link FileTotal}).
 */
public final class TallyCsv {

    private TallyCsv() {}

    public static CountedVotes read(Path path, String file, List<Candidate> candidates) {
        CandidateNames names = new CandidateNames(candidates);
        CsvTable table = new CsvTable(path, file, List.of("first", "second", "votes"), List.of("area"));
        Map<String, RankingTally> areas = new HashMap<>();
        Map<List<Object>, Long> seen = new HashMap<>();
        FileTotal figures = new FileTotal();
        table.forEach(row -> {
            String area = BallotPapersCsv.area(row);
            int first = candidate(row, "first", names);
            String secondField = row.get("second");
            int second = secondField.isEmpty() ? -1 : candidate(row, "second", names);
            long votes = figures.count(row, "votes");
            Long earlier = seen.putIfAbsent(List.of(area, first, second), row.line());
            if (earlier != null) {
                throw row.error(row.get("first") + " > " + secondField,
                        "repeats the row on line " + earlier + (area.isEmpty() ? "" : " for area " + area));
            }
            RankingTally tally = areas.computeIfAbsent(area, name -> new RankingTally(candidates.size()));
            if (second < 0) {
                tally.add(Ranking.of(first), RankingEnd.NOT_STATED, votes);
            } else if (second == first) {
                tally.add(Ranking.of(first), RankingEnd.REPEATED_CANDIDATE, votes);
            } else {
                tally.add(Ranking.of(first, second), RankingEnd.COMPLETE, votes);
            }
        });
        return CountedVotes.ofTallies(file, areas, candidates.size(), false);
    }

    private static int candidate(CsvTable.Row row, String column, CandidateNames names) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw row.error(value, "is empty: column '" + column + "' needs a candidate");
        }
        try {
            return names.require(value);
        } catch (InvalidInputException e) {
            throw row.place(e);
        }
    }
}
