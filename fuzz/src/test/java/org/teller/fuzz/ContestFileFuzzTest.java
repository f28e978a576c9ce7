package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Contest files (contest.yaml): built with faults of known kinds (missing and unknown keys, bad
 * dates and counts, names that cannot be told apart, null or with '|', deep nesting, invalid UTF-8, bad
 * YAML) that must be refused naming the contest file, and read exactly as written otherwise; then the
 * contest is counted from ballot papers and held to the independent count.
 */
class ContestFileFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void contestFile(byte[] input) {
        Stats.tried("ContestFileFuzzTest");
        check(input);
    }

    static void check(byte[] input) {
        ContestFuzzing.check(input, "ballots", true);
    }
}
