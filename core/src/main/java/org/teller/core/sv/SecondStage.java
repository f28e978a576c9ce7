package org.teller.core.sv;

import java.util.List;
import org.teller.core.Share;
import org.teller.core.Totals;

/**
 * The second stage: the remaining candidates, the second preferences added to each, and their totals.
 *
 * @param remaining the candidates who went forward, by index (two, or more after an equality)
 * @param firstPreferences the remaining candidates' first-preference votes, by candidate index
 * @param transfers the second preferences on the papers of eliminated candidates
 */
public record SecondStage(List<Integer> remaining, List<Long> firstPreferences, Transfers transfers) {

    public SecondStage {
        remaining = List.copyOf(remaining);
        firstPreferences = List.copyOf(firstPreferences);
    }

    public long added(int candidate) {
        return transfers.added().get(candidate);
    }

    /** First preferences plus second preferences added; zero for an eliminated candidate. */
    public long total(int candidate) {
        return remaining.contains(candidate) ? Totals.add(firstPreferences.get(candidate), added(candidate)) : 0;
    }

    /** The votes of all remaining candidates at the end of the count. */
    public long totalOfRemaining() {
        long total = 0;
        for (int candidate : remaining) {
            total = Totals.add(total, total(candidate));
        }
        return total;
    }

    /** A remaining candidate's share of the votes at the end of the count. */
    public Share share(int candidate) {
        return new Share(total(candidate), totalOfRemaining());
    }

    public long nonTransferable() {
        return transfers.nonTransferable();
    }
}
