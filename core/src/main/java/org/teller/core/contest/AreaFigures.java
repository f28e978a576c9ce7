package org.teller.core.contest;

import java.util.List;
import java.util.Optional;
import org.teller.core.Totals;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.count.Round;

/**
 * One count area's part of the result: its votes at each round of the whole count, with the same
 * candidates eliminated.
 *
 * @param area the count area's name
 * @param rounds the area's rounds, as many as the whole count's
 * @param rejected the area's rejected papers, where the source gives them by area
 */
public record AreaFigures(String area, List<Round> rounds, Optional<RejectedPapers> rejected) {

    public AreaFigures {
        rounds = List.copyOf(rounds);
    }

    /** First preferences by candidate index. */
    public List<Long> firstPreferences() {
        return rounds.get(0).votes();
    }

    /** Valid papers: those counted at the first round and those exhausted from the start. */
    public long validFirstPreferences() {
        return Totals.add(rounds.get(0).continuingVotes(), rounds.get(0).exhausted());
    }
}
