package org.teller.core.count;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts written separately from the engine, for the property tests: paper by paper, with plain lists,
 * from the papers' marks, the UK's way (a paper without one clear first preference is rejected; a later
 * preference counts only while every earlier one is clear). Slow and obvious on purpose.
 */
final class ReferenceCounts {

    private ReferenceCounts() {}

    /** A paper's marks, rank by rank (each rank the candidates marked there). */
    record Paper(List<List<Integer>> ranks) {}

    /** What a count found: votes at each round by candidate, exhausted papers at each round, the winner (-1: a lot). */
    record Outcome(List<long[]> rounds, List<Long> exhausted, int winner) {}

    /** The preferences that count on a paper read to {@code depth} ranks; null for a rejected paper. */
    static List<Integer> preferences(Paper paper, int depth) {
        if (paper.ranks().isEmpty() || paper.ranks().get(0).size() != 1) {
            return null;
        }
        List<Integer> counted = new ArrayList<>();
        for (int rank = 0; rank < Math.min(depth, paper.ranks().size()); rank++) {
            Set<Integer> marks = new HashSet<>(paper.ranks().get(rank));
            if (marks.size() != 1) {
                break; // an overvote or a gap ends it
            }
            int candidate = marks.iterator().next();
            if (counted.contains(candidate)) {
                break;
            }
            counted.add(candidate);
        }
        return counted;
    }

    /** The alternative vote, UK options: one eliminated at a time; {@code tieOrder} breaks a tie for fewest (last eliminated). */
    static Outcome alternativeVote(List<Paper> papers, int candidates, int depth) {
        List<List<Integer>> valid = valid(papers, depth);
        Set<Integer> out = new HashSet<>();
        List<long[]> rounds = new ArrayList<>();
        List<Long> exhaustedRounds = new ArrayList<>();
        while (true) {
            long[] votes = new long[candidates];
            long exhausted = 0;
            for (List<Integer> ranking : valid) {
                Integer holder = ranking.stream().filter(c -> !out.contains(c)).findFirst().orElse(null);
                if (holder == null) {
                    exhausted++;
                } else {
                    votes[holder]++;
                }
            }
            rounds.add(votes);
            exhaustedRounds.add(exhausted);
            long total = 0;
            for (long v : votes) {
                total += v;
            }
            List<Integer> in = new ArrayList<>();
            for (int c = 0; c < candidates; c++) {
                if (!out.contains(c)) {
                    in.add(c);
                }
            }
            for (int c : in) {
                if (votes[c] * 2 > total) {
                    return new Outcome(rounds, exhaustedRounds, c);
                }
            }
            if (in.size() == 2) {
                return new Outcome(rounds, exhaustedRounds, -1); // equal: a lot
            }
            long fewest = Long.MAX_VALUE;
            for (int c : in) {
                fewest = Math.min(fewest, votes[c]);
            }
            List<Integer> lowest = new ArrayList<>();
            for (int c : in) {
                if (votes[c] == fewest) {
                    lowest.add(c);
                }
            }
            // Earlier rounds, latest first.
            for (int r = rounds.size() - 2; r >= 0 && lowest.size() > 1; r--) {
                long[] then = rounds.get(r);
                long min = lowest.stream().mapToLong(c -> then[c]).min().orElseThrow();
                lowest = lowest.stream().filter(c -> then[c] == min).toList();
            }
            if (lowest.size() > 1) {
                return new Outcome(rounds, exhaustedRounds, -2); // the engine draws a lot: the test skips it
            }
            out.add(lowest.get(0));
        }
    }

    /**
     * SV (all tied for second go forward) or the contingent vote (the first two by votes; -2 when a lot is
     * needed to choose them), to {@code depth} preferences.
     */
    static Outcome twoRounds(List<Paper> papers, int candidates, int depth, boolean allTiedGoForward) {
        List<List<Integer>> valid = valid(papers, depth);
        long[] first = new long[candidates];
        for (List<Integer> ranking : valid) {
            first[ranking.get(0)]++;
        }
        List<long[]> rounds = new ArrayList<>();
        rounds.add(first);
        long total = valid.size();
        for (int c = 0; c < candidates; c++) {
            if (first[c] * 2 > total && candidates > 2) {
                return new Outcome(rounds, List.of(0L), c);
            }
        }
        if (candidates == 2) {
            return new Outcome(rounds, List.of(0L), first[0] == first[1] ? -1 : first[0] > first[1] ? 0 : 1);
        }
        long[] sorted = first.clone();
        java.util.Arrays.sort(sorted);
        long secondPlace = sorted[candidates - 2];
        Set<Integer> forward = new HashSet<>();
        for (int c = 0; c < candidates; c++) {
            if (first[c] >= secondPlace) {
                forward.add(c);
            }
        }
        if (!allTiedGoForward && forward.size() > 2) {
            return new Outcome(rounds, List.of(0L), -2);
        }
        long[] second = new long[candidates];
        long exhausted = 0;
        for (List<Integer> ranking : valid) {
            Integer holder = ranking.stream().filter(forward::contains).findFirst().orElse(null);
            if (holder == null) {
                exhausted++;
            } else {
                second[holder]++;
            }
        }
        rounds.add(second);
        long most = forward.stream().mapToLong(c -> second[c]).max().orElseThrow();
        List<Integer> leaders = forward.stream().filter(c -> second[c] == most).toList();
        return new Outcome(rounds, List.of(0L, exhausted), leaders.size() == 1 ? leaders.get(0) : -1);
    }

    /** First past the post: the most first preferences; -1 for an equality. */
    static Outcome firstPastThePost(List<Paper> papers, int candidates) {
        long[] votes = new long[candidates];
        for (List<Integer> ranking : valid(papers, 1)) {
            votes[ranking.get(0)]++;
        }
        long most = java.util.Arrays.stream(votes).max().orElseThrow();
        List<Integer> leaders = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            if (votes[c] == most) {
                leaders.add(c);
            }
        }
        return new Outcome(List.<long[]>of(votes), List.of(0L), leaders.size() == 1 ? leaders.get(0) : -1);
    }

    private static List<List<Integer>> valid(List<Paper> papers, int depth) {
        List<List<Integer>> valid = new ArrayList<>();
        for (Paper paper : papers) {
            List<Integer> preferences = preferences(paper, depth);
            if (preferences != null) {
                valid.add(preferences);
            }
        }
        return valid;
    }
}
