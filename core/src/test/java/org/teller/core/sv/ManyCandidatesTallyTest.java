package org.teller.core.sv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.Candidate;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.ballot.Judgement;
import org.teller.core.ballot.SupplementaryVoteRules;
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
 * Tallies of many candidates, whose first-by-second matrix starts as a map of the cells with papers and
 * becomes an array once well filled: the same figures as a plain matrix and as the reference count, in
 * every state and across merges, and memory that follows the papers rather than the candidates.
 */
class ManyCandidatesTallyTest {

    private static final LotDrawer LOWEST_INDEX = (stage, tied) -> new Lot(stage, tied, tied, OptionalLong.of(0));
    private static final int REASONS = UnusedSecondPreference.values().length;

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Elections of 14 to 60 candidates: a map from the start; with more papers, an array before the end. */
    static SvPropertiesTest.Election election(long seed) {
        Random random = new Random(seed);
        int candidates = 14 + random.nextInt(47);
        int count = random.nextInt(4) == 0 ? random.nextInt(20) : random.nextInt(candidates * candidates * 2);
        double[] weights = new double[candidates];
        for (int candidate = 0; candidate < candidates; candidate++) {
            weights[candidate] = Math.pow(random.nextDouble(), 3) + 0.001;
        }
        List<ReferenceCount.Paper> papers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            papers.add(new ReferenceCount.Paper(List.of(pick(random, weights)),
                    random.nextInt(6) == 0 ? List.of() : List.of(pick(random, weights)),
                    random.nextInt(80) == 0, false, false, random.nextInt(50) == 0));
        }
        return new SvPropertiesTest.Election(candidates, papers);
    }

    private static int pick(Random random, double[] weights) {
        double roll = random.nextDouble() * java.util.Arrays.stream(weights).sum();
        for (int candidate = 0; candidate < weights.length; candidate++) {
            roll -= weights[candidate];
            if (roll < 0) {
                return candidate;
            }
        }
        return weights.length - 1;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyCellIsThePlainMatrixsAndTheCountTheReferences(long seed) {
        SvPropertiesTest.Election election = election(seed);
        int n = election.candidates();
        long[][] plain = new long[n][n + REASONS];
        for (ReferenceCount.Paper paper : election.papers()) {
            if (SupplementaryVoteRules.INSTANCE.judge(SvPropertiesTest.paper(paper)) instanceof Judgement.Valid valid) {
                int first = valid.ranking().candidate(0);
                plain[first][valid.ranking().size() == 2 ? valid.ranking().candidate(1)
                        : n + UnusedSecondPreference.of(valid.end()).orElseThrow().ordinal()]++;
            }
        }
        RankingTally tally = SvPropertiesTest.tally(n, election.papers());
        for (int first = 0; first < n; first++) {
            for (int second = 0; second < n; second++) {
                assertThat(SvPapers.votes(tally, first, second)).as("%d > %d", first, second).isEqualTo(plain[first][second]);
            }
            for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
                assertThat(SvPapers.votes(tally, first, reason)).isEqualTo(plain[first][n + reason.ordinal()]);
            }
            assertThat(SvPapers.firstPreferences(tally, first)).isEqualTo(LongStream.of(plain[first]).sum());
            assertThat(tally.firstPreferences().get(first)).isEqualTo(LongStream.of(plain[first]).sum());
        }

        SvResult result = SvView.count(SupplementaryVoteTest.candidates(n), tally, LOWEST_INDEX);
        ReferenceCount.Outcome expected = ReferenceCount.count(n, election.papers());
        for (int candidate = 0; candidate < n; candidate++) {
            assertThat(result.firstStage().votes(candidate)).isEqualTo(expected.firsts()[candidate]);
        }
        assertThat(tally.rejected().total()).isEqualTo(expected.rejected());
        assertThat(result.firstStage().remaining()).isEqualTo(expected.remaining());
        result.secondStage().ifPresent(stage -> {
            for (int candidate : stage.remaining()) {
                assertThat(stage.total(candidate)).isEqualTo(expected.totals()[candidate]);
            }
            assertThat(stage.nonTransferable()).isEqualTo(expected.nonTransferable());
            assertThat(stage.transfers().breakdown().orElseThrow().total()).isEqualTo(expected.nonTransferable());
        });
        assertThat(result.elected()).isEqualTo(expected.winner());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void areasOfEveryFillAddUpToTheWhole(long seed) {
        SvPropertiesTest.Election election = election(seed);
        int n = election.candidates();
        // Areas of very different sizes, so that some stay maps and others become arrays.
        Random random = new Random(~seed);
        List<List<ReferenceCount.Paper>> areas = new ArrayList<>();
        for (int area = 0, left = election.papers().size(); area < 5; area++) {
            int size = area == 4 ? left : random.nextInt(left + 1);
            int from = election.papers().size() - left;
            areas.add(election.papers().subList(from, from + size));
            left -= size;
        }
        List<RankingTally> parts = new ArrayList<>();
        for (List<ReferenceCount.Paper> area : areas) {
            parts.add(SvPropertiesTest.tally(n, area));
        }
        Collections.shuffle(parts, random);
        RankingTally merged = SvPapers.sum(n, parts);
        RankingTally whole = SvPropertiesTest.tally(n, election.papers());
        for (int first = 0; first < n; first++) {
            for (int second = 0; second < n; second++) {
                assertThat(SvPapers.votes(merged, first, second)).isEqualTo(SvPapers.votes(whole, first, second));
            }
        }
        assertThat(SvView.unusedSecondPreferences(merged)).isEqualTo(SvView.unusedSecondPreferences(whole));
        assertThat(merged.rejected()).isEqualTo(whole.rejected());
        assertThat(SvView.count(SupplementaryVoteTest.candidates(n), merged, LOWEST_INDEX))
                .isEqualTo(SvView.count(SupplementaryVoteTest.candidates(n), whole, LOWEST_INDEX));
    }

    @Test
    void aThousandAreasOfAThousandCandidatesTakeMemoryForTheirPapersOnly() {
        // Issue 6: each of these tallies was a matrix of 1,005,000 longs (8 MB); a thousand of them ran out
        // of memory. Now each holds its one cell with papers.
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        List<RankingTally> areas = new ArrayList<>();
        RankingTally total = new RankingTally(1000);
        Random random = new Random(1);
        for (int area = 0; area < 1000; area++) {
            RankingTally tally = new RankingTally(1000);
            SvPapers.add(tally, SvPapers.paper(List.of(random.nextInt(1000)), List.of(random.nextInt(1000)), Set.of()));
            areas.add(tally);
            total.merge(tally);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated for a thousand tallies of a thousand candidates").isLessThan(4_000_000);
        assertThat(total.valid()).isEqualTo(1000);
        assertThat(areas).allSatisfy(area -> assertThat(area.valid()).isEqualTo(1));
    }

    @Test
    void theMostCandidatesAContestCanHave() {
        int most = Candidate.MOST;
        assertThat(most).isEqualTo(32_768);
        RankingTally tally = new RankingTally(most);
        SvPapers.add(tally, SvPapers.paper(List.of(most - 1), List.of(most - 2), Set.of()));
        SvPapers.add(tally, SvPapers.paper(List.of(most - 1), List.of(), Set.of()));
        assertThat(SvPapers.votes(tally, most - 1, most - 2)).isEqualTo(1);
        assertThat(SvPapers.votes(tally, most - 1, UnusedSecondPreference.UNMARKED)).isEqualTo(1);
        assertThat(SvPapers.firstPreferences(tally, most - 1)).isEqualTo(2);
        assertThatThrownBy(() -> new RankingTally(most + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
