package org.teller.core.sv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.lot.Lot;
import org.teller.core.count.HowElected;
import org.teller.core.tally.CountReturns;
import org.teller.core.tally.StatedFiguresMismatchException;
import org.teller.core.sv.SvView.SvResult;
import org.teller.core.sv.SvView.SecondStage;
import org.teller.core.sv.SvView.NonTransferable;
import org.teller.core.lot.LotDrawer;
import org.teller.core.tally.RankingTally;

/**
 * Counts of seeded random figures near the limit of a {@code long}, in several count areas, against an
 * exact count in {@link BigInteger}s: the engine either gives exactly the exact count, or refuses with
 * an {@link InvalidInputException} because a total the count needs truly is more than it can hold.
 * Never a figure that wrapped round, never another exception, never a refusal of a count that fits.
 */
class HugeFiguresPropertiesTest {

    private static final BigInteger MOST = BigInteger.valueOf(Long.MAX_VALUE);
    private static final int REASONS = UnusedSecondPreference.values().length;
    private static final LotDrawer LOWEST_INDEX = (stage, tied) -> new Lot(stage, tied, tied, OptionalLong.of(0));

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /**
     * A first-by-second matrix per count area (columns: second-preference candidates, then the reasons a
     * second preference is not counted) and rejected papers per area.
     */
    record Figures(int candidates, long[][][] cells, long[][] rejected) {}

    static Figures figures(long seed) {
        Random random = new Random(seed);
        int candidates = 2 + random.nextInt(5);
        int areas = 1 + random.nextInt(4);
        int columns = candidates + REASONS;
        // Scaled so that some elections stay within the limit in total, some come close to it either side,
        // and some go far past it; the largest figures only where the total may go past it anyway.
        long cells = (long) areas * candidates * columns;
        int size = random.nextInt(4);
        long scale = switch (size) {
            case 0 -> Long.MAX_VALUE / cells / 4;
            case 1 -> Long.MAX_VALUE / cells * 3;
            case 2 -> Long.MAX_VALUE / areas;
            default -> Long.MAX_VALUE;
        };
        boolean extremes = size >= 2;
        long[][][] matrix = new long[areas][candidates][columns];
        long[][] rejected = new long[areas][RejectionHead.values().length];
        for (int area = 0; area < areas; area++) {
            for (int first = 0; first < candidates; first++) {
                for (int column = 0; column < columns; column++) {
                    matrix[area][first][column] = figure(random, scale, extremes);
                }
            }
            for (int head = 0; head < rejected[area].length; head++) {
                rejected[area][head] = random.nextInt(3) == 0 ? figure(random, scale, extremes) : 0;
            }
        }
        return new Figures(candidates, matrix, rejected);
    }

