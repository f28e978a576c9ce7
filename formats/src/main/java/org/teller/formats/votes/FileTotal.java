package org.teller.formats.votes;

import java.util.Optional;
import org.teller.core.Totals;

/**
 * The sum of every figure in a file of votes, kept as the file is read.
 *
 * <p>Teller's bound on a file: its figures add up to at most {@link Totals#MOST}. Every total a count
 * makes of them (a candidate's votes over count areas, the valid votes, the papers of eliminated
 * candidates, a second-stage total) adds up some of those figures, so within the bound none can be too
 * large; and a file beyond it is refused at the line whose figure crosses it, rather than wherever a sum
 * happens to fail later.
 */
final class FileTotal {

    private long total;

    /** The whole number in this column of the row, added to the file's total. */
    long count(CsvTable.Row row, String column) {
        long figure = row.count(column);
        try {
            total = Math.addExact(total, figure);
        } catch (ArithmeticException e) {
            throw row.place(Totals.tooLarge(row.get(column), "makes the figures in this file add up to"));
        }
        return figure;
    }

    /** As {@link #count}, for a column that may be empty. */
    Optional<Long> optionalCount(CsvTable.Row row, String column) {
        return row.get(column).isEmpty() ? Optional.empty() : Optional.of(count(row, column));
    }
}
