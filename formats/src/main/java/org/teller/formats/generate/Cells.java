package org.teller.formats.generate;

import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.tally.RankingTally;

/**
 * The cells of a tally, numbered: for a valid paper, its first preference and either its second
 * preference or the reason that is not counted; for a rejected paper, its head. A generator decides how
 * many papers of each cell to write; {@link PaperWriter} writes a paper the rules put in that cell.
 */
final class Cells {

    static final int REASONS = UnusedSecondPreference.values().length;
    static final int HEADS = RejectionHead.values().length;

    private final int candidates;

    Cells(int candidates) {
        this.candidates = candidates;
    }

    int candidates() {
        return candidates;
    }

    int count() {
        return candidates * (candidates + REASONS) + HEADS;
    }

    int valid(int first, int second) {
        return first * (candidates + REASONS) + second;
    }

    int unused(int first, UnusedSecondPreference reason) {
        return first * (candidates + REASONS) + candidates + reason.ordinal();
    }

    int rejected(RejectionHead head) {
        return candidates * (candidates + REASONS) + head.ordinal();
    }

    boolean isRejected(int cell) {
        return cell >= candidates * (candidates + REASONS);
    }

    RejectionHead head(int cell) {
        return RejectionHead.values()[cell - candidates * (candidates + REASONS)];
    }

    int first(int cell) {
        return cell / (candidates + REASONS);
    }

    /** The counted second preference, or -1. */
    int second(int cell) {
        int column = cell % (candidates + REASONS);
        return column < candidates ? column : -1;
    }

    UnusedSecondPreference reason(int cell) {
        return UnusedSecondPreference.values()[cell % (candidates + REASONS) - candidates];
    }

    /** A tally's counts by cell: SV's rankings, of one or two preferences. */
    long[] of(RankingTally tally) {
        long[] counts = new long[count()];
        tally.forEach((ranking, end, papers) -> {
            int first = ranking.candidate(0);
            int cell = ranking.size() > 1 ? valid(first, ranking.candidate(1))
                    : unused(first, UnusedSecondPreference.of(end).orElseThrow());
            counts[cell] += papers;
        });
        for (RejectionHead head : RejectionHead.values()) {
            counts[rejected(head)] = tally.rejected().get(head);
        }
        return counts;
    }
}
