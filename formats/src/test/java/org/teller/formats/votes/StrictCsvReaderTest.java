package org.teller.formats.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.InvalidInputException;

/**
 * On well-formed CSV, the strict reader reads exactly what an independent, well-kept reader (FastCSV)
 * reads, record for record and line for line; it differs only in what it refuses.
 */
class StrictCsvReaderTest {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readsWellFormedCsvAsFastCsvDoes(long seed) throws IOException {
        String text = wellFormed(new Random(seed));
        List<String> ours = new ArrayList<>();
        try (StrictCsvReader reader = new StrictCsvReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "f.csv")) {
            for (List<String> fields = reader.next(100); fields != null; fields = reader.next(100)) {
                ours.add(reader.line() + " " + fields);
            }
        }
        List<String> theirs = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).detectBomHeader(true)
                .allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)) {
            for (CsvRecord record : reader) {
                theirs.add(record.getStartingLineNumber() + " " + record.getFields());
            }
        }
        assertThat(ours).as("seed %d:%n%s", seed, text).isEqualTo(theirs);
    }

    private static String wellFormed(Random random) {
        StringBuilder text = new StringBuilder(random.nextInt(5) == 0 ? "\uFEFF" : "");
        String newline = random.nextBoolean() ? "\n" : "\r\n";
        int records = random.nextInt(30);
        List<String> values = List.of("", "Ann", "Bo Brown", "Smith, John", "say \"hi\"", " padded ", "Siân",
                "Zoë|Ann", "\t", "東京", "a,b,c");
        for (int r = 0; r < records; r++) {
            if (random.nextInt(8) == 0) {
                text.append(newline); // a blank line
            }
            int fields = 1 + random.nextInt(5);
            for (int f = 0; f < fields; f++) {
                String value = values.get(random.nextInt(values.size()));
                boolean mustQuote = value.contains(",") || value.contains("\"");
                text.append(f > 0 ? "," : "").append(mustQuote || random.nextInt(5) == 0
                        ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            if (r < records - 1 || random.nextBoolean()) {
                text.append(newline);
            }
        }
        return text.toString();
    }

    @Test
    void refusesARowTooLongToBeAVotesFileRow() {
        String text = "first,second\n" + "x".repeat(StrictCsvReader.LONGEST_ROW + 1) + ",\n";
        InvalidInputException problem = catchThrowableOfType(InvalidInputException.class, () -> {
            try (StrictCsvReader reader = new StrictCsvReader(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "f.csv")) {
                while (reader.next(100) != null) {
                    // read to the end
                }
            }
        });
        assertThat(problem).hasMessage("f.csv, line 2: is a row longer than 2097152 bytes: no row of a votes file is so long");
    }
}
