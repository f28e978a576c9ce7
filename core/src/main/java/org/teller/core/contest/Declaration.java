package org.teller.core.contest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Share;
import org.teller.core.Totals;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.count.Result;

/**
 * Everything that is declared and published about a count: the contest, the result, the statement of
 * rejected papers, second preferences not counted, changes since the previous contest, each count
 * area's figures and the SHA-256 of every input. Reports render it; they never recompute it.
 *
 * @param contest the contest counted
 * @param result the count
 * @param rejected the statement of rejected papers, when the source gives one (or the papers counted)
 * @param unusedSecondPreferences second preferences not counted on valid papers, by reason, where known
 * @param changes change in first-preference share since the previous contest, by candidate index
 * @param previous the previous contest, when changes were measured against one
 * @param areas the figures of each count area, sorted by name (empty for one area)
 * @param inputs every input file with its SHA-256
 */
public record Declaration(
        Contest contest,
        Result result,
        Optional<RejectedPapers> rejected,
        Optional<Map<UnusedSecondPreference, Long>> unusedSecondPreferences,
        Map<Integer, BigDecimal> changes,
        Optional<Contest> previous,
        List<AreaFigures> areas,
        List<InputFile> inputs) {

    public Declaration {
        unusedSecondPreferences = unusedSecondPreferences.map(Map::copyOf);
        changes = Map.copyOf(changes);
        areas = List.copyOf(areas);
        inputs = List.copyOf(inputs);
        long valid = result.valid();
        long papers = Totals.add(valid, rejected.map(RejectedPapers::total).orElse(0L));
        if (contest.electorate().isPresent() && papers > contest.electorate().getAsLong()) {
            throw new IllegalArgumentException(
                    papers + " ballot papers but an electorate of " + contest.electorate().getAsLong());
        }
    }

    /** Ballot papers counted, rejected ones included, when the rejected papers are known. */
    public Optional<Long> ballotPapers() {
        return rejected.map(statement -> Totals.add(result.valid(), statement.total()));
    }

    /** Ballot papers counted as a share of the electorate, when both are known. */
    public Optional<BigDecimal> turnout() {
        if (contest.electorate().isEmpty()) {
            return Optional.empty();
        }
        return ballotPapers().flatMap(papers -> new Share(papers, contest.electorate().getAsLong()).percent());
    }

    public Optional<BigDecimal> change(int candidate) {
        return Optional.ofNullable(changes.get(candidate));
    }
}
