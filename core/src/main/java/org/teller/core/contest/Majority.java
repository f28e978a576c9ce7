package org.teller.core.contest;

import java.util.Optional;
import org.teller.core.count.Result;
import org.teller.core.count.Round;

/**
 * The winning margin, a "majority" as British results call it: the votes by which the person elected led
 * the runner-up at the round that elected them (SV's second stage, the alternative vote's last round, the
 * only round of first past the post). Zero when a lot decided between them.
 *
 * @param elected the person elected, by index
 * @param runnerUp the candidate with the most votes after them at that round, by index (of equals, the
 *     first in ballot order)
 * @param round the round, from 1
 * @param votes the elected candidate's votes less the runner-up's there
 */
public record Majority(int elected, int runnerUp, int round, long votes) {

    public Majority {
        if (elected == runnerUp || votes < 0 || round < 1) {
            throw new IllegalArgumentException("a majority of " + votes + " at round " + round);
        }
    }

    /**
     * The majority of a result; empty when no one was elected, or no other candidate was in the count at
     * any round up to the one that elected them (a contest of one candidate).
     */
    public static Optional<Majority> of(Result result) {
        if (!result.hasElection()) {
            return Optional.empty();
        }
        int elected = result.elected();
        // The round that elected them; if they stood alone there, the last round with a rival.
        for (int number = result.electedInRound(); number >= 1; number--) {
            Round round = result.rounds().get(number - 1);
            int runnerUp = -1;
            for (int candidate : round.continuing()) {
                if (candidate != elected && (runnerUp < 0 || round.votes(candidate) > round.votes(runnerUp))) {
                    runnerUp = candidate;
                }
            }
            if (runnerUp >= 0) {
                return Optional.of(new Majority(elected, runnerUp, number,
                        Math.max(0, round.votes(elected) - round.votes(runnerUp))));
            }
        }
        return Optional.empty();
    }
}
