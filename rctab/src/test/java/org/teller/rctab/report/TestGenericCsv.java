package org.teller.rctab.report;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * RCTab's generic CSV cast vote records, read as RCTab 2.0.1 reads them: a header row, then a record a
 * row; every column from the first vote column on is a candidate named by its header cell (the source's
 * undeclared write-in label names the write-ins), the cell the rank given. The precinct and batch
 * columns, when the source names them, give each record's part. Test code, after formats' tests.
 */
final class TestGenericCsv {

    private TestGenericCsv() {}

    static List<TestCastVote> read(Path file, int firstVoteColumn, String writeInLabel, OptionalInt precinctColumn,
            OptionalInt batchColumn) {
        List<TestCastVote> votes = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            List<String> header = null;
            int row = 0;
            for (CsvRecord record : reader) {
                row++;
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                List<TestCastVote.Ranked> rankings = new ArrayList<>();
                for (int column = firstVoteColumn - 1; column < header.size(); column++) {
                    String cell = column < record.getFieldCount() ? record.getField(column).strip() : "";
                    if (cell.isEmpty()) {
                        continue;
                    }
                    String name = header.get(column);
                    boolean writeIn = !writeInLabel.isBlank() && name.equals(writeInLabel);
                    rankings.add(new TestCastVote.Ranked(Integer.parseInt(cell), writeIn ? TestCount.UNDECLARED_WRITE_INS : name));
                }
                votes.add(new TestCastVote(file.getFileName() + "(" + (row - 1) + ")", cell(record, precinctColumn),
                        cell(record, batchColumn), rankings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return votes;
    }

    private static String cell(CsvRecord record, OptionalInt column) {
        if (column.isEmpty() || column.getAsInt() > record.getFieldCount()) {
            return "";
        }
        return record.getField(column.getAsInt() - 1).strip();
    }
}
