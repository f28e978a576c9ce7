package org.teller.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;

/**
 * Seeded random tallies and returns of huge figures in count areas hold to the documented bound: a file
 * whose figures add up to at most {@code Long.MAX_VALUE} gives the exact count, and one whose figures add
 * up to more is refused at the line whose figure crosses it, and nowhere else.
 */
class HugeFiguresFileTest {

    private static final BigInteger MOST = BigInteger.valueOf(Long.MAX_VALUE);
    private static final String[] NAMES = {"Ann Archer", "Bo Brown", "Cy Cole", "Di Dale"};

    @TempDir
    Path work;

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aTallyIsExactOrRefusedWhereItCrossesTheBound(long seed) throws IOException {
        Random random = new Random(seed);
        int rows = 1 + random.nextInt(40);
        StringBuilder tally = new StringBuilder("area,first,second,votes\n");
        BigInteger[] firsts = zeros();
        BigInteger total = BigInteger.ZERO;
        long crossing = 0;
        for (int row = 0; row < rows; row++) {
            int first = random.nextInt(NAMES.length);
            long votes = figure(random);
            // Each row its own area, so that no row repeats another.
            tally.append("A").append(row).append(',').append(NAMES[first]).append(",,").append(votes).append('\n');
            firsts[first] = firsts[first].add(BigInteger.valueOf(votes));
            total = total.add(BigInteger.valueOf(votes));
            if (crossing == 0 && total.compareTo(MOST) > 0) {
                crossing = row + 2; // the header is line 1
            }
        }
        check(write("tally: tally.csv\n", "tally.csv", tally.toString()), "tally.csv", firsts, crossing);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void returnsAreExactOrRefusedWhereTheyCrossTheBound(long seed) throws IOException {
        Random random = new Random(~seed);
        int areas = 1 + random.nextInt(10);
        long[][] votes = new long[areas][NAMES.length];
        BigInteger[] firsts = zeros();
        for (int area = 0; area < areas; area++) {
            for (int candidate = 0; candidate < NAMES.length; candidate++) {
                votes[area][candidate] = figure(random);
                firsts[candidate] = firsts[candidate].add(BigInteger.valueOf(votes[area][candidate]));
            }
        }
        // Returns state no second-stage figures: with a second stage, zero for the two (or more) who remain.
        BigInteger valid = Arrays.stream(firsts).reduce(BigInteger.ZERO, BigInteger::add);
        boolean majority = Arrays.stream(firsts).anyMatch(first -> first.shiftLeft(1).compareTo(valid) > 0);
        StringBuilder returns = new StringBuilder("area,candidate,first,second\n");
        BigInteger total = BigInteger.ZERO;
        long crossing = 0;
        long line = 1;
        for (int area = 0; area < areas; area++) {
            for (int candidate = 0; candidate < NAMES.length; candidate++) {
                BigInteger mine = firsts[candidate];
                boolean remains = !majority && Arrays.stream(firsts).filter(other -> other.compareTo(mine) > 0).count() < 2;
                returns.append("A").append(area).append(',').append(NAMES[candidate]).append(',')
                        .append(votes[area][candidate]).append(',').append(remains ? "0" : "").append('\n');
                line++;
                total = total.add(BigInteger.valueOf(votes[area][candidate]));
                if (crossing == 0 && total.compareTo(MOST) > 0) {
                    crossing = line;
                }
            }
        }
        check(write("returns: returns.csv\n", "returns.csv", returns.toString()), "returns.csv", firsts, crossing);
    }

    private void check(Path contest, String file, BigInteger[] firsts, long crossing) {
        if (crossing > 0) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> ContestCounter.count(contest, "c", new SeededLotDrawer(0)));
            assertThat(refused).isNotNull();
            assertThat(refused.getMessage()).startsWith("c/" + file + ", line " + crossing + ": '")
                    .endsWith("' makes the figures in this file add up to more than Teller can count (9,223,372,036,854,775,807)");
            return;
        }
        Declaration declaration = ContestCounter.count(contest, "c", new SeededLotDrawer(0));
        BigInteger valid = BigInteger.ZERO;
        for (int candidate = 0; candidate < NAMES.length; candidate++) {
            assertThat(BigInteger.valueOf(declaration.result().firstRound().votes(candidate))).isEqualTo(firsts[candidate]);
            valid = valid.add(firsts[candidate]);
        }
        assertThat(BigInteger.valueOf(declaration.result().firstRound().continuingVotes())).isEqualTo(valid);
    }

    /** Mostly figures of 18 digits: a file crosses the bound from about 18 of them. */
    private static long figure(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> random.nextInt(100_000);
            case 2, 3 -> 999_999_999_999_999_999L;
            default -> (random.nextLong() & Long.MAX_VALUE) % 1_000_000_000_000_000_000L;
        };
    }

    private static BigInteger[] zeros() {
        BigInteger[] zeros = new BigInteger[NAMES.length];
        Arrays.fill(zeros, BigInteger.ZERO);
        return zeros;
    }

    private Path write(String votes, String file, String text) throws IOException {
        Path folder = work.resolve("c");
        Files.createDirectories(folder);
        StringBuilder contest = new StringBuilder("title: Huge\ndate: 2026-05-07\nsystem: supplementary-vote\ncandidates:\n");
        for (String name : NAMES) {
            contest.append("  - name: ").append(name).append('\n');
        }
        Files.writeString(folder.resolve("contest.yaml"), contest + votes);
        Files.writeString(folder.resolve(file), text);
        return folder;
    }
}
