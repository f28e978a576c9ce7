package org.teller.core.sv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Totals;
import org.teller.core.ballot.BallotPaper;
import org.teller.core.ballot.BallotPaperRules;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.ballot.Verdict;

/**
 * A tally of Supplementary Vote ballot papers: everything a count needs of them, and nothing more.
 *
 * <p>Valid papers are counted in a first-by-second matrix whose columns are the second-preference
 * candidates followed by one column for each reason a second preference is not counted; rejected papers
 * are counted by head. That matrix is exactly what London's rules have each constituency publish, so
 * a tally can be built from ballot papers or read from an e-counting return.
 *
 * <p>Tallies are <em>mergeable</em>: merging the tallies of any partition of the papers (count areas,
 * threads, machines) gives the tally of all of them. An instance is a mutable accumulator and is not
 * thread-safe: give each thread its own and {@link #merge} them.
 */
public final class SvTally implements SvVotes {

    private static final UnusedSecondPreference[] REASONS = UnusedSecondPreference.values();
    private static final RejectionHead[] HEADS = RejectionHead.values();

    private final int candidates;
    private final int columns;
    private final long[] cells;
    private final long[] rejected = new long[HEADS.length];

    public SvTally(int candidates) {
        if (candidates < 1) {
            throw new IllegalArgumentException("a tally needs candidates");
        }
        this.candidates = candidates;
        this.columns = candidates + REASONS.length;
        this.cells = new long[Math.multiplyExact(candidates, columns)];
    }

    /** Judges a paper by the statutory rules and counts it. */
    public void add(BallotPaper paper) {
        add(BallotPaperRules.judge(paper));
    }

    /**
     * Counts one paper judged by {@link BallotPaperRules#code}: the way to tally millions of papers
     * without building an object for each.
     */
    public void add(int code) {
        if (BallotPaperRules.isRejected(code)) {
            rejected[BallotPaperRules.headOrdinal(code)]++;
        } else {
            int second = BallotPaperRules.second(code);
            int column = second >= 0 ? second : candidates + BallotPaperRules.unusedSecondOrdinal(code);
            cells[cell(BallotPaperRules.first(code), column)]++;
        }
    }

    /** Counts one judged paper. */
    public void add(Verdict verdict) {
        if (verdict instanceof Verdict.Rejected rejection) {
            rejected[rejection.head().ordinal()]++;
        } else if (verdict instanceof Verdict.Valid valid) {
            int column = valid.unusedSecond().map(this::column).orElse(valid.second());
            cells[cell(valid.first(), column)]++;
        }
    }

    /**
     * Adds {@code votes} valid papers with this first preference and this counted second preference.
     * A second preference for the first candidate is not counted ({@link UnusedSecondPreference#SAME_AS_FIRST}).
     */
    public void addVotes(int first, int second, long votes) {
        checkCandidate(second);
        int column = second == first ? column(UnusedSecondPreference.SAME_AS_FIRST) : second;
        int cell = cell(first, column);
        cells[cell] = Totals.add(cells[cell], checkCount(votes));
    }

    /** Adds {@code votes} valid papers with this first preference whose second preference is not counted. */
    public void addVotes(int first, UnusedSecondPreference reason, long votes) {
        int cell = cell(first, column(reason));
        cells[cell] = Totals.add(cells[cell], checkCount(votes));
    }

    /** Adds {@code papers} rejected papers under this head. */
    public void addRejected(RejectionHead head, long papers) {
        rejected[head.ordinal()] = Totals.add(rejected[head.ordinal()], checkCount(papers));
    }

    /**
     * Adds another tally of the same contest into this one.
     *
     * @throws InvalidInputException when a sum is more than Teller can count (this tally is then partly merged)
     */
    public void merge(SvTally other) {
        if (other.candidates != candidates) {
            throw new IllegalArgumentException("tallies of different contests");
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = Totals.add(cells[i], other.cells[i]);
        }
        for (int i = 0; i < rejected.length; i++) {
            rejected[i] = Totals.add(rejected[i], other.rejected[i]);
        }
    }

