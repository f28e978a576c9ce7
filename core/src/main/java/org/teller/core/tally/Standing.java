package org.teller.core.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Totals;
import org.teller.core.ballot.RankingEnd;

/**
 * Where the valid papers stand at one round of a count: each continuing candidate's votes, the papers
 * exhausted so far, and the transfers that made this round from the one before. A count method reads
 * it to decide who is elected or eliminated, and asks its {@link PreferenceSource} for the next. Immutable.
 */
public final class Standing {

    private final long[] votes;
    private final boolean[] continuing;
    private final long exhausted;
    private final Optional<Map<RankingEnd, Long>> exhaustedBy;
    private final List<Transfer> transfers;
    /** The source's own record of where each paper is, for its next transfer; null for sources that keep none. */
    final Object state;

    Standing(long[] votes, boolean[] continuing, long exhausted, Optional<Map<RankingEnd, Long>> exhaustedBy,
            List<Transfer> transfers, Object state) {
        this.votes = votes.clone();
        this.continuing = continuing.clone();
        this.exhausted = exhausted;
        this.exhaustedBy = exhaustedBy.map(Transfer::allEnds);
        this.transfers = List.copyOf(transfers);
        this.state = state;
    }

    public int candidateCount() {
        return votes.length;
    }

    /** A candidate's votes: zero for a candidate out of the count. */
    public long votes(int candidate) {
        return votes[candidate];
    }

    /** Every candidate's votes, by candidate index. */
    public List<Long> votes() {
        List<Long> all = new ArrayList<>(votes.length);
        for (long count : votes) {
            all.add(count);
        }
        return all;
    }

    public boolean isContinuing(int candidate) {
        return continuing[candidate];
    }

    /** The candidates still in the count, ascending. */
    public List<Integer> continuing() {
        List<Integer> in = new ArrayList<>();
        for (int candidate = 0; candidate < continuing.length; candidate++) {
            if (continuing[candidate]) {
                in.add(candidate);
            }
        }
        return in;
    }

    /** The votes of all continuing candidates: the papers still in the count. */
    public long continuingVotes() {
        long total = 0;
        for (int candidate = 0; candidate < votes.length; candidate++) {
            if (continuing[candidate]) {
                total = Totals.add(total, votes[candidate]);
            }
        }
        return total;
    }

    /** Valid papers exhausted by this round (including papers none of whose preferences could count). */
    public long exhausted() {
        return exhausted;
    }

    /** The exhausted papers by the reason their ranking ends, where the source tells. */
    public Optional<Map<RankingEnd, Long>> exhaustedBy() {
        return exhaustedBy;
    }

    /** The transfers that made this round from the one before; none at the first round. */
    public List<Transfer> transfers() {
        return transfers;
    }
}
