package org.teller.bench;

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
import org.teller.core.ballot.BallotPaperRules;
import org.teller.core.sv.SvTally;

/** The statutory rules on numbers and the tally's increment: the per-paper work after parsing. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RulesBenchmark {

    static final int PAPERS = 1 << 16;

    private final int[] firstMarks = new int[PAPERS];
    private final int[] first = new int[PAPERS];
    private final int[] secondMarks = new int[PAPERS];
    private final int[] second = new int[PAPERS];
    private final int[] flags = new int[PAPERS];

    @Setup
    public void papers() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < PAPERS; i++) {
            firstMarks[i] = random.nextInt(100) < 2 ? random.nextInt(3) * 2 % 3 : 1;
            first[i] = random.nextInt(12);
            secondMarks[i] = random.nextInt(100) < 15 ? 0 : 1;
            second[i] = random.nextInt(12);
            flags[i] = random.nextInt(100) == 0 ? 1 << random.nextInt(4) : 0;
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAPERS)
    public void judgeAndTally(Blackhole hole) {
        SvTally tally = new SvTally(12);
        for (int i = 0; i < PAPERS; i++) {
            tally.add(BallotPaperRules.code(firstMarks[i], first[i], secondMarks[i], second[i], flags[i]));
        }
        hole.consume(tally);
    }
}
