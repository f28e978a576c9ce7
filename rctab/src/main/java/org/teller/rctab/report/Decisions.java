package org.teller.rctab.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.rctab.Tabulation;

/**
 * What the whole contest decided at each round, as every report of it (the parts' too) shows it: who was
 * eliminated, who was elected, and which of those decisions an equality left to RCTab's tie-break.
 *
 * @param eliminated by round (from 0), the candidates eliminated once it was counted, by name as RCTab
 *     lists them
 * @param tied by round (from 0), whether its elimination settled an equality
 * @param elected the candidate elected, or -1 when the count stopped before anyone was
 * @param electedRound the round (from 1) RCTab elects them at, or 0 when no one was
 * @param electedByTie whether an equality for the most votes was settled to elect them
 */
record Decisions(List<List<Integer>> eliminated, List<Boolean> tied, int elected, int electedRound,
        boolean electedByTie) {

    Decisions {
        eliminated = eliminated.stream().map(List::copyOf).toList();
        tied = List.copyOf(tied);
    }

    /**
     * @param thresholds the winning threshold at each round
     * @param continueUntilTwo whether the count went on after the election until two were left
     */
    static Decisions of(Result result, List<String> names, List<BigDecimal> thresholds, boolean continueUntilTwo) {
        List<List<Integer>> eliminated = new ArrayList<>();
        List<Boolean> tied = new ArrayList<>();
        for (Round round : result.rounds()) {
            List<Integer> out = new ArrayList<>(round.eliminated());
            out.sort(Comparator.comparing(names::get));
            eliminated.add(out);
            tied.add(round.equality().isPresent());
        }
        if (!result.hasElection()) {
            return new Decisions(eliminated, tied, -1, 0, false); // stopped early (stopTabulationEarlyAfterRound)
        }
        return new Decisions(eliminated, tied, result.elected(),
                electedRound(result, names, thresholds, continueUntilTwo), result.how().byLot());
    }

    /**
     * The count ends at the election, except when it goes on until two are left: then RCTab elects at the
     * first round the winner reached the threshold, once no votes were left with the undeclared
     * write-ins (it elects no one while they hold any).
     */
    private static int electedRound(Result result, List<String> names, List<BigDecimal> thresholds,
            boolean continueUntilTwo) {
        if (continueUntilTwo) {
            int writeIns = names.indexOf(Tabulation.UNDECLARED_WRITE_INS);
            for (Round round : result.rounds()) {
                boolean writeInsHoldVotes = writeIns >= 0 && round.isContinuing(writeIns) && round.votes(writeIns) > 0;
                BigDecimal votes = BigDecimal.valueOf(round.votes(result.elected()));
                if (!writeInsHoldVotes && votes.compareTo(thresholds.get(round.number() - 1)) >= 0) {
                    return round.number();
                }
            }
        }
        return result.electedInRound();
    }

    boolean hasElection() {
        return elected >= 0;
    }

    boolean anyTie() {
        return electedByTie || tied.contains(true);
    }
}
