package org.teller.core.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.Candidate;
import org.teller.core.ballot.Ballot;
import org.teller.core.count.ReferenceCounts.Outcome;
import org.teller.core.count.ReferenceCounts.Paper;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.core.tally.RankingTally;

/**
 * Seeded random contests counted by the engine and by {@link ReferenceCounts}, which counts paper by
 * paper from the marks; and the invariants every count keeps.
 */
class CountPropertiesTest {

    /** How often the properties that hold only for some contests were checked, not skipped. */
    private static final java.util.concurrent.atomic.AtomicInteger AV_EQUALS_FPTP = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger AV_EQUALS_SV = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger AV_AGAINST_REFERENCE = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger CONTINGENT_AGAINST_REFERENCE =
            new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void theConditionalPropertiesWereExercised() {
        // Each must have met enough contests where it applies, or it proves nothing.
        assertThat(AV_EQUALS_FPTP.get()).as("AV = FPTP checked").isGreaterThan(30);
        assertThat(AV_EQUALS_SV.get()).as("AV = SV checked").isGreaterThan(30);
        assertThat(AV_AGAINST_REFERENCE.get()).as("AV against the reference").isGreaterThan(200);
        assertThat(CONTINGENT_AGAINST_REFERENCE.get()).as("contingent against the reference").isGreaterThan(200);
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).boxed();
    }

    /** A random contest: candidates, and papers with marks at up to {@code ranks} ranks (some rejected, some overvoted). */
    record Contest(int candidates, int ranks, List<Paper> papers) {}

    static Contest contest(long seed) {
        Random random = new Random(seed);
        int candidates = 2 + random.nextInt(6);
        int ranks = 1 + random.nextInt(candidates);
        int papers = random.nextInt(120);
        List<Paper> list = new ArrayList<>();
        // A few favourites, so that majorities, close races and ties all occur.
        double[] weight = new double[candidates];
        for (int c = 0; c < candidates; c++) {
            weight[c] = 1 + random.nextInt(4);
        }
        for (int p = 0; p < papers; p++) {
            List<List<Integer>> marks = new ArrayList<>();
            int ranked = random.nextInt(ranks + 1);
            List<Integer> order = weightedOrder(random, weight);
            for (int r = 0; r < ranked; r++) {
                int roll = random.nextInt(40);
                if (roll == 0) {
                    marks.add(List.of()); // a gap
                } else if (roll == 1) {
                    marks.add(List.of(order.get(0), order.get(order.size() - 1))); // an overvote
                } else if (roll == 2) {
                    marks.add(List.of(order.get(0))); // a repeat of the first
                } else {
                    marks.add(List.of(order.get(Math.min(r, order.size() - 1))));
                }
            }
            list.add(new Paper(marks));
        }
        return new Contest(candidates, ranks, list);
    }

    private static List<Integer> weightedOrder(Random random, double[] weight) {
        List<Integer> left = new ArrayList<>();
        for (int c = 0; c < weight.length; c++) {
            left.add(c);
        }
        List<Integer> order = new ArrayList<>();
        while (!left.isEmpty()) {
            double total = left.stream().mapToDouble(c -> weight[c]).sum();
            double roll = random.nextDouble() * total;
            int pick = left.get(left.size() - 1);
            for (int c : left) {
                roll -= weight[c];
                if (roll < 0) {
                    pick = c;
                    break;
                }
            }
            order.add(pick);
            left.remove(Integer.valueOf(pick));
        }
        return order;
    }

    static List<Candidate> candidates(int n) {
        List<Candidate> list = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            list.add(Candidate.of("Candidate " + c, "Party " + c));
        }
        return list;
    }

    static RankingTally tally(VotingSystem system, int candidates, List<Paper> papers) {
        RankingTally tally = new RankingTally(candidates);
        for (Paper paper : papers) {
            tally.add(system.rules().judge(new Ballot(paper.ranks(), Set.of(), Set.of())));
        }
        return tally;
    }

    static Result count(VotingSystem system, Contest contest) {
        return system.count(candidates(contest.candidates()), tally(system, contest.candidates(), contest.papers()),
                new SeededLotDrawer(7));
    }

    static void assertSame(Result result, Outcome reference) {
        assertThat(result.rounds()).hasSameSizeAs(reference.rounds());
        for (int round = 0; round < reference.rounds().size(); round++) {
            Round counted = result.rounds().get(round);
            long[] expected = reference.rounds().get(round);
            for (int c = 0; c < expected.length; c++) {
                if (counted.isContinuing(c)) {
                    assertThat(counted.votes(c)).as("round %d, candidate %d", round + 1, c).isEqualTo(expected[c]);
                }
            }
            assertThat(counted.exhausted()).as("exhausted at round %d", round + 1)
                    .isEqualTo(reference.exhausted().get(round));
        }
        if (reference.winner() >= 0) {
            assertThat(result.elected()).isEqualTo(reference.winner());
            assertThat(result.how().byLot()).isFalse();
        } else {
            assertThat(result.how().byLot()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void alternativeVoteMatchesTheReference(long seed) {
        Contest contest = contest(seed);
        Outcome reference = ReferenceCounts.alternativeVote(contest.papers(), contest.candidates(), contest.ranks());
        if (reference.winner() == -2) {
            return; // a tie for fewest that only a lot breaks: the engine draws one, the reference does not
        }
        Result result = count(AlternativeVote.uk(contest.ranks()), contest);
        assertSame(result, reference);
        AV_AGAINST_REFERENCE.incrementAndGet();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void supplementaryVoteMatchesTheReference(long seed) {
        Contest contest = contest(seed);
        Outcome reference = ReferenceCounts.twoRounds(contest.papers(), contest.candidates(), 2, true);
        assertSame(count(SupplementaryVote.INSTANCE, contest), reference);
    }

    /**
     * The first stage declared alone (as the count-night server declares it before the second stage's
     * returns) is the one the whole count makes: the same first round, the same candidate elected at it,
     * or the same candidates going forward, with the same lots drawn.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void theFirstStageAloneIsTheWholeCountsFirstStage(long seed) {
        Contest contest = contest(seed);
        for (VotingSystem system : List.of(SupplementaryVote.INSTANCE, new ContingentVote(Math.max(2, contest.ranks())))) {
            Result whole = count(system, contest);
            FirstStage first = system instanceof SupplementaryVote sv
                    ? sv.firstStage(candidates(contest.candidates()), tally(system, contest.candidates(), contest.papers()),
                            new SeededLotDrawer(7))
                    : ((ContingentVote) system).firstStage(candidates(contest.candidates()),
                            tally(system, contest.candidates(), contest.papers()), new SeededLotDrawer(7));
            assertThat(first.round()).isEqualTo(whole.rounds().get(0));
            if (whole.rounds().size() == 1) {
                assertThat(first.elected()).contains(whole.elected());
                assertThat(first.how()).contains(whole.how());
                assertThat(first.forward()).isEmpty();
            } else {
                assertThat(first.goesOn()).isTrue();
                assertThat(first.forward()).isEqualTo(whole.rounds().get(1).continuing());
                assertThat(whole.lots().subList(0, first.drawn().size())).isEqualTo(first.drawn());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void contingentVoteMatchesTheReference(long seed) {
        Contest contest = contest(seed);
        int preferences = Math.max(2, contest.ranks());
        Outcome reference = ReferenceCounts.twoRounds(contest.papers(), contest.candidates(), preferences, false);
        if (reference.winner() == -2) {
            return; // who goes forward was drawn by lot
        }
        assertSame(count(new ContingentVote(preferences), contest), reference);
        CONTINGENT_AGAINST_REFERENCE.incrementAndGet();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void firstPastThePostMatchesTheReference(long seed) {
        Contest contest = contest(seed);
        assertSame(count(FirstPastThePost.INSTANCE, contest),
                ReferenceCounts.firstPastThePost(contest.papers(), contest.candidates()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void votesAreConservedInEveryRound(long seed) {
        Contest contest = contest(seed);
        for (VotingSystem system : systems(contest)) {
            RankingTally tally = tally(system, contest.candidates(), contest.papers());
            Result result = system.count(candidates(contest.candidates()), tally, new SeededLotDrawer(seed));
            for (Round round : result.rounds()) {
                assertThat(round.continuingVotes() + round.exhausted()).as(system.key()).isEqualTo(tally.valid());
                round.exhaustedBy().ifPresent(by -> assertThat(by.values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(round.exhausted()));
                for (var transfer : round.transfers()) {
                    assertThat(transfer.transferred() + transfer.exhausted()).isEqualTo(transfer.papers());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void orderOfPapersAndSplitIntoAreasNeverChangeTheResult(long seed) {
        Contest contest = contest(seed);
        List<Paper> shuffled = new ArrayList<>(contest.papers());
        Collections.shuffle(shuffled, new Random(seed));
        for (VotingSystem system : systems(contest)) {
            Result whole = count(system, contest);
            RankingTally merged = new RankingTally(contest.candidates());
            int cut = shuffled.isEmpty() ? 0 : new Random(seed + 1).nextInt(shuffled.size() + 1);
            merged.merge(tally(system, contest.candidates(), shuffled.subList(0, cut)));
            merged.merge(tally(system, contest.candidates(), shuffled.subList(cut, shuffled.size())));
            Result split = system.count(candidates(contest.candidates()), merged, new SeededLotDrawer(7));
            assertThat(split.rounds()).as(system.key()).isEqualTo(whole.rounds());
            assertThat(split.elected()).isEqualTo(whole.elected());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theAlternativeVoteWinnerOfTheLastTwoHasMoreThanHalfOrWonByLot(long seed) {
        Contest contest = contest(seed);
        Result result = count(AlternativeVote.uk(contest.ranks()), contest);
        Round last = result.lastRound();
        if (last.continuing().size() == 2) {
            assertThat(result.how().byLot() || last.votes(result.elected()) * 2 > last.continuingVotes()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theAlternativeVoteEqualsFirstPastThePostWhenEveryPaperRanksOneAndSomeoneHasAMajority(long seed) {
        Contest contest = contest(seed);
        List<Paper> single = contest.papers().stream()
                .map(paper -> new Paper(paper.ranks().isEmpty() ? List.of() : List.of(paper.ranks().get(0)))).toList();
        Contest one = new Contest(contest.candidates(), contest.ranks(), single);
        Result fptp = count(FirstPastThePost.INSTANCE, one);
        Round first = fptp.firstRound();
        if (first.votes(fptp.elected()) * 2 <= first.continuingVotes()) {
            return;
        }
        Result av = count(AlternativeVote.uk(contest.ranks()), one);
        assertThat(av.elected()).isEqualTo(fptp.elected());
        assertThat(av.firstRound().votes()).isEqualTo(first.votes());
        AV_EQUALS_FPTP.incrementAndGet();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theAlternativeVoteEqualsSvWhenPapersRankTwoAndOneBatchLeavesTwo(long seed) {
        Contest contest = contest(seed);
        List<Paper> two = contest.papers().stream()
                .map(paper -> new Paper(paper.ranks().subList(0, Math.min(2, paper.ranks().size())))).toList();
        Contest twoRanks = new Contest(contest.candidates(), 2, two);
        AlternativeVote batch = new AlternativeVote(org.teller.core.ballot.AlternativeVoteRules.uk(2),
                new AlternativeVote.Options(true, false, 0, AlternativeVote.TieBreak.LOT));
        Result av = count(batch, twoRanks);
        Result sv = count(SupplementaryVote.INSTANCE, twoRanks);
        boolean oneBatchLeavesTwo = av.rounds().size() == 2 && av.rounds().get(1).continuing().size() == 2;
        if (!oneBatchLeavesTwo || sv.rounds().size() != 2 || !sv.rounds().get(1).continuing().equals(av.rounds().get(1).continuing())) {
            return;
        }
        assertThat(av.rounds().get(1).votes()).isEqualTo(sv.rounds().get(1).votes());
        assertThat(av.elected()).isEqualTo(sv.elected());
        AV_EQUALS_SV.incrementAndGet();
    }

    private static List<VotingSystem> systems(Contest contest) {
        return List.of(FirstPastThePost.INSTANCE, SupplementaryVote.INSTANCE, new ContingentVote(Math.max(2, contest.ranks())),
                AlternativeVote.uk(contest.ranks()));
    }
}
