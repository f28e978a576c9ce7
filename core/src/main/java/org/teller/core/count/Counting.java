package org.teller.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.teller.core.Candidate;
import org.teller.core.tally.PreferenceSource;

/** What the count methods share. */
final class Counting {

    private Counting() {}

    static void check(List<Candidate> candidates, PreferenceSource votes) {
        if (candidates.size() != votes.candidateCount()) {
            throw new IllegalArgumentException(candidates.size() + " candidates but votes for " + votes.candidateCount());
        }
        if (candidates.size() < 2) {
            throw new IllegalArgumentException("a poll needs at least two candidates");
        }
    }

    /** Of {@code among}, those with the most votes, ascending. */
    static List<Integer> mostVotes(List<Integer> among, IntToLongFunction votes) {
        long most = among.stream().mapToLong(votes::applyAsLong).max().orElseThrow();
        return among.stream().filter(candidate -> votes.applyAsLong(candidate) == most).toList();
    }

    /** Of {@code among}, those with the fewest votes, ascending. */
    static List<Integer> fewestVotes(List<Integer> among, IntToLongFunction votes) {
        long fewest = among.stream().mapToLong(votes::applyAsLong).min().orElseThrow();
        return among.stream().filter(candidate -> votes.applyAsLong(candidate) == fewest).toList();
    }

    static List<Integer> all(int candidates) {
        List<Integer> all = new ArrayList<>(candidates);
        for (int candidate = 0; candidate < candidates; candidate++) {
            all.add(candidate);
        }
        return all;
    }

    static List<Integer> without(List<Integer> all, List<Integer> out) {
        return all.stream().filter(candidate -> !out.contains(candidate)).toList();
    }

    static boolean[] mask(int candidates, List<Integer> in) {
        boolean[] mask = new boolean[candidates];
        in.forEach(candidate -> mask[candidate] = true);
        return mask;
    }
}
