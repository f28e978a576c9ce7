package org.teller.rctab.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.teller.core.count.Round;
import org.teller.rctab.config.Rules;

/**
 * RCTab's winning threshold at each round, as its rules set it from the active ballots (the continuing
 * candidates' votes) of that round, or of the first with {@code doesFirstRoundDetermineThreshold}: more
 * than a share of them, {@code floor(active / (seats + 1)) + 1}, in the smallest unit of its arithmetic
 * (1, or 10^-decimalPlaces with {@code nonIntegerWinningThreshold}); at least a share with
 * {@code hareQuota}, {@code ceiling(active / seats)}; never less than {@code minimumVoteThreshold}.
 * Written as RCTab writes the decimal, so "14" or "14.0001".
 */
final class WinningThreshold {

    private WinningThreshold() {}

    static List<BigDecimal> ofRounds(Rules rules, List<Round> rounds) {
        List<BigDecimal> thresholds = new ArrayList<>();
        for (Round round : rounds) {
            Round base = rules.doesFirstRoundDetermineThreshold() ? rounds.get(0) : round;
            thresholds.add(of(rules, base.continuingVotes()));
        }
        return thresholds;
    }

    static BigDecimal of(Rules rules, long active) {
        int decimals = rules.nonIntegerWinningThreshold() ? rules.decimalPlacesForVoteArithmetic() : 0;
        BigDecimal votes = BigDecimal.valueOf(active);
        BigDecimal threshold;
        if (rules.hareQuota()) {
            threshold = votes.divide(BigDecimal.valueOf(rules.numberOfWinners()), decimals, RoundingMode.UP);
        } else {
            BigDecimal smallestUnit = BigDecimal.ONE.movePointLeft(decimals);
            threshold = votes.divide(BigDecimal.valueOf(rules.numberOfWinners() + 1L), decimals, RoundingMode.DOWN)
                    .add(smallestUnit);
        }
        BigDecimal minimum = BigDecimal.valueOf(rules.minimumVoteThreshold());
        return minimum.compareTo(threshold) > 0 ? minimum : threshold;
    }
}
