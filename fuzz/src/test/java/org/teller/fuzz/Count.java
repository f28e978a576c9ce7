package org.teller.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The independent Supplementary Vote count (README, "The rules"), in exact integers, with the checks the
 * README puts on returns and on a contest file's statement of papers. A figure that does not fit a long
 * (Teller's votes) must be refused, not wrapped.
 */
final class Count {

    /** What the contest file states, as the fuzz case wrote it. */
    record Statement(BigInteger ballotPapers, Map<String, BigInteger> rejected, BigInteger electorate,
            Map<String, BigInteger> unusedSeconds) {
        static final Statement NONE = new Statement(null, null, null, null);
    }

    /** The expected declaration, or why there is none. */
    record Expected(Refusal refusal, Refusal other, long[] first, List<Integer> remaining, long[] added,
            List<Integer> winners, int stage) {
        boolean refused() {
            return refusal != null;
        }
    }

    private Count() {}

    static Expected of(int n, Oracle.Read read, boolean fromBallots, String votesFile, String contestFile,
            Statement statement) {
        if (read.refused()) {
            return refused(read.refusal());
        }
        BigInteger[] first = Oracle.zeros(n);
        BigInteger rejected = BigInteger.ZERO;
        Oracle.Papers total = new Oracle.Papers(n);
        BigInteger[] added = Oracle.zeros(n);
        boolean[] hasSecond = new boolean[n];
        if (read.papers() != null) {
            for (Oracle.Papers area : read.papers().values()) {
                total.add(area);
                for (int c = 0; c < n; c++) {
                    if (area.first(c).compareTo(Oracle.MAX) > 0) {
                        return overflow(votesFile, "an area's first preferences");
                    }
                }
            }
            for (int c = 0; c < n; c++) {
                first[c] = total.first(c);
            }
            for (BigInteger head : total.rejected) {
                rejected = rejected.add(head);
            }
        } else {
            for (Oracle.Returned area : read.returns().values()) {
                for (int c = 0; c < n; c++) {
                    first[c] = first[c].add(area.first[c]);
                    if (area.second[c] != null) {
                        hasSecond[c] = true;
                        added[c] = added[c].add(area.second[c]);
                    }
                }
            }
        }
        BigInteger valid = BigInteger.ZERO;
        for (BigInteger votes : first) {
            valid = valid.add(votes);
            if (votes.compareTo(Oracle.MAX) > 0) {
                return overflow(votesFile, "a candidate's first preferences");
            }
        }
        if (valid.add(rejected).compareTo(Oracle.MAX) > 0) {
            return overflow(votesFile, "the papers counted");
        }

        // The count.
        Refusal areaRefusal = null;
        List<Integer> remaining = new ArrayList<>();
        List<Integer> winners = new ArrayList<>();
        int stage;
        BigInteger majority = valid.shiftRight(1).add(BigInteger.ONE);
        int majorityWinner = -1;
        for (int c = 0; c < n && n > 2; c++) {
            if (first[c].compareTo(majority) >= 0) {
                majorityWinner = c;
            }
        }
        if (n == 2 || majorityWinner >= 0) {
            stage = 1;
            if (majorityWinner >= 0) {
                winners.add(majorityWinner);
            } else {
                winners.addAll(most(Oracle.range(n), first));
            }
            if (read.returns() != null) {
                for (int c = 0; c < n; c++) {
                    if (hasSecond[c]) {
                        return refused(new Refusal(Refusal.Kind.SECOND_WITHOUT_STAGE, votesFile, 0,
                                "a second-stage figure for candidate " + c + " but no second stage"));
                    }
                }
            }
        } else {
            stage = 2;
            List<BigInteger> sorted = new ArrayList<>(List.of(first));
            sorted.sort(java.util.Comparator.reverseOrder());
            for (int c = 0; c < n; c++) {
                if (first[c].compareTo(sorted.get(1)) >= 0) {
                    remaining.add(c);
                }
            }
            BigInteger eliminated = BigInteger.ZERO;
            for (int c = 0; c < n; c++) {
                if (!remaining.contains(c)) {
                    eliminated = eliminated.add(first[c]);
                }
            }
            if (read.papers() != null) {
                for (int f = 0; f < n; f++) {
                    if (!remaining.contains(f)) {
                        for (int s : remaining) {
                            added[s] = added[s].add(total.cells[f][s]);
                        }
                    }
                }
            } else {
                for (int c = 0; c < n; c++) {
                    if (hasSecond[c] != remaining.contains(c)) {
                        return refused(new Refusal(Refusal.Kind.SECOND_MISMATCH, votesFile, 0,
                                "candidate " + c + (hasSecond[c] ? " has a second-stage figure but did not go forward"
                                        : " went forward with no second-stage figure")));
                    }
                }
                // In every area, no more added than that area's papers of eliminated candidates.
                for (Map.Entry<String, Oracle.Returned> area : read.returns().entrySet()) {
                    BigInteger areaAdded = BigInteger.ZERO;
                    BigInteger areaEliminated = BigInteger.ZERO;
                    for (int c = 0; c < n; c++) {
                        if (remaining.contains(c)) {
                            areaAdded = areaAdded.add(area.getValue().second[c]);
                        } else {
                            areaEliminated = areaEliminated.add(area.getValue().first[c]);
                        }
                    }
                    if (areaAdded.compareTo(areaEliminated) > 0 && areaRefusal == null) {
                        areaRefusal = (new Refusal(Refusal.Kind.TOO_MANY_ADDED, votesFile, 0, areaAdded
                                + " added from " + areaEliminated + " papers of eliminated candidates in area " + area.getKey()));
                    }
                }
                BigInteger sum = BigInteger.ZERO;
                for (int c : remaining) {
                    sum = sum.add(added[c]);
                }
                if (sum.compareTo(eliminated) > 0) {
                    return refused(new Refusal(Refusal.Kind.TOO_MANY_ADDED, votesFile, 0,
                            sum + " added from " + eliminated + " papers of eliminated candidates"));
                }
            }
            BigInteger[] totals = Oracle.zeros(n);
            for (int c : remaining) {
                totals[c] = first[c].add(added[c]);
                if (totals[c].compareTo(Oracle.MAX) > 0) {
                    return overflow(votesFile, "a second-stage total");
                }
            }
            winners.addAll(most(remaining, totals));
        }

        // The statement of papers, where the contest file gives one (tallies and returns only).
        // Ballot papers count their own rejections; a tally or returns know the papers only from a statement.
        BigInteger papers = fromBallots ? valid.add(rejected) : null;
        if (statement.rejected() != null || statement.ballotPapers() != null) {
            BigInteger stated = BigInteger.ZERO;
            if (statement.rejected() != null) {
                for (BigInteger value : statement.rejected().values()) {
                    stated = stated.add(value);
                }
            }
            if (statement.ballotPapers() != null) {
                papers = statement.ballotPapers();
                if (statement.rejected() != null && valid.add(stated).compareTo(papers) != 0) {
                    return refused(new Refusal(Refusal.Kind.STATEMENT, contestFile, 0, "ballot papers do not add up"), areaRefusal);
                }
                if (valid.compareTo(papers) > 0) {
                    return refused(new Refusal(Refusal.Kind.STATEMENT, contestFile, 0, "fewer papers than valid votes"), areaRefusal);
                }
            } else {
                papers = valid.add(stated);
                if (papers.compareTo(Oracle.MAX) > 0) {
                    return refused(new Refusal(Refusal.Kind.OVERFLOW, contestFile, 0, "the papers stated do not fit a long"), areaRefusal);
                }
            }
        }
        if (statement.electorate() != null && papers != null && papers.compareTo(statement.electorate()) > 0) {
            return refused(new Refusal(Refusal.Kind.STATEMENT, contestFile, 0, "more papers than electors"), areaRefusal);
        }
        if (statement.unusedSeconds() != null) {
            BigInteger unused = BigInteger.ZERO;
            for (BigInteger value : statement.unusedSeconds().values()) {
                unused = unused.add(value);
            }
            BigInteger transferred = BigInteger.ZERO;
            for (int c : remaining) {
                transferred = transferred.add(added[c]);
            }
            if (unused.compareTo(valid.subtract(transferred)) > 0) {
                return refused(new Refusal(Refusal.Kind.STATEMENT, contestFile, 0,
                        "more second preferences not counted than papers that could hold one"), areaRefusal);
            }
        }
        long[] firstLongs = new long[n];
        long[] addedLongs = new long[n];
        for (int c = 0; c < n; c++) {
            firstLongs[c] = first[c].longValueExact();
            addedLongs[c] = remaining.contains(c) ? added[c].longValueExact() : 0;
        }
        if (areaRefusal != null) {
            return refused(areaRefusal);
        }
        return new Expected(null, null, firstLongs, remaining, addedLongs, winners, stage);
    }

    private static List<Integer> most(List<Integer> among, BigInteger[] votes) {
        BigInteger best = among.stream().map(c -> votes[c]).max(BigInteger::compareTo).orElseThrow();
        return among.stream().filter(c -> votes[c].equals(best)).toList();
    }

    private static Expected overflow(String file, String what) {
        return refused(new Refusal(Refusal.Kind.OVERFLOW, file, 0, what + " do not fit a long"));
    }

    static Expected refused(Refusal refusal) {
        return new Expected(refusal, null, null, null, null, null, 0);
    }

    /** Refused for two reasons: the reader may find either first. */
    static Expected refused(Refusal refusal, Refusal other) {
        return new Expected(refusal, other, null, null, null, null, 0);
    }
}
