package org.teller.formats.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;
import org.teller.core.tally.RankingTally;
import org.teller.formats.votes.BallotPapersCsv;
import org.teller.formats.votes.Progress;

/**
 * An id written on two papers is found wherever the two papers fall: in one piece of the file, in two
 * pieces one worker reads, or in pieces two different workers read, whose ids are only brought together
 * when the workers' tallies are merged.
 *
 * <p>Workers take the pieces in turn, so which worker reads which piece is the scheduler's choice, and
 * one fast worker may read every piece of a small file. These tests take that choice away: their
 * progress callback ({@link HeldWorkers}) holds each worker at its first report, which it makes only
 * after taking a piece, until every worker has reported. No worker can then take a second piece before
 * each has taken one; with as many pieces as workers, each piece is read by a worker of its own, and an
 * id repeated in two pieces is repeated across two workers, every time. The files have rows of one
 * length, so that the pieces are known: the tests check that each worker read exactly one of them.
 */
class RepeatedIdsAcrossWorkersTest {

    /** Names of one length, so that every row of a file has the same length. */
    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate("Ann Avery", "Green Party", "Green"),
            new Candidate("Bob Brook", "Labour", "Lab"),
            new Candidate("Cat Crane", "Conservative", "C"),
            new Candidate("Dan Drake", "Independent", "Ind"));

    private static final List<VotingSystem> SYSTEMS = List.of(SupplementaryVote.INSTANCE, FirstPastThePost.INSTANCE,
            new ContingentVote(3), AlternativeVote.uk(4));

    @TempDir
    Path work;

    /** Where the two papers with one id are, by row (0 for the first after the header). */
    private enum Where {
        /** The first row of the file and the last: the first piece and the last. */
        FIRST_AND_LAST,
        /** The last row of one piece and the first row of the next. */
        EITHER_SIDE_OF_A_CUT,
        /** Any two rows of two different pieces. */
        TWO_PIECES,
        /** The same id once in every piece. */
        EVERY_PIECE,
        /** Two rows of one piece. */
        ONE_PIECE
    }

    static LongStream seeds() {
        return LongStream.range(0, 150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anIdRepeatedAnywhereIsFoundHoweverTheWorkersShareThePieces(long seed) throws IOException {
        Random random = new Random(seed);
        VotingSystem system = SYSTEMS.get(random.nextInt(SYSTEMS.size()));
        int workers = 2 + random.nextInt(3);
        int rowsPerPiece = 1 + random.nextInt(6);
        int rows = workers * rowsPerPiece;
        List<String> columns = columns(random, system);
        List<String> ids = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            ids.add(String.format("P%05d", random.nextInt(100_000 / rows) * rows + row)); // distinct, one length
        }
        List<List<String>> marks = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            List<String> paper = new ArrayList<>();
            for (int rank = 0; rank < system.rules().ranksRead(); rank++) {
                paper.add(CANDIDATES.get(random.nextInt(CANDIDATES.size())).name());
            }
            marks.add(paper);
        }
        String header = String.join(",", columns) + "\n";
        int rowLength = row(columns, ids.get(0), marks.get(0)).length();
        // Pieces of exactly rowsPerPiece rows: the scanner cuts at the first row that starts at or after
        // each multiple of the smallest piece, which here is a row start.
        long piece = (long) rowsPerPiece * rowLength;
        BallotPapersScanner.Tuning tuning =
                new BallotPapersScanner.Tuning(1 + random.nextInt(3 * rowLength), rowLength + 1 + random.nextInt(64), piece);

        // Without a repeated id the fast path counts the file: giving up below is for the repeat alone.
        Path clean = write("clean-" + seed + ".csv", header, columns, ids, marks, rowLength);
        HeldWorkers held = new HeldWorkers(workers);
        Optional<Map<String, RankingTally>> counted =
                BallotPapersScanner.scan(clean, CANDIDATES, system.rules(), workers, held, tuning);
        assertThat(counted).as("seed %d: a file without a repeated id", seed).isPresent();
        held.assertEachReadOnePiece(seed, piece, piece);

        for (Where where : Where.values()) {
            if (where == Where.ONE_PIECE && rowsPerPiece == 1) {
                continue; // no piece has two rows
            }
            List<Integer> sameId = rowsWithOneId(where, random, workers, rowsPerPiece);
            List<String> repeated = new ArrayList<>(ids);
            for (int row : sameId) {
                repeated.set(row, ids.get(sameId.get(0)));
            }
            Path path = write(where + "-" + seed + ".csv", header, columns, repeated, marks, rowLength);
            String what = String.format("seed %d, %s: the id of row %d again at rows %s, %d pieces of %d rows",
                    seed, where, sameId.get(0), sameId.subList(1, sameId.size()), workers, rowsPerPiece);

            held = new HeldWorkers(workers);
            assertThat(BallotPapersScanner.scan(path, CANDIDATES, system.rules(), workers, held, tuning))
                    .as("%s: the fast path must give up", what).isEmpty();
            held.assertEachReadOnePiece(seed, piece, piece);

            // The reference reader, which the whole read falls back to, names the two lines.
            InvalidInputException refused = catchThrowableOfType(
                    () -> BallotPapersCsv.read(path, "ballots.csv", CANDIDATES, system, workers, Progress.NONE),
                    InvalidInputException.class);
            assertThat(refused).as("%s: the whole read must refuse the file, not count it", what).isNotNull();
            assertThat(refused.getMessage()).as(what).isEqualTo("ballots.csv, line " + (sameId.get(1) + 2) + ": '"
                    + ids.get(sameId.get(0)) + "' is the id of an earlier ballot paper (line " + (sameId.get(0) + 2)
                    + "): each paper is counted once");
        }
    }

    /**
     * The review's case, end to end at the default sizes: an id at line 7 and again on the last line of a
     * file in as many pieces (of a mebibyte or so) as there are workers, each read by a worker of its own.
     */
    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {2, 3})
    void theWholeReadRefusesAnIdRepeatedInTheFirstAndLastPieces(int workers) throws IOException {
        // Rows P0, P1...: line 7 is P5, and the last line is P5 again (or, in the clean file, Pn).
        StringBuilder rows = new StringBuilder("id,first,second\n");
        long body = (long) ((workers - 0.5) * BallotPapersScanner.Tuning.DEFAULT.smallestPiece());
        int row = 0;
        while (rows.length() < body) {
            rows.append('P').append(row).append(',').append(CANDIDATES.get(row % 4).name()).append(',')
                    .append(CANDIDATES.get(row / 4 % 4).name()).append('\n');
            row++;
        }
        int lastLine = row + 2;
        // A piece is the smallest piece's size up to the end of a row; a worker that read two read more.
        long most = BallotPapersScanner.Tuning.DEFAULT.smallestPiece() + 64;
        String text = rows + "P5,Ann Avery,Bob Brook\n";
        Path path = work.resolve("ballots.csv");
        Files.writeString(path, text, StandardCharsets.UTF_8);

        // The same file without the repeated id is counted by the fast path, with a piece for each worker.
        Path clean = work.resolve("clean.csv");
        Files.writeString(clean, rows + "P" + row + ",Ann Avery,Bob Brook\n", StandardCharsets.UTF_8);
        HeldWorkers held = new HeldWorkers(workers);
        assertThat(BallotPapersScanner.scan(clean, CANDIDATES, SupplementaryVote.INSTANCE.rules(), workers, held))
                .isPresent();
        held.assertEachReadOnePiece(0, 1, most);

        held = new HeldWorkers(workers);
        assertThat(BallotPapersScanner.scan(path, CANDIDATES, SupplementaryVote.INSTANCE.rules(), workers, held))
                .as("the fast path must give up").isEmpty();
        held.assertEachReadOnePiece(0, 1, most);

        HeldWorkers wholeRead = new HeldWorkers(workers);
        InvalidInputException refused = catchThrowableOfType(() -> BallotPapersCsv.read(path, "ballots.csv",
                CANDIDATES, SupplementaryVote.INSTANCE, workers, wholeRead), InvalidInputException.class);
        wholeRead.assertEachReadOnePiece(0, 1, most);
        assertThat(refused).as("the whole read must refuse the file, not count it").isNotNull();
        assertThat(refused.getMessage()).isEqualTo("ballots.csv, line " + lastLine
                + ": 'P5' is the id of an earlier ballot paper (line 7): each paper is counted once");
    }

    /** The header's columns: the id and as many rank columns as the rules read, in either style and any order. */
    private static List<String> columns(Random random, VotingSystem system) {
        List<String> columns = new ArrayList<>();
        List<String> ordinals = List.of("first", "second", "third", "fourth");
        boolean byOrdinal = random.nextBoolean();
        for (int rank = 1; rank <= system.rules().ranksRead(); rank++) {
            columns.add(byOrdinal ? ordinals.get(rank - 1) : "rank" + rank);
        }
        columns.add(random.nextInt(columns.size() + 1), "id");
        return columns;
    }

    private static String row(List<String> columns, String id, List<String> marks) {
        List<String> fields = new ArrayList<>();
        int rank = 0;
        for (String column : columns) {
            fields.add(column.equals("id") ? id : marks.get(rank++));
        }
        return String.join(",", fields) + "\n";
    }

    private Path write(String name, String header, List<String> columns, List<String> ids, List<List<String>> marks,
            int rowLength) throws IOException {
        StringBuilder text = new StringBuilder(header);
        for (int row = 0; row < ids.size(); row++) {
            String line = row(columns, ids.get(row), marks.get(row));
            assertThat(line).hasSize(rowLength);
            text.append(line);
        }
        Path path = work.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    /** The rows that share one id, the earliest first; pieces are of {@code rowsPerPiece} rows. */
    private static List<Integer> rowsWithOneId(Where where, Random random, int pieces, int rowsPerPiece) {
        int rows = pieces * rowsPerPiece;
        return switch (where) {
            case FIRST_AND_LAST -> List.of(0, rows - 1);
            case EITHER_SIDE_OF_A_CUT -> {
                int cut = (1 + random.nextInt(pieces - 1)) * rowsPerPiece;
                yield List.of(cut - 1, cut);
            }
            case TWO_PIECES -> {
                int first = random.nextInt(pieces - 1);
                int second = first + 1 + random.nextInt(pieces - 1 - first);
                yield List.of(first * rowsPerPiece + random.nextInt(rowsPerPiece),
                        second * rowsPerPiece + random.nextInt(rowsPerPiece));
            }
            case EVERY_PIECE -> {
                List<Integer> every = new ArrayList<>();
                for (int piece = 0; piece < pieces; piece++) {
                    every.add(piece * rowsPerPiece + random.nextInt(rowsPerPiece));
                }
                yield every;
            }
            case ONE_PIECE -> {
                int piece = random.nextInt(pieces);
                int first = random.nextInt(rowsPerPiece - 1);
                int second = first + 1 + random.nextInt(rowsPerPiece - 1 - first);
                yield List.of(piece * rowsPerPiece + first, piece * rowsPerPiece + second);
            }
        };
    }

    /**
     * Progress that holds each worker at its first report until {@code workers} workers have reported,
     * and counts the bytes each worker read. Reports from the thread that made it (the scanner's report of
     * the header, before any worker starts) pass.
     */
    private static final class HeldWorkers implements LongConsumer, Progress {
        private final Thread caller = Thread.currentThread();
        private final int workers;
        private final CountDownLatch allReported;
        private final Map<Thread, Long> bytes = new ConcurrentHashMap<>();
        private volatile boolean timedOut;

        HeldWorkers(int workers) {
            this.workers = workers;
            this.allReported = new CountDownLatch(workers);
        }

        @Override
        public void accept(long read) {
            Thread worker = Thread.currentThread();
            if (worker == caller) {
                return;
            }
            if (bytes.putIfAbsent(worker, 0L) == null) {
                allReported.countDown();
            }
            bytes.merge(worker, read, Long::sum);
            try {
                if (!allReported.await(30, TimeUnit.SECONDS)) {
                    timedOut = true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                timedOut = true;
            }
        }

        @Override
        public void start(String what, long total) {}

        @Override
        public void advance(long read) {
            accept(read);
        }

        @Override
        public void finish() {}

        /** Every worker read, and read one piece of {@code least} to {@code most} bytes. */
        void assertEachReadOnePiece(long seed, long least, long most) {
            assertThat(timedOut).as("seed %d: a worker waited in vain for the others (fewer pieces than workers?)", seed)
                    .isFalse();
            assertThat(bytes).as("seed %d: the workers that read the file", seed).hasSize(workers);
            assertThat(bytes.values()).as("seed %d: the bytes each worker read (one piece each?)", seed)
                    .allMatch(read -> read >= least && read <= most);
        }
    }
}
