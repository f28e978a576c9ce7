package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountCommandTest {

    private static final String TIED = """
            title: A tie
            date: 2026-05-07
            system: supplementary-vote
            candidates:
              - name: Ann Archer
              - name: Bo Brown
              - name: Cy Cole
            returns: returns.csv
            """;

    @TempDir
    Path work;

    private String example(String name) {
        return Repository.examples().resolve(name).toString();
    }

    @Test
    void writesToAFileWholeAndNeverOverwritesWithoutForce() throws IOException {
        Path out = work.resolve("declaration.json");
        Run first = Run.teller("count", example("tower-hamlets-2010"), "--format", "json", "--out", out.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(Files.readString(out)).contains("\"elected\": \"Lutfur Rahman\"");

        Files.writeString(out, "the user's own file");
        Run again = Run.teller("count", example("tower-hamlets-2015"), "--out", out.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("teller: " + out + ": exists already: give --force to overwrite it\n");
        assertThat(Files.readString(out)).isEqualTo("the user's own file");

        Run forced = Run.teller("count", example("tower-hamlets-2015"), "--out", out.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("Mayor of Tower Hamlets\n");
        try (var files = Files.list(work)) {
            assertThat(files).containsExactly(out); // no temporary file left behind
        }
    }

    @Test
    void badInputIsOneLineExitTwoAndNoOutputFile() throws IOException {
        Path contest = work.resolve("bad");
        Files.createDirectories(contest);
        Files.writeString(contest.resolve("contest.yaml"), TIED);
        Files.writeString(contest.resolve("returns.csv"), "candidate,first,second\nAnn Archer,10,\nBo Brown,ten,\nCy Cole,1,\n");
        Path out = work.resolve("out.txt");
        Run run = Run.teller("count", contest.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: " + contest + "/returns.csv, line 3: 'ten' in column 'first'"
                + " is not a whole number (digits only, such as 27255)\n");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingContestIsAClearError() {
        Run run = Run.teller("count", work.resolve("nowhere").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: " + work.resolve("nowhere") + ": does not exist\n");
    }

    @Test
    void theDeclarationOfResultIsAPdfFileWrittenWholeAndNeverToAStream(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Path pdf = folder.resolve("declaration.pdf");
        Run written = Run.teller("count", example("tower-hamlets-2015"), "--format", "pdf", "--out", pdf.toString());
        assertThat(written.exitCode()).isZero();
        assertThat(written.out()).isEmpty();
        assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Run stream = Run.teller("count", example("tower-hamlets-2015"), "--format", "pdf");
        assertThat(stream.exitCode()).isEqualTo(2);
        assertThat(stream.out()).isEmpty();
        assertThat(stream.err()).isEqualTo("teller: --format: 'pdf' is written to a file: give --out FILE (such as --out"
                + " declaration.pdf)\n");
        java.nio.file.Path whatIf = folder.resolve("what-if.pdf");
        Run refused = Run.teller("count", example("exampleton-av"), "--system", "first-past-the-post", "--format", "pdf",
                "--out", whatIf.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("a what if under first past the post is not declared");
        assertThat(whatIf).doesNotExist();
    }

    @Test
    void convertWritesBltThatCountsTheSame(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws java.io.IOException {
        Run blt = Run.teller("convert", example("exampleton-av"), "--to", "blt", "--out", folder.resolve("papers.blt").toString());
        assertThat(blt.exitCode()).isZero();
        assertThat(blt.err()).startsWith("teller: 6 rejected papers are not in the BLT file (it holds valid ballots only):"
                + " state them in the contest file that names it\n");
        java.nio.file.Files.writeString(folder.resolve("contest.yaml"), java.nio.file.Files.readString(
                java.nio.file.Path.of(example("exampleton-av"), "contest.yaml")).replace("ballots: ballots.csv", "rankings: papers.blt"));
        Run again = Run.teller("count", folder.toString(), "--format", "csv");
        Run original = Run.teller("count", example("exampleton-av"), "--format", "csv");
        assertThat(again.exitCode()).isZero();
        java.util.function.Function<String, java.util.List<String>> rounds = csv -> csv.lines()
                .filter(line -> line.matches("round,[0-9]+,,[^,]*,votes,.*") || line.startsWith("result,")).toList();
        assertThat(rounds.apply(again.out())).isEqualTo(rounds.apply(original.out()));
        Run returns = Run.teller("convert", example("london-2016"), "--to", "blt");
        assertThat(returns.exitCode()).isEqualTo(2);
        assertThat(returns.out()).isEmpty();
        assertThat(returns.err()).contains("are count returns: they hold figures, not papers");
        assertThat(Run.teller("convert", example("exampleton-av"), "--to", "csv").err())
                .isEqualTo("teller: --to: 'csv' is not a format Teller converts to (use blt)\n");
    }

    @Test
    void anUnknownFormatOrOptionIsAUsageError() {
        Run format = Run.teller("count", example("tower-hamlets-2010"), "--format", "docx");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("teller: --format: 'docx' is not a format (use text, json, csv, story, democracy-club, rcvis, nist, html or pdf)\n");
        Run option = Run.teller("count", example("tower-hamlets-2010"), "--colour");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).startsWith("teller: Unknown option: '--colour'");
        Run both = Run.teller("count", example("tower-hamlets-2010"), "--lot-seed", "1", "--lots", "A>B");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void whatTheUserGaveCannotBreakTheOneLine() throws IOException {
        Run unknown = Run.teller("count", tiedContest().toString(), "--lots", "Bo Brown>Zed\nteller: all is well");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("teller: --lots: 'Zed\\nteller: all is well' is not a candidate"
                + " (neither a name nor a short label)\n");
        Run option = Run.teller("count", example("tower-hamlets-2010"), "--col\nour");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).isEqualTo("teller: Unknown option: '--col\\nour' (see 'teller count --help')\n");
        Run missing = Run.teller("count");
        assertThat(missing.err()).isEqualTo("teller: Missing required parameter: 'CONTEST' (see 'teller count --help')\n");
    }

    @Test
    void aPathThisSystemCannotHaveIsBadInput() throws IOException {
        Run contest = Run.teller("count", "examples/tower\0x");
        assertThat(contest.exitCode()).isEqualTo(2);
        assertThat(contest.err()).isEqualTo("teller: CONTEST: 'examples/tower\\u0000x' is not a path on this system:"
                + " Nul character not allowed\n");
        Run out = Run.teller("count", example("tower-hamlets-2010"), "--out", work + "/a\0b");
        assertThat(out.exitCode()).isEqualTo(2);
        assertThat(out.err()).isEqualTo("teller: --out: '" + work + "/a\\u0000b' is not a path on this system:"
                + " Nul character not allowed\n");

        Path folder = tiedContest();
        Files.writeString(folder.resolve("contest.yaml"), TIED.replace("returns: returns.csv", "returns: \"returns\\0.csv\""));
        Run votes = Run.teller("count", folder.toString());
        assertThat(votes.exitCode()).isEqualTo(2);
        assertThat(votes.err()).isEqualTo("teller: " + folder + "/contest.yaml, line 8: 'returns' holds the character"
                + " U+0000, which a value in a contest file may not hold\n");
        Files.writeString(folder.resolve("contest.yaml"), TIED + "previous: \"../x\\0/contest.yaml\"\n");
        Run previous = Run.teller("count", folder.toString());
        assertThat(previous.exitCode()).isEqualTo(2);
        assertThat(previous.err()).isEqualTo("teller: " + folder + "/contest.yaml, line 9: 'previous' holds the character"
                + " U+0000, which a value in a contest file may not hold\n");
    }

    @Test
    void aLotSeedIsOneTellerCouldHavePrinted() throws IOException {
        String contest = tiedContest().toString();
        for (String seed : List.of("-5", "99999999999999999999", "+7", "1e3", "")) {
            Run run = Run.teller("count", contest, "--lot-seed", seed);
            assertThat(run.exitCode()).as(seed).isEqualTo(2);
            assertThat(run.err()).as(seed).isEqualTo("teller: --lot-seed: " + (seed.isEmpty() ? "" : "'" + seed + "' ")
                    + "is not a seed (digits only, at most 9223372036854775807, as printed when a lot is drawn)\n");
        }
        assertThat(Run.teller("count", contest, "--lot-seed", "9223372036854775807").exitCode()).isZero();
    }

    @Test
    void theReturningOfficersOrderNamesEachCandidateOnce() throws IOException {
        String contest = tiedContest().toString();
        Run empty = Run.teller("count", contest, "--lots", " ");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("teller: --lots: is empty: give the order drawn, such as \"Bo Brown>Ann Archer\"\n");
        Run gap = Run.teller("count", contest, "--lots", "Bo Brown>>Ann Archer");
        assertThat(gap.exitCode()).isEqualTo(2);
        assertThat(gap.err()).isEqualTo("teller: --lots: 'Bo Brown>>Ann Archer' has an empty name: separate candidates"
                + " with one '>'\n");
        Run twice = Run.teller("count", contest, "--lots", "Bo Brown>Ann Archer>bo  brown");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).isEqualTo("teller: --lots: 'bo  brown' is named twice in the order\n");
    }

    @Test
    void aLotIsDrawnWithAPrintedSeedThatRepeatsIt() throws IOException {
        Path contest = tiedContest();
        Run drawn = Run.teller("count", contest.toString(), "--format", "json");
        assertThat(drawn.exitCode()).isZero();
        Matcher seed = Pattern.compile("with seed (\\d+); --lot-seed \\1 repeats it").matcher(drawn.err());
        assertThat(seed.find()).as(drawn.err()).isTrue();
        assertThat(drawn.out()).contains("\"electedBy\": \"lot-at-second-stage\"", "\"seed\": " + seed.group(1));

        Run repeated = Run.teller("count", contest.toString(), "--format", "json", "--lot-seed", seed.group(1));
        assertThat(repeated.out()).isEqualTo(drawn.out());
        assertThat(repeated.err()).isEmpty();
    }

    @Test
    void theReturningOfficersDrawDecidesTheTie() throws IOException {
        Path contest = tiedContest();
        Run bo = Run.teller("count", contest.toString(), "--lots", "Bo Brown>Ann Archer");
        assertThat(bo.exitCode()).isZero();
        assertThat(bo.out()).contains("Bo Brown is elected at the second stage, by lot after an equality of votes.",
                "Stage 2: Ann Archer and Bo Brown were equal; the lot, drawn by the returning officer, placed them Bo Brown > Ann Archer.");
        Run ann = Run.teller("count", contest.toString(), "--lots", "Ann Archer > Cy Cole > Bo Brown");
        assertThat(ann.out()).contains("Ann Archer is elected at the second stage, by lot");

        Run missing = Run.teller("count", contest.toString(), "--lots", "Cy Cole>Ann Archer");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("teller: --lots: 'Bo Brown' is tied at stage 2 but has no place in the order of the lot\n");
        Run unknown = Run.teller("count", contest.toString(), "--lots", "Bo Brown>Zed");
        assertThat(unknown.err()).isEqualTo("teller: --lots: 'Zed' is not a candidate (neither a name nor a short label)\n");
    }

    @Test
    void anEliminationLotSaysWhoIsEliminatedAndAnIncompleteOrderNamesTheRound() throws IOException {
        // Ann 4, Bo 2, Cy 2: Bo and Cy are equal for the fewest at round 1 of the alternative vote.
        Path contest = work.resolve("rounds");
        Files.createDirectories(contest);
        Files.writeString(contest.resolve("contest.yaml"), TIED.replace("supplementary-vote", "alternative-vote")
                .replace("returns: returns.csv", "rankings: rankings.csv"), StandardCharsets.UTF_8);
        Files.writeString(contest.resolve("rankings.csv"), "rank1,rank2,votes\nAnn Archer,,4\nBo Brown,Ann Archer,2\n"
                + "Cy Cole,,2\n", StandardCharsets.UTF_8);
        Run drawn = Run.teller("count", contest.toString(), "--lots", "Cy Cole>Bo Brown");
        assertThat(drawn.exitCode()).isZero();
        assertThat(drawn.out()).contains("Round 1: Bo Brown and Cy Cole were equal; the lot, drawn by the returning"
                + " officer, placed them Cy Cole > Bo Brown: Bo Brown, the last, is eliminated.");
        assertThat(Run.teller("count", contest.toString(), "--lots", "Cy Cole>Bo Brown", "--format", "json").out())
                .contains("\"decides\": \"eliminated\"");

        Run missing = Run.teller("count", contest.toString(), "--lots", "Ann Archer>Bo Brown");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("teller: --lots: 'Cy Cole' is tied at round 1 but has no place in the order"
                + " of the lot\n");
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = Run.teller("count", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: teller count", "--lot-seed", "--lots");
        assertThat(Run.teller("--version").exitCode()).isZero();
    }

    private Path tiedContest() throws IOException {
        Path contest = work.resolve("tied");
        Files.createDirectories(contest);
        Files.writeString(contest.resolve("contest.yaml"), TIED, StandardCharsets.UTF_8);
        // Ann 10 + 2 = 12, Bo 9 + 3 = 12: equal at the end.
        Files.writeString(contest.resolve("returns.csv"),
                "candidate,first,second\nAnn Archer,10,2\nBo Brown,9,3\nCy Cole,8,\n", StandardCharsets.UTF_8);
        return contest;
    }
}
