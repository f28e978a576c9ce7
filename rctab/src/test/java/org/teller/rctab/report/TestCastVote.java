package org.teller.rctab.report;

import java.util.List;

/**
 * One cast vote record as RCTab reads it from a CVR file, before any rule is applied: where it was cast
 * and the rankings it holds, each a rank and the string ranked there (a candidate's name or alias, or
 * {@value TestCount#UNDECLARED_WRITE_INS}).
 *
 * @param id where the record is, for messages
 * @param precinct its precinct, "" when the file names none
 * @param batch its batch, "" when the file names none
 */
record TestCastVote(String id, String precinct, String batch, List<Ranked> rankings) {

    record Ranked(int rank, String name) {}

    TestCastVote {
        rankings = List.copyOf(rankings);
    }
}
