package org.teller.formats.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.SharedData;
import org.teller.formats.contest.ContestCounter;

/** BLT files: written from a contest's papers and read back to the same count; refused where not BLT. */
class BltFileTest {

    @TempDir
    Path work;

    private static ContestCounter.CountedContest counted(Path contest) {
        return ContestCounter.countWithVotes(contest, contest.getFileName().toString(),
                c -> new SeededLotDrawer(0).answeringAsks(), Progress.NONE);
    }

    /** Writes the example's papers as BLT beside a copy of its contest file that names them, and counts that. */
    private Declaration roundTrip(String example) throws IOException {
        Path folder = SharedData.root().resolve("examples").resolve(example);
        ContestCounter.CountedContest original = counted(folder);
        StringWriter blt = new StringWriter();
        BltFile.write(original.declaration().contest().title(), original.declaration().contest().candidates(),
                original.votes().tallies().orElseThrow().values(), blt);
        Path copy = work.resolve(example);
        Files.createDirectories(copy);
        Files.writeString(copy.resolve("papers.blt"), blt.toString());
        String yaml = Files.readString(folder.resolve("contest.yaml"))
                .replaceAll("(?m)^(ballots|rankings|tally): .*$", "rankings: papers.blt");
        Files.writeString(copy.resolve("contest.yaml"), yaml);
        Declaration again = counted(copy).declaration();
        assertThat(again.result().rounds()).extracting(round -> round.votes())
                .isEqualTo(original.declaration().result().rounds().stream().map(round -> round.votes()).toList());
        assertThat(again.result().election()).isEqualTo(original.declaration().result().election());
        assertThat(again.result().valid()).isEqualTo(original.declaration().result().valid());
        return again;
    }

    @ParameterizedTest
    @ValueSource(strings = {"exampleton-av", "exampleton-ballots", "exampleton-contingent", "exampleton-tally",
            "exampleton-fptp"})
    void papersWrittenAsBltCountTheSame(String example) throws IOException {
        roundTrip(example);
    }

    @Test
    void theFileIsWhatEveryReaderOfBltTakes() throws IOException {
        StringWriter blt = new StringWriter();
        ContestCounter.CountedContest av = counted(SharedData.root().resolve("examples/exampleton-av"));
        BltFile.write("Test", av.declaration().contest().candidates(), av.votes().tallies().orElseThrow().values(), blt);
        List<String> lines = blt.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("5 1");
        // Most papers first: four ranked Alice Ashdown alone.
        assertThat(lines.get(1)).isEqualTo("4 1 0");
        assertThat(lines).contains("0", "\"Alice Ashdown\"", "\"Eve Evans\"", "\"Test\"");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("\"Test\"");
        // 48 valid papers in all.
        assertThat(lines.stream().filter(line -> line.matches("[0-9]+ .* 0")).mapToLong(line -> Long.parseLong(line.split(" ")[0]))
                .sum()).isEqualTo(48);
    }

