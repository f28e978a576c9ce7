package org.teller.core.sv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Totals;
import org.teller.core.ballot.UnusedSecondPreference;

/**
 * The valid votes of a Supplementary Vote contest (or of one count area), in the form the count needs:
 * first preferences, and the second preferences a set of remaining candidates would receive.
 *
 * <p>Two kinds exist because real counts produce both: a {@link SvTally} of ballot papers (or of an
 * e-counting first-by-second matrix), which can answer for any set of remaining candidates, and
 * {@link CountReturns}, which state the second-stage figures the count centre found.
 */
public interface SvVotes {

    /** How many candidates stood. */
    int candidateCount();

    /** Valid first-preference votes for a candidate. */
    long firstPreferences(int candidate);

    /** Every candidate's first preferences, by candidate index. */
    default List<Long> firstPreferences() {
        List<Long> firsts = new ArrayList<>(candidateCount());
        for (int candidate = 0; candidate < candidateCount(); candidate++) {
            firsts.add(firstPreferences(candidate));
        }
        return firsts;
    }

    /** All valid first-preference votes. */
    default long validFirstPreferences() {
        long total = 0;
        for (int candidate = 0; candidate < candidateCount(); candidate++) {
            total = Totals.add(total, firstPreferences(candidate));
        }
        return total;
    }

    /**
     * The second stage with these candidates remaining.
     *
     * @param remaining by candidate index, whether the candidate remains
     * @throws SecondStageMismatchException when the votes state second-stage figures for another set
     */
    Transfers transfersTo(boolean[] remaining);

    /**
     * Checks that the votes state no second stage, for a count that ended at the first stage (a majority,
     * or two candidates). Votes that can answer for any remaining candidates state none.
     *
     * @throws SecondStageMismatchException naming a candidate with a second-stage figure
     */
    default void checkNoSecondStage() {}

    /** Second preferences not counted on valid papers, by reason, where the source tells. */
    Optional<Map<UnusedSecondPreference, Long>> unusedSecondPreferences();
}
