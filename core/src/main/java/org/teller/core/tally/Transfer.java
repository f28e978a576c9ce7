package org.teller.core.tally;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.teller.core.Totals;
import org.teller.core.ballot.RankingEnd;

/**
 * The papers of an eliminated candidate passed on at one round: how many went to each continuing
 * candidate, and how many were exhausted (went to no one), by reason where the source tells.
 *
 * @param from the eliminated candidate; empty when the source states the transfers of all the
 *     candidates eliminated at that round only together (count returns)
 * @param to papers received by each candidate, by candidate index (zero for candidates out of the count)
 * @param papers all the papers passed on: those transferred and those exhausted
 * @param exhaustedBy the exhausted papers by the reason their ranking ends ({@link RankingEnd#COMPLETE}:
 *     every candidate it ranks is out of the count), where the source tells
 */
public record Transfer(OptionalInt from, List<Long> to, long papers, Optional<Map<RankingEnd, Long>> exhaustedBy) {

    public Transfer {
        to = List.copyOf(to);
        exhaustedBy = exhaustedBy.map(Transfer::allEnds);
        long transferred = Totals.sum(to);
        if (transferred > papers) {
            throw new IllegalArgumentException("more papers transferred (" + transferred + ") than passed on (" + papers + ")");
        }
        if (exhaustedBy.isPresent() && Totals.sum(exhaustedBy.get().values()) != papers - transferred) {
            throw new IllegalArgumentException("exhausted papers by reason do not add up to " + (papers - transferred));
        }
    }

    public long transferred() {
        return Totals.sum(to);
    }

    /** Papers that went to no continuing candidate. */
    public long exhausted() {
        return papers - transferred();
    }

    public long to(int candidate) {
        return to.get(candidate);
    }

    /**
     * The transfers of several eliminated candidates as one, from all of them together: what a count
     * area's figures need, without a vector for each eliminated candidate.
     */
    public static Transfer together(List<Transfer> transfers, int candidates) {
        long[] to = new long[candidates];
        long papers = 0;
        EnumMap<RankingEnd, Long> exhausted = new EnumMap<>(RankingEnd.class);
        boolean known = true;
        for (Transfer transfer : transfers) {
            for (int candidate = 0; candidate < candidates; candidate++) {
                to[candidate] = Totals.add(to[candidate], transfer.to.get(candidate));
            }
            papers = Totals.add(papers, transfer.papers);
            known &= transfer.exhaustedBy.isPresent();
            transfer.exhaustedBy.ifPresent(by -> by.forEach((end, count) -> exhausted.merge(end, count, Totals::add)));
        }
        List<Long> toList = new java.util.ArrayList<>(candidates);
        for (long count : to) {
            toList.add(count);
        }
        return new Transfer(OptionalInt.empty(), toList, papers, known ? Optional.of(exhausted) : Optional.empty());
    }

    /** Every end, with zero where there were none, in the enum's order. */
    static Map<RankingEnd, Long> allEnds(Map<RankingEnd, Long> byEnd) {
        EnumMap<RankingEnd, Long> all = new EnumMap<>(RankingEnd.class);
        for (RankingEnd end : RankingEnd.values()) {
            all.put(end, byEnd.getOrDefault(end, 0L));
        }
        return Collections.unmodifiableMap(all);
    }
}