    private static final String CONTEST = """
            title: Test
            date: 2026-05-07
            system: alternative-vote
            candidates:
              - name: Ann Archer
              - name: Bo Brown
              - name: Cy Cole
            rankings: papers.blt
            """;

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("3 1\n# a comment\n\n2 1 2 0\n1 2=3 1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 5: '1 2=3 1 0' is not a valid paper under the alternative vote's rules (it would be rejected: voting-for-too-many); state rejected papers in the contest file"),
                Arguments.of("3 2\n1 1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 1: '2' seats are to be filled, but Teller counts contests for one"),
                Arguments.of("4 1\n1 1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"D\"\n\"T\"\n",
                        "c/papers.blt, line 1: '4' candidates stand in the BLT file, but the contest file names 3"),
                Arguments.of("3 1\n-2\n1 1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 2: '-2' withdraws candidates: name only the candidates standing in the contest file, and write the file without them"),
                Arguments.of("3 1\n1 4 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 2: '4' is not a candidate's number: they run from 1 to 3"),
                Arguments.of("3 1\n1 1 2\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 2: '1 1 2' is not a ballot: its weight, the candidates by number in order of preference (a=b for two at one rank, - for an empty rank) and 0, such as '12 3 1 0'"),
                Arguments.of("3 1\n1 1 0\n0\n\"Ann Archer\"\n\"Cy Cole\"\n\"Bo Brown\"\n\"T\"\n",
                        "c/papers.blt, line 5: 'Cy Cole' is candidate 2 in the BLT file, but the contest file's candidate 2 in ballot order is Bo Brown"),
                Arguments.of("3 1\n1 1 0\n0\nAnn Archer\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 4: 'Ann Archer' is not the name of candidate 1 in double quotes, such as \"Ann Archer\""),
                Arguments.of("3 1\n1 1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n\"extra\"\n",
                        "c/papers.blt, line 8: '\"extra\"' follows the title: a BLT file ends with its title"),
                Arguments.of("3 1\n1 1 0\n2 1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 3: '2 1 0' repeats the ballot on line 2: give it once, with the papers as its weight"),
                Arguments.of("3 1\n(a) 1 1 0\n(a) 1 2 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 3: 'a' is the id of an earlier ballot"),
                Arguments.of("3 1\n(a) 2 1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 2: '2' is the weight of a ballot with an id: one paper, weight 1"),
                Arguments.of("3 1\n1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 2: '1 0' is not a valid paper under the alternative vote's rules (it would be rejected: unmarked); state rejected papers in the contest file"),
                Arguments.of("3 1\n9223372036854775807 1 0\n1 2 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 3: '1' makes the weights in this file add up to more than Teller can count (9,223,372,036,854,775,807)"),
                Arguments.of("3 1\n1 1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n",
                        "c/papers.blt, line 6: ends before the title"),
                Arguments.of("", "c/papers.blt: ends before the line of candidates and seats"),
                Arguments.of("3 1\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 2: '0' ends the ballots, but there are none: a count needs papers"),
                Arguments.of("3 1\r1 1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 1: has a carriage return that does not end the line: lines end in LF or CRLF"),
                Arguments.of("3 1\n1 1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\u0001\"\n",
                        "c/papers.blt, line 7: '\"T\\u0001\"' holds the character U+0001, which no line of a BLT file may hold"),
                Arguments.of("3 1\n-3 1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\"\n",
                        "c/papers.blt, line 2: '-3 1 0' is not a ballot: its weight, the candidates by number in order of preference (a=b for two at one rank, - for an empty rank) and 0, such as '12 3 1 0'"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void whatIsNotStrictlyBltIsRefusedAtItsLine(String blt, String message) throws IOException {
        Path folder = work.resolve("c");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("contest.yaml"), CONTEST);
        Files.writeString(folder.resolve("papers.blt"), blt);
        assertThatThrownBy(() -> ContestCounter.count(folder, "c", new SeededLotDrawer(0)))
                .isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    @Test
    void commentsBlankLinesIdsEqualRanksAndSkipsAreRead() throws IOException {
        Path folder = work.resolve("c");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("contest.yaml"), CONTEST);
        Files.writeString(folder.resolve("papers.blt"), "# made by hand\n3 1\n\n3 1 2 0  # three\n(p1) 1 2 0\n(p2) 1 2 1 0\n"
                + "2 3 2=1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"  # a comment after a name\n\"T # not a comment\"\n");
        Declaration declaration = ContestCounter.count(folder, "c", new SeededLotDrawer(0));
        assertThat(declaration.result().firstRound().votes()).containsExactly(3L, 2L, 2L);
    }

    @Test
    void aByteOrderMarkCrlfAndNamesSpeltOtherwiseAreRead() throws IOException {
        Path folder = work.resolve("c");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("contest.yaml"), CONTEST);
        Files.writeString(folder.resolve("papers.blt"), "\ufeff3 1\r\n2 1 0\r\n1 2 0\r\n0\r\n\"ann  archer\"\r\n\"Bo Brown\"\r\n"
                + "\"Cy Cole\"\r\n\"T\"\r\n");
        Declaration declaration = ContestCounter.count(folder, "c", new SeededLotDrawer(0));
        assertThat(declaration.result().firstRound().votes()).containsExactly(2L, 1L, 0L);
    }

    @Test
    void notUtf8IsRefused() throws IOException {
        Path folder = work.resolve("c");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("contest.yaml"), CONTEST);
        Files.write(folder.resolve("papers.blt"), "3 1\n1 1 0\n0\n\"Ann Archer\"\n\"Bo Brown\"\n\"Cy Cole\"\n\"T\u00ff\"\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ContestCounter.count(folder, "c", new SeededLotDrawer(0)))
                .isInstanceOf(InvalidInputException.class).hasMessage("c/papers.blt, line 7: is not UTF-8 text");
    }

    @Test
    void aNameHoldingADoubleQuoteCannotBeWritten() {
        assertThatThrownBy(() -> BltFile.write("The \"Test\"", List.of(org.teller.core.Candidate.of("A", "")), List.of(),
                new StringWriter())).isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot write 'The \"Test\"'");
    }
}