    /** A new tally holding the sum of these. */
    public static SvTally sum(int candidates, List<SvTally> tallies) {
        SvTally sum = new SvTally(candidates);
        tallies.forEach(sum::merge);
        return sum;
    }

    @Override
    public int candidateCount() {
        return candidates;
    }

    /** Valid papers with this first preference and this counted second preference. */
    public long votes(int first, int second) {
        checkCandidate(second);
        return cells[cell(first, second)];
    }

    /** Valid papers with this first preference whose second preference is not counted for this reason. */
    public long votes(int first, UnusedSecondPreference reason) {
        return cells[cell(first, column(reason))];
    }

    @Override
    public long firstPreferences(int candidate) {
        checkCandidate(candidate);
        long total = 0;
        int row = candidate * columns;
        for (int column = 0; column < columns; column++) {
            total = Totals.add(total, cells[row + column]);
        }
        return total;
    }

    /** The papers rejected, by head. A tally knows the head of every paper it rejected. */
    public RejectedPapers rejected() {
        EnumMap<RejectionHead, Long> byHead = new EnumMap<>(RejectionHead.class);
        for (RejectionHead head : HEADS) {
            byHead.put(head, rejected[head.ordinal()]);
        }
        return new RejectedPapers(byHead, 0);
    }

    /** All papers counted: valid and rejected. */
    public long ballotPapers() {
        return Totals.add(validFirstPreferences(), rejected().total());
    }

    @Override
    public Transfers transfersTo(boolean[] remaining) {
        if (remaining.length != candidates) {
            throw new IllegalArgumentException("remaining candidates of another contest");
        }
        long[] added = new long[candidates];
        long[] unused = new long[REASONS.length];
        long papersOfEliminated = 0;
        long forEliminated = 0;
        for (int first = 0; first < candidates; first++) {
            if (remaining[first]) {
                continue; // second preferences on these papers are never looked at
            }
            int row = first * columns;
            for (int second = 0; second < candidates; second++) {
                long votes = cells[row + second];
                papersOfEliminated = Totals.add(papersOfEliminated, votes);
                if (remaining[second]) {
                    added[second] = Totals.add(added[second], votes);
                } else {
                    forEliminated = Totals.add(forEliminated, votes);
                }
            }
            for (int reason = 0; reason < REASONS.length; reason++) {
                long votes = cells[row + candidates + reason];
                papersOfEliminated = Totals.add(papersOfEliminated, votes);
                unused[reason] = Totals.add(unused[reason], votes);
            }
        }
        EnumMap<UnusedSecondPreference, Long> byReason = new EnumMap<>(UnusedSecondPreference.class);
        for (UnusedSecondPreference reason : REASONS) {
            byReason.put(reason, unused[reason.ordinal()]);
        }
        List<Long> addedList = new ArrayList<>(candidates);
        for (long votes : added) {
            addedList.add(votes);
        }
        return new Transfers(addedList, papersOfEliminated, Optional.of(new NonTransferable(forEliminated, byReason)));
    }

    @Override
    public Optional<Map<UnusedSecondPreference, Long>> unusedSecondPreferences() {
        EnumMap<UnusedSecondPreference, Long> unused = new EnumMap<>(UnusedSecondPreference.class);
        for (UnusedSecondPreference reason : REASONS) {
            long total = 0;
            for (int first = 0; first < candidates; first++) {
                total = Totals.add(total, votes(first, reason));
            }
            unused.put(reason, total);
        }
        return Optional.of(unused);
    }

    private int column(UnusedSecondPreference reason) {
        return candidates + reason.ordinal();
    }

    private int cell(int first, int column) {
        checkCandidate(first);
        return first * columns + column;
    }

    private void checkCandidate(int candidate) {
        if (candidate < 0 || candidate >= candidates) {
            throw new IndexOutOfBoundsException("no candidate " + candidate);
        }
    }

    private static long checkCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return count;
    }
}
