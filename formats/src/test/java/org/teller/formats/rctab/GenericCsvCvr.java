package org.teller.formats.rctab;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RCTab's generic CSV cast vote records ({@code provider: genericCsv}), read as RCTab 2.0.1 reads them:
 * the first row is a header; every column from {@code firstVoteColumnIndex} (from 1) on is a candidate,
 * named by its header cell (the source's {@code undeclaredWriteInLabel} names the undeclared write-ins);
 * each later row is one record, whose cell under a candidate is the rank given to that candidate, or
 * blank. Two candidates with the same rank on one row are an overvote at that rank. Columns before the
 * first vote column (ballot id, precinct, batch) play no part in the count, and RCTab starts the records
 * at the second row whatever {@code firstVoteRowIndex} says.
 */
final class GenericCsvCvr {

    private GenericCsvCvr() {}

    static List<CastVote> read(Path file, int firstVoteColumn, String writeInLabel) {
        List<CastVote> votes = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            List<String> header = null;
            int row = 0;
            for (CsvRecord record : reader) {
                row++;
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                List<CastVote.Ranked> rankings = new ArrayList<>();
                for (int column = firstVoteColumn - 1; column < header.size(); column++) {
                    String name = header.get(column);
                    if (name.isBlank()) {
                        throw new IllegalStateException(file + ": a candidate column without a name, column " + (column + 1));
                    }
                    String cell = column < record.getFieldCount() ? record.getField(column).strip() : "";
                    if (cell.isEmpty()) {
                        continue;
                    }
                    int rank;
                    try {
                        rank = Integer.parseInt(cell);
                    } catch (NumberFormatException e) {
                        throw new IllegalStateException(file + ": row " + row + ", column " + (column + 1)
                                + ": expected a rank number, not " + cell, e);
                    }
                    boolean writeIn = !writeInLabel.isBlank() && name.equals(writeInLabel);
                    rankings.add(new CastVote.Ranked(rank, writeIn ? RctabCase.UNDECLARED_WRITE_INS : name));
                }
                votes.add(new CastVote(file.getFileName() + "(" + (row - 1) + ")", rankings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return votes;
    }
}
