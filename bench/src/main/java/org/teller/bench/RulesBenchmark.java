package org.teller.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.teller.core.ballot.Adjudication;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.Judgement;
import org.teller.core.ballot.SupplementaryVoteRules;
import org.teller.core.tally.RankingTally;
import org.teller.core.tally.Rankings;

/**
 * The per-paper work after parsing, SV papers of 12 candidates: judging a {@link Ballot} by the rules
 * and tallying the judgement (what the reference reader does for every paper, and the fast reader once
 * for each distinct paper), against counting a paper by its verdict (what the fast reader does for
 * every other paper).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RulesBenchmark {

    static final int PAPERS = 1 << 16;

    private final Ballot[] ballots = new Ballot[PAPERS];
    private final int[] verdicts = new int[PAPERS];
    private Rankings rankings;

    @Setup
    public void papers() {
        SplittableRandom random = new SplittableRandom(1);
        rankings = new Rankings(12);
        for (int i = 0; i < PAPERS; i++) {
            List<List<Integer>> ranks = new ArrayList<>();
            for (int rank = 0; rank < 2; rank++) {
                int marks = rank == 0 ? (random.nextInt(100) < 2 ? random.nextInt(3) * 2 % 3 : 1)
                        : random.nextInt(100) < 15 ? 0 : 1;
                List<Integer> marked = new ArrayList<>();
                for (int mark = 0; mark < marks; mark++) {
                    marked.add(random.nextInt(12));
                }
                ranks.add(marked);
            }
            Set<Adjudication> decisions = random.nextInt(100) == 0
                    ? Set.of(Adjudication.values()[random.nextInt(4)]) : Set.of();
            Set<Integer> uncertain = decisions.contains(Adjudication.UNCERTAIN_FIRST) ? Set.of(1)
                    : decisions.contains(Adjudication.UNCERTAIN_SECOND) ? Set.of(2) : Set.of();
            ballots[i] = new Ballot(ranks, uncertain, decisions);
            Judgement judgement = SupplementaryVoteRules.INSTANCE.judge(ballots[i]);
            verdicts[i] = judgement instanceof Judgement.Valid valid ? rankings.id(valid.ranking(), valid.end())
                    : -1 - ((Judgement.Rejected) judgement).head().ordinal();
        }
    }

    /** Judge each paper by the rules and tally it: the reference reader's work per paper. */
    @Benchmark
    @OperationsPerInvocation(PAPERS)
    public void judgeAndTally(Blackhole hole) {
        RankingTally tally = new RankingTally(12);
        for (Ballot ballot : ballots) {
            tally.add(SupplementaryVoteRules.INSTANCE.judge(ballot));
        }
        hole.consume(tally);
    }

    /** Count each paper by its verdict (a number in a dictionary of papers, or a head): the fast reader's. */
    @Benchmark
    @OperationsPerInvocation(PAPERS)
    public void countByVerdict(Blackhole hole) {
        RankingTally tally = new RankingTally(rankings);
        for (int verdict : verdicts) {
            if (verdict >= 0) {
                tally.countOne(verdict);
            } else {
                tally.countRejected(-1 - verdict);
            }
        }
        hole.consume(tally);
    }
}
