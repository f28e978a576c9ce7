package org.teller.formats.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.contest.Declaration;
import org.teller.core.tally.CountReturns;
import org.teller.formats.contest.ContestCounter.CountedContest;

/**
 * How many papers of each cell, area by area, reproduce a counted contest: exactly its first
 * preferences, its second-stage additions and papers not transferable, and its statement of rejected
 * papers. Where the source says nothing (the second preferences on the finalists' own papers, why papers
 * did not transfer, heads of rejection not stated), it chooses, always the same way:
 * <ul>
 *   <li>second preferences not counted, where the returns state them by reason, go to the papers that
 *       can hold them (those never looked at, and those that did not transfer) in proportion to room;</li>
 *   <li>the finalists' papers (never looked at in the count) name other candidates second in
 *       proportion to their first preferences (without a statement, one in five name no one);</li>
 *   <li>a paper of an eliminated candidate that did not transfer names another eliminated candidate
 *       (without a statement, a third of them; the rest no one);</li>
 *   <li>rejected papers whose head is not stated, or stated only as "unmarked or void for uncertainty",
 *       are unmarked; a tally's "not stated" second
 *       preferences are papers with no second choice.</li>
 * </ul>
 * Rejected papers stated for the whole contest are shared among areas in proportion to valid votes.
 */
final class LikeContest {

    private LikeContest() {}

    /** Cell counts by area name, in the order of the counted areas. */
    static Map<String, long[]> cells(CountedContest counted, Cells cells) {
        Declaration declaration = counted.declaration();
        Map<String, long[]> areas = new LinkedHashMap<>();
        Map<String, ReturnedArea> returned = new LinkedHashMap<>();
        counted.votes().tallies().ifPresent(tallies -> tallies.forEach((area, tally) -> areas.put(area, cells.of(tally))));
        counted.votes().returns().ifPresent(returns -> returns.forEach((area, stated) -> {
            ReturnedArea plan = new ReturnedArea(stated, declaration, cells);
            returned.put(area, plan);
            areas.put(area, plan.counts);
        }));
        if (!returned.isEmpty()) {
            Optional<Map<UnusedSecondPreference, Long>> stated = counted.file().stated().unusedSeconds();
            if (stated.isPresent()) {
                placeUnused(stated.get(), new ArrayList<>(returned.values()));
            }
            returned.values().forEach(plan -> plan.fillTheRest(stated.isPresent()));
        }
        if (counted.votes().rejected().isEmpty()) {
            // The statement of rejected papers is the contest's: share it among the areas.
            RejectedPapers statement = declaration.rejected().orElse(RejectedPapers.none());
            List<long[]> all = new ArrayList<>(areas.values());
            long[] valid = all.stream().mapToLong(counts -> validOf(counts, cells)).toArray();
            for (RejectionHead head : RejectionHead.values()) {
                // Heads not stated, and the joint head, are written as unmarked papers.
                long papers = statement.get(head)
                        + (head == RejectionHead.UNMARKED ? statement.headsUnknown() + statement.unmarkedOrUncertain() : 0);
                long[] shares = Apportion.largestRemainder(papers, valid);
                for (int area = 0; area < all.size(); area++) {
                    all.get(area)[cells.rejected(head)] += shares[area];
                }
            }
        }
        return areas;
    }

    /**
     * Places the stated second preferences not counted, reason by reason, first among areas and then
     * among each area's candidates, in proportion to the room each has left: the papers whose second
     * preference was never looked at, and those of eliminated candidates that did not transfer. The
     * statement was checked to fit that room, so every paper finds a place.
     */
    private static void placeUnused(Map<UnusedSecondPreference, Long> stated, List<ReturnedArea> areas) {
        for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
            long[] room = areas.stream().mapToLong(ReturnedArea::room).toArray();
            long[] shares = Apportion.largestRemainder(stated.getOrDefault(reason, 0L), room);
            for (int area = 0; area < areas.size(); area++) {
                areas.get(area).place(reason, shares[area]);
            }
        }
    }

    /** One area counted from returns: what the returns fix, and the choices made for the rest. */
    private static final class ReturnedArea {
        final Cells cells;
        final long[] counts;
        final long[] first;
        final List<Integer> remaining;
        final List<Integer> eliminated = new ArrayList<>();
        /** Papers of each candidate not yet given a cell. */
        final long[] open;

        ReturnedArea(CountReturns returns, Declaration declaration, Cells cells) {
            this.cells = cells;
            int n = cells.candidates();
            this.counts = new long[cells.count()];
            this.first = new long[n];
            for (int c = 0; c < n; c++) {
                first[c] = returns.first().votes(c);
            }
            this.remaining = declaration.result().rounds().size() > 1
                    ? declaration.result().rounds().get(1).continuing() : List.of();
            for (int c = 0; c < n; c++) {
                if (!remaining.isEmpty() && !remaining.contains(c)) {
                    eliminated.add(c);
                }
            }
            this.open = first.clone();
            // The eliminated candidates' papers: each finalist's additions shared in proportion to their papers.
            for (int f : remaining) {
                long added = returns.added(f).orElseThrow();
                long[] weights = new long[n];
                for (int e : eliminated) {
                    weights[e] = open[e];
                }
                long[] shares = Apportion.largestRemainder(added, weights);
                for (int e : eliminated) {
                    counts[cells.valid(e, f)] += shares[e];
                    open[e] -= shares[e];
                }
            }
        }

        long room() {
            long room = 0;
            for (long papers : open) {
                room += papers;
            }
            return room;
        }

        void place(UnusedSecondPreference reason, long papers) {
            long[] shares = Apportion.largestRemainder(papers, open);
            for (int c = 0; c < open.length; c++) {
                counts[cells.unused(c, reason)] += shares[c];
                open[c] -= shares[c];
            }
        }

        /**
         * Gives every paper still open a cell: the papers never looked at name other candidates second
         * (with no statement, one in five none); eliminated candidates' papers that did not transfer name
         * another eliminated candidate (with no statement, a third of them; the rest none).
         */
        void fillTheRest(boolean stated) {
            for (int c = 0; c < open.length; c++) {
                if (eliminated.contains(c)) {
                    int self = c;
                    int other = eliminated.stream().filter(x -> x != self).findFirst().orElse(-1);
                    long forOther = other < 0 ? 0 : stated ? open[c] : open[c] / 3;
                    if (other >= 0) {
                        counts[cells.valid(c, other)] += forOther;
                    }
                    // Only where no other candidate was eliminated: unmarked, beyond any statement.
                    counts[cells.unused(c, UnusedSecondPreference.UNMARKED)] += open[c] - forOther;
                } else {
                    long unmarked = stated ? 0 : open[c] / 5;
                    counts[cells.unused(c, UnusedSecondPreference.UNMARKED)] += unmarked;
                    long[] others = first.clone();
                    others[c] = 0;
                    long rest = open[c] - unmarked;
                    if (sum(others) == 0) {
                        counts[cells.unused(c, UnusedSecondPreference.UNMARKED)] += rest;
                    } else {
                        long[] seconds = Apportion.largestRemainder(rest, others);
                        for (int s = 0; s < open.length; s++) {
                            counts[cells.valid(c, s)] += seconds[s];
                        }
                    }
                }
                open[c] = 0;
            }
        }
    }

    private static long validOf(long[] counts, Cells cells) {
        long valid = 0;
        for (int cell = 0; cell < counts.length; cell++) {
            if (!cells.isRejected(cell)) {
                valid += counts[cell];
            }
        }
        return valid;
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }
}
