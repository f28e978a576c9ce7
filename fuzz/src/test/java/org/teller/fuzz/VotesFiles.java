package org.teller.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teller.core.Candidate;

/** Tallies and count returns built from choices: mostly files that add up, with rare faults. */
final class VotesFiles {

    private VotesFiles() {}

    static byte[] tally(Choices c, List<Candidate> candidates) {
        List<String> columns = Gen.header(c, List.of("first", "second", "votes"), List.of("area"));
        Gen.Csv csv = new Gen.Csv(c, true);
        csv.row(columns);
        int n = candidates.size();
        int areas = columns.contains("area") ? 1 + c.below(3) : 1;
        for (int area = 0; area < areas; area++) {
            int rows = 1 + c.below(10);
            for (int row = 0; row < rows; row++) {
                int first = c.below(n);
                int secondChoice = c.below(n + 2);
                Map<String, String> values = new HashMap<>();
                values.put("area", Gen.area(c, area));
                values.put("first", c.oneIn(12) ? Gen.spelling(c, candidates, first) : candidates.get(first).name());
                values.put("second", secondChoice == n ? "" : secondChoice == n + 1 ? candidates.get(first).name()
                        : c.oneIn(12) ? Gen.spelling(c, candidates, secondChoice) : candidates.get(secondChoice).name());
                values.put("votes", c.oneIn(8) ? c.count() : Integer.toString(c.below(60)));
                csv.row(Gen.fieldsOf(columns, values));
            }
        }
        return csv.bytes();
    }

    /** Returns that follow the count (second-stage figures for those who go forward), with rare faults. */
    static byte[] returns(Choices c, List<Candidate> candidates) {
        List<String> columns = Gen.header(c, List.of("candidate", "first", "second"), List.of("area"));
        int n = candidates.size();
        int areas = columns.contains("area") ? 1 + c.below(3) : 1;
        long[][] first = new long[areas][n];
        long[] total = new long[n];
        for (int area = 0; area < areas; area++) {
            for (int i = 0; i < n; i++) {
                first[area][i] = c.oneIn(3) ? c.below(3) : c.below(400);
                total[i] += first[area][i];
            }
        }
        // Who goes forward, by the README's rules.
        long valid = 0;
        for (long votes : total) {
            valid += votes;
        }
        boolean[] forward = new boolean[n];
        boolean majority = false;
        for (long votes : total) {
            majority |= n > 2 && votes >= valid / 2 + 1;
        }
        if (n > 2 && !majority) {
            long[] sorted = total.clone();
            java.util.Arrays.sort(sorted);
            for (int i = 0; i < n; i++) {
                forward[i] = total[i] >= sorted[n - 2];
            }
        }
        Gen.Csv csv = new Gen.Csv(c, true);
        csv.row(columns);
        for (int area = 0; area < areas; area++) {
            long eliminated = 0;
            for (int i = 0; i < n; i++) {
                eliminated += forward[i] ? 0 : first[area][i];
            }
            List<Integer> order = new ArrayList<>(Oracle.range(n));
            if (c.oneIn(3)) {
                java.util.Collections.rotate(order, c.below(n));
            }
            for (int i : order) {
                if (c.oneIn(50)) {
                    continue; // a missing row
                }
                Map<String, String> values = new HashMap<>();
                values.put("area", Gen.area(c, area));
                values.put("candidate", c.oneIn(10) ? Gen.spelling(c, candidates, i) : candidates.get(i).name());
                values.put("first", c.oneIn(30) ? c.count() : Long.toString(first[area][i]));
                String second = "";
                if (forward[i] != c.oneIn(25)) {
                    long added = eliminated == 0 ? 0 : c.below((int) Math.min(eliminated, 1000) + 1) / Math.max(1, n / 2);
                    second = c.oneIn(30) ? c.count() : Long.toString(c.oneIn(30) ? eliminated + 1 : added);
                }
                values.put("second", second);
                csv.row(Gen.fieldsOf(columns, values));
                if (c.oneIn(60)) {
                    csv.row(Gen.fieldsOf(columns, values)); // a repeated row
                }
            }
        }
        return csv.bytes();
    }

    /** The valid votes a file holds, by the independent reading, for a statement that adds up. */
    static BigInteger valid(Oracle.Read read, int n) {
        Count.Expected expected = Count.of(n, read, false, "", "", Count.Statement.NONE);
        if (expected.first() == null) {
            return BigInteger.ZERO;
        }
        BigInteger valid = BigInteger.ZERO;
        for (long votes : expected.first()) {
            valid = valid.add(BigInteger.valueOf(votes));
        }
        return valid;
    }
}
