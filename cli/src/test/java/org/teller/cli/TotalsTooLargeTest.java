package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6: votes that add up to more than Teller can count are bad input, never a result. */
class TotalsTooLargeTest {

    @TempDir
    Path work;

    @Test
    void aTallyWhoseVotesAddUpTooFarIsBadInputAtTheLineThatCrossesTheLimit() throws IOException {
        // Before: Bo Brown "elected" with 52.03% and exit 0, Ann Archer's votes having wrapped round.
        Path contest = work.resolve("overflow");
        Files.createDirectories(contest);
        Files.writeString(contest.resolve("contest.yaml"), """
                title: Overflow
                date: 2026-05-07
                system: supplementary-vote
                candidates:
                  - name: Ann Archer
                  - name: Bo Brown
                  - name: Cy Cole
                tally: tally.csv
                """);
        StringBuilder tally = new StringBuilder("area,first,second,votes\n");
        for (int area = 1; area <= 19; area++) {
            tally.append("A").append(area).append(",Ann Archer,,999999999999999999\n");
        }
        tally.append("B,Bo Brown,,600000000000000000\n");
        Files.writeString(contest.resolve("tally.csv"), tally);

        Run run = Run.teller("count", contest.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("teller: " + contest + "/tally.csv, line 11: '999999999999999999' makes the"
                + " figures in this file add up to more than Teller can count (9,223,372,036,854,775,807)\n");
    }
}
