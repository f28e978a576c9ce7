package org.teller.core.sv;

import java.util.List;
import java.util.Optional;
import org.teller.core.Totals;
import org.teller.core.ballot.RejectedPapers;

/**
 * One count area's part of the result: its first preferences and, when the count had a second stage,
 * the second preferences its papers added to the remaining candidates.
 *
 * @param area the count area's name
 * @param firstPreferences by candidate index
 * @param transfers the area's second stage, under the remaining candidates of the whole count
 * @param rejected the area's rejected papers, where the source gives them by area
 */
public record AreaFigures(
        String area, List<Long> firstPreferences, Optional<Transfers> transfers, Optional<RejectedPapers> rejected) {

    public AreaFigures {
        firstPreferences = List.copyOf(firstPreferences);
    }

    public long validFirstPreferences() {
        return Totals.sum(firstPreferences);
    }
}
