package org.teller.formats.rctab;

import java.util.List;

/**
 * One cast vote record as RCTab reads it from a CVR file, before any rule is applied: the rankings it
 * holds, each a rank number and the string ranked there (a candidate's name or alias as the file writes
 * it, or RCTab's {@value RctabCase#UNDECLARED_WRITE_INS}).
 *
 * @param id where the record is, for messages (file and record number, as RCTab computes its ids)
 * @param rankings in the order the file gives them
 */
record CastVote(String id, List<Ranked> rankings) {

    /** One ranking: {@code name} at {@code rank} (from 1). */
    record Ranked(int rank, String name) {}

    CastVote {
        rankings = List.copyOf(rankings);
    }
}
