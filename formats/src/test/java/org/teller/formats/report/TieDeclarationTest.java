package org.teller.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;

/**
 * How a declaration says that an equality for the fewest votes was decided, in every format: by the
 * votes at earlier rounds (naming the round that decided), or by lot after them.
 */
class TieDeclarationTest {

    private static final String CONTEST = """
            title: Test
            date: 2026-05-07
            system: alternative-vote
            options:
              tie-break: earlier-rounds-then-lot
            candidates:
              - name: Lee Lamb
              - name: Xan Xu
              - name: Yas Young
              - name: Eli Eze
              - name: Fay Fox
            ballots: ballots.csv
            """;

    @TempDir
    Path work;

    /**
     * Round 1: Lee 20, Xan 10, Yas 9 or 10, Fay 5, Eli 3, who is eliminated; round 2: Fay 5 is eliminated,
     * two of her papers going to Xan and two to Yas; round 3: Xan and Yas equal, the fewest.
     *
     * @param eli Eli's three papers: they bring Xan and Yas level at round 2 from Yas's {@code yas} votes
     */
    private Declaration count(int yas, String eli) throws IOException {
        Files.writeString(work.resolve("contest.yaml"), CONTEST);
        Files.writeString(work.resolve("ballots.csv"), "rank1,rank2\n" + "Lee Lamb,\n".repeat(20)
                + "Xan Xu,\n".repeat(10) + "Yas Young,\n".repeat(yas) + eli
                + "Fay Fox,Xan Xu\n".repeat(2) + "Fay Fox,Yas Young\n".repeat(2) + "Fay Fox,\n");
        return ContestCounter.count(work, "c", new SeededLotDrawer(0));
    }

    @Test
    void theLatestEarlierRoundAtWhichTheyWereUnequalDecides() throws IOException {
        // Yas 9 at round 1 and one of Eli's papers: equal with Xan at round 2 (10), fewer at round 1.
        Declaration declaration = count(9, "Eli Eze,Yas Young\n" + "Eli Eze,\n".repeat(2));
        assertThat(declaration.result().lots()).isEmpty();
        assertThat(ReportFormat.TEXT.render(declaration)).contains("After round 3: Yas Young eliminated. Xan Xu and Yas"
                + " Young were equal with 12 votes, the fewest; equal again at round 2; at round 1, Yas Young had the"
                + " fewest (9).\n");
        assertThat(ReportFormat.JSON.render(declaration)).contains("""
                      "eliminated": [
                        "Yas Young"
                      ],
                      "tie": {
                        "tied": [
                          "Xan Xu",
                          "Yas Young"
                        ],
                        "votes": 12,
                        "brokenBy": "earlier-rounds",
                        "earlierRounds": [
                          {
                            "round": 2,
                            "fewest": [
                              "Xan Xu",
                              "Yas Young"
                            ],
                            "votes": 10
                          },
                          {
                            "round": 1,
                            "fewest": [
                              "Yas Young"
                            ],
                            "votes": 9
                          }
                        ],
                        "byLot": [ ]
                      }
                    },
                """);
        assertThat(ReportFormat.CSV.render(declaration)).contains("""
                round,3,,Yas Young,eliminated,true
                tie,3,,Xan Xu,tied,12
                tie,3,,Yas Young,tied,12
                tie,3,,Xan Xu,fewest-at-round:2,10
                tie,3,,Yas Young,fewest-at-round:2,10
                tie,3,,Yas Young,fewest-at-round:1,9
                tie,3,,,broken-by,earlier-rounds
                """);
    }

    @Test
    void equalAtEveryEarlierRoundTheyAreDecidedBetweenByLot() throws IOException {
        // Xan and Yas 10 at round 1, one of Eli's papers each: 11 at round 2, 13 at round 3.
        Declaration declaration = count(10, "Eli Eze,Xan Xu\n" + "Eli Eze,Yas Young\n" + "Eli Eze,\n");
        String text = ReportFormat.TEXT.render(declaration);
        int out = declaration.result().lots().get(0).last();
        String eliminated = declaration.result().candidates().get(out).name();
        assertThat(text).contains("After round 3: " + eliminated + " eliminated. Xan Xu and Yas Young were equal with 13"
                + " votes, the fewest; equal again at rounds 2 and 1; a lot decided between them.\n");
        assertThat(text).contains("Round 3: Xan Xu and Yas Young were equal; the lot, drawn at random with seed 0,"
                + " placed them ", ": " + eliminated + ", the last, is eliminated.\n");
        assertThat(ReportFormat.JSON.render(declaration)).contains("\"brokenBy\": \"earlier-rounds-then-lot\"",
                "\"decides\": \"eliminated\"");
        assertThat(ReportFormat.CSV.render(declaration)).contains("tie,3,,Xan Xu,by-lot,true\n",
                "tie,3,,,broken-by,earlier-rounds-then-lot\n", "lot,3,,,decides,eliminated\n");
    }
}
