package org.teller.formats.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.contest.Declaration;
import org.teller.core.sv.CountReturns;
import org.teller.core.sv.SecondStage;
import org.teller.core.sv.SvTally;
import org.teller.core.sv.SvVotes;
import org.teller.formats.contest.ContestCounter.CountedContest;

/**
 * How many papers of each cell, area by area, reproduce a counted contest: exactly its first
 * preferences, its second-stage additions and papers not transferable, and its statement of rejected
 * papers. Where the source says nothing (the second preferences on the finalists' own papers, why papers
 * did not transfer, heads of rejection not stated), it chooses, always the same way:
 * <ul>
 *   <li>the finalists' papers (never looked at in the count) name other candidates second in
 *       proportion to their first preferences, one in five with no second preference;</li>
 *   <li>a paper of an eliminated candidate that did not transfer names another eliminated candidate
 *       (a third of them, where there is one) or no one;</li>
 *   <li>rejected papers whose head is not stated are unmarked; a tally's "not stated" second
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
        for (Map.Entry<String, SvVotes> area : counted.votes().areas().entrySet()) {
            SvVotes votes = area.getValue();
            long[] counts = votes instanceof SvTally tally ? tallied(tally, cells) : returned((CountReturns) votes, declaration, cells);
            areas.put(area.getKey(), counts);
        }
        if (counted.votes().rejected().isEmpty()) {
            // The statement of rejected papers is the contest's: share it among the areas.
            RejectedPapers statement = declaration.rejected().orElse(RejectedPapers.none());
            List<long[]> all = new ArrayList<>(areas.values());
            long[] valid = all.stream().mapToLong(counts -> validOf(counts, cells)).toArray();
            for (RejectionHead head : RejectionHead.values()) {
                long papers = statement.get(head) + (head == RejectionHead.UNMARKED ? statement.headsUnknown() : 0);
                long[] shares = Apportion.largestRemainder(papers, valid);
                for (int area = 0; area < all.size(); area++) {
                    all.get(area)[cells.rejected(head)] += shares[area];
                }
            }
        }
        return areas;
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

    private static long[] tallied(SvTally tally, Cells cells) {
        return cells.of(tally);
    }

    private static long[] returned(CountReturns returns, Declaration declaration, Cells cells) {
        int n = cells.candidates();
        long[] counts = new long[cells.count()];
        long[] first = new long[n];
        for (int c = 0; c < n; c++) {
            first[c] = returns.firstPreferences(c);
        }
        List<Integer> remaining = declaration.result().secondStage().map(SecondStage::remaining).orElse(List.of());
        List<Integer> eliminated = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (!remaining.isEmpty() && !remaining.contains(c)) {
                eliminated.add(c);
            }
        }
        // Papers whose second preference is never looked at: the finalists', or everyone's without a second stage.
        for (int c = 0; c < n; c++) {
            if (eliminated.contains(c)) {
                continue;
            }
            long unmarked = first[c] / 5;
            counts[cells.unused(c, UnusedSecondPreference.UNMARKED)] = unmarked;
            long[] others = first.clone();
            others[c] = 0;
            if (sum(others) == 0) {
                counts[cells.unused(c, UnusedSecondPreference.UNMARKED)] = first[c];
                continue;
            }
            long[] seconds = Apportion.largestRemainder(first[c] - unmarked, others);
            for (int s = 0; s < n; s++) {
                counts[cells.valid(c, s)] += seconds[s];
            }
        }
        if (eliminated.isEmpty()) {
            return counts;
        }
        // The eliminated candidates' papers: each finalist's additions shared in proportion to their papers.
        long[] pool = new long[n];
        for (int e : eliminated) {
            pool[e] = first[e];
        }
        long[] left = pool.clone();
        for (int f : remaining) {
            long added = returns.secondAdded(f).orElseThrow();
            long[] shares = Apportion.largestRemainder(added, left);
            for (int e : eliminated) {
                counts[cells.valid(e, f)] += shares[e];
                left[e] -= shares[e];
            }
        }
        for (int e : eliminated) {
            long rest = left[e];
            int other = eliminated.stream().filter(x -> x != e).findFirst().orElse(-1);
            long forOther = other < 0 ? 0 : rest / 3;
            if (other >= 0) {
                counts[cells.valid(e, other)] += forOther;
            }
            counts[cells.unused(e, UnusedSecondPreference.UNMARKED)] += rest - forOther;
        }
        return counts;
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }
}
