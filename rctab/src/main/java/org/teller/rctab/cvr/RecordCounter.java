package org.teller.rctab.cvr;

/**
 * Where a fast reader's records go ({@link GenericCsvFastReader}, {@link EssFastReader}): each distinct
 * ranking of votes is made into a record and judged once; every record is then counted by its number.
 */
public interface RecordCounter {

    /** The number a record's judgement is counted under: asked once for each distinct ranking of votes. */
    int number(CastVoteRecord record);

    /** Counts one record under {@code number}; precinct and batch are "" where not asked for. */
    void count(int number, boolean undervote, String precinct, String batch);
}
