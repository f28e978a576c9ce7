package org.teller.rctab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.Candidate;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.Equality;
import org.teller.core.count.HowElected;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.tally.Transfer;
import org.teller.rctab.RctabCases;
import org.teller.rctab.Slice;
import org.teller.rctab.Tabulation;
import org.teller.rctab.config.ConfigReader;
import org.teller.rctab.config.ContestConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every single-winner case of RCTab's with an expected report, whatever its CVR format, written again
 * from RCTab's own figures: a {@link Tabulation} made from the case's expected JSON (each round's
 * tally, inactive ballots, decisions and transfers; and those of each part with an expected JSON) must
 * give that JSON back, and the expected CSV, byte for byte. This holds the CSV's rules (the order of
 * candidates, shares, excluded candidates, thresholds, ties) to far more cases than Teller counts
 * here. RCTab's JSON does not say which decisions settled an equality; they are taken to be those a
 * tally shows: one candidate eliminated with as few votes as another still in, and a winner with as
 * many as another at the last round.
 */
class RctabFiguresTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TIMESTAMP = "2024-11-05_21-30";

    static Stream<String> cases() {
        try (Stream<Path> folders = Files.list(RctabCases.folder())) {
            List<String> in = new ArrayList<>();
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                Path config = folder.resolve(name + "_config.json");
                if (!Files.isRegularFile(config) || !Files.isRegularFile(expected(name, ".json"))) {
                    continue;
                }
                JsonNode rules = JSON.readTree(config.toFile()).path("rules");
                boolean elects = rules.path("stopTabulationEarlyAfterRound").asString().isEmpty();
                if (rules.path("winnerElectionMode").asString().equals("singleWinnerMajority")
                        && rules.path("numberOfWinners").asString().equals("1") && elects) {
                    in.add(name);
                }
            }
            return in.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rctabsFiguresAreWrittenAsRctabWritesThem(String name) throws IOException {
        Path folder = RctabCases.of(name);
        ContestConfig config = ConfigReader.read(folder.resolve(name + "_config.json"));
        JsonNode report = JSON.readTree(expected(name, ".json").toFile());
        List<String> names = new ArrayList<>();
        config.candidates().forEach(candidate -> names.add(candidate.name()));
        if (report.path("results").path(0).path("tally").has(Tabulation.UNDECLARED_WRITE_INS)) {
            names.add(Tabulation.UNDECLARED_WRITE_INS);
        }
        Result result = result(report, names);
        SortedMap<String, Slice> precincts = new TreeMap<>();
        SortedMap<String, Slice> batches = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        expected.put(TIMESTAMP + "_detailed_report.json", json(Files.readString(expected(name, ".json"))));
        expected.put(TIMESTAMP + "_detailed_report.csv", crlf(Files.readString(expected(name, ".csv"))));
        for (String kind : List.of("Precinct", "Batch")) {
            Path parts = folder.resolve("Tabulate by " + kind);
            if (!Files.isDirectory(parts)) {
                continue;
            }
            try (Stream<Path> files = Files.list(parts)) {
                for (Path file : files.filter(each -> each.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode part = JSON.readTree(file.toFile());
                    String id = part.path("config").path(kind.toLowerCase()).asString();
                    (kind.equals("Precinct") ? precincts : batches).put(id, slice(part, names, result));
                    String base = file.getFileName().toString().substring((name + "_expected_").length()).replace(".json", "");
                    String ours = "Tabulate by " + kind + "/" + TIMESTAMP + "_" + base;
                    expected.put(ours + ".json", json(Files.readString(file)));
                    Path csv = file.resolveSibling(file.getFileName().toString().replace(".json", ".csv"));
                    if (Files.isRegularFile(csv)) {
                        expected.put(ours + ".csv", crlf(Files.readString(csv)));
                    }
                }
            }
        }
        Tabulation tabulation = new Tabulation(config, names, result, slice(report, names, result), precincts, batches,
                List.of());

        Map<String, String> written = new TreeMap<>();
        for (ReportFile file : RctabReports.render(tabulation, TIMESTAMP, report.path("config").path("generatedBy").asString())) {
            written.put(file.path().toString().replace('\\', '/'), file.text());
        }
        written.keySet().retainAll(expected.keySet());
        assertThat(written).isEqualTo(expected);
    }

    /** The whole contest's count, as RCTab's report of it gives it. */
    private static Result result(JsonNode report, List<String> names) {
        Slice contest = slice(report, names, null);
        JsonNode last = report.path("results").path(report.path("results").size() - 1);
        int elected = -1;
        for (JsonNode results : report.path("results")) {
            for (JsonNode decision : results.path("tallyResults")) {
                if (decision.has("elected")) {
                    elected = names.indexOf(decision.get("elected").asString());
                }
            }
        }
        Round final_ = contest.rounds().get(contest.rounds().size() - 1);
        int winner = elected;
        boolean tied = final_.continuing().stream().anyMatch(c -> c != winner && final_.votes(c) == final_.votes(winner))
                && last.path("tallyResults").toString().contains("elected");
        List<Candidate> candidates = names.stream().map(each -> Candidate.of(each, "")).toList();
        return new Result(AlternativeVote.uk(names.size()), candidates, contest.rounds(), elected,
                tied ? HowElected.LOT_BETWEEN_LAST_TWO : HowElected.MAJORITY_OF_CONTINUING_VOTES, List.of());
    }

    /**
     * A contest's or a part's ballots and rounds, as its report gives them; a part's decisions (and so its
     * equalities) are the whole count's.
     */
    private static Slice slice(JsonNode report, List<String> names, Result whole) {
        long undervotes = report.path("summary").path("undervotes").asLong();
        long ballots = Long.parseLong(report.path("summary").path("totalNumBallots").asString());
        List<Round> rounds = new ArrayList<>();
        JsonNode results = report.path("results");
        for (int r = 0; r < results.size(); r++) {
            JsonNode round = results.get(r);
            long[] votes = new long[names.size()];
            List<Integer> continuing = new ArrayList<>();
            round.path("tally").properties().forEach(entry -> {
                int candidate = names.indexOf(entry.getKey());
                votes[candidate] = Long.parseLong(entry.getValue().asString());
                continuing.add(candidate);
            });
            continuing.sort(null);
            List<Integer> eliminated = new ArrayList<>();
            for (JsonNode decision : round.path("tallyResults")) {
                if (decision.has("eliminated")) {
                    eliminated.add(names.indexOf(decision.get("eliminated").asString()));
                }
            }
            eliminated.sort(null);
            List<Transfer> transfers = new ArrayList<>();
            if (r > 0) {
                for (JsonNode decision : results.get(r - 1).path("tallyResults")) {
                    if (decision.has("eliminated")) {
                        transfers.add(transfer(names.indexOf(decision.get("eliminated").asString()), decision.path("transfers"),
                                names));
                    }
                }
            }
            JsonNode inactive = round.path("inactiveBallots");
            Map<RankingEnd, Long> by = new EnumMap<>(RankingEnd.class);
            by.put(RankingEnd.VOTING_FOR_TOO_MANY, figure(inactive, "overvotes"));
            by.put(RankingEnd.SKIPPED_RANKS, figure(inactive, "skippedRankings"));
            by.put(RankingEnd.REPEATED_CANDIDATE, figure(inactive, "repeatedRankings"));
            by.put(RankingEnd.COMPLETE, figure(inactive, "exhaustedChoices"));
            by.put(RankingEnd.UNMARKED, undervotes);
            long exhausted = by.values().stream().mapToLong(Long::longValue).sum();
            List<Long> tally = java.util.Arrays.stream(votes).boxed().toList();
            Optional<Equality> equality = whole != null ? whole.rounds().get(r).equality() : equality(tally, continuing, eliminated, names);
            rounds.add(new Round(r + 1, tally, continuing, transfers, exhausted, Optional.of(by), eliminated, equality));
        }
        return new Slice(ballots, undervotes, rounds);
    }

    /** An equality the tally shows: one candidate eliminated with as few votes as another still in. */
    private static Optional<Equality> equality(List<Long> votes, List<Integer> continuing, List<Integer> eliminated,
            List<String> names) {
        if (eliminated.size() != 1) {
            return Optional.empty();
        }
        long fewest = votes.get(eliminated.get(0));
        List<Integer> tied = continuing.stream()
                .filter(c -> votes.get(c) == fewest && !names.get(c).equals(Tabulation.UNDECLARED_WRITE_INS)).toList();
        boolean least = continuing.stream().allMatch(c -> votes.get(c) >= fewest);
        return tied.size() > 1 && least ? Optional.of(new Equality(tied, fewest, List.of(), tied)) : Optional.empty();
    }

    private static Transfer transfer(int from, JsonNode went, List<String> names) {
        List<Long> to = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            to.add(went.has(names.get(c)) ? Long.parseLong(went.get(names.get(c)).asString()) : 0L);
        }
        long exhausted = went.has("exhausted") ? Long.parseLong(went.get("exhausted").asString()) : 0;
        return new Transfer(OptionalInt.of(from), to, to.stream().mapToLong(Long::longValue).sum() + exhausted,
                Optional.empty());
    }

    private static long figure(JsonNode inactive, String key) {
        return Long.parseLong(inactive.path(key).asString());
    }

    private static Path expected(String name, String extension) {
        return RctabCases.of(name).resolve(name + "_expected_detailed_report" + extension);
    }

    /**
     * An expected JSON report as RCTab writes it, without a final newline: two of the stored files have
     * one, added by hand (RCTab 2.0.1, run on continue_until_two_threshold_freeze, writes none; its own
     * tests compare JSON as a tree).
     */
    private static String json(String text) {
        return text.endsWith("}\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
