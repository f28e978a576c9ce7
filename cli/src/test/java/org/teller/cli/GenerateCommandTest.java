package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path work;

    @Test
    void writesAContestFolderAndSaysSo() {
        Path folder = work.resolve("made");
        Run run = Run.teller("generate", "--ballots", "1000", "--candidates", "4", "--areas", "3", "--out", folder.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("teller: wrote 1,000 ballot papers to " + folder.resolve("ballots.csv") + " and "
                + folder.resolve("contest.yaml") + "\n");
        assertThat(Run.teller("count", folder.toString()).exitCode()).isZero();
    }

    @Test
    void writesRankedPapersForTheAlternativeVote() throws IOException {
        Path folder = work.resolve("ranked");
        Run run = Run.teller("generate", "--ballots", "1000", "--candidates", "5", "--ranks", "4", "--out", folder.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(folder.resolve("contest.yaml"))).contains("\nsystem: alternative-vote\n");
        assertThat(Files.readAllLines(folder.resolve("ballots.csv")).get(0)).isEqualTo("rank1,rank2,rank3,rank4,flags");
        Run count = Run.teller("count", folder.toString());
        assertThat(count.exitCode()).isZero();
        assertThat(count.out()).contains("Alternative vote").contains("Ballot papers counted: 1,000");
    }

    @Test
    void aPartFileLeftByARunThatWasKilledIsRemovedAndSaidSo() throws IOException {
        Path folder = Files.createDirectories(work.resolve("again"));
        // What a run killed while writing its papers leaves.
        Path abandoned = Files.writeString(folder.resolve(".ballots.csv7364521.part"), "first,second,flags\n".repeat(100));
        Run run = Run.teller("generate", "--ballots", "1000", "--candidates", "4", "--out", folder.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("teller: removed " + abandoned + " (1,900 bytes), left unfinished by an earlier"
                + " run that was stopped\n"
                + "teller: wrote 1,000 ballot papers to " + folder.resolve("ballots.csv") + " and " + folder.resolve("contest.yaml") + "\n");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("ballots.csv", "contest.yaml");
        }
    }

    @Test
    void everyOptionIsCheckedWithAClearMessage() {
        String out = work.resolve("x").toString();
        expect("teller: --areas: '-5' must be from 0 (no areas) to 10,000",
                "--ballots", "10", "--candidates", "3", "--areas", "-5", "--out", out);
        expect("teller: --areas: '11' is more than the 10 ballot papers: every area needs at least one",
                "--ballots", "10", "--candidates", "3", "--areas", "11", "--out", out);
        expect("teller: --ballots: '-1' must be from 1 to 1,000,000,000", "--ballots", "-1", "--candidates", "3", "--out", out);
        expect("teller: --ballots: '99999999999' must be from 1 to 1,000,000,000",
                "--ballots", "99999999999", "--candidates", "3", "--out", out);
        expect("teller: --candidates: '0' must be from 2 to 1000", "--ballots", "10", "--candidates", "0", "--out", out);
        expect("teller: --candidates: '99999999999' must be from 2 to 1000",
                "--ballots", "10", "--candidates", "99999999999", "--out", out);
        expect("teller: Invalid value for option '--ballots': 'ten' is not a whole number (see 'teller generate --help')",
                "--ballots", "ten", "--candidates", "3", "--out", out);
        expect("teller: Invalid value for option '--seed': '99999999999999999999' is not a whole number from"
                + " -9223372036854775808 to 9223372036854775807 (see 'teller generate --help')",
                "--ballots", "10", "--candidates", "3", "--seed", "99999999999999999999", "--out", out);
        expect("teller: --out: '" + out + "\\u0000' is not a path on this system: Nul character not allowed",
                "--ballots", "10", "--candidates", "3", "--out", out + "\0");
        expect("teller: --ranks: '6' must be from 1 to the 5 candidates",
                "--ballots", "10", "--candidates", "5", "--ranks", "6", "--out", out);
        expect("teller: --ranks: '0' must be from 1 to the 5 candidates",
                "--ballots", "10", "--candidates", "5", "--ranks", "0", "--out", out);
        expect("teller: --like=CONTEST and [--ballots=N --candidates=K [--ranks=R] [--areas=M]] are mutually exclusive"
                + " (specify only one) (see 'teller generate --help')",
                "--like", "examples/tower-hamlets-2015", "--ranks", "3", "--out", out);
        expect("teller: Missing required argument(s): --ballots=N, --candidates=K (see 'teller generate --help')",
                "--ranks", "3", "--out", out);
        expect("teller: --like: 'examples\\u0000' is not a path on this system: Nul character not allowed",
                "--like", "examples\0", "--out", out);
        assertThat(work.resolve("x")).doesNotExist();
    }

    @Test
    void aContestThatCannotBeCountedWritesNoFolder() throws IOException {
        // Found only once the contest is read and counted, after every option has passed: nothing is written.
        Path bad = Files.createDirectories(work.resolve("bad"));
        Files.writeString(bad.resolve("contest.yaml"), "title: T\ndate: 2026-05-07\nsystem: supplementary-vote\n"
                + "candidates:\n  - name: Ann Archer\n  - name: Bo Brown\n  - name: Cy Cole\nreturns: returns.csv\n");
        Files.writeString(bad.resolve("returns.csv"), "candidate,first,second\nAnn Archer,10,\nBo Brown,ten,\nCy Cole,1,\n");
        Path out = work.resolve("generated");
        Run run = Run.teller("generate", "--like", bad.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("returns.csv, line 3: 'ten' in column 'first' is not a whole number");
        assertThat(out).doesNotExist();
    }

    private static void expect(String message, String... args) {
        String[] command = Stream.concat(Stream.of("generate"), Stream.of(args)).toArray(String[]::new);
        Run run = Run.teller(command);
        assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(run.err()).isEqualTo(message + "\n");
    }
}
