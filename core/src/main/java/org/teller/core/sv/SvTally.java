package org.teller.core.sv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.InvalidInputException;
import org.teller.core.Totals;
import org.teller.core.ballot.BallotPaper;
import org.teller.core.ballot.BallotPaperRules;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.ballot.Verdict;
import org.teller.core.ballot.Ranking;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.tally.RankingTally;

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
 *
 * <p>Memory follows what is present, not the size of the matrix (candidates &times; (candidates + 5)
 * cells: a million for a thousand candidates, in every count area). A matrix of at most
 * {@value #DENSE_CELLS} cells (up to 13 candidates) is an array from the start, as the fast path wants
 * it; a larger one starts as a map of the cells that have papers ({@link CellMap}) and becomes an array
 * only once a third of its cells have papers, when the map would take as much room. So a tally takes
 * at most about 2 KiB or 48 bytes for each cell with papers, whichever is more.
 */
public final class SvTally {

    /** The most cells a matrix can have to be an array from the start: 2 KiB of counts (13 candidates make 234). */
    static final int DENSE_CELLS = 256;

    private static final UnusedSecondPreference[] REASONS = UnusedSecondPreference.values();
    private static final RejectionHead[] HEADS = RejectionHead.values();

    private final int candidates;
    private final int columns;
    private final int cells;
    /** The count of every cell, once the matrix is an array; null while it is a map. */
    private long[] dense;
    /** The cells that have papers, while the matrix is a map; null once it is an array. */
    private CellMap sparse;
    private final long[] rejected = new long[HEADS.length];

    /**
     * @param candidates how many candidates stood, at most {@link BallotPaperRules#MAX_CANDIDATES}
     */
    public SvTally(int candidates) {
        if (candidates < 1 || candidates > BallotPaperRules.MAX_CANDIDATES) {
            throw new IllegalArgumentException("a tally is of 1 to " + BallotPaperRules.MAX_CANDIDATES
                    + " candidates, not " + candidates);
        }
        this.candidates = candidates;
        this.columns = candidates + REASONS.length;
        this.cells = Math.multiplyExact(candidates, columns);
        if (cells <= DENSE_CELLS) {
            dense = new long[cells];
        } else {
            sparse = new CellMap();
        }
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
            countOne(cell(BallotPaperRules.first(code), column));
        }
    }

    /** Counts one judged paper. */
    public void add(Verdict verdict) {
        if (verdict instanceof Verdict.Rejected rejection) {
            rejected[rejection.head().ordinal()]++;
        } else if (verdict instanceof Verdict.Valid valid) {
            int column = valid.unusedSecond().map(this::column).orElse(valid.second());
            countOne(cell(valid.first(), column));
        }
    }

    /**
     * Adds {@code votes} valid papers with this first preference and this counted second preference.
     * A second preference for the first candidate is not counted ({@link UnusedSecondPreference#SAME_AS_FIRST}).
     *
     * @throws InvalidInputException when the cell's count would be more than Teller can count
     */
    public void addVotes(int first, int second, long votes) {
        checkCandidate(second);
        int column = second == first ? column(UnusedSecondPreference.SAME_AS_FIRST) : second;
        addToCell(cell(first, column), checkCount(votes));
    }

    /**
     * Adds {@code votes} valid papers with this first preference whose second preference is not counted.
     *
     * @throws InvalidInputException when the cell's count would be more than Teller can count
     */
    public void addVotes(int first, UnusedSecondPreference reason, long votes) {
        addToCell(cell(first, column(reason)), checkCount(votes));
    }

    /**
     * Adds {@code papers} rejected papers under this head.
     *
     * @throws InvalidInputException when the head's count would be more than Teller can count
     */
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
        other.forEachCell(this::addToCell);
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

    public int candidateCount() {
        return candidates;
    }

    /** Valid papers with this first preference and this counted second preference. */
    public long votes(int first, int second) {
        checkCandidate(second);
        return countOf(cell(first, second));
    }

    /** Valid papers with this first preference whose second preference is not counted for this reason. */
    public long votes(int first, UnusedSecondPreference reason) {
        return countOf(cell(first, column(reason)));
    }

    public long firstPreferences(int candidate) {
        checkCandidate(candidate);
        long total = 0;
        if (dense != null) {
            for (int cell = candidate * columns; cell < (candidate + 1) * columns; cell++) {
                total = Totals.add(total, dense[cell]);
            }
            return total;
        }
        for (int slot = 0; slot < sparse.slots(); slot++) {
            int cell = sparse.cellAt(slot);
            if (cell >= 0 && cell / columns == candidate) {
                total = Totals.add(total, sparse.countAt(slot));
            }
        }
        return total;
    }

    /** Every candidate's first preferences, in one pass over the cells with papers. */
    public List<Long> firstPreferences() {
        long[] byFirst = new long[candidates];
        forEachCell((cell, votes) -> byFirst[cell / columns] = Totals.add(byFirst[cell / columns], votes));
        List<Long> firsts = new ArrayList<>(candidates);
        for (long votes : byFirst) {
            firsts.add(votes);
        }
        return firsts;
    }

    public long validFirstPreferences() {
        long[] valid = new long[1];
        forEachCell((cell, votes) -> valid[0] = Totals.add(valid[0], votes));
        return valid[0];
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

    /**
     * The same papers as a {@link RankingTally}: a cell (first, second) is the ranking first>second; a
     * cell (first, reason) the ranking of the first alone, ending for that reason.
     */
    public RankingTally toRankingTally() {
        RankingTally tally = new RankingTally(candidates);
        forEachCell((cell, votes) -> {
            int first = cell / columns;
            int column = cell % columns;
            if (column < candidates) {
                tally.add(Ranking.of(first, column), RankingEnd.COMPLETE, votes);
            } else {
                tally.add(Ranking.of(first), REASONS[column - candidates].end(), votes);
            }
        });
        for (RejectionHead head : HEADS) {
            tally.addRejected(head, rejected[head.ordinal()]);
        }
        return tally;
    }

    /**
     * Counts one more paper in a cell: the hot path of the fast reader. A count made one paper at a time
     * cannot pass the most a {@code long} holds (it would take 2<sup>63</sup> papers), so it is not checked.
     */
    private void countOne(int cell) {
        long[] array = dense;
        if (array != null) {
            array[cell]++;
        } else {
            addToMap(cell, 1);
        }
    }

    private void addToCell(int cell, long votes) {
        if (dense != null) {
            dense[cell] = Totals.add(dense[cell], votes);
        } else {
            addToMap(cell, votes);
        }
    }

    private void addToMap(int cell, long votes) {
        sparse.add(cell, votes);
        // A map at least half empty takes 24 bytes or more a cell with papers, an array 8 bytes a cell.
        if ((long) sparse.size() * 3 >= cells) {
            dense = new long[cells];
            forEachCell((mapped, count) -> dense[mapped] = count);
            sparse = null;
        }
    }

    private long countOf(int cell) {
        return dense != null ? dense[cell] : sparse.get(cell);
    }

    /** What to do with a cell that has papers. */
    @FunctionalInterface
    private interface CellAction {
        void accept(int cell, long votes);
    }

    /** Calls {@code action} with every cell that has papers (and perhaps some with none). */
    private void forEachCell(CellAction action) {
        if (sparse != null) {
            for (int slot = 0; slot < sparse.slots(); slot++) {
                int cell = sparse.cellAt(slot);
                if (cell >= 0) {
                    action.accept(cell, sparse.countAt(slot));
                }
            }
        } else {
            for (int cell = 0; cell < dense.length; cell++) {
                if (dense[cell] != 0) {
                    action.accept(cell, dense[cell]);
                }
            }
        }
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
