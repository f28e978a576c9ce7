package org.teller.core.sv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A small Supplementary Vote count written from RULES.md without the engine's code: it keeps every
 * paper in a list and answers each question by walking the list again. Slow and obvious on purpose,
 * so the property tests have something independent to check the engine against.
 */
final class ReferenceCount {

    /** A paper as a voter left it: marks and the adjudicator's decisions. */
    record Paper(List<Integer> first, List<Integer> second,
            boolean noOfficialMark, boolean identifying, boolean uncertainFirst, boolean uncertainSecond) {}

    /**
     * What the reference finds.
     *
     * @param firsts first preferences by candidate
     * @param rejected papers rejected (every head together)
     * @param remaining candidates at the second stage (empty when none was held)
     * @param totals second-stage totals by candidate (empty when none was held)
     * @param nonTransferable papers of eliminated candidates not added to anyone
     * @param winner the winner, with equalities at the end won by the lowest index
     * @param byLot whether an equality had to be decided
     */
    record Outcome(long[] firsts, long rejected, List<Integer> remaining, long[] totals, long nonTransferable,
            int winner, boolean byLot) {}

    private ReferenceCount() {}

    static boolean valid(Paper paper) {
        return !paper.noOfficialMark() && new HashSet<>(paper.first()).size() == 1 && !paper.identifying()
                && !paper.uncertainFirst();
    }

    /** The candidate a valid paper's second preference counts for, or -1. */
    static int usableSecond(Paper paper) {
        Set<Integer> seconds = new HashSet<>(paper.second());
        if (seconds.size() != 1 || paper.uncertainSecond()) {
            return -1;
        }
        int second = seconds.iterator().next();
        return second == paper.first().get(0) ? -1 : second;
    }

    static Outcome count(int candidates, List<Paper> papers) {
        long[] firsts = new long[candidates];
        long rejected = 0;
        long valid = 0;
        for (Paper paper : papers) {
            if (valid(paper)) {
                firsts[paper.first().get(0)]++;
                valid++;
            } else {
                rejected++;
            }
        }
        if (candidates == 2) {
            int winner = firsts[1] > firsts[0] ? 1 : 0;
            return new Outcome(firsts, rejected, List.of(), new long[0], 0, winner, firsts[0] == firsts[1]);
        }
        for (int candidate = 0; candidate < candidates; candidate++) {
            if (2 * firsts[candidate] > valid) {
                return new Outcome(firsts, rejected, List.of(), new long[0], 0, candidate, false);
            }
        }
        // Brute force: a candidate remains unless two others each have more votes.
        List<Integer> remaining = new ArrayList<>();
        for (int candidate = 0; candidate < candidates; candidate++) {
            int ahead = 0;
            for (int other = 0; other < candidates; other++) {
                if (firsts[other] > firsts[candidate]) {
                    ahead++;
                }
            }
            if (ahead < 2) {
                remaining.add(candidate);
            }
        }
        long[] totals = new long[candidates];
        for (int candidate : remaining) {
            totals[candidate] = firsts[candidate];
        }
        long nonTransferable = 0;
        for (Paper paper : papers) {
            if (!valid(paper) || remaining.contains(paper.first().get(0))) {
                continue;
            }
            int second = usableSecond(paper);
            if (second >= 0 && remaining.contains(second)) {
                totals[second]++;
            } else {
                nonTransferable++;
            }
        }
        int winner = remaining.get(0);
        boolean tie = false;
        for (int candidate : remaining) {
            if (totals[candidate] > totals[winner]) {
                winner = candidate;
                tie = false;
            } else if (candidate != winner && totals[candidate] == totals[winner]) {
                tie = true;
            }
        }
        return new Outcome(firsts, rejected, remaining, totals, nonTransferable, winner, tie);
    }
}
