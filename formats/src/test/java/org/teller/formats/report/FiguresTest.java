package org.teller.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiguresTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 99, 100, 999, 1000, 27255, 100000, 999999, 1000000, 2646832, -1, -1234, Long.MAX_VALUE, Long.MIN_VALUE + 1})
    void votesAreWrittenWithThousandsSeparators(long votes) {
        String expected = String.format(Locale.ROOT, "%,d", votes);
        assertThat(Figures.votes(votes)).isEqualTo(expected);
        StringBuilder appended = new StringBuilder("x");
        Figures.appendVotes(appended, votes);
        assertThat(appended).hasToString("x" + expected);
        assertThat(Figures.votesWidth(votes)).isEqualTo(expected.length());
    }
}
