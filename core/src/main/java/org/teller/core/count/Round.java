package org.teller.core.count;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Share;
import org.teller.core.Totals;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.tally.Standing;
import org.teller.core.tally.Transfer;

/**
 * One round (SV's "stage") of a count: every candidate's votes, the transfers that made it from the
 * round before, the papers exhausted so far, and who was eliminated once it was counted.
 *
 * @param number the round, from 1
 * @param votes each candidate's votes, by candidate index (zero for candidates out of the count)
 * @param continuing the candidates in the count at this round, ascending
 * @param transfers the papers of candidates eliminated at the round before, passed on (none at round 1)
 * @param exhausted valid papers that count for no one at this round
 * @param exhaustedBy those papers by the reason their ranking ends, where the source tells
 * @param eliminated the candidates eliminated once this round was counted, ascending
 * @param equality the equality decided at this round, if there was one: for the fewest votes, to eliminate one
 *     of them, or of the last two, to elect one ({@link Equality#decides})
 * @param threshold the fewest votes that elect at this round: {@link #majority()}, unless the count's options
 *     set it otherwise (the alternative vote's minimum, or a threshold fixed at the first round or at an
 *     election: {@link AlternativeVote.Options})
 */
public record Round(int number, List<Long> votes, List<Integer> continuing, List<Transfer> transfers, long exhausted,
        Optional<Map<RankingEnd, Long>> exhaustedBy, List<Integer> eliminated, Optional<Equality> equality,
        long threshold) {

    public Round {
        votes = List.copyOf(votes);
        continuing = List.copyOf(continuing);
        transfers = List.copyOf(transfers);
        exhaustedBy = exhaustedBy.map(by -> {
            // In the enum's order, so that reports list reasons the same way every time.
            java.util.EnumMap<RankingEnd, Long> ordered = new java.util.EnumMap<>(RankingEnd.class);
            ordered.putAll(by);
            return java.util.Collections.unmodifiableMap(ordered);
        });
        eliminated = List.copyOf(eliminated);
        java.util.Objects.requireNonNull(equality);
        if (threshold < 1) {
            throw new IllegalArgumentException("a threshold of " + threshold + " votes elects no one");
        }
    }

    /** A round whose threshold is the majority of its continuing votes. */
    public Round(int number, List<Long> votes, List<Integer> continuing, List<Transfer> transfers, long exhausted,
            Optional<Map<RankingEnd, Long>> exhaustedBy, List<Integer> eliminated, Optional<Equality> equality) {
        this(number, votes, continuing, transfers, exhausted, exhaustedBy, eliminated, equality,
                majority(votes, continuing));
    }

    /** A round without an equality to decide, whose threshold is the majority of its continuing votes. */
    public Round(int number, List<Long> votes, List<Integer> continuing, List<Transfer> transfers, long exhausted,
            Optional<Map<RankingEnd, Long>> exhaustedBy, List<Integer> eliminated) {
        this(number, votes, continuing, transfers, exhausted, exhaustedBy, eliminated, Optional.empty());
    }

    /** The round where the papers stand as {@code standing} says, with these candidates eliminated after it. */
    static Round of(int number, Standing standing, List<Integer> eliminated) {
        return of(number, standing, eliminated, Optional.empty());
    }

    /** As {@link #of(int, Standing, List)}, with the equality decided to eliminate them. */
    static Round of(int number, Standing standing, List<Integer> eliminated, Optional<Equality> equality) {
        return new Round(number, standing.votes(), standing.continuing(), standing.transfers(), standing.exhausted(),
                standing.exhaustedBy(), eliminated, equality);
    }

    /** As {@link #of(int, Standing, List, Optional)}, with the threshold the count set. */
    static Round of(int number, Standing standing, List<Integer> eliminated, Optional<Equality> equality,
            long threshold) {
        return new Round(number, standing.votes(), standing.continuing(), standing.transfers(), standing.exhausted(),
                standing.exhaustedBy(), eliminated, equality, threshold);
    }

    public long votes(int candidate) {
        return votes.get(candidate);
    }

    public boolean isContinuing(int candidate) {
        return continuing.contains(candidate);
    }

    /** The votes of the continuing candidates: the papers still in the count. */
    public long continuingVotes() {
        return total(votes, continuing);
    }

    /**
     * The least number of votes that is more than half of the continuing votes (at round 1, of the valid
     * votes): exactly half is not enough.
     */
    public long majority() {
        return continuingVotes() / 2 + 1;
    }

    private static long majority(List<Long> votes, List<Integer> continuing) {
        return total(votes, continuing) / 2 + 1;
    }

    private static long total(List<Long> votes, List<Integer> continuing) {
        long total = 0;
        for (int candidate : continuing) {
            total = Totals.add(total, votes.get(candidate));
        }
        return total;
    }

    /** A continuing candidate's share of the continuing votes. */
    public Share share(int candidate) {
        return new Share(votes.get(candidate), continuingVotes());
    }

    /** Papers passed on at this round: those transferred and those exhausted. */
    public long papersPassedOn() {
        long papers = 0;
        for (Transfer transfer : transfers) {
            papers = Totals.add(papers, transfer.papers());
        }
        return papers;
    }

    /** Papers transferred at this round to a continuing candidate. */
    public long transferred() {
        long papers = 0;
        for (Transfer transfer : transfers) {
            papers = Totals.add(papers, transfer.transferred());
        }
        return papers;
    }

    /** Papers a candidate received at this round. */
    public long received(int candidate) {
        long papers = 0;
        for (Transfer transfer : transfers) {
            papers = Totals.add(papers, transfer.to(candidate));
        }
        return papers;
    }

    /** Papers passed on at this round that went to no one. */
    public long exhaustedHere() {
        return papersPassedOn() - transferred();
    }

    /**
     * The papers exhausted at this round by reason, where every transfer tells: the sum over the
     * transfers.
     */
    public Optional<Map<RankingEnd, Long>> exhaustedHereBy() {
        java.util.EnumMap<RankingEnd, Long> sum = new java.util.EnumMap<>(RankingEnd.class);
        for (Transfer transfer : transfers) {
            if (transfer.exhaustedBy().isEmpty()) {
                return Optional.empty();
            }
            transfer.exhaustedBy().get().forEach((end, papers) -> sum.merge(end, papers, Totals::add));
        }
        for (RankingEnd end : RankingEnd.values()) {
            sum.putIfAbsent(end, 0L);
        }
        return Optional.of(sum);
    }
}
