package org.teller.core.tally;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.teller.core.InvalidInputException;
import org.teller.core.Totals;

/**
 * The return of a count centre: first preferences for every candidate and, for the candidates who went
 * forward, the later preferences added to them at the second count (SV's second stage; the contingent
 * vote's second count). It is what a count centre sends the returning officer, and what a newspaper
 * prints; for first past the post it is the votes alone.
 *
 * <p>Returns cannot be recounted under other continuing candidates; they can only be checked against
 * the count: {@link #transfer} throws {@link StatedFiguresMismatchException} when the candidates who go
 * forward are not exactly those with a second-count figure, or when asked for a third round, and
 * {@link #checkFirstRoundOnly} when there is a figure but no second count. Immutable.
 */
public final class CountReturns implements PreferenceSource {

    private static final long NOT_FORWARD = -1;

    private final long[] first;
    private final long[] added;

    private CountReturns(long[] first, long[] added) {
        this.first = first;
        this.added = added;
    }

    /**
     * @param first first preferences by candidate index
     * @param added later preferences added by candidate index, empty for a candidate who did not go forward
     */
    public static CountReturns of(List<Long> first, List<Optional<Long>> added) {
        if (first.size() != added.size() || first.isEmpty()) {
            throw new IllegalArgumentException("a figure for every candidate is needed");
        }
        long[] firsts = new long[first.size()];
        long[] later = new long[first.size()];
        for (int candidate = 0; candidate < firsts.length; candidate++) {
            firsts[candidate] = nonNegative(first.get(candidate));
            later[candidate] = added.get(candidate).map(CountReturns::nonNegative).orElse(NOT_FORWARD);
        }
        return new CountReturns(firsts, later);
    }

    /**
     * The returns of two count areas added up. Both must state a second-count figure for the same
     * candidates: an area cannot send a candidate forward on its own.
     *
     * @throws StatedFiguresMismatchException naming a candidate with a figure in one return but not the other
     */
    public CountReturns plus(CountReturns other) {
        if (other.first.length != first.length) {
            throw new IllegalArgumentException("returns of different contests");
        }
        long[] firsts = new long[first.length];
        long[] later = new long[first.length];
        for (int candidate = 0; candidate < first.length; candidate++) {
            firsts[candidate] = Totals.add(first[candidate], other.first[candidate]);
            boolean here = added[candidate] != NOT_FORWARD;
            if (here != (other.added[candidate] != NOT_FORWARD)) {
                throw new StatedFiguresMismatchException(candidate, !here);
            }
            later[candidate] = here ? Totals.add(added[candidate], other.added[candidate]) : NOT_FORWARD;
        }
        return new CountReturns(firsts, later);
    }

    @Override
    public int candidateCount() {
        return first.length;
    }

    @Override
    public long valid() {
        return Totals.sum(first);
    }

    /** The second-count figure stated for a candidate, if one is. */
    public Optional<Long> added(int candidate) {
        return added[candidate] == NOT_FORWARD ? Optional.empty() : Optional.of(added[candidate]);
    }

    @Override
    public Standing first() {
        boolean[] all = new boolean[first.length];
        Arrays.fill(all, true);
        // Returns state the first preferences of valid papers: none is exhausted at the first round.
        return new Standing(first, all, 0, Optional.of(Map.of()), List.of(), null);
    }

    /**
     * The second count, when {@code continuing} are exactly the candidates with a stated figure. The
     * transfers are known only together, and the papers not transferable only in number.
     */
    @Override
    public Standing transfer(Standing before, boolean[] continuing) {
        if (!before.transfers().isEmpty() || before.exhausted() != 0) {
            throw new IllegalArgumentException("count returns state a second count only");
        }
        long[] votes = new long[first.length];
        long[] to = new long[first.length];
        long papersOfEliminated = 0;
        for (int candidate = 0; candidate < first.length; candidate++) {
            boolean stated = added[candidate] != NOT_FORWARD;
            if (stated != continuing[candidate]) {
                throw new StatedFiguresMismatchException(candidate, continuing[candidate]);
            }
            if (stated) {
                to[candidate] = added[candidate];
                votes[candidate] = Totals.add(first[candidate], added[candidate]);
            } else {
                papersOfEliminated = Totals.add(papersOfEliminated, first[candidate]);
            }
        }
        long transferred = Totals.sum(to);
        if (transferred > papersOfEliminated) {
            throw InvalidInputException.of(Long.toString(transferred), "second preferences are added at the second stage,"
                    + " more than the " + papersOfEliminated + " papers of the eliminated candidates");
        }
        Transfer together = new Transfer(OptionalInt.empty(), Arrays.stream(to).boxed().toList(), papersOfEliminated,
                Optional.empty());
        return new Standing(votes, continuing, papersOfEliminated - transferred, Optional.empty(), List.of(together), null);
    }

    @Override
    public void checkFirstRoundOnly() {
        for (int candidate = 0; candidate < added.length; candidate++) {
            if (added[candidate] != NOT_FORWARD) {
                throw StatedFiguresMismatchException.noSecondStage(candidate);
            }
        }
    }

    private static long nonNegative(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return count;
    }
}
