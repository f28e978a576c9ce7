package org.teller.rctab.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.teller.core.count.Round;
import org.teller.rctab.Slice;
import org.teller.rctab.Tabulation;
import org.teller.rctab.config.ContestConfig.CandidateConfig;
import org.teller.rctab.config.Rules;

/**
 * What every report of one count shares: the tabulation, and what RCTab derives from the whole contest
 * for all of them (thresholds, decisions, the order of candidates, the generator's name).
 */
final class ContestReport {

    private final Tabulation tabulation;
    private final String generatedBy;
    private final List<BigDecimal> thresholds;
    private final Decisions decisions;
    private final List<Integer> order;

    private ContestReport(Tabulation tabulation, String generatedBy) {
        this.tabulation = tabulation;
        this.generatedBy = generatedBy;
        Rules rules = tabulation.config().rules();
        List<BigDecimal> computed = WinningThreshold.ofRounds(rules, tabulation.result().rounds());
        this.decisions = Decisions.of(tabulation.result(), tabulation.names(), computed,
                rules.continueUntilTwoCandidatesRemain());
        // A count that goes on after the election (until two are left) keeps the threshold it elected at.
        int elected = decisions.hasElection() ? decisions.electedRound() : computed.size();
        this.thresholds = new ArrayList<>(computed.subList(0, elected));
        thresholds.addAll(Collections.nCopies(computed.size() - elected, computed.get(elected - 1)));
        this.order = CandidateOrder.of(tabulation.names(), tabulation.result().firstRound());
    }

    /**
     * @throws IllegalArgumentException when the tabulation does not hang together: a name for each
     *     candidate, and the same rounds in the whole contest and in each part
     */
    static ContestReport of(Tabulation tabulation, String generatedBy) {
        int candidates = tabulation.result().candidates().size();
        if (tabulation.names().size() != candidates) {
            throw new IllegalArgumentException(tabulation.names().size() + " names for " + candidates + " candidates");
        }
        check("the whole contest", tabulation.contest(), tabulation);
        for (Map.Entry<String, Slice> precinct : tabulation.precincts().entrySet()) {
            check("precinct '" + precinct.getKey() + "'", precinct.getValue(), tabulation);
        }
        for (Map.Entry<String, Slice> batch : tabulation.batches().entrySet()) {
            check("batch '" + batch.getKey() + "'", batch.getValue(), tabulation);
        }
        return new ContestReport(tabulation, generatedBy);
    }

    private static void check(String what, Slice slice, Tabulation tabulation) {
        List<Round> whole = tabulation.result().rounds();
        if (slice.rounds().size() != whole.size()) {
            throw new IllegalArgumentException(what + " has " + slice.rounds().size() + " rounds, the count "
                    + whole.size());
        }
        for (int r = 0; r < whole.size(); r++) {
            if (!slice.rounds().get(r).continuing().equals(whole.get(r).continuing())) {
                throw new IllegalArgumentException(what + " has other candidates continuing at round " + (r + 1)
                        + " than the count");
            }
        }
    }

    Tabulation tabulation() {
        return tabulation;
    }

    String generatedBy() {
        return generatedBy;
    }

    String name(int candidate) {
        return tabulation.names().get(candidate);
    }

    Rules rules() {
        return tabulation.config().rules();
    }

    int rounds() {
        return tabulation.result().rounds().size();
    }

    /** The winning threshold at a round (from 1): the whole contest's, in a part's reports too. */
    BigDecimal threshold(int round) {
        return thresholds.get(round - 1);
    }

    Decisions decisions() {
        return decisions;
    }

    /** The candidate rows of the CSV reports, in RCTab's order. */
    List<Integer> order() {
        return order;
    }

    /** RCTab's "Number of Candidates" in its CSV reports: those taking part, undeclared write-ins included. */
    int candidatesTakingPart() {
        long excluded = tabulation.config().candidates().stream().filter(CandidateConfig::excluded).count();
        return tabulation.names().size() - (int) excluded;
    }

    /** "Single-Winner" or "Multi-Winner", as RCTab types the election. */
    String typeOfElection() {
        return rules().winnerElectionMode().equals(Rules.SINGLE_WINNER_MAJORITY) ? "Single-Winner" : "Multi-Winner";
    }
}
