package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Tallies (tally.csv) counted through a contest: the first-by-second matrix read by the
 * independent count, with the statement of papers its contest file gives, and the declaration held to it.
 */
class TallyFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void tally(byte[] input) {
        Stats.tried("TallyFuzzTest");
        check(input);
    }

    static void check(byte[] input) {
        ContestFuzzing.check(input, "tally", false);
    }
}
