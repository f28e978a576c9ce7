package org.teller.formats.internal.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.teller.core.Candidate;
import org.teller.core.ballot.SupplementaryVoteRules;
import org.teller.formats.contest.ContestFile;
import org.teller.formats.generate.BallotGenerator;
import org.teller.formats.votes.Progress;

/**
 * The hot loops: parsing rows of ballot papers from bytes into a tally under the Supplementary Vote's
 * rules (one thread, in memory), and the whole scan of a file in page cache on every core. Papers come from {@code teller generate} with a
 * fixed seed, so every run measures the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RowParserBenchmark {

    static final int PAPERS = 1_000_000;

    /** 0: no area column; otherwise this many count areas (names of one width: 1 against 10,000 is fair). */
    @Param({"0", "1", "10000"})
    int areas;

    private Path folder;
    private Path ballots;
    private List<Candidate> candidates;
    private Layout layout;
    private byte[] rows;
    private int headerLength;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        folder = Files.createTempDirectory("teller-bench");
        BallotGenerator.Written written = BallotGenerator.random(folder, PAPERS, 12, areas, 1, false, true, Progress.NONE);
        ballots = written.ballotsFile();
        candidates = ContestFile.read(written.contestFile(), "contest.yaml").contest().candidates();
        rows = Files.readAllBytes(ballots);
        headerLength = indexOf(rows, (byte) '\n') + 1;
        layout = Layout.of(rows, 0, headerLength - 1, candidates, SupplementaryVoteRules.INSTANCE);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(folder.resolve("contest.yaml"));
        Files.deleteIfExists(ballots);
        Files.deleteIfExists(folder);
    }

    /** Nanoseconds per paper: parse, find its verdict (each distinct paper judged once), tally; one thread, bytes in memory. */
    @Benchmark
    @OperationsPerInvocation(PAPERS)
    public void parseAndTally(Blackhole hole) {
        RowParser parser = new RowParser(layout, new Judge(layout));
        parser.parse(rows, headerLength, rows.length);
        hole.consume(parser.rows());
    }

    /** Nanoseconds per paper for the whole scan of the file (page cache), on every core. */
    @Benchmark
    @OperationsPerInvocation(PAPERS)
    public void scanFile(Blackhole hole) throws IOException {
        hole.consume(BallotPapersScanner.scan(ballots, candidates, SupplementaryVoteRules.INSTANCE,
                Runtime.getRuntime().availableProcessors(), b -> {}));
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
