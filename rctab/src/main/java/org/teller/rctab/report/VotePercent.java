package org.teller.rctab.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * RCTab's "% of vote": a candidate's votes as a share of the active ballots, cut (not rounded) to
 * hundredths of a per cent after a division to seven significant digits, and written as the shortest
 * decimal with at least one place: 8 of 26 is "30.76%", 2 of 5 "40.0%", none "0.0%". With no active
 * ballots the cell is empty.
 */
final class VotePercent {

    private VotePercent() {}

    static String of(long votes, long active) {
        if (active == 0) {
            return "";
        }
        // Seven significant digits, half-even, as RCTab divides (IEEE 754 decimal32); then cut.
        BigDecimal share = BigDecimal.valueOf(votes).divide(BigDecimal.valueOf(active), MathContext.DECIMAL32);
        int hundredths = share.scaleByPowerOfTen(4).intValue();
        int whole = hundredths / 100;
        int fraction = hundredths % 100;
        String places;
        if (fraction % 10 == 0) {
            places = Integer.toString(fraction / 10);
        } else {
            places = (fraction < 10 ? "0" : "") + fraction;
        }
        return whole + "." + places + "%";
    }
}