    private static long figure(Random random, long scale, boolean extremes) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> 0;
            case 4, 5 -> random.nextInt(1000);
            case 6 -> extremes
                    ? new long[] {Long.MAX_VALUE, Long.MAX_VALUE / 2, Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE - 1}[random.nextInt(4)]
                    : scale;
            default -> (random.nextLong() & Long.MAX_VALUE) % scale;
        };
    }

    /** The count done exactly, with every total the engine makes on the way. */
    record Exact(BigInteger[] firsts, BigInteger valid, List<Integer> remaining, BigInteger[] totals,
            BigInteger nonTransferable, int winner, boolean fits) {}

    static Exact exact(Figures figures) {
        int n = figures.candidates();
        int columns = n + REASONS;
        List<BigInteger> made = new ArrayList<>(); // every total the engine computes
        BigInteger[][] cells = new BigInteger[n][columns];
        BigInteger[] firsts = new BigInteger[n];
        BigInteger valid = BigInteger.ZERO;
        for (int first = 0; first < n; first++) {
            firsts[first] = BigInteger.ZERO;
            for (int column = 0; column < columns; column++) {
                BigInteger cell = BigInteger.ZERO;
                for (long[][] area : figures.cells()) {
                    cell = cell.add(BigInteger.valueOf(area[first][column]));
                }
                cells[first][column] = cell;
                made.add(cell);
                firsts[first] = firsts[first].add(cell);
            }
            made.add(firsts[first]);
            valid = valid.add(firsts[first]);
        }
        made.add(valid);
        List<Integer> remaining = new ArrayList<>();
        BigInteger[] totals = new BigInteger[n];
        BigInteger nonTransferable = BigInteger.ZERO;
        int winner;
        Integer majority = null;
        for (int candidate = 0; candidate < n && n > 2; candidate++) {
            if (firsts[candidate].shiftLeft(1).compareTo(valid) > 0) {
                majority = candidate;
            }
        }
        if (n == 2) {
            winner = firsts[1].compareTo(firsts[0]) > 0 ? 1 : 0;
        } else if (majority != null) {
            winner = majority;
        } else {
            for (int candidate = 0; candidate < n; candidate++) {
                int ahead = 0;
                for (int other = 0; other < n; other++) {
                    ahead += firsts[other].compareTo(firsts[candidate]) > 0 ? 1 : 0;
                }
                if (ahead < 2) {
                    remaining.add(candidate);
                }
            }
            BigInteger papersOfEliminated = BigInteger.ZERO;
            BigInteger transferred = BigInteger.ZERO;
            BigInteger forEliminated = BigInteger.ZERO;
            BigInteger[] unused = new BigInteger[REASONS];
            Arrays.fill(unused, BigInteger.ZERO);
            for (int candidate = 0; candidate < n; candidate++) {
                totals[candidate] = remaining.contains(candidate) ? firsts[candidate] : BigInteger.ZERO;
            }
            for (int first = 0; first < n; first++) {
                if (remaining.contains(first)) {
                    continue;
                }
                papersOfEliminated = papersOfEliminated.add(firsts[first]);
                for (int second = 0; second < n; second++) {
                    if (remaining.contains(second)) {
                        totals[second] = totals[second].add(cells[first][second]);
                        transferred = transferred.add(cells[first][second]);
                    } else {
                        forEliminated = forEliminated.add(cells[first][second]);
                    }
                }
                for (int reason = 0; reason < REASONS; reason++) {
                    unused[reason] = unused[reason].add(cells[first][n + reason]);
                }
            }
            BigInteger totalOfRemaining = BigInteger.ZERO;
            for (int candidate : remaining) {
                made.add(totals[candidate]);
                made.add(totals[candidate].subtract(firsts[candidate])); // added
                totalOfRemaining = totalOfRemaining.add(totals[candidate]);
            }
            made.addAll(List.of(papersOfEliminated, transferred, forEliminated, totalOfRemaining));
            made.addAll(List.of(unused));
            nonTransferable = papersOfEliminated.subtract(transferred);
            winner = remaining.get(0);
            for (int candidate : remaining) {
                if (totals[candidate].compareTo(totals[winner]) > 0) {
                    winner = candidate;
                }
            }
        }
        boolean fits = made.stream().allMatch(total -> total.compareTo(MOST) <= 0);
        return new Exact(firsts, valid, remaining, totals, nonTransferable, winner, fits);
    }

    /** Each area tallied on its own and the areas merged, as a reader of a file with count areas does. */
    static RankingTally tally(Figures figures) {
        int n = figures.candidates();
        RankingTally total = new RankingTally(n);
        for (int area = 0; area < figures.cells().length; area++) {
            RankingTally part = new RankingTally(n);
            for (int first = 0; first < n; first++) {
                for (int second = 0; second < n; second++) {
                    if (second != first) {
                        SvPapers.add(part, first, second, figures.cells()[area][first][second]);
                    }
                }
                // A second preference for the first candidate is SAME_AS_FIRST: give the cell once.
                for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
                    SvPapers.add(part, first, reason, figures.cells()[area][first][n + reason.ordinal()]);
                }
            }
            total.merge(part);
        }
        return total;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aTallyOfHugeFiguresIsExactOrRefused(long seed) {
        Figures figures = withoutSameAsFirstCells(figures(seed));
        Exact exact = exact(figures);
        Throwable refused = catchThrowable(() -> {
            SvResult result = SvView.count(
                    SupplementaryVoteTest.candidates(figures.candidates()), tally(figures), LOWEST_INDEX);
            assertExact(result, exact);
        });
        assertRefusedOnlyWhenTooLarge(refused, exact.fits());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void returnsOfHugeFiguresAreExactOrRefused(long seed) {
        Figures rows = withoutSecondPreferences(figures(seed));
        Exact firstStage = exact(rows);
        // Each area returns its first preferences and, for each remaining candidate, a share of its papers
        // of eliminated candidates as second preferences added.
        Random random = new Random(~seed);
        int n = rows.candidates();
        List<Integer> remaining = firstStage.remaining();
        List<BigInteger> added = new ArrayList<>(Collections.nCopies(n, BigInteger.ZERO));
        List<CountReturns> areas = new ArrayList<>();
        for (long[][] area : rows.cells()) {
            List<Long> first = new ArrayList<>();
            long eliminated = 0;
            for (int candidate = 0; candidate < n; candidate++) {
                long votes = area[candidate][n];
                first.add(votes);
                if (!remaining.contains(candidate)) {
                    eliminated = votes > Long.MAX_VALUE - eliminated ? Long.MAX_VALUE : eliminated + votes;
                }
            }
            List<Optional<Long>> second = new ArrayList<>();
            for (int candidate = 0; candidate < n; candidate++) {
                Optional<Long> figure = Optional.empty();
                if (remaining.contains(candidate)) {
                    long share = (random.nextLong() & Long.MAX_VALUE) % (eliminated / remaining.size() + 1);
                    figure = Optional.of(share);
                    added.set(candidate, added.get(candidate).add(BigInteger.valueOf(share)));
                }
                second.add(figure);
            }
            areas.add(CountReturns.of(first, second));
        }
        Exact exact = exactReturns(firstStage, added);
        Throwable refused = catchThrowable(() -> {
            CountReturns total = areas.get(0);
            for (CountReturns area : areas.subList(1, areas.size())) {
                total = total.plus(area);
            }
            assertExact(SvView.count(SupplementaryVoteTest.candidates(n), total, LOWEST_INDEX), exact);
        });
        assertRefusedOnlyWhenTooLarge(refused, exact.fits());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void papersCountedAreExactOrRefused(long seed) {
        Figures figures = withoutSameAsFirstCells(figures(seed));
        BigInteger papers = exact(figures).valid();
        BigInteger rejected = BigInteger.ZERO;
        for (long[] area : figures.rejected()) {
            for (long head : area) {
                rejected = rejected.add(BigInteger.valueOf(head));
            }
        }
        BigInteger all = papers.add(rejected);
        Throwable refused = catchThrowable(() -> {
            RankingTally tally = tally(figures);
            for (long[] area : figures.rejected()) {
                RankingTally part = new RankingTally(figures.candidates());
                for (RejectionHead head : RejectionHead.values()) {
                    part.addRejected(head, area[head.ordinal()]);
                }
                tally.merge(part);
            }
            assertThat(BigInteger.valueOf(tally.ballotPapers())).isEqualTo(all);
        });
        // The papers may fit while one head or the valid votes do not: a refusal needs some total too large.
        assertRefusedOnlyWhenTooLarge(refused, all.compareTo(MOST) <= 0);
    }

    @Test
    void theSeedsGiveCountsThatFitAndCountsThatDoNot() {
        List<Exact> counts = seeds().mapToObj(seed -> exact(withoutSameAsFirstCells(figures(seed)))).toList();
        List<Exact> fit = counts.stream().filter(Exact::fits).toList();
        assertThat(fit).hasSizeBetween(60, 240);
        // Exactness matters most near the limit: some counts that fit have more than half of it as valid votes.
        assertThat(fit.stream().filter(exact -> exact.valid().shiftLeft(1).compareTo(MOST) > 0)).hasSizeGreaterThan(20);
        assertThat(fit.stream().filter(exact -> !exact.remaining().isEmpty())).hasSizeGreaterThan(20);
    }

    private static void assertExact(SvResult result, Exact exact) {
        for (int candidate = 0; candidate < exact.firsts().length; candidate++) {
            assertThat(BigInteger.valueOf(result.firstStage().votes(candidate))).isEqualTo(exact.firsts()[candidate]);
        }
        assertThat(BigInteger.valueOf(result.firstStage().valid())).isEqualTo(exact.valid());
        assertThat(result.firstStage().remaining()).isEqualTo(exact.remaining());
        result.secondStage().ifPresent(stage -> {
            for (int candidate : stage.remaining()) {
                assertThat(BigInteger.valueOf(stage.total(candidate))).isEqualTo(exact.totals()[candidate]);
            }
            assertThat(BigInteger.valueOf(stage.nonTransferable())).isEqualTo(exact.nonTransferable());
        });
        assertThat(result.elected()).isEqualTo(exact.winner());
    }

    private static void assertRefusedOnlyWhenTooLarge(Throwable refused, boolean fits) {
        if (fits) {
            assertThat(refused).as("a count that fits is exact").isNull();
        } else {
            assertThat(refused).as("a count that does not fit is refused as bad input")
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("more than Teller can count (9,223,372,036,854,775,807)");
        }
    }

    /** The same figures with no paper whose second preference is its first (the engine files those apart). */
    private static Figures withoutSameAsFirstCells(Figures figures) {
        for (long[][] area : figures.cells()) {
            for (int first = 0; first < figures.candidates(); first++) {
                area[first][first] = 0;
            }
        }
        return figures;
    }

    /**
     * Figures for returns: each row of the matrix added up (capped at the most a figure can be) as the
     * candidate's first preferences, all in one column so that the exact count sees no second preferences.
     */
    private static Figures withoutSecondPreferences(Figures figures) {
        int n = figures.candidates();
        long[][][] rows = new long[figures.cells().length][n][n + REASONS];
        for (int area = 0; area < rows.length; area++) {
            for (int first = 0; first < n; first++) {
                long votes = LongStream.of(figures.cells()[area][first])
                        .reduce(0, (a, b) -> a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b);
                rows[area][first][n] = votes;
            }
        }
        return new Figures(n, rows, figures.rejected());
    }

    /** The exact count of returns: the second-stage totals are the first preferences plus the figures stated. */
    private static Exact exactReturns(Exact firstsOnly, List<BigInteger> added) {
        if (firstsOnly.remaining().isEmpty()) {
            return firstsOnly;
        }
        BigInteger[] totals = firstsOnly.totals().clone();
        BigInteger transferred = BigInteger.ZERO;
        BigInteger totalOfRemaining = BigInteger.ZERO;
        boolean fits = firstsOnly.fits();
        int winner = firstsOnly.remaining().get(0);
        for (int candidate : firstsOnly.remaining()) {
            totals[candidate] = totals[candidate].add(added.get(candidate));
            transferred = transferred.add(added.get(candidate));
            totalOfRemaining = totalOfRemaining.add(totals[candidate]);
            fits &= totals[candidate].compareTo(MOST) <= 0 && added.get(candidate).compareTo(MOST) <= 0;
        }
        for (int candidate : firstsOnly.remaining()) {
            if (totals[candidate].compareTo(totals[winner]) > 0) {
                winner = candidate;
            }
        }
        fits &= transferred.compareTo(MOST) <= 0 && totalOfRemaining.compareTo(MOST) <= 0;
        BigInteger papersOfEliminated = firstsOnly.nonTransferable(); // all not counted in the rows above
        return new Exact(firstsOnly.firsts(), firstsOnly.valid(), firstsOnly.remaining(), totals,
                papersOfEliminated.subtract(transferred), winner, fits);
    }
}
