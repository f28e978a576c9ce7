package org.teller.formats.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.contest.AreaFigures;
import org.teller.core.contest.Declaration;
import org.teller.core.count.Round;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.SharedData;
import org.teller.formats.contest.ContestCounter;
import org.teller.formats.internal.Sha256;
import org.teller.formats.internal.PartFile;
import org.teller.formats.votes.Progress;

class BallotGeneratorTest {

    @TempDir
    Path work;

    static Stream<String> examples() {
        return Stream.of("tower-hamlets-2010", "tower-hamlets-2015", "exampleton-ballots", "exampleton-tally", "london-2016");
    }

    private static Path example(String name) {
        return SharedData.root().resolve("examples").resolve(name);
    }

    private static Declaration count(Path contest) {
        return ContestCounter.count(contest, contest.toString(), new SeededLotDrawer(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void papersLikeAContestReproduceItsDeclaration(String name) {
        Declaration original = count(example(name));
        BallotGenerator.Written written = BallotGenerator.like(work.resolve(name), example(name), name, 11, false, false,
                Progress.NONE);
        Declaration generated = count(written.contestFile().getParent());

        assertThat(generated.result().firstRound()).isEqualTo(original.result().firstRound());
        assertThat(generated.result().elected()).isEqualTo(original.result().elected());
        assertThat(generated.result().how()).isEqualTo(original.result().how());
        assertThat(generated.result().rounds()).hasSameSizeAs(original.result().rounds());
        if (original.result().rounds().size() > 1) {
            Round stage = original.result().rounds().get(1);
            Round again = generated.result().rounds().get(1);
            assertThat(again.continuing()).isEqualTo(stage.continuing());
            assertThat(again.votes()).isEqualTo(stage.votes());
            assertThat(again.exhaustedHere()).isEqualTo(stage.exhaustedHere());
        }
        // Where the declaration states no papers counted, the generated papers are its valid votes alone.
        long valid = original.result().firstRound().continuingVotes();
        assertThat(generated.ballotPapers()).contains(original.ballotPapers().orElse(valid));
        assertThat(generated.turnout()).isEqualTo(original.turnout());
        original.rejected().ifPresent(statement -> {
            assertThat(generated.rejected().orElseThrow().total()).isEqualTo(statement.total());
            for (RejectionHead head : RejectionHead.values()) {
                if (statement.isStated(head) && statement.isComplete()) {
                    assertThat(generated.rejected().orElseThrow().get(head)).as(head.key()).isEqualTo(statement.get(head));
                }
            }
        });
        assertThat(written.papers()).isEqualTo(generated.ballotPapers().orElseThrow());
        if (name.equals("london-2016")) {
            // Returns that state their second preferences not counted get papers that give them back.
            assertThat(original.unusedSecondPreferences()).isPresent();
            assertThat(generated.unusedSecondPreferences()).isEqualTo(original.unusedSecondPreferences());
        }
        assertThat(generated.areas()).hasSameSizeAs(original.areas());
        for (int area = 0; area < original.areas().size(); area++) {
            AreaFigures expected = original.areas().get(area);
            AreaFigures actual = generated.areas().get(area);
            assertThat(actual.area()).isEqualTo(expected.area());
            assertThat(actual.firstPreferences()).isEqualTo(expected.firstPreferences());
            assertThat(actual.rounds().stream().map(Round::votes).toList())
                    .isEqualTo(expected.rounds().stream().map(Round::votes).toList());
        }
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedTheSameFigures() throws IOException {
        Path contest = example("tower-hamlets-2015");
        Path one = BallotGenerator.like(work.resolve("one"), contest, "c", 5, false, false, Progress.NONE).ballotsFile();
        Path two = BallotGenerator.like(work.resolve("two"), contest, "c", 5, false, false, Progress.NONE).ballotsFile();
        Path other = BallotGenerator.like(work.resolve("other"), contest, "c", 6, false, false, Progress.NONE).ballotsFile();
        assertThat(Sha256.of(one, "one")).isEqualTo(Sha256.of(two, "two"));
        assertThat(Sha256.of(other, "other")).isNotEqualTo(Sha256.of(one, "one"));
        assertThat(count(other.getParent()).result()).isEqualTo(count(one.getParent()).result());
    }

    @Test
    void aMadeUpContestHasThePapersAndAreasAskedFor() throws IOException {
        BallotGenerator.Written written = BallotGenerator.random(work.resolve("made"), 20_000, 7, 13, 99, false, false,
                Progress.NONE);
        Declaration declaration = count(written.contestFile().getParent());
        assertThat(declaration.ballotPapers()).contains(20_000L);
        assertThat(declaration.areas()).hasSize(13);
        assertThat(declaration.result().candidates()).hasSize(7);
        // Realistic: some papers rejected and some second preferences unused, but not many.
        long rejected = declaration.rejected().orElseThrow().total();
        assertThat(rejected).isBetween(100L, 800L);
        assertThat(declaration.unusedSecondPreferences().orElseThrow().values().stream().mapToLong(Long::longValue).sum())
                .isBetween(1_000L, 6_000L);
        BallotGenerator.Written again = BallotGenerator.random(work.resolve("again"), 20_000, 7, 13, 99, false, false,
                Progress.NONE);
        assertThat(Files.readString(again.contestFile())).isEqualTo(Files.readString(written.contestFile()));
        assertThat(Sha256.of(again.ballotsFile(), "b")).isEqualTo(Sha256.of(written.ballotsFile(), "b"));
    }

    @Test
    @Timeout(60) // drawing names again and again once all were taken never ended
    void theMostCandidatesAllowedHaveNamesOfTheirOwn() {
        // Given and family names make 676 plain names: beyond half of them, middle initials tell names apart.
        Path folder = BallotGenerator.random(work.resolve("many"), 2_000, BallotGenerator.MOST_CANDIDATES, 0, 1, false,
                false, Progress.NONE).contestFile().getParent();
        Declaration declaration = ContestCounter.count(folder, "many", new SeededLotDrawer(0));
        assertThat(declaration.contest().candidates()).hasSize(BallotGenerator.MOST_CANDIDATES);
        assertThat(declaration.result().firstRound().continuingVotes() + declaration.rejected().orElseThrow().total()).isEqualTo(2_000);
    }

    @Test
    void gzippedPapersCountTheSame() {
        Path plain = BallotGenerator.random(work.resolve("plain"), 5_000, 5, 3, 4, false, false, Progress.NONE)
                .contestFile().getParent();
        BallotGenerator.Written gzipped = BallotGenerator.random(work.resolve("gz"), 5_000, 5, 3, 4, true, false, Progress.NONE);
        assertThat(gzipped.ballotsFile().getFileName().toString()).isEqualTo("ballots.csv.gz");
        Declaration fromGzip = count(gzipped.contestFile().getParent());
        assertThat(fromGzip.result()).isEqualTo(count(plain).result());
        assertThat(fromGzip.rejected()).isEqualTo(count(plain).rejected());
        assertThat(fromGzip.areas()).isEqualTo(count(plain).areas());
    }

    @Test
    void nothingIsReplacedWithoutAsking() throws IOException {
        Path folder = work.resolve("kept");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("ballots.csv"), "the user's own papers");
        assertThatThrownBy(() -> BallotGenerator.random(folder, 10, 3, 0, 1, false, false, Progress.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(folder.resolve("ballots.csv") + ": exists already: give --force to replace it");
        assertThat(Files.readString(folder.resolve("ballots.csv"))).isEqualTo("the user's own papers");
        assertThat(folder.resolve("contest.yaml")).doesNotExist();
        BallotGenerator.random(folder, 10, 3, 0, 1, false, true, Progress.NONE);
        assertThat(Files.readString(folder.resolve("ballots.csv"))).startsWith("first,second,flags\n");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("ballots.csv", "contest.yaml");
        }
    }

    @Test
    void badArgumentsAreClearErrors() {
        Path folder = work.resolve("x");
        assertThatThrownBy(() -> BallotGenerator.random(folder, 10, 1, 0, 1, false, false, Progress.NONE))
                .hasMessage("--candidates: '1' must be from 2 to 1000");
        assertThatThrownBy(() -> BallotGenerator.random(folder, 10, 1001, 0, 1, false, false, Progress.NONE))
                .hasMessage("--candidates: '1001' must be from 2 to 1000");
        assertThatThrownBy(() -> BallotGenerator.random(folder, 10, 4_000_000_000L, 0, 1, false, false, Progress.NONE))
                .hasMessage("--candidates: '4000000000' must be from 2 to 1000");
        assertThatThrownBy(() -> BallotGenerator.random(folder, 0, 3, 0, 1, false, false, Progress.NONE))
                .hasMessage("--ballots: '0' must be from 1 to 1,000,000,000");
        assertThatThrownBy(() -> BallotGenerator.random(folder, -1, 3, 0, 1, false, false, Progress.NONE))
                .hasMessage("--ballots: '-1' must be from 1 to 1,000,000,000");
        assertThatThrownBy(() -> BallotGenerator.random(folder, 1_000_000_001, 3, 0, 1, false, false, Progress.NONE))
                .hasMessage("--ballots: '1000000001' must be from 1 to 1,000,000,000");
        assertThatThrownBy(() -> BallotGenerator.random(folder, 10, 3, -5, 1, false, false, Progress.NONE))
                .hasMessage("--areas: '-5' must be from 0 (no areas) to 10,000");
        assertThatThrownBy(() -> BallotGenerator.random(folder, 100_000, 3, 10_001, 1, false, false, Progress.NONE))
                .hasMessage("--areas: '10001' must be from 0 (no areas) to 10,000");
        assertThatThrownBy(() -> BallotGenerator.random(folder, 10, 3, 11, 1, false, false, Progress.NONE))
                .hasMessage("--areas: '11' is more than the 10 ballot papers: every area needs at least one");
        assertThat(folder).doesNotExist();
    }

    @Test
    void everyAreaAskedForHasPapers() {
        for (long ballots = 10; ballots <= 30; ballots++) {
            BallotGenerator.Written written = BallotGenerator.random(work.resolve("few" + ballots), ballots, 3, 10, 7, false,
                    false, Progress.NONE);
            assertThat(count(written.contestFile().getParent()).areas()).as("%d papers", ballots).hasSize(10);
        }
    }

    @Test
    void partFilesLeftByARunThatWasStoppedAreRemovedAndSaidSo() throws IOException {
        Path folder = Files.createDirectories(work.resolve("again"));
        Path abandoned = Files.writeString(folder.resolve(".ballots.csv.gz5551212.part"), "x".repeat(1000));
        Path yaml = Files.writeString(folder.resolve(".contest.yaml42.part"), "title: half");
        BallotGenerator.Written written = BallotGenerator.random(folder, 100, 3, 0, 1, false, false, Progress.NONE);
        assertThat(written.removed()).containsExactlyInAnyOrder(new PartFile.Abandoned(abandoned, 1000),
                new PartFile.Abandoned(yaml, 11));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("ballots.csv", "contest.yaml");
        }
    }

    @Test
    void onlyRegularFilesAreWrittenOrReplaced() throws IOException {
        Path folder = Files.createDirectories(work.resolve("links"));
        Path mine = Files.writeString(work.resolve("mine.csv"), "the user's own papers");
        Path link = Files.createSymbolicLink(folder.resolve("ballots.csv"), mine);
        assertThatThrownBy(() -> BallotGenerator.random(folder, 10, 3, 0, 1, false, true, Progress.NONE))
                .hasMessage(link + ": is a symbolic link (to " + mine + "): Teller does not write through links;"
                        + " give the file itself");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(mine)).isEqualTo("the user's own papers");

        Path aFile = Files.writeString(work.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> BallotGenerator.random(aFile, 10, 3, 0, 1, false, true, Progress.NONE))
                .hasMessage(aFile + ": is not a folder: give the folder to write the contest in");
        assertThat(Files.readString(aFile)).isEqualTo("not a folder");
    }

    @Test
    void ofRunsRacingToWriteANewFolderExactlyOneWins() throws Exception {
        Path folder = work.resolve("raced");
        int runs = 4;
        CyclicBarrier start = new CyclicBarrier(runs);
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<Future<String>> racing = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                long seed = run;
                racing.add(pool.submit(() -> {
                    start.await();
                    try {
                        BallotGenerator.random(folder, 20_000, 5, 0, seed, false, false, Progress.NONE);
                        return "won";
                    } catch (InvalidInputException e) {
                        return e.getMessage();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> run : racing) {
                outcomes.add(run.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnlyOnce("won");
            // A run finds the file there before it starts, or as it gives its own file the name.
            assertThat(outcomes).filteredOn(outcome -> !outcome.equals("won")).allMatch(outcome -> outcome.equals(
                    folder.resolve("ballots.csv") + ": exists already: give --force to replace it") || outcome.equals(
                    folder.resolve("contest.yaml") + ": exists already: give --force to replace it"));
        } finally {
            pool.shutdownNow();
        }
        // The winner's papers, and the contest file that goes with them.
        String seed = Files.readString(folder.resolve("contest.yaml")).replaceAll("(?s).*--seed (\\d+).*", "$1");
        Path alone = BallotGenerator.random(work.resolve("alone"), 20_000, 5, 0, Long.parseLong(seed), false, false,
                Progress.NONE).ballotsFile();
        assertThat(Sha256.of(folder.resolve("ballots.csv"), "raced")).isEqualTo(Sha256.of(alone, "alone"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("ballots.csv", "contest.yaml");
        }
    }
}
