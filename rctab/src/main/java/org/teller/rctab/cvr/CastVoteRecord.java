package org.teller.rctab.cvr;

import java.util.List;

/**
 * One cast vote record as a CVR file holds it, before any rule of the count is applied: where it was cast
 * and the rankings it holds.
 *
 * @param id the record's id as the file gives it, or as RCTab computes one (file name and record number)
 * @param precinct the precinct the file names, or "" when it names none
 * @param batch the batch the file names, or "" when it names none
 * @param rankings in the order the file gives them; a rank left empty has none
 */
public record CastVoteRecord(String id, String precinct, String batch, List<Ranking> rankings) {

    public CastVoteRecord {
        rankings = List.copyOf(rankings);
    }

    /**
     * What the file holds at one rank (from 1): a candidate as the file names them (a name, an alias or
     * a code, resolved later against the configuration's candidates), an undeclared write-in, or an
     * overvote the file writes as such (an overvote label).
     */
    public record Ranking(int rank, Kind kind, String candidate) {

        public static Ranking of(int rank, String candidate) {
            return new Ranking(rank, Kind.CANDIDATE, candidate);
        }

        public static Ranking undeclaredWriteIn(int rank) {
            return new Ranking(rank, Kind.UNDECLARED_WRITE_IN, "");
        }

        public static Ranking overvote(int rank) {
            return new Ranking(rank, Kind.OVERVOTE, "");
        }
    }

    /** What a ranking holds. */
    public enum Kind {
        CANDIDATE,
        UNDECLARED_WRITE_IN,
        OVERVOTE
    }
}
