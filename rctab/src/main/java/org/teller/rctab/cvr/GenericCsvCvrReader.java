package org.teller.rctab.cvr;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.teller.core.InvalidInputException;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;

/**
 * RCTab's generic CSV ({@code provider: genericCsv}), read as RCTab 2.0.1 reads it: the first row is a
 * header; every column from {@code firstVoteColumnIndex} on is a candidate, named by its header cell (the
 * column headed with the source's {@code undeclaredWriteInLabel} holds the undeclared write-ins); every
 * later row is one record, whose cell under a candidate is the rank given to that candidate, or empty.
 * Two candidates given one rank are an overvote at that rank. The id, precinct and batch are the cells of
 * their columns, where the source names them. RCTab starts the records at the second row whatever
 * {@code firstVoteRowIndex} says, and so does this.
 *
 * <p>Strict, as every Teller reader: UTF-8 only; a row with more or fewer fields than the header, an
 * unclosed quote, a rank that is not a whole number from 1, or a header naming one candidate twice is
 * refused, naming the line.
 */
public final class GenericCsvCvrReader implements CvrReader {

    @Override
    public void read(CvrSource source, Consumer<CastVoteRecord> records) {
        String file = source.file().toString();
        int first = source.firstVoteColumn().orElseThrow(
                () -> new InvalidInputException(file, 0, "", "needs firstVoteColumnIndex in its cvrFileSources entry")) - 1;
        CsvReader<CsvRecord> reader;
        try {
            // Decoded strictly: bytes that are not UTF-8 are refused, never replaced (FastCSV's own decoding
            // would replace them, and a name would no longer be the one written). A byte order mark is skipped.
            Reader text = new InputStreamReader(Files.newInputStream(source.file()),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
            reader = CsvReader.builder().allowExtraFields(false).allowMissingFields(false)
                    .allowExtraCharsAfterClosingQuote(false).skipEmptyLines(false).detectBomHeader(false)
                    .ofCsvRecord(new ByteOrderMarkSkipped(text));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, 0, "", "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file, 0, "", "cannot be read: " + e.getMessage());
        }
        try (reader) {
            List<String> header = null;
            for (CsvRecord row : reader) {
                if (header == null) {
                    header = header(row, first, file, source);
                    continue;
                }
                records.accept(record(source, row, header, first, file));
            }
            if (header == null) {
                throw new InvalidInputException(file, 1, "", "is empty: a generic CSV file starts with a header of candidates");
            }
        } catch (CsvParseException e) {
            throw new InvalidInputException(file, 0, "", "is not valid CSV: " + message(e));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InvalidInputException(file, 0, "", "is not UTF-8 text");
            }
            throw new InvalidInputException(file, 0, "", "cannot be read: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new InvalidInputException(file, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    private static List<String> header(CsvRecord row, int first, String file, CvrSource source) {
        oneLine(row, file);
        return header(row.getFields(), first, file, row.getStartingLineNumber(), source);
    }

    /**
     * Refuses a row with a field that holds a line break: no field of a CVR file does, and a quote left
     * open looks just like one (FastCSV would read it on to the end of the file, swallowing every row).
     */
    private static void oneLine(CsvRecord row, String file) {
        for (String field : row.getFields()) {
            if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                String start = field.lines().findFirst().orElse("");
                throw new InvalidInputException(file, row.getStartingLineNumber(), start,
                        "is the start of a field that runs on past the end of its line: a quote left open?");
            }
        }
    }

    /**
     * The header's fields, checked as RCTab needs them: the source's id, precinct and batch columns within
     * it, and a candidate named in each column from the first vote column on, none twice. Shared with the
     * fast path, so that both refuse the same headers.
     */
    static List<String> header(List<String> fields, int first, String file, long line, CvrSource source) {
        columnWithin(source.idColumn(), "idColumnIndex", fields.size(), file, line);
        columnWithin(source.precinctColumn(), "precinctColumnIndex", fields.size(), file, line);
        columnWithin(source.batchColumn(), "batchColumnIndex", fields.size(), file, line);
        // Names as written: RCTab matches them exactly, so ' Lettuce' is not Lettuce.
        List<String> header = List.copyOf(fields);
        if (first >= header.size()) {
            throw new InvalidInputException(file, line, String.valueOf(first + 1),
                    "firstVoteColumnIndex is beyond the header's " + header.size() + " columns");
        }
        Set<String> seen = new HashSet<>();
        for (int column = first; column < header.size(); column++) {
            String name = header.get(column);
            if (name.isEmpty()) {
                throw new InvalidInputException(file, line, "", "column " + (column + 1) + " of the header names no candidate");
            }
            if (!seen.add(name)) {
                throw new InvalidInputException(file, line, name, "heads two columns of the header");
            }
        }
        return header;
    }

    private static void columnWithin(OptionalInt column, String setting, int columns, String file, long line) {
        if (column.isPresent() && column.getAsInt() > columns) {
            throw new InvalidInputException(file, line, String.valueOf(column.getAsInt()),
                    setting + " is beyond the header's " + columns + " columns");
        }
    }

    /** A record's id: its id column's cell, or where it is (file and line) when that is empty or not given. */
    static String id(CvrSource source, String cell, long line) {
        return cell.isEmpty() ? source.file().getFileName() + ":" + line : cell;
    }

    /** What a record ranks: each candidate column's rank, in column order. */
    static CastVoteRecord.Ranking ranking(CvrSource source, String name, int rank) {
        return name.equals(source.undeclaredWriteInLabel()) ? CastVoteRecord.Ranking.undeclaredWriteIn(rank)
                : CastVoteRecord.Ranking.of(rank, name);
    }

    private static CastVoteRecord record(CvrSource source, CsvRecord row, List<String> header, int first, String file) {
        long line = row.getStartingLineNumber();
        oneLine(row, file);
        if (row.getFieldCount() != header.size()) {
            // FastCSV lets an empty line through as a record of one empty field.
            throw new InvalidInputException(file, line, "", "has " + row.getFieldCount() + " fields, not the header's "
                    + header.size() + (row.getFieldCount() == 1 && row.getField(0).isEmpty() ? " (an empty line)" : ""));
        }
        List<Ranking> rankings = new ArrayList<>();
        for (int column = first; column < header.size(); column++) {
            String cell = row.getField(column).strip();
            if (cell.isEmpty()) {
                continue;
            }
            int rank = rank(cell, line, column, file);
            rankings.add(ranking(source, header.get(column), rank));
        }
        return new CastVoteRecord(id(source, cell(row, source.idColumn().orElse(0)), line),
                cell(row, source.precinctColumn().orElse(0)), cell(row, source.batchColumn().orElse(0)), rankings);
    }

    static int rank(String cell, long line, int column, String file) {
        try {
            int rank = Integer.parseInt(cell);
            if (rank >= 1) {
                return rank;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidInputException(file, line, cell, "in column " + (column + 1) + " is not a rank (a whole number from 1)");
    }

    /** The cell of a column (from 1), stripped; "" for column 0 (none) or beyond the row. */
    private static String cell(CsvRecord row, int column) {
        return column < 1 || column > row.getFieldCount() ? "" : row.getField(column - 1).strip();
    }

    /** A reader of text that leaves out a byte order mark at its start (U+FEFF), as RCTab's reader does. */
    private static final class ByteOrderMarkSkipped extends FilterReader {
        private boolean started;

        ByteOrderMarkSkipped(Reader in) {
            super(new PushbackReader(in, 1));
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (!started) {
                started = true;
                PushbackReader pushback = (PushbackReader) in;
                int first = pushback.read();
                if (first >= 0 && first != '\uFEFF') {
                    pushback.unread(first);
                }
            }
            return super.read(buffer, offset, length);
        }
    }

    private static String message(CsvParseException e) {
        Throwable cause = e.getCause();
        return cause != null && cause.getMessage() != null ? e.getMessage() + ": " + cause.getMessage() : e.getMessage();
    }
}
