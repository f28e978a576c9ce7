package org.teller.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareTest {

    @ParameterizedTest(name = "{0}/{1} = {2}%")
    @CsvSource({
        // Tower Hamlets 2015 (seed): shares of 68,138 valid first preferences.
        "27255, 68138, 40.00",
        "25763, 68138, 37.81",
        "5940, 68138, 8.72",
        "292, 68138, 0.43",
        // Tower Hamlets 2010 (seed): 51.76% of valid votes, turnout 25.60%.
        "23283, 44985, 51.76",
        "46719, 182482, 25.60",
        // Half-up from the exact fraction: 1/800 = 0.125% exactly, so 0.13 (banker's rounding gives 0.12).
        "1, 800, 0.13",
        "3, 800, 0.38",
        "1, 3, 33.33",
        "2, 3, 66.67",
        "0, 5, 0.00",
        "5, 5, 100.00",
    })
    void percentIsTheExactFractionRoundedHalfUp(long votes, long of, String percent) {
        assertThat(new Share(votes, of).percent()).contains(new BigDecimal(percent));
    }

    @ParameterizedTest(name = "{0}/{1} since {2}/{3} = {4}")
    @CsvSource({
        // The seed's changes for Tower Hamlets 2015 against 2010 (RULES.md's worked check).
        "27255, 68138, 11254, 44985, 14.98",
        "5940, 68138, 5348, 44985, -3.17",
        "2678, 68138, 2300, 44985, -1.18",
        "2152, 68138, 2800, 44985, -3.07",
        // The seed's -51.33 for an independent compared with another independent's 2010 share.
        "292, 68138, 23283, 44985, -51.33",
    })
    void changeIsComputedFromUnroundedShares(long votes, long of, long earlierVotes, long earlierOf, String change) {
        assertThat(new Share(votes, of).changeSince(new Share(earlierVotes, earlierOf))).contains(new BigDecimal(change));
    }

    @Test
    void changeRoundsOnceNotTwice() {
        // 1/800 = 0.125% shows as 0.13, 0/1 as 0.00; but the change is computed from 0.125, not 0.13,
        // and 0.125 rounds half-up to 0.13 as well; 1/1600 = 0.0625 shows 0.06 and the change from 0 is 0.06.
        assertThat(new Share(1, 1600).changeSince(new Share(0, 1))).contains(new BigDecimal("0.06"));
        // Rounded shares 33.33 and 33.33 would give 0.00; the exact shares 1/3 and 3333/10000 differ by 0.0033...
        assertThat(new Share(1, 3).changeSince(new Share(3333, 10000))).contains(new BigDecimal("0.00"));
        // 2/3 - 1/6 = 0.5 exactly = 50.00 points; rounded shares 66.67 - 16.67 would give 50.00 too, but
        // 1/3 - 1/6 = 16.666... gives 16.67, where 33.33 - 16.67 would give 16.66.
        assertThat(new Share(1, 3).changeSince(new Share(1, 6))).contains(new BigDecimal("16.67"));
    }

    @Test
    void aShareOfNothingHasNoValue() {
        assertThat(new Share(0, 0).percent()).isEmpty();
        assertThat(new Share(1, 2).changeSince(new Share(0, 0))).isEmpty();
    }

    @Test
    void aShareCannotExceedItsWhole() {
        assertThatThrownBy(() -> new Share(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
