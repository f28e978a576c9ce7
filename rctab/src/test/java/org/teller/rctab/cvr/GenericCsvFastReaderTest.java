package org.teller.rctab.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.InvalidInputException;

/**
 * The fast reader of RCTab's generic CSV against the careful one: on seeded random files, plain and
 * with every irregularity a file can have, the fast reader either gives up or counts exactly the records
 * the careful one reads (each record's rankings, precinct and batch); it never refuses a file itself (it
 * gives up, and the careful one says what is wrong). Plain files it must not give up on.
 */
class GenericCsvFastReaderTest {

    @TempDir
    Path folder;

    static Stream<Integer> seeds() {
        return IntStream.range(0, 300).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFastReaderCountsWhatTheCarefulOneReadsOrGivesUp(int seed) throws IOException {
        Random random = new Random(seed);
        boolean plain = seed % 3 == 0;
        Path file = folder.resolve("cvr" + seed + ".csv");
        Files.write(file, generate(random, plain));
        CvrSource source = source(file, random.nextBoolean() ? "Write-In" : "");

        Map<String, Integer> careful = new HashMap<>();
        String refused = null;
        try {
            new GenericCsvCvrReader().read(source, record -> careful.merge(key(record, record.precinct(), record.batch()), 1, Integer::sum));
        } catch (InvalidInputException e) {
            refused = e.getMessage();
        }

        // One worker, and three sharing the file however small it is: each counts what the careful reader reads.
        for (int workers : new int[] {1, 3}) {
            Map<String, Integer> fast = new HashMap<>();
            List<List<String>> distinct = new ArrayList<>();
            boolean finished = GenericCsvFastReader.read(source, true, true, workers, worker -> {
                List<String> seen = new ArrayList<>();
                synchronized (distinct) {
                    distinct.add(seen);
                }
                return new RecordCounter() {
                    @Override
                    public int number(CastVoteRecord record) {
                        seen.add(key(record, "", ""));
                        return seen.size() - 1;
                    }

                    @Override
                    public void count(int number, boolean undervote, String precinct, String batch) {
                        assertThat(undervote).isEqualTo(seen.get(number).equals("[]"));
                        synchronized (fast) {
                            fast.merge(seen.get(number) + "@" + precinct + "/" + batch, 1, Integer::sum);
                        }
                    }
                };
            }, 0);
            if (plain) {
                assertThat(finished).as("a plain file is read fast, by " + workers).isTrue();
            }
            if (finished) {
                assertThat(refused).as("what the careful reader refuses, the fast one does not finish").isNull();
                assertThat(fast).as(workers + " workers").isEqualTo(careful);
            }
        }
    }

    @Test
    void whatIsWrongTheFastReaderLeavesToTheCarefulOneToSay() throws IOException {
        Path file = folder.resolve("cvr.csv");
        Files.writeString(file, "id,precinct,batch,Ann,Bo\nr1,p1,b1,1,2\nr2,p1,b1,0,1\n");
        CvrSource source = source(file, "");
        assertThatThrownBy(() -> new GenericCsvCvrReader().read(source, record -> { }))
                .hasMessage(file + ", line 3: '0' in column 4 is not a rank (a whole number from 1)");
        assertThat(GenericCsvFastReader.read(source, false, false, new RecordCounter() {
            @Override
            public int number(CastVoteRecord record) {
                return 0;
            }

            @Override
            public void count(int number, boolean undervote, String precinct, String batch) {}
        })).isFalse();
    }

    /** A record's rankings, and where it was cast when that is given. */
    private static String key(CastVoteRecord record, String precinct, String batch) {
        return record.rankings() + (precinct.isEmpty() && batch.isEmpty() ? "" : "@" + precinct + "/" + batch);
    }

    private static CvrSource source(Path file, String writeInLabel) {
        return new CvrSource(file, CvrProvider.GENERIC_CSV, "", OptionalInt.of(4), OptionalInt.of(2), OptionalInt.of(1),
                OptionalInt.of(2), OptionalInt.of(3), "", "", "", writeInLabel, false);
    }

    /** A generic CSV file: plain, or with irregularities picked at random. */
    private static byte[] generate(Random random, boolean plain) {
        List<String> candidates = List.of("Ann", "Bo Brown", "Cy", "Write-In");
        StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
        text.append("id,precinct,batch,").append(String.join(",", candidates.subList(0, 2)))
                .append(!plain && random.nextBoolean() ? ",\"Cy\"" : ",Cy").append(",Write-In");
        String newline = random.nextBoolean() ? "\r\n" : "\n";
        text.append(newline);
        int rows = 1 + random.nextInt(40);
        for (int row = 0; row < rows; row++) {
            List<String> cells = new ArrayList<>(List.of("r" + row, "p" + random.nextInt(3), "b" + random.nextInt(2)));
            for (int c = 0; c < candidates.size(); c++) {
                cells.add(random.nextInt(3) == 0 ? "" : String.valueOf(1 + random.nextInt(4)));
            }
            if (!plain && random.nextInt(8) == 0) {
                irregular(random, cells);
            }
            text.append(String.join(",", cells)).append(newline);
        }
        if (!plain && random.nextInt(6) == 0) {
            text.append(newline); // an empty last line
        }
        if (random.nextInt(5) == 0) {
            text.setLength(text.length() - newline.length()); // no newline at the end
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void irregular(Random random, List<String> cells) {
        int column = random.nextInt(cells.size());
        switch (random.nextInt(9)) {
            case 0 -> cells.set(column, "\"" + cells.get(column) + "\"");
            case 1 -> cells.set(column, " " + cells.get(column));
            case 2 -> cells.add("");
            case 3 -> cells.remove(cells.size() - 1);
            case 4 -> cells.set(1, "Precinct é");
            case 5 -> cells.set(column, cells.get(column) + "\r");
            case 6 -> cells.set(column, random.nextBoolean() ? "x" : random.nextBoolean() ? "1234567890" : "99999999999");
            case 7 -> cells.set(column, "\"a\nb\"");
            default -> cells.set(column, "0");
        }
    }
}
