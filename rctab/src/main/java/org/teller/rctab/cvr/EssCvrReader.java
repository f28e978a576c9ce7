package org.teller.rctab.cvr;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.teller.core.InvalidInputException;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;

/**
 * Reads an ES&S cast vote record export, an Excel workbook (xlsx), as RCTab 2.0.1 does. Its first sheet
 * is streamed; each row from {@code firstVoteRowIndex} on is a record, even a row that holds no cell (RCTab
 * counts it as a ballot that ranks no one). In a row, the cell of the precinct column is the precinct, the
 * batch column's the batch, the id column's the id (a column that is two of these is the first); every
 * other cell from {@code firstVoteColumnIndex} on, up to {@code maxRankingsAllowed} columns (all of them
 * when it is "max"), holds the rank of its offset from the first vote column plus one. A rank whose cell the
 * sheet does not hold is blank: an undeclared write-in where the source treats blanks so (from rank 1 to
 * the last rank read, or to the last cell held when the ranks are "max"), else nothing.
 *
 * <p>A record's id is its id cell's text where the source names an id column (a record without one is
 * refused, as RCTab refuses it), else RCTab's own: the file's name (characters other than letters, digits,
 * {@code _ - .} replaced by {@code _}), a hyphen and the record's number, counting the rows read from 1.
 * Without its cell, the precinct or batch is RCTab's {@code missing_precinct_id} or {@code missing_batch_id}.
 * Errors give the sheet's row as the line.
 */
public final class EssCvrReader implements CvrReader {

    /** RCTab's precinct of a record whose precinct cell is missing: its reports show it as a precinct. */
    public static final String MISSING_PRECINCT = "missing_precinct_id";
    /** RCTab's batch of a record whose batch cell is missing. */
    public static final String MISSING_BATCH = "missing_batch_id";

    private final OptionalInt maxRankings;

    /**
     * @param maxRankingsAllowed the rules' {@code maxRankingsAllowed}: the number of rank columns read
     *     (empty: "max", every column from the first vote column on)
     */
    public EssCvrReader(OptionalInt maxRankingsAllowed) {
        this.maxRankings = maxRankingsAllowed;
    }

    @Override
    public void read(CvrSource source, Consumer<CastVoteRecord> records) {
        String file = source.file().toString();
        int firstColumn = needed(source.firstVoteColumn(), "firstVoteColumnIndex", file);
        int firstRow = needed(source.firstVoteRow(), "firstVoteRowIndex", file);
        RowReader rows = new RowReader(source, firstColumn, maxRankings, idPrefix(source), records);
        try (XlsxWorkbook workbook = XlsxWorkbook.open(source.file())) {
            workbook.readRows(row -> {
                if (row.number() >= firstRow) {
                    rows.read(workbook, row);
                }
            });
        }
    }

    static int needed(OptionalInt column, String key, String file) {
        if (column.isEmpty() || column.getAsInt() < 1) {
            throw new InvalidInputException(file, 0, "", "is an ES&S file, whose source needs its " + key);
        }
        return column.getAsInt();
    }

    /** RCTab's computed id without its number: the file's name, with what it would not write replaced. */
    static String idPrefix(CvrSource source) {
        return source.file().getFileName().toString().replaceAll("[^a-zA-Z0-9_\\-.]", "_") + "-";
    }

    /** Turns rows into records; holds the count of records, from which RCTab numbers them. */
    static final class RowReader {
        private final CvrSource source;
        private final int firstColumn;
        private final OptionalInt maxRankings;
        private final String idPrefix;
        private final Consumer<CastVoteRecord> records;
        private final EssRankCell rankCell;
        private int count;

        RowReader(CvrSource source, int firstColumn, OptionalInt maxRankings, String idPrefix,
                Consumer<CastVoteRecord> records) {
            this.source = source;
            this.firstColumn = firstColumn;
            this.maxRankings = maxRankings;
            this.idPrefix = idPrefix;
            this.records = records;
            this.rankCell = new EssRankCell(source);
        }

        void read(XlsxWorkbook workbook, XlsxRow row) {
            count++;
            String id = null;
            String precinct = null;
            String batch = null;
            List<Ranking> rankings = new ArrayList<>();
            int lastRank = 0;
            for (XlsxCell cell : row.cells()) {
                int column = cell.column();
                if (is(source.precinctColumn(), column)) {
                    precinct = text(workbook, row, cell);
                } else if (is(source.batchColumn(), column)) {
                    batch = text(workbook, row, cell);
                } else if (is(source.idColumn(), column)) {
                    id = text(workbook, row, cell);
                } else if (column >= firstColumn && (maxRankings.isEmpty() || column < firstColumn + maxRankings.getAsInt())) {
                    int rank = column - firstColumn + 1;
                    blanks(lastRank + 1, rank, rankings);
                    String problem = rankCell.read(rank, text(workbook, row, cell), rankings);
                    if (problem != null) {
                        throw workbook.invalid(row.number(), cell.text(), "(cell " + cell.reference() + ") " + problem);
                    }
                    lastRank = rank;
                }
            }
            if (maxRankings.isPresent()) {
                blanks(lastRank + 1, maxRankings.getAsInt() + 1, rankings);
            }
            if (source.idColumn().isPresent() && id == null) {
                throw workbook.invalid(row.number(), "", "has no cast vote record id: its cell in column "
                        + source.idColumn().getAsInt() + " (idColumnIndex) holds no value");
            }
            records.accept(new CastVoteRecord(id != null ? id : idPrefix + count,
                    source.precinctColumn().isEmpty() ? "" : precinct != null ? precinct : MISSING_PRECINCT,
                    source.batchColumn().isEmpty() ? "" : batch != null ? batch : MISSING_BATCH, rankings));
        }

        /** Ranks {@code from} to {@code to} (excluded), whose cells the sheet does not hold. */
        private void blanks(int from, int to, List<Ranking> rankings) {
            if (source.treatBlankAsUndeclaredWriteIn()) {
                for (int rank = from; rank < to; rank++) {
                    rankings.add(Ranking.undeclaredWriteIn(rank));
                }
            }
        }

        private static boolean is(OptionalInt sourceColumn, int column) {
            return sourceColumn.isPresent() && sourceColumn.getAsInt() == column;
        }

        private static String text(XlsxWorkbook workbook, XlsxRow row, XlsxCell cell) {
            if (cell.problem() != null) {
                throw workbook.invalid(row.number(), cell.reference(), cell.problem());
            }
            return cell.text();
        }
    }
}
