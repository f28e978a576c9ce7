package org.teller.core.sv;

import java.util.List;
import java.util.Optional;
import org.teller.core.Totals;

/**
 * The second stage as votes see it: the papers of eliminated candidates and the second preferences
 * on them that go to a remaining candidate.
 *
 * @param added second preferences added to each candidate, by candidate index (zero for the eliminated)
 * @param papersOfEliminated valid papers whose first preference is for an eliminated candidate
 * @param breakdown why the rest are not transferable, where the source tells
 */
public record Transfers(List<Long> added, long papersOfEliminated, Optional<NonTransferable> breakdown) {

    public Transfers {
        added = List.copyOf(added);
        long transferred = Totals.sum(added);
        if (transferred > papersOfEliminated) {
            throw new IllegalArgumentException(
                    "more second preferences added (" + transferred + ") than papers of eliminated candidates ("
                            + papersOfEliminated + ")");
        }
    }

    public long transferred() {
        return Totals.sum(added);
    }

    /** Papers of eliminated candidates that name no remaining candidate usable as second preference. */
    public long nonTransferable() {
        return papersOfEliminated - transferred();
    }
}
