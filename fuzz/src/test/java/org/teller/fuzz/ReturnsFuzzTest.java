package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Count returns (returns.csv) counted through a contest: every area a row for every candidate,
 * second-stage figures exactly for those who go forward and no more than the eliminated candidates'
 * papers, the statement of papers adding up; and the declaration held to the independent count.
 */
class ReturnsFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void returns(byte[] input) {
        Stats.tried("ReturnsFuzzTest");
        check(input);
    }

    static void check(byte[] input) {
        ContestFuzzing.check(input, "returns", false);
    }
}
