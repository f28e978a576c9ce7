package org.teller.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.core.ballot.Ranking;
import org.teller.core.ballot.SupplementaryVoteRules;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.tally.RankingTally;
import org.teller.formats.contest.ContestCounter;
import org.teller.formats.votes.BallotPapersCsv;
import org.teller.formats.internal.scan.BallotPapersScanner;

/**
 * A file that is not exactly what its format says is refused, never guessed at: by both readers of
 * ballot papers (the fast path declines, the reference reader names the line), and by the readers of
 * tallies, returns and contest files. Each case here was once counted, or failed badly.
 */
class StrictInputTest {

    private static final String CONTEST = """
            title: Test
            date: 2026-05-07
            system: supplementary-vote
            candidates:
              - name: Ann
              - name: Bo
            """;
    private static final List<Candidate> CANDIDATES = List.of(Candidate.of("Ann", ""), Candidate.of("Bo", ""));

    @TempDir
    Path work;

    static Stream<Arguments> badBallots() {
        return Stream.of(
                bad("a quote that never closes swallows every later paper",
                        "first,second,area\nAnn,,\"North\nBo,,South\nBo,,South\n",
                        "line 2: '\"North' opens a quote that does not close on its line: a closing quote is missing"
                                + " (no field of a votes file may hold a line break)"),
                bad("a quote that never closes on the last line",
                        "first,second,area\nBo,,South\nAnn,,\"North",
                        "line 3: '\"North' opens a quote that never closes"),
                bad("a quoted field across lines",
                        "first,second,area\nAnn,,\"North\nEast\"\n",
                        "line 2: '\"North' opens a quote that does not close on its line: a closing quote is missing"
                                + " (no field of a votes file may hold a line break)"),
                bad("fields beyond the header",
                        "first,second\nAnn,Bo,no-official-mark\nAnn,Bo,no-official-mark\nBo,Ann,\n",
                        "line 2: has more than 2 fields, but the header has 2 (first,second): every row has one field for each column"),
                bad("a row that quotes its area and then does not, with papers cached from another area",
                        "area,first,second,flags\nSouth,Bo,Ann,\nSouth,Ann,Ann,\n\"North, East\",Bo,Ann,\nNorth, East,Ann,Ann,\n",
                        "line 5: has more than 4 fields, but the header has 4 (area,first,second,flags): every row has one field for each column"),
                bad("a carriage return at the end of the file",
                        "first,second\nAnn,Bo\nBo,\r",
                        "line 3: has a carriage return that does not end a line (lines end with a line feed, or a carriage return and a line feed)"),
                bad("a row of nothing but separators",
                        "first,second\n" + ",".repeat(100_000) + "\n",
                        "line 2: has more than 2 fields, but the header has 2 (first,second): every row has one field for each column"),
                bad("fewer fields than the header",
                        "first,second,flags\nAnn,Bo,\nBo\n",
                        "line 3: has 1 field but the header has 3 (first,second,flags): every row has one field for each column"),
                bad("a quote inside an unquoted field",
                        "first,second\nAnn,B\"o\n",
                        "line 2: 'B\"' has a quote inside an unquoted field: quote the whole field, and double any quote inside it"),
                bad("characters after a closing quote",
                        "first,second\nAnn,\"Bo\"x\n",
                        "line 2: '\"Bo\"' has characters after a closing quote: a quoted field must end at its closing quote"
                                + " (double a quote inside a field)"),
                bad("a carriage return inside a row",
                        "first,second\nAnn,Bo\rBo,Ann\n",
                        "line 2: has a carriage return that does not end a line (lines end with a line feed, or a carriage"
                                + " return and a line feed)"),
                bad("bytes that are not UTF-8 in an area",
                        "first,second,area\nAnn,Bo,North\nAnn,Bo,N\u00ff\n",
                        "line 3: holds bytes that are not UTF-8 text (save the file as UTF-8)"),
                bad("bytes that are not UTF-8 in an id",
                        "id,first,second\n1,Ann,Bo\n\u00ff,Ann,Bo\n",
                        "line 3: holds bytes that are not UTF-8 text (save the file as UTF-8)"),
                bad("a zero-width space that makes two areas of one",
                        "first,second,area\nAnn,Bo,North\nAnn,Bo,Nor\u200Bth\n",
                        "line 3: 'Nor\\u200bth' holds the character U+200B, which no field of a votes file may hold"),
                bad("a NUL in an area",
                        "first,second,area\nAnn,Bo,North\u0000\n",
                        "line 2: 'North\\u0000' holds the character U+0000, which no field of a votes file may hold"),
                bad("a NUL after a short name (eight bytes or fewer are looked up as one number)",
                        "first,second\nAnn,Bo\nAnn\u0000,Bo\n",
                        "line 3: 'Ann\\u0000' holds the character U+0000, which no field of a votes file may hold"),
                bad("a direction override in a name",
                        "first,second\n\u202EAnn,Bo\n",
                        "line 2: '\\u202eAnn' holds the character U+202E, which no field of a votes file may hold"),
                bad("an area of white space only",
                        "first,second,area\nAnn,Bo,North\nAnn,Bo,\u00A0\n",
                        "line 3: is empty: every row needs an area when the file has an 'area' column"),
                bad("an id written again with other white space",
                        "id,first,second\nN1,Ann,Bo\n N1\u00A0,Bo,\n",
                        "line 3: 'N1' is the id of an earlier ballot paper (line 2): each paper is counted once"),
                bad("a header and no rows",
                        "first,second\n\n",
                        "has a header but no rows (at least one row is needed)"),
                bad("a misspelt column after blank lines",
                        "\n\nfirst,second,flag\nAnn,Bo,\n",
                        "line 3: 'flag' is not a column of this file (known: area, flags, id, and ranks: first, second... or rank1, rank2...)"),
                bad("UTF-16",
                        "\u00ff\u00fef\u0000i\u0000",
                        "line 1: is UTF-16 text: save it as UTF-8"));
    }

