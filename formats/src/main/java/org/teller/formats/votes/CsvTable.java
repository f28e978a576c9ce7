package org.teller.formats.votes;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.teller.core.InvalidInputException;

/**
 * A CSV file with a header row, read one row at a time with its line number. The header must hold the
 * required columns and no column that is not known, so a misspelt column is an error rather than
 * silently ignored. Blank lines are skipped; a UTF-8 byte order mark is allowed.
 */
final class CsvTable {

    private final Path path;
    private final String file;
    private final List<String> required;
    private final Set<String> known;

    CsvTable(Path path, String file, List<String> required, List<String> optional) {
        this.path = path;
        this.file = file;
        this.required = required;
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        this.known = Set.copyOf(all);
    }

    /** A row: fields by column name, and where it is. */
    final class Row {
        private final NamedCsvRecord record;

        Row(NamedCsvRecord record) {
            this.record = record;
        }

        long line() {
            return record.getStartingLineNumber();
        }

        /** The field, stripped of surrounding spaces; empty when the column is absent. */
        String get(String column) {
            return record.findField(column).map(String::strip).orElse("");
        }

        boolean hasColumn(String column) {
            return record.getHeader().contains(column);
        }

        /** A whole number of votes or papers. */
        long count(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw error(value, "is empty: column '" + column + "' needs a whole number");
            }
            if (value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw error(value, "in column '" + column + "' is not a whole number (digits only, such as 27255)");
            }
            return Long.parseLong(value);
        }

        Optional<Long> optionalCount(String column) {
            return get(column).isEmpty() ? Optional.empty() : Optional.of(count(column));
        }

        InvalidInputException error(String value, String reason) {
            return new InvalidInputException(file, line(), value, reason);
        }

        /** Places a problem found by the core at this row. */
        InvalidInputException place(InvalidInputException problem) {
            return problem.at(file, line());
        }
    }

    String file() {
        return file;
    }

    /** Calls {@code action} with every row, in order; returns the columns of the header. */
    List<String> forEach(Consumer<Row> action) {
        CsvReader.CsvReaderBuilder builder = CsvReader.builder().detectBomHeader(true).skipEmptyLines(true);
        try (CsvReader<NamedCsvRecord> reader = BallotPapersCsv.isGzip(path)
                ? builder.ofNamedCsvRecord(new GZIPInputStream(Files.newInputStream(path), 1 << 16),
                        StandardCharsets.UTF_8)
                : builder.ofNamedCsvRecord(path)) {
            List<String> header = null;
            for (NamedCsvRecord record : reader) {
                if (header == null) {
                    header = record.getHeader();
                    checkHeader(header);
                }
                action.accept(new Row(record));
            }
            if (header == null) {
                throw new InvalidInputException(file, 0, "", "has no rows (a header row and at least one row are needed)");
            }
            return header;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, 0, "", "does not exist");
        } catch (CsvParseException e) {
            throw new InvalidInputException(file, 0, "", "is not valid CSV: " + rootMessage(e));
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(file, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    private void checkHeader(List<String> header) {
        List<String> seen = new ArrayList<>();
        for (String column : header) {
            if (!known.contains(column)) {
                throw new InvalidInputException(file, 1, column, "is not a column of this file (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
            if (seen.contains(column)) {
                throw new InvalidInputException(file, 1, column, "is a column twice");
            }
            seen.add(column);
        }
        for (String column : required) {
            if (!header.contains(column)) {
                throw new InvalidInputException(file, 1, column, "column is missing (the header must have: "
                        + String.join(", ", required) + ")");
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
