package org.teller.formats.votes;

import org.teller.formats.internal.FieldText;
import org.teller.formats.internal.VotesFiles;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.teller.core.InvalidInputException;

/**
 * A CSV file with a header row, read one row at a time with its line number, strictly
 * ({@link StrictCsvReader}). The header must hold the required columns and no column that is not known,
 * so a misspelt column is an error rather than silently ignored; every row must have exactly the
 * header's number of fields, so that nothing is dropped or made up.
 */
final class CsvTable {

    /** More columns than any votes file has; a header with more is refused before it is held. */
    private static final int HEADER_FIELDS = 64;

    private final Path path;
    private final String file;
    private final List<String> required;
    private final Set<String> known;
    private final Predicate<String> alsoKnown;
    private final HeaderCheck check;

    /** A check of the whole header, made once its columns are known; it throws for a header it refuses. */
    @FunctionalInterface
    interface HeaderCheck {
        void check(List<String> header, long line);
    }

    CsvTable(Path path, String file, List<String> required, List<String> optional) {
        this(path, file, required, optional, column -> false, (header, line) -> {});
    }

    /**
     * @param alsoKnown columns known besides the required and optional ones (a ballot file's ranks)
     * @param check what the header as a whole must satisfy
     */
    CsvTable(Path path, String file, List<String> required, List<String> optional, Predicate<String> alsoKnown,
            HeaderCheck check) {
        this.path = path;
        this.file = file;
        this.required = required;
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        this.known = Set.copyOf(all);
        this.alsoKnown = alsoKnown;
        this.check = check;
    }

    /** A row: fields by column name, and where it is. */
    final class Row {
        private final Map<String, Integer> columns;
        private final List<String> fields;
        private final long line;

        Row(Map<String, Integer> columns, List<String> fields, long line) {
            this.columns = columns;
            this.fields = fields;
            this.line = line;
        }

        long line() {
            return line;
        }

        /** The field, stripped of surrounding white space; empty when the column is absent. */
        String get(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : FieldText.strip(fields.get(index));
        }

        boolean hasColumn(String column) {
            return columns.containsKey(column);
        }

        /** A whole number of votes or papers, at most {@link Long#MAX_VALUE}. */
        long count(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw error(value, "is empty: column '" + column + "' needs a whole number");
            }
            return parseCount(value, () -> error(value, "in column '" + column
                    + "' is not a whole number (digits only, such as 27255)"), () -> error(value, "in column '"
                    + column + "' is more than Teller can count (" + String.format(Locale.ROOT, "%,d", Long.MAX_VALUE) + ")"));
        }

        Optional<Long> optionalCount(String column) {
            return get(column).isEmpty() ? Optional.empty() : Optional.of(count(column));
        }

        InvalidInputException error(String value, String reason) {
            return new InvalidInputException(file, line, value, reason);
        }

        /** Places a problem found by the core at this row. */
        InvalidInputException place(InvalidInputException problem) {
            return problem.at(file, line);
        }
    }

    /** A count written in digits only, at most {@link Long#MAX_VALUE}. */
    static long parseCount(String value, Supplier<InvalidInputException> notNumber,
            Supplier<InvalidInputException> tooLarge) {
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw notNumber.get();
        }
        if (value.length() > 18 && new BigInteger(value).bitLength() > 63) {
            throw tooLarge.get();
        }
        return Long.parseLong(value);
    }

    String file() {
        return file;
    }

    /** Calls {@code action} with every row, in order; returns the columns of the header. */
    List<String> forEach(Consumer<Row> action) {
        try (StrictCsvReader reader = new StrictCsvReader(VotesFiles.open(path, file), file)) {
            reader.tooManyFields(": no header of a votes file has so many");
            List<String> header = reader.next(HEADER_FIELDS);
            if (header == null) {
                throw new InvalidInputException(file, 0, "", "has no rows (a header row and at least one row are needed)");
            }
            if (header.size() == 1) {
                // One column: a blank line may be a row whose one field is empty (a paper with no mark) or nothing.
                reader.refuseBlankLines("is blank: in a file of one column, a blank line could be a row with nothing in it or no"
                        + " row at all; write an empty field as \"\" and remove blank lines");
            }
            Map<String, Integer> columns = columns(header, reader.line());
            check.check(header, reader.line());
            boolean rows = false;
            String columnsSaid = " (" + String.join(",", header) + "): every row has one field for each column";
            reader.tooManyFields(", but the header has " + header.size() + columnsSaid);
            for (List<String> fields = reader.next(header.size()); fields != null; fields = reader.next(header.size())) {
                if (fields.size() != header.size()) {
                    throw new InvalidInputException(file, reader.line(), "", "has " + fields.size() + " field"
                            + (fields.size() == 1 ? "" : "s") + " but the header has " + header.size() + columnsSaid);
                }
                action.accept(new Row(columns, fields, reader.line()));
                rows = true;
            }
            if (!rows) {
                throw new InvalidInputException(file, 0, "", "has a header but no rows (at least one row is needed)");
            }
            return header;
        } catch (IOException e) {
            throw VotesFiles.unreadable(file, e);
        }
    }

    private Map<String, Integer> columns(List<String> header, long line) {
        Map<String, Integer> columns = new HashMap<>();
        for (String column : header) {
            if (!known.contains(column) && !alsoKnown.test(column)) {
                throw new InvalidInputException(file, line, column, "is not a column of this file (known: "
                        + String.join(", ", known.stream().sorted().toList())
                        + (alsoKnown.test("rank1") ? ", and ranks: first, second... or rank1, rank2..." : "") + ")");
            }
            if (columns.putIfAbsent(column, columns.size()) != null) {
                throw new InvalidInputException(file, line, column, "is a column twice");
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new InvalidInputException(file, line, column, "column is missing (the header must have: "
                        + String.join(", ", required) + ")");
            }
        }
        return columns;
    }
}
