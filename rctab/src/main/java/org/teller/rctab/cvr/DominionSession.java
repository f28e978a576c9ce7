package org.teller.rctab.cvr;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One session of a Dominion export (one ballot through a tabulator), holding only what RCTab reads of
 * it: its ids, and its original and (after adjudication) modified state, each with the marks of the one
 * contest being read.
 *
 * @param number the session's place in its file, from 1
 * @param line the line its object opens at
 * @param original its {@code Original} state
 * @param modified its {@code Modified} state, if adjudicated
 */
record DominionSession(int number, long line, int tabulatorId, int batchId, int recordId, Snapshot original,
        Optional<Snapshot> modified) {

    /** The id RCTab gives the record: tabulator, batch and record, as in its CVR exports ({@code 42-1-17}). */
    String id() {
        return tabulatorId + "-" + batchId + "-" + recordId;
    }

    /**
     * One state of a session ({@code Original} or {@code Modified}).
     *
     * @param line the line its object opens at
     * @param contests the marks of the contest being read, once for each time the state holds it (on any
     *     of its cards): none when the ballot does not hold the contest
     */
    record Snapshot(long line, boolean current, OptionalInt precinctId, OptionalInt precinctPortionId,
            List<List<Mark>> contests) {

        Snapshot {
            contests = List.copyOf(contests);
        }
    }

    /** A mark in the contest being read: a candidate at a rank, perhaps found ambiguous by the scanner. */
    record Mark(long line, int candidateId, int rank, boolean ambiguous) {}
}
