package org.teller.core.sv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.ballot.Adjudication;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.RejectedPapers;
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
 * Invariants of the count on seeded random elections, checked against {@link ReferenceCount}.
 *
 * <p>Elections are small (2 to 6 candidates, up to 400 papers, votes skewed towards a few candidates)
 * so that equalities, majorities at the first stage and every kind of spoilt paper all occur often.
 * Each seed is one election; a failure names its seed, which reproduces it.
 */
class SvPropertiesTest {

    /** Equalities go to the lowest index, as in the reference. */
    private static final LotDrawer LOWEST_INDEX = (stage, tied) -> new Lot(stage, tied, tied, OptionalLong.of(0));

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    record Election(int candidates, List<ReferenceCount.Paper> papers) {}

    static Election election(long seed) {
        Random random = new Random(seed);
        int candidates = 2 + random.nextInt(5);
        int count = random.nextInt(5) == 0 ? random.nextInt(8) : random.nextInt(400);
        double[] weights = new double[candidates];
        for (int candidate = 0; candidate < candidates; candidate++) {
            weights[candidate] = Math.pow(random.nextDouble(), 2) + 0.01;
        }
        List<ReferenceCount.Paper> papers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            papers.add(new ReferenceCount.Paper(
                    marks(random, weights, 0.03, 0.04), marks(random, weights, 0.25, 0.05),
                    random.nextInt(60) == 0, random.nextInt(60) == 0, random.nextInt(60) == 0, random.nextInt(40) == 0));
        }
        return new Election(candidates, papers);
    }

    private static List<Integer> marks(Random random, double[] weights, double none, double several) {
        double roll = random.nextDouble();
        List<Integer> marks = new ArrayList<>();
        int howMany = roll < none ? 0 : roll < none + several ? 2 + random.nextInt(2) : 1;
        for (int i = 0; i < howMany; i++) {
            marks.add(pick(random, weights));
        }
        return marks;
    }

    private static int pick(Random random, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double roll = random.nextDouble() * total;
        for (int candidate = 0; candidate < weights.length; candidate++) {
            roll -= weights[candidate];
            if (roll < 0) {
                return candidate;
            }
        }
        return weights.length - 1;
    }

    static Ballot paper(ReferenceCount.Paper paper) {
        Set<Adjudication> flags = EnumSet.noneOf(Adjudication.class);
        if (paper.noOfficialMark()) {
            flags.add(Adjudication.NO_OFFICIAL_MARK);
        }
        if (paper.identifying()) {
            flags.add(Adjudication.IDENTIFYING_MARK);
        }
        if (paper.uncertainFirst()) {
            flags.add(Adjudication.UNCERTAIN_FIRST);
        }
        if (paper.uncertainSecond()) {
            flags.add(Adjudication.UNCERTAIN_SECOND);
        }
        return SvPapers.paper(paper.first(), paper.second(), flags);
    }

    static RankingTally tally(int candidates, List<ReferenceCount.Paper> papers) {
        RankingTally tally = new RankingTally(candidates);
        papers.forEach(paper -> SvPapers.add(tally, paper(paper)));
        return tally;
    }

    static SvResult count(Election election, Object votes) {
        return SvView.count(SupplementaryVoteTest.candidates(election.candidates()), votes, LOWEST_INDEX);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theEngineAgreesWithTheReferenceCount(long seed) {
        Election election = election(seed);
        RankingTally tally = tally(election.candidates(), election.papers());
        SvResult result = count(election, tally);
        ReferenceCount.Outcome expected = ReferenceCount.count(election.candidates(), election.papers());

        for (int candidate = 0; candidate < election.candidates(); candidate++) {
            assertThat(result.firstStage().votes(candidate)).as("first preferences of %d", candidate)
                    .isEqualTo(expected.firsts()[candidate]);
        }
        assertThat(tally.rejected().total()).isEqualTo(expected.rejected());
        assertThat(result.firstStage().remaining()).isEqualTo(expected.remaining());
        result.secondStage().ifPresent(stage -> {
            for (int candidate : stage.remaining()) {
                assertThat(stage.total(candidate)).as("total of %d", candidate).isEqualTo(expected.totals()[candidate]);
            }
            assertThat(stage.nonTransferable()).isEqualTo(expected.nonTransferable());
        });
        assertThat(result.elected()).isEqualTo(expected.winner());
        assertThat(result.how().byLot()).isEqualTo(expected.byLot());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyPaperIsAccountedForAtEveryStage(long seed) {
        Election election = election(seed);
        RankingTally tally = tally(election.candidates(), election.papers());
        SvResult result = count(election, tally);
        RejectedPapers rejected = tally.rejected();
        assertThat(result.firstStage().valid() + rejected.total()).isEqualTo(election.papers().size());
        assertThat(tally.ballotPapers()).isEqualTo(election.papers().size());
        result.secondStage().ifPresent(stage -> {
            // Valid votes are conserved: every valid paper ends with a remaining candidate or not transferable.
            assertThat(stage.totalOfRemaining() + stage.nonTransferable()).isEqualTo(result.firstStage().valid());
            NonTransferable why = stage.transfers().breakdown().orElseThrow();
            assertThat(why.total()).isEqualTo(stage.nonTransferable());
        });
        long unused = SvView.unusedSecondPreferences(tally).values().stream().mapToLong(Long::longValue).sum();
        long counted = 0;
        for (int first = 0; first < election.candidates(); first++) {
            for (int second = 0; second < election.candidates(); second++) {
                counted += SvPapers.votes(tally, first, second);
            }
        }
        assertThat(counted + unused).isEqualTo(result.firstStage().valid());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theOrderOfThePapersNeverChangesTheResult(long seed) {
        Election election = election(seed);
        List<ReferenceCount.Paper> shuffled = new ArrayList<>(election.papers());
        Collections.shuffle(shuffled, new Random(seed + 1));
        Collections.reverse(shuffled.subList(0, shuffled.size() / 2));
        assertThat(count(election, tally(election.candidates(), shuffled)))
                .isEqualTo(count(election, tally(election.candidates(), election.papers())));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void countAreasTalliedSeparatelyAddUpToTheWhole(long seed) {
        Election election = election(seed);
        Random random = new Random(~seed);
        int areas = 1 + random.nextInt(6);
        List<RankingTally> parts = new ArrayList<>();
        for (int area = 0; area < areas; area++) {
            parts.add(new RankingTally(election.candidates()));
        }
        for (ReferenceCount.Paper paper : election.papers()) {
            SvPapers.add(parts.get(random.nextInt(areas)), paper(paper));
        }
        // Merged in a shuffled order: merging is commutative as well as exact.
        List<RankingTally> order = new ArrayList<>(parts);
        Collections.shuffle(order, random);
        RankingTally merged = SvPapers.sum(election.candidates(), order);
        RankingTally whole = tally(election.candidates(), election.papers());
        SvResult result = count(election, whole);
        assertThat(count(election, merged)).isEqualTo(result);
        assertThat(merged.rejected()).isEqualTo(whole.rejected());
        assertThat(SvView.unusedSecondPreferences(merged)).isEqualTo(SvView.unusedSecondPreferences(whole));

        // Each area's part of the result adds up to the whole.
        long[] firsts = new long[election.candidates()];
        long[] added = new long[election.candidates()];
        for (RankingTally part : parts) {
            var figures = SvView.inArea("area", result, part, Optional.of(part.rejected()));
            for (int candidate = 0; candidate < election.candidates(); candidate++) {
                firsts[candidate] += figures.firstPreferences().get(candidate);
                int index = candidate;
                added[candidate] += SvView.added(figures).map(a -> a.get(index)).orElse(0L);
            }
        }
        for (int candidate = 0; candidate < election.candidates(); candidate++) {
            assertThat(firsts[candidate]).isEqualTo(result.firstStage().votes(candidate));
            int index = candidate;
            assertThat(added[candidate]).isEqualTo(result.secondStage().map(s -> s.added(index)).orElse(0L));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theWinnerHasTheMajorityTheRulesRequireOrWonByLot(long seed) {
        Election election = election(seed);
        SvResult result = count(election, tally(election.candidates(), election.papers()));
        int winner = result.elected();
        switch (result.how()) {
            case MAJORITY_AT_FIRST_STAGE ->
                    assertThat(2 * result.firstStage().votes(winner)).isGreaterThan(result.firstStage().valid());
            case MORE_VOTES_OF_TWO -> assertThat(result.firstStage().votes(winner))
                    .isGreaterThan(result.firstStage().votes(1 - winner));
            case MOST_VOTES_AT_SECOND_STAGE -> {
                SecondStage stage = result.secondStage().orElseThrow();
                for (int other : stage.remaining()) {
                    if (other != winner) {
                        assertThat(stage.total(winner)).isGreaterThan(stage.total(other));
                    }
                }
                if (stage.remaining().size() == 2) {
                    assertThat(2 * stage.total(winner)).isGreaterThan(stage.totalOfRemaining());
                }
            }
            case LOT_AT_SECOND_STAGE, LOT_BETWEEN_TWO -> {
                assertThat(result.lots()).hasSize(1);
                assertThat(result.lots().get(0).tied()).contains(winner).hasSizeGreaterThan(1);
            }
        }
    }
}
