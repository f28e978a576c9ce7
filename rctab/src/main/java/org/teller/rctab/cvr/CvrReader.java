package org.teller.rctab.cvr;

import java.util.function.Consumer;
import org.teller.core.InvalidInputException;

/**
 * Reads the cast vote records of one source, in the order the file holds them, as RCTab 2.0.1 reads
 * them. A reader streams: it hands each record on as it is read and keeps none.
 *
 * <p>A file that is not exactly what its format says (a record with more or fewer fields than its
 * header, a rank that is not a number, an unknown contest) is refused with an
 * {@link InvalidInputException} naming the file, the line or record, the value and what is wrong;
 * nothing is guessed at.
 */
public interface CvrReader {

    /**
     * @param source the source: its file and the settings of its {@code cvrFileSources} entry
     * @param records receives each record
     * @throws InvalidInputException when the file cannot be read as the source says
     */
    void read(CvrSource source, Consumer<CastVoteRecord> records);
}
