package org.teller.rctab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.tally.Transfer;
import org.teller.rctab.config.ConfigReader;
import org.teller.rctab.config.ContestConfig;
import org.teller.rctab.cvr.CvrProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RCTab's own regression cases, counted from their configurations as {@code teller count} counts them:
 * every single-winner case must give the winner and every round of its
 * {@code *_expected_detailed_report.json} (each candidate's votes, the threshold, the inactive ballots by
 * reason, who is eliminated or elected, where each eliminated candidate's ballots went); every
 * multi-winner case is refused as not yet supported. The cases are read in place from
 * {@code ../shared/data/rctab}; without them these tests are skipped, saying so.
 */
class RctabCasesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Providers whose readers are not in Teller yet: their cases are skipped, saying so. */
    private static final Set<CvrProvider> NOT_YET = Set.of();

    static Stream<String> singleWinnerCases() {
        return cases().filter(name -> config(name).rules().singleWinner());
    }

    static Stream<String> multiWinnerCases() {
        return cases().filter(name -> !config(name).rules().singleWinner());
    }

    /** Every case with a configuration and an expected detailed report. */
    private static Stream<String> cases() {
        try (Stream<Path> folders = Files.list(RctabCases.folder())) {
            return folders.filter(folder -> Files.isRegularFile(expected(folder.getFileName().toString())))
                    .map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path expected(String name) {
        return RctabCases.folder().resolve(name).resolve(name + "_expected_detailed_report.json");
    }

    private static ContestConfig config(String name) {
        return ConfigReader.read(RctabCases.of(name).resolve(name + "_config.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multiWinnerCases")
    void aMultiWinnerContestIsRefusedAsNotYetSupported(String name) {
        assertThatThrownBy(() -> RctabCounter.count(config(name))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not yet supported").hasMessageContaining("single-winner");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleWinnerCases")
    void tellerCountsItAsRctabReportsIt(String name) {
        ContestConfig config = config(name);
        Set<CvrProvider> providers = new HashSet<>();
        config.sources().forEach(source -> providers.add(source.provider()));
        providers.retainAll(NOT_YET);
        assumeTrue(providers.isEmpty(), name + ": skipped, Teller does not read " + providers + " files yet");
        assumeTrue(!name.equals("dominion_kansas"), name + ": skipped, this copy lacks its CVR export (RCTab cannot run it either)");

        Tabulation tabulation = RctabCounter.count(config);
        JsonNode expected = JSON.readTree(expected(name).toFile());
        Result result = tabulation.result();
        List<String> names = tabulation.names();
        JsonNode rounds = expected.path("results");
        JsonNode summary = expected.path("summary");

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(tabulation.contest().ballots()).as(name + ": total ballots").isEqualTo(figure(summary.path("totalNumBallots")));
        soft.assertThat(tabulation.contest().undervotes()).as(name + ": undervotes").isEqualTo(summary.path("undervotes").asLong());
        soft.assertThat(names).as(name + ": candidates").hasSize(summary.path("numCandidates").asInt());
        Round last = result.hasElection() ? result.rounds().get(result.electedInRound() - 1) : result.lastRound();
        soft.assertThat(last.threshold()).as(name + ": final threshold").isEqualTo(figure(summary.path("finalThreshold")));
        soft.assertThat(result.rounds()).as(name + ": rounds").hasSize(rounds.size());
        long undervotes = tabulation.contest().undervotes();
        for (int r = 0; r < Math.min(rounds.size(), result.rounds().size()); r++) {
            JsonNode report = rounds.get(r);
            Round round = result.rounds().get(r);
            String at = name + ", round " + (r + 1) + ": ";
            Map<String, Long> tally = new HashMap<>();
            report.path("tally").properties().forEach(entry -> tally.put(entry.getKey(), figure(entry.getValue())));
            Map<String, Long> teller = new HashMap<>();
            round.continuing().forEach(c -> teller.put(names.get(c), round.votes(c)));
            soft.assertThat(teller).as(at + "tally").isEqualTo(tally);
            soft.assertThat(round.threshold()).as(at + "threshold").isEqualTo(figure(report.path("threshold")));

            Map<RankingEnd, Long> by = new EnumMap<>(round.exhaustedBy().orElseThrow());
            JsonNode inactive = report.path("inactiveBallots");
            soft.assertThat(by.get(RankingEnd.VOTING_FOR_TOO_MANY)).as(at + "overvotes").isEqualTo(figure(inactive.path("overvotes")));
            soft.assertThat(by.get(RankingEnd.SKIPPED_RANKS)).as(at + "skipped rankings").isEqualTo(figure(inactive.path("skippedRankings")));
            soft.assertThat(by.get(RankingEnd.REPEATED_CANDIDATE)).as(at + "repeated rankings")
                    .isEqualTo(figure(inactive.path("repeatedRankings")));
            soft.assertThat(by.get(RankingEnd.COMPLETE) + by.get(RankingEnd.UNMARKED)).as(at + "exhausted choices + undervotes")
                    .isEqualTo(figure(inactive.path("exhaustedChoices")) + undervotes);

            Set<String> eliminated = new HashSet<>();
            String elected = null;
            for (JsonNode decision : report.path("tallyResults")) {
                if (decision.has("eliminated")) {
                    String from = decision.get("eliminated").asString();
                    eliminated.add(from);
                    if (r + 1 < result.rounds().size()) {
                        soft.assertThat(transfers(result.rounds().get(r + 1), names.indexOf(from), names))
                                .as(at + "transfers from " + from).isEqualTo(expectedTransfers(decision.path("transfers")));
                    }
                }
                if (decision.has("elected")) {
                    elected = decision.get("elected").asString();
                }
            }
            Set<String> out = new HashSet<>();
            round.eliminated().forEach(c -> out.add(names.get(c)));
            soft.assertThat(out).as(at + "eliminated").isEqualTo(eliminated);
            if (result.hasElection() && r == result.electedInRound() - 1) {
                soft.assertThat(names.get(result.elected())).as(at + "elected").isEqualTo(elected);
            } else {
                soft.assertThat(elected).as(at + "elected").isNull();
            }
        }
        soft.assertAll();
    }

    /** Where an eliminated candidate's ballots went at {@code next}: candidate → ballots, and "exhausted". */
    private static Map<String, Long> transfers(Round next, int from, List<String> names) {
        Map<String, Long> went = new HashMap<>();
        for (Transfer transfer : next.transfers()) {
            if (transfer.from().isPresent() && transfer.from().getAsInt() == from) {
                for (int c = 0; c < names.size(); c++) {
                    if (transfer.to(c) > 0) {
                        went.put(names.get(c), transfer.to(c));
                    }
                }
                if (transfer.exhausted() > 0) {
                    went.put("exhausted", transfer.exhausted());
                }
            }
        }
        return went;
    }

    private static Map<String, Long> expectedTransfers(JsonNode transfers) {
        Map<String, Long> went = new HashMap<>();
        transfers.properties().forEach(entry -> {
            long ballots = figure(entry.getValue());
            if (ballots > 0) {
                went.put(entry.getKey(), ballots);
            }
        });
        return went;
    }

    /** A figure of RCTab's report, written as a decimal string or a number: whole votes only. */
    private static long figure(JsonNode node) {
        return new BigDecimal(node.asString()).longValueExact();
    }
}
