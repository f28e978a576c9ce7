package org.teller.core.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The statutory cases in {@code statutory-cases.csv}, each citing the rule it proves, under the Supplementary Vote's rules. */
class StatutoryCasesTest {

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(StatutoryCasesTest.class.getResourceAsStream("/statutory-cases.csv")),
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
        Set<Adjudication> decisions = flags(flags);
        Set<Integer> uncertain = new HashSet<>();
        if (decisions.contains(Adjudication.UNCERTAIN_FIRST)) {
            uncertain.add(1);
        }
        if (decisions.contains(Adjudication.UNCERTAIN_SECOND)) {
            uncertain.add(2);
        }
        Ballot paper = new Ballot(List.of(marks(first), marks(second)), uncertain, decisions);
        assertThat(describe(SupplementaryVoteRules.INSTANCE.judge(paper))).as(rule).isEqualTo(verdict);
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

    private static String describe(Judgement judgement) {
        if (judgement instanceof Judgement.Rejected rejected) {
            return "rejected:" + rejected.head().key();
        }
        Judgement.Valid valid = (Judgement.Valid) judgement;
        String first = String.valueOf((char) ('A' + valid.ranking().candidate(0)));
        if (valid.ranking().size() == 2) {
            assertThat(valid.end()).isEqualTo(RankingEnd.COMPLETE);
            return "valid:" + first + ">" + (char) ('A' + valid.ranking().candidate(1));
        }
        assertThat(valid.ranking().size()).isEqualTo(1);
        return "valid:" + first + "/" + UnusedSecondPreference.of(valid.end()).orElseThrow().key();
    }
}