    /** A case's text, as UTF-8. */
    private static Arguments bad(String what, String ballots, String message) {
        return Arguments.of(what, ballots, message);
    }

    /**
     * The bytes of a case's text: UTF-8, except that a text holding \u00ff or \u00fe is written byte for
     * byte (every char below 256 as that byte), for files that are not UTF-8.
     */
    private static byte[] bytes(String text) {
        boolean raw = text.chars().anyMatch(c -> c == 0xff || c == 0xfe);
        return raw ? text.getBytes(StandardCharsets.ISO_8859_1) : text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBallots")
    void ballotPapersAreRefusedByBothPaths(String what, String ballots, String message) throws IOException {
        Path folder = contest("ballots: ballots.csv\n");
        Path file = folder.resolve("ballots.csv");
        Files.write(file, bytes(ballots));
        for (int threads : new int[] {1, 2}) {
            assertThat(BallotPapersScanner.scan(file, CANDIDATES, SupplementaryVoteRules.INSTANCE, threads, bytes -> {}))
                    .as("%s: the fast path must decline", what).isEmpty();
        }
        assertThat(refusal(folder)).as(what).isEqualTo("c/ballots.csv" + (message.startsWith("line") ? ", " : ": ") + message);
    }

    @ParameterizedTest(name = "{0}, gzipped")
    @MethodSource("badBallots")
    void gzippedBallotPapersAreRefusedAlike(String what, String ballots, String message) throws IOException {
        Path folder = contest("ballots: ballots.csv.gz\n");
        Files.write(folder.resolve("ballots.csv.gz"), gzip(bytes(ballots)));
        assertThat(refusal(folder)).as(what).isEqualTo("c/ballots.csv.gz" + (message.startsWith("line") ? ", " : ": ") + message);
    }

    static Stream<Arguments> badFiles() {
        byte[] gzip = gzip(bytes("first,second\nAnn,Bo\nBo,Ann\n"));
        return Stream.of(
                Arguments.of("a truncated gzip file", Arrays.copyOf(gzip, gzip.length - 9),
                        "c/ballots.csv.gz: ends before its gzip data does: is the file complete?"),
                Arguments.of("bytes after the gzip data", concat(gzip, bytes("Ann,Ann\n")),
                        "c/ballots.csv.gz: has bytes after the end of its gzip data: it is not the file that was written"),
                Arguments.of("a damaged checksum", damaged(gzip),
                        "c/ballots.csv.gz: is damaged: its gzip checksum does not match its data"),
                Arguments.of("not gzip at all", bytes("first,second\nAnn,Bo\n"),
                        "c/ballots.csv.gz: is not gzip data, though its name ends in .gz"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void gzipFilesMustBeWhole(String what, byte[] file, String message) throws IOException {
        Path folder = contest("ballots: ballots.csv.gz\n");
        Files.write(folder.resolve("ballots.csv.gz"), file);
        assertThat(refusal(folder)).as(what).isEqualTo(message);
    }

    /** One column (first past the post's one rank): a blank line may be a paper with no mark, or nothing; either count could be wrong. */
    static Stream<Arguments> blankLines() {
        return Stream.of(Arguments.of("a blank line", "first\nAnn\n\nBo\n", "line 3"),
                Arguments.of("a blank last line", "first\nAnn\nBo\r\n\r\n", "line 4"),
                Arguments.of("a blank line before the first paper", "first\n\nAnn\n", "line 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blankLines")
    void aBlankLineInAFileOfOneColumnIsRefusedByBothPaths(String what, String ballots, String line) throws IOException {
        Path folder = Files.createDirectories(work.resolve("c"));
        Files.writeString(folder.resolve("contest.yaml"), CONTEST.replace("system: supplementary-vote", "system: first-past-the-post")
                + "ballots: ballots.csv\n");
        Path file = folder.resolve("ballots.csv");
        Files.writeString(file, ballots);
        for (int threads : new int[] {1, 2}) {
            assertThat(BallotPapersScanner.scan(file, CANDIDATES, org.teller.core.ballot.FirstPastThePostRules.INSTANCE, threads,
                    bytes -> {})).as("%s: the fast path must decline", what).isEmpty();
        }
        assertThat(refusal(folder)).as(what).isEqualTo("c/ballots.csv, " + line + ": is blank: in a file of one column, a blank line"
                + " could be a row with nothing in it or no row at all; write an empty field as \"\" and remove blank lines");
    }

    @Test
    void gzipMembersOneAfterAnotherAreOneFile() throws IOException {
        Path folder = contest("ballots: ballots.csv.gz\n");
        Files.write(folder.resolve("ballots.csv.gz"), concat(gzip(bytes("first,second\nAnn,Bo\n")), gzip(bytes("Bo,Ann\nBo,\n"))));
        Declaration declaration = ContestCounter.count(folder, "c", new SeededLotDrawer(0));
        assertThat(declaration.result().firstRound().votes()).containsExactly(1L, 2L);
    }

    @Test
    void aFolderOrANamedPipeIsNotCounted() throws Exception {
        Path folder = contest("ballots: ballots.csv\n");
        Files.createDirectory(folder.resolve("ballots.csv"));
        assertThat(refusal(folder)).isEqualTo("c/ballots.csv: is a folder, not a file");

        Path pipe = contest("tally: tally.csv\n").resolve("tally.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
        // Reading a pipe would wait for a writer for ever: it is refused before anything opens it.
        assertThat(refusal(pipe.getParent()))
                .isEqualTo("c/tally.csv: is not an ordinary file (a device, a named pipe or a socket cannot be counted)");
    }

    @Test
    void namesInAnotherCaseOrSpacingTakeTheFastPath() throws IOException {
        Path file = work.resolve("ballots.csv");
        Files.writeString(file, "first,second,area\nANN,bo,North\n ann ,\"BO\",North\u00A0\nBo\u2003,ann,South\nAnn|ANN,,South\n");
        for (int threads : new int[] {1, 2}) {
            Optional<Map<String, RankingTally>> fast =
                    BallotPapersScanner.scan(file, CANDIDATES, SupplementaryVoteRules.INSTANCE, threads, bytes -> {});
            assertThat(fast).as("the fast path counts what the reference counts").isPresent();
            assertThat(fast.get().keySet()).containsExactlyInAnyOrder("North", "South");
            assertThat(fast.get().get("North").papers(Ranking.of(0, 1), RankingEnd.COMPLETE)).isEqualTo(2);
            assertThat(fast.get().get("South").papers(Ranking.of(1, 0), RankingEnd.COMPLETE)).isEqualTo(1);
            assertThat(fast.get().get("South").firstPreferences().get(0)).isEqualTo(1);
        }
        Map<String, RankingTally> reference = BallotPapersCsv.readReference(file, "ballots.csv", CANDIDATES);
        assertThat(reference.get("North").papers(Ranking.of(0, 1), RankingEnd.COMPLETE)).isEqualTo(2);
    }

    static Stream<Arguments> badContestFiles() {
        String ballots = "ballots: ballots.csv\n";
        return Stream.of(
                Arguments.of("a name that is YAML's null", CONTEST.replace("name: Bo", "name: null") + ballots,
                        "c/contest.yaml, line 6: 'name' has no value: write one (in quotes if it is the word null, or \"\" for none where none is allowed)"),
                // YAML 1.2's other nulls, which the parser's JSON schema reads as words: a candidate named "~" was counted.
                Arguments.of("a name that is YAML's null as ~", CONTEST.replace("name: Bo", "name: ~") + ballots,
                        "c/contest.yaml, line 6: 'name' has no value: write one (in quotes if it is the word null, or \"\" for none where none is allowed)"),
                // Names that read alike on paper though their code points differ (fuzzing found them accepted).
                Arguments.of("a name with a Cyrillic letter among Latin ones", CONTEST.replace("name: Bo", "name: B\u043e") + ballots,
                        "c/contest.yaml, line 6: 'B\u043e' mixes Latin and Cyrillic letters in 'B\u043e', which read alike: write it in one alphabet"),
                Arguments.of("a name wholly in Greek letters that read as a Latin name", CONTEST.replace("name: Ann", "name: ANNA").replace("name: Bo", "name: \u0391\u039d\u039d\u0391") + ballots,
                        "c/contest.yaml, line 6: '\u0391\u039d\u039d\u0391' reads as ANNA (written in letters of another alphabet that look the same): two candidates' names must look different"),
                Arguments.of("a name with a full-width letter", CONTEST.replace("name: Bo", "name: \uff22o") + ballots,
                        "c/contest.yaml, line 6: '\uff22o' holds a compatibility form of a character (such as a full-width letter or a ligature), which reads as another: write the plain character"),
                Arguments.of("a name that is YAML's null as NULL", CONTEST.replace("name: Bo", "name: NULL") + ballots,
                        "c/contest.yaml, line 6: 'name' has no value: write one (in quotes if it is the word null, or \"\" for none where none is allowed)"),
                Arguments.of("names that differ by a no-break space", CONTEST.replace("name: Ann", "name: Ann Lee").replace("name: Bo", "name: \"Ann\\u00A0Lee\"") + ballots,
                        "c/contest.yaml, line 6: 'Ann\u00A0Lee' is the name of two candidates"),
                Arguments.of("names that differ by their normal form", CONTEST.replace("name: Ann", "name: \"Am\\u00E9lie\"").replace("name: Bo", "name: \"Ame\\u0301lie\"") + ballots,
                        "c/contest.yaml, line 6: 'Am\u00E9lie' is the name of two candidates"),
                Arguments.of("a zero-width space in a name", CONTEST.replace("name: Bo", "name: \"B\\u200Bo\"") + ballots,
                        "c/contest.yaml, line 6: 'name' holds the character U+200B, which a value in a contest file may not hold"),
                Arguments.of("a line break in a name", CONTEST.replace("name: Bo", "name: \"B\\no\"") + ballots,
                        "c/contest.yaml, line 6: 'name' holds the character U+000A, which a value in a contest file may not hold"),
                Arguments.of("a mark separator in a name", CONTEST.replace("name: Bo", "name: \"Bo|Al\"") + ballots,
                        "c/contest.yaml, line 6: 'Bo|Al' holds '|', which separates candidates in ballot-paper files and in --lots: leave it out"),
                Arguments.of("bytes that are not UTF-8", CONTEST + "\u00ff: 1\n" + ballots,
                        "c/contest.yaml, line 7: holds bytes that are not UTF-8 text (save the file as UTF-8)"),
                Arguments.of("nesting without end", "title: " + "[".repeat(4000) + "]".repeat(4000) + "\n",
                        "c/contest.yaml, line 1: nests more than 16 levels deep: no contest file does"),
                Arguments.of("a line of ten megabytes", "title: " + "x".repeat(10_000_000) + "\n",
                        "c/contest.yaml: is larger than 4 MiB: no contest file is so large (is it the right file?)"),
                Arguments.of("a long line", CONTEST.replace("title: Test", "title: " + "x".repeat(20_000)) + ballots,
                        "c/contest.yaml, line 1: is a line longer than 10000 characters: no contest file needs one"),
                Arguments.of("a lone surrogate in a name", CONTEST.replace("name: Bo", "name: \"Bo \\ud800\""),
                        "c/contest.yaml, line 6: 'name' holds the character U+D800, which a value in a contest file may not hold"),
                Arguments.of("names that differ only by case folding", CONTEST.replace("name: Ann", "name: Straße").replace("name: Bo", "name: STRASSE") + ballots,
                        "c/contest.yaml, line 6: 'STRASSE' is the name of two candidates"),
                Arguments.of("a variation selector in a name", CONTEST.replace("name: Bo", "name: \"Bo\\ufe0f\"") + ballots,
                        "c/contest.yaml, line 6: 'name' holds the character U+FE0F, which a value in a contest file may not hold"),
                Arguments.of("carriage returns for line ends, and a bad character on line 7", (CONTEST + "\u200b: 1\n").replace("\n", "\r"),
                        "c/contest.yaml, line 7: holds the character U+200B, which a contest file may not hold"),
                Arguments.of("an alias", CONTEST + "ballots: &b ballots.csv\nprevious: *b\n",
                        "c/contest.yaml, line 8: uses an alias (*): write the value out in full"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badContestFiles")
    void contestFilesAreRefusedWithTheirLine(String what, String contest, String message) throws IOException {
        Path folder = work.resolve("c");
        Files.createDirectories(folder);
        Files.write(folder.resolve("contest.yaml"), bytes(contest));
        Files.writeString(folder.resolve("ballots.csv"), "first,second\nAnn,Bo\n");
        assertThat(refusal(folder)).as(what).isEqualTo(message);
    }

    @Test
    void anEmptyDescriptionIsAllowedWhenWrittenSo() throws IOException {
        Path folder = contest("ballots: ballots.csv\n");
        Files.writeString(folder.resolve("contest.yaml"), CONTEST.replace("name: Ann", "name: Ann\n    party: \"\"")
                + "ballots: ballots.csv\n");
        Files.writeString(folder.resolve("ballots.csv"), "first,second\nAnn,Bo\n");
        assertThat(ContestCounter.count(folder, "c", new SeededLotDrawer(0)).contest().candidates().get(0).party()).isEmpty();
    }

    private Path contest(String votes) throws IOException {
        Path folder = Files.createDirectories(work.resolve("c"));
        Files.writeString(folder.resolve("contest.yaml"), CONTEST + votes);
        return folder;
    }

    private static String refusal(Path folder) {
        InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
                () -> ContestCounter.count(folder, "c", new SeededLotDrawer(0)));
        assertThat(problem).as("refused as bad input").isNotNull();
        return problem.getMessage();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] damaged(byte[] gzip) {
        byte[] copy = gzip.clone();
        copy[copy.length - 8] ^= 1; // the first byte of the CRC-32
        return copy;
    }
}
