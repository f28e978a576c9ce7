package org.teller.core.sv;

import java.util.List;
import org.teller.core.Share;
import org.teller.core.Totals;

/**
 * The first stage: first-preference votes of every candidate and the majority test.
 *
 * @param votes first-preference votes by candidate index
 * @param remaining the candidates who go forward to the second stage, by index; empty when someone
 *     was elected at this stage or only two candidates stood
 */
public record FirstStage(List<Long> votes, List<Integer> remaining) {

    public FirstStage {
        votes = List.copyOf(votes);
        remaining = List.copyOf(remaining);
    }

    public long votes(int candidate) {
        return votes.get(candidate);
    }

    /** All valid first-preference votes. */
    public long valid() {
        return Totals.sum(votes);
    }

    /**
     * The least number of votes that is more than half of the valid votes: exactly half is not enough.
     */
    public long majority() {
        return valid() / 2 + 1;
    }

    public Share share(int candidate) {
        return new Share(votes(candidate), valid());
    }

    public boolean goesForward(int candidate) {
        return remaining.contains(candidate);
    }
}
