package org.teller.core.sv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.InvalidInputException;
import org.teller.core.Totals;
import org.teller.core.ballot.UnusedSecondPreference;

/**
 * The return of a count centre: first preferences for every candidate and, for the candidates who
 * went forward, the second preferences added to them at the second stage. It is what a count centre
 * sends the returning officer, and what a newspaper prints.
 *
 * <p>Returns cannot be recounted under another set of remaining candidates; they can only be checked
 * against the count: {@link #transfersTo} throws {@link SecondStageMismatchException} when the
 * candidates who remain are not exactly those with a second-stage figure, and {@link #checkNoSecondStage}
 * when there is a figure but no second stage. Immutable.
 */
public final class CountReturns implements SvVotes {

    private static final long NOT_FORWARD = -1;

    private final long[] first;
    private final long[] secondAdded;

    private CountReturns(long[] first, long[] secondAdded) {
        this.first = first;
        this.secondAdded = secondAdded;
    }

    /**
     * @param first first preferences by candidate index
     * @param secondAdded second preferences added by candidate index, empty for a candidate who did not go forward
     */
    public static CountReturns of(List<Long> first, List<Optional<Long>> secondAdded) {
        if (first.size() != secondAdded.size() || first.isEmpty()) {
            throw new IllegalArgumentException("a figure for every candidate is needed");
        }
        long[] firsts = new long[first.size()];
        long[] seconds = new long[first.size()];
        for (int candidate = 0; candidate < firsts.length; candidate++) {
            firsts[candidate] = nonNegative(first.get(candidate));
            seconds[candidate] = secondAdded.get(candidate).map(CountReturns::nonNegative).orElse(NOT_FORWARD);
        }
        return new CountReturns(firsts, seconds);
    }

    /**
     * The returns of two count areas added up. Both must state a second-stage figure for the same
     * candidates: an area cannot send a candidate forward on its own.
     *
     * @throws SecondStageMismatchException naming a candidate with a figure in one return but not the other
     */
    public CountReturns plus(CountReturns other) {
        if (other.first.length != first.length) {
            throw new IllegalArgumentException("returns of different contests");
        }
        long[] firsts = new long[first.length];
        long[] seconds = new long[first.length];
        for (int candidate = 0; candidate < first.length; candidate++) {
            firsts[candidate] = Totals.add(first[candidate], other.first[candidate]);
            boolean here = secondAdded[candidate] != NOT_FORWARD;
            if (here != (other.secondAdded[candidate] != NOT_FORWARD)) {
                throw new SecondStageMismatchException(candidate, !here);
            }
            seconds[candidate] = here ? Totals.add(secondAdded[candidate], other.secondAdded[candidate]) : NOT_FORWARD;
        }
        return new CountReturns(firsts, seconds);
    }

    @Override
    public int candidateCount() {
        return first.length;
    }

    @Override
    public long firstPreferences(int candidate) {
        return first[candidate];
    }

    /** The second-stage figure stated for a candidate, if one is. */
    public Optional<Long> secondAdded(int candidate) {
        return secondAdded[candidate] == NOT_FORWARD ? Optional.empty() : Optional.of(secondAdded[candidate]);
    }

    @Override
    public Transfers transfersTo(boolean[] remaining) {
        List<Long> added = new ArrayList<>();
        long papersOfEliminated = 0;
        for (int candidate = 0; candidate < first.length; candidate++) {
            boolean stated = secondAdded[candidate] != NOT_FORWARD;
            if (stated != remaining[candidate]) {
                throw new SecondStageMismatchException(candidate, remaining[candidate]);
            }
            added.add(stated ? secondAdded[candidate] : 0L);
            if (!remaining[candidate]) {
                papersOfEliminated = Totals.add(papersOfEliminated, first[candidate]);
            }
        }
        long transferred = Totals.sum(added);
        if (transferred > papersOfEliminated) {
            throw InvalidInputException.of(Long.toString(transferred), "second preferences are added at the second stage,"
                    + " more than the " + papersOfEliminated + " papers of the eliminated candidates");
        }
        return new Transfers(added, papersOfEliminated, Optional.empty());
    }

    @Override
    public void checkNoSecondStage() {
        for (int candidate = 0; candidate < secondAdded.length; candidate++) {
            if (secondAdded[candidate] != NOT_FORWARD) {
                throw SecondStageMismatchException.noSecondStage(candidate);
            }
        }
    }

    @Override
    public Optional<Map<UnusedSecondPreference, Long>> unusedSecondPreferences() {
        return Optional.empty();
    }

    private static long nonNegative(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return count;
    }
}
