package org.teller.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teller.core.contest.Declaration;
import org.teller.core.count.HowElected;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;

/** Contest files under each system, counted from their papers: the system and its options take effect. */
class SystemsTest {

    private static final String CONTEST = """
            title: Test
            date: 2026-05-07
            system: SYSTEM
            candidates:
              - name: Ann Archer
                short: A
              - name: Bo Brown
                short: B
              - name: Cy Cole
                short: C
            ballots: ballots.csv
            """;

    @TempDir
    Path work;

    private Declaration count(String system, String ballots) throws IOException {
        Files.writeString(work.resolve("contest.yaml"), CONTEST.replace("SYSTEM", system));
        Files.writeString(work.resolve("ballots.csv"), ballots);
        return ContestCounter.count(work, "c", new SeededLotDrawer(0));
    }

    /** A leads on first preferences; C's papers all go to B, who then overtakes A. */
    private static final String PAPERS = "rank1,rank2,rank3\n" + "A,,\n".repeat(4) + "B,,\n".repeat(3) + "C,B,\n".repeat(2);

    @Test
    void firstPastThePostCountsTheFirstRankOfRankedPapers() throws IOException {
        Declaration declaration = count("first-past-the-post", PAPERS);
        assertThat(declaration.result().electedCandidate().name()).isEqualTo("Ann Archer");
        assertThat(declaration.result().how()).isEqualTo(HowElected.MOST_VOTES);
        assertThat(declaration.result().rounds()).hasSize(1);
    }

    @Test
    void theAlternativeVoteLetsTheFirstRoundLeaderLose() throws IOException {
        Declaration declaration = count("alternative-vote", PAPERS);
        assertThat(declaration.result().electedCandidate().name()).isEqualTo("Bo Brown");
        assertThat(declaration.result().rounds()).hasSize(2);
        assertThat(declaration.result().lastRound().votes(1)).isEqualTo(5);
    }

    @Test
    void anOvervoteSkippedToTheNextRankCountsThere() throws IOException {
        String papers = "rank1,rank2,rank3\n" + "A,,\n".repeat(4) + "B,,\n".repeat(3) + "C,A|B,B\n".repeat(2);
        // UK rules: the overvote at rank 2 ends the paper; A keeps the lead and wins.
        assertThat(count("alternative-vote", papers).result().electedCandidate().name()).isEqualTo("Ann Archer");
        Declaration skipping = count("alternative-vote\noptions:\n  overvote: skip-to-next-rank", papers);
        assertThat(skipping.result().electedCandidate().name()).isEqualTo("Bo Brown");
    }

    @Test
    void undeclaredWriteInsAreNeverElectedAndGoFirstWhileTheyHoldVotes() throws IOException {
        // C stands for the write-ins: with the most first preferences it would win; instead C goes first and
        // its papers pass on.
        String papers = "rank1,rank2\n" + "C,A\n".repeat(5) + "A,\n".repeat(3) + "B,\n".repeat(4);
        assertThat(count("alternative-vote", papers).result().electedCandidate().name()).isEqualTo("Cy Cole");
        Declaration declaration = count("alternative-vote\noptions:\n  write-ins: Cy Cole", papers);
        assertThat(declaration.result().electedCandidate().name()).isEqualTo("Ann Archer");
        assertThat(declaration.result().firstRound().eliminated()).containsExactly(2);
    }

    @Test
    void aRankedTallyCountsAsItsPapersDo() throws IOException {
        Files.writeString(work.resolve("rankings.csv"), "rank1,rank2,rank3,votes\nA,,,4\nB,,,3\nC,B,,2\n");
        Files.writeString(work.resolve("contest.yaml"), CONTEST.replace("SYSTEM", "alternative-vote")
                .replace("ballots: ballots.csv", "rankings: rankings.csv\nballot-papers: 10"));
        Declaration fromTally = ContestCounter.count(work, "c", new SeededLotDrawer(0));
        Declaration fromPapers = count("alternative-vote", PAPERS);
        assertThat(fromTally.result().rounds()).isEqualTo(fromPapers.result().rounds());
        assertThat(fromTally.ballotPapers()).contains(10L);
        assertThat(fromTally.rejected().orElseThrow().headsUnknown()).isEqualTo(1);
    }

    @Test
    void aRankedTallyRowMustBeAValidPaperAndNotRepeatAnother() throws IOException {
        Files.writeString(work.resolve("contest.yaml"), CONTEST.replace("SYSTEM", "alternative-vote")
                .replace("ballots: ballots.csv", "rankings: rankings.csv"));
        Files.writeString(work.resolve("rankings.csv"), "rank1,rank2,votes\nA,B,4\n a ,b,1\n");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(org.teller.core.InvalidInputException.class,
                () -> ContestCounter.count(work, "c", new SeededLotDrawer(0))).getMessage())
                .isEqualTo("c/rankings.csv, line 3: 'a,b' repeats the ranking on line 2");
        Files.writeString(work.resolve("rankings.csv"), "rank1,rank2,votes\nA|B,C,4\n");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(org.teller.core.InvalidInputException.class,
                () -> ContestCounter.count(work, "c", new SeededLotDrawer(0))).getMessage())
                .isEqualTo("c/rankings.csv, line 2: 'A|B,C' is not a valid paper under the alternative vote's rules"
                        + " (it would be rejected: voting-for-too-many); state rejected papers in the contest file");
    }

    @Test
    void firstPastThePostReturnsGiveTheVotesAlone() throws IOException {
        Files.writeString(work.resolve("returns.csv"), "area,candidate,votes\nN,A,5\nN,B,3\nN,C,1\nS,A,1\nS,B,4\nS,C,0\n");
        Files.writeString(work.resolve("contest.yaml"), CONTEST.replace("SYSTEM", "first-past-the-post")
                .replace("ballots: ballots.csv", "returns: returns.csv"));
        Declaration declaration = ContestCounter.count(work, "c", new SeededLotDrawer(0));
        assertThat(declaration.result().firstRound().votes()).containsExactly(6L, 7L, 1L);
        assertThat(declaration.result().electedCandidate().name()).isEqualTo("Bo Brown");
        assertThat(declaration.areas()).hasSize(2);
        Files.writeString(work.resolve("returns.csv"), "candidate,votes,first\nA,5,5\nB,3,3\nC,1,1\n");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(org.teller.core.InvalidInputException.class,
                () -> ContestCounter.count(work, "c", new SeededLotDrawer(0))).getMessage())
                .isEqualTo("c/returns.csv, line 1: 'votes' cannot be a column beside 'first' or 'second': returns give"
                        + " either candidate,votes (one round) or candidate,first,second");
    }
}
