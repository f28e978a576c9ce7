package org.teller.core.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The statutory cases in {@code statutory-cases.csv}, each citing the rule it proves. */
class BallotPaperRulesTest {

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(BallotPaperRulesTest.class.getResourceAsStream("/statutory-cases.csv")),
                StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("first,") && !line.isBlank())
                    .forEach(line -> {
                        String[] fields = line.split(",", 5);
                        cases.add(Arguments.of(fields[4], fields[0], fields[1], fields[2], fields[3]));
                    });
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: [{1}] [{2}] {3} -> {4}")
    @MethodSource("cases")
    void judgesAsTheStatuteSays(String rule, String first, String second, String flags, String verdict) {
        BallotPaper paper = new BallotPaper(marks(first), marks(second), flags(flags));
        assertThat(describe(BallotPaperRules.judge(paper))).as(rule).isEqualTo(verdict);
    }

    private static List<Integer> marks(String field) {
        List<Integer> marks = new ArrayList<>();
        for (String mark : field.split("\\|")) {
            if (!mark.isEmpty()) {
                marks.add(mark.charAt(0) - 'A');
            }
        }
        return marks;
    }

    private static Set<Adjudication> flags(String field) {
        Set<Adjudication> flags = EnumSet.noneOf(Adjudication.class);
        for (String flag : field.split("\\|")) {
            if (!flag.isEmpty()) {
                flags.add(Adjudication.ofKey(flag).orElseThrow());
            }
        }
        return flags;
    }

    private static String describe(Verdict verdict) {
        if (verdict instanceof Verdict.Rejected rejected) {
            return "rejected:" + rejected.head().key();
        }
        Verdict.Valid valid = (Verdict.Valid) verdict;
        String first = String.valueOf((char) ('A' + valid.first()));
        return valid.unusedSecond()
                .map(reason -> "valid:" + first + "/" + reason.key())
                .orElseGet(() -> "valid:" + first + ">" + (char) ('A' + valid.second()));
    }
}
