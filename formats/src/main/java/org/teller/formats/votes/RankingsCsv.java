package org.teller.formats.votes;

import org.teller.formats.internal.PaperFields;
import org.teller.formats.internal.RankColumns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.Judgement;
import org.teller.core.count.VotingSystem;
import org.teller.core.tally.RankingTally;

/**
 * Reads a ranked tally: columns {@code area} (optional), the rank columns ({@code first, second...} or
 * {@code rank1...}, as for ballot papers) and {@code votes}, one row for each distinct ranking and the
 * number of valid papers that give it. It is what e-counting exports and what tests write by hand. Each
 * row must be a valid paper under the contest's system (rejected papers are stated in the contest file,
 * as for a tally); a row may not repeat an earlier row's area and ranking. The votes of all rows add up to
 * at most {@link org.teller.core.Totals#MOST}.
 */
public final class RankingsCsv {

    private RankingsCsv() {}

    public static CountedVotes read(Path path, String file, List<Candidate> candidates, VotingSystem system) {
        CandidateNames names = new CandidateNames(candidates);
        List<List<String>> ranks = new ArrayList<>(1);
        CsvTable table = new CsvTable(path, file, List.of("votes"), List.of("area"), RankColumns::isRank,
                (header, line) -> ranks.add(RankColumns.of(header, file, line, system.rules().ranksNeeded(),
                        system.title())));
        Map<String, RankingTally> areas = new HashMap<>();
        Map<List<Object>, Long> seen = new HashMap<>();
        FileTotal figures = new FileTotal();
        table.forEach(row -> {
            String area = BallotPapersCsv.area(row);
            List<List<Integer>> marks = new ArrayList<>();
            try {
                for (String column : ranks.get(0)) {
                    marks.add(PaperFields.marks(row.get(column), column, names));
                }
            } catch (InvalidInputException e) {
                throw row.place(e);
            }
            long votes = figures.count(row, "votes");
            Long earlier = seen.putIfAbsent(List.of(area, marks), row.line());
            if (earlier != null) {
                throw row.error(String.join(",", ranks.get(0).stream().map(row::get).toList()),
                        "repeats the ranking on line " + earlier + (area.isEmpty() ? "" : " for area " + area));
            }
            Judgement judgement = system.rules().judge(new Ballot(marks, java.util.Set.of(), java.util.Set.of()));
            if (judgement instanceof Judgement.Valid valid) {
                areas.computeIfAbsent(area, name -> new RankingTally(candidates.size()))
                        .add(valid.ranking(), valid.end(), votes);
            } else {
                throw row.error(String.join(",", ranks.get(0).stream().map(row::get).toList()),
                        "is not a valid paper under the " + system.title() + "'s rules (it would be rejected: "
                                + ((Judgement.Rejected) judgement).head().key() + "); state rejected papers in the"
                                + " contest file");
            }
        });
        return CountedVotes.ofTallies(file, areas, candidates.size(), false);
    }
}
