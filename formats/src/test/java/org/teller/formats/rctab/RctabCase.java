package org.teller.formats.rctab;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.teller.core.Candidate;
import org.teller.core.ballot.AlternativeVoteRules;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.RankingOptions;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.Result;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.RctabRandomLots;
import org.teller.core.lot.ReturningOfficerLots;
import org.teller.core.tally.RankingTally;
import org.teller.formats.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of RCTab's own regression cases ({@code ../shared/data/rctab/<case>/}, RCTab 2.0.1's test data,
 * MPL-2.0), read where it lies and put in Teller's terms: its config's candidates and rules become an
 * {@link AlternativeVote} and a {@link LotDrawer}, its CVR files become ballot papers. Test code only:
 * reading RCTab configs and reports in Teller itself is another piece of work.
 *
 * <p>How RCTab's single-winner rules map to Teller's:
 *
 * <ul>
 *   <li>{@code overvoteRule}: {@code exhaustImmediately}, {@code alwaysSkipToNextRank},
 *       {@code exhaustIfMultipleContinuing} → {@link RankingOptions.Overvote} EXHAUST, SKIP,
 *       EXHAUST_IF_SEVERAL_CONTINUING;
 *   <li>{@code maxSkippedRanksAllowed} → {@link RankingOptions#skippedRanks} ("unlimited" → -1): both
 *       count the empty ranks between two ranks that hold marks, from a rank 0 before the first;
 *   <li>{@code exhaustOnDuplicateCandidate} → {@link RankingOptions.Repeated} EXHAUST, else SKIP (no case
 *       here exhausts on a repeat; RCTab, doing so, also finds a repeat among an overvote's names, before its
 *       overvote rule, and Teller does not, so a paper with an overvote is refused then);
 *   <li>a paper is never rejected: {@link RankingOptions.FirstPreference#LIKE_ANY_RANK};
 *   <li>{@code maxRankingsAllowed} ("max": the number of candidates) → {@link RankingOptions#ranksRead};
 *       RCTab refuses a generic CSV or CDF file with a ranking beyond it, and so does this conversion;
 *   <li>{@code batchElimination} → {@link AlternativeVote.Options#batchElimination};
 *   <li>{@code tiebreakMode} {@code random} with {@code randomSeed} → {@link RctabRandomLots};
 *       {@code useCandidateOrder} → the config's candidate order as a returning officer's lot (the
 *       earliest tied is favoured, the latest eliminated);
 *   <li>an {@code undeclaredWriteInLabel} on any source → a last candidate, {@value #UNDECLARED_WRITE_INS},
 *       named in {@link AlternativeVote.Options#undeclaredWriteIns};
 *   <li>the threshold, floor(continuing votes / 2) + 1 each round, is Teller's majority of the continuing
 *       votes, and two candidates left equal are decided by lot, as in Teller.
 * </ul>
 *
 * A paper ranking no one is an "undervote" to RCTab, counted in its total but not among its inactive
 * ballots; to Teller it is a valid paper exhausted from the start, "unmarked". Anything else RCTab can
 * be asked to do (excluded candidates, other tie-breaks, a first-round threshold, counting on until two
 * remain, stopping early, overvote and skipped-rank labels, blanks as write-ins) is refused here, since
 * no case in scope uses it.
 */
final class RctabCase {

    /** RCTab's name for its pseudo-candidate of undeclared write-ins. */
    static final String UNDECLARED_WRITE_INS = "Undeclared Write-ins";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a converted case counts to. */
    record Counted(List<String> names, Result result, long ballots, long undervotes) {}

    private final String name;
    private final Path folder;
    private final JsonNode config;

    private RctabCase(Path folder) {
        this.name = folder.getFileName().toString();
        this.folder = folder;
        this.config = JSON.readTree(config(folder).toFile());
    }

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    /**
     * RCTab's cases beside the repository, or the test is skipped with a message saying why (printed
     * once too, since Maven's summary counts skipped tests without their reasons).
     */
    static Path cases() {
        Path rctab = SharedData.root().resolve("../shared/data/rctab").normalize();
        String why = "skipped: RCTab's regression cases are read in place from " + rctab + ", which is absent"
                + " (RCTab 2.0.1's test data, MPL-2.0, in the shared folder beside the repository on the project's"
                + " own machines; never copied into the project)";
        if (!Files.isDirectory(rctab) && TOLD.compareAndSet(false, true)) {
            System.err.println("[teller] " + why);
        }
        assumeTrue(Files.isDirectory(rctab), why);
        return rctab;
    }

    static RctabCase read(String name) {
        return new RctabCase(cases().resolve(name));
    }

    /**
     * The cases this test can check: one winner by majority, every CVR file generic CSV or CDF, and an
     * expected detailed report.
     */
    static List<String> inScope(Path rctab) {
        try (Stream<Path> folders = Files.list(rctab)) {
            List<String> in = new ArrayList<>();
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.isRegularFile(config(folder)) || !Files.isRegularFile(expectedReport(folder))) {
                    continue;
                }
                JsonNode config = JSON.readTree(config(folder).toFile());
                JsonNode rules = config.path("rules");
                boolean singleWinner = text(rules, "winnerElectionMode").equals("singleWinnerMajority")
                        && text(rules, "numberOfWinners").equals("1");
                boolean readable = true;
                for (JsonNode source : config.path("cvrFileSources")) {
                    readable &= Set.of("genericCsv", "cdf").contains(text(source, "provider"));
                }
                if (singleWinner && readable) {
                    in.add(folder.getFileName().toString());
                }
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path config(Path folder) {
        return folder.resolve(folder.getFileName() + "_config.json");
    }

    private static Path expectedReport(Path folder) {
        return folder.resolve(folder.getFileName() + "_expected_detailed_report.json");
    }

    String name() {
        return name;
    }

    JsonNode expectedReport() {
        return JSON.readTree(expectedReport(folder).toFile());
    }

    /** Reads the case's CVR files and counts them under its rules, in Teller's terms. */
    Counted count() {
        JsonNode rules = config.path("rules");
        refuseUnless(text(rules, "winnerElectionMode").equals("singleWinnerMajority"), "winnerElectionMode");
        refuseUnless(text(rules, "numberOfWinners").equals("1"), "numberOfWinners");
        for (String flag : List.of("doesFirstRoundDetermineThreshold", "continueUntilTwoCandidatesRemain",
                "cutoffElimination", "nonIntegerWinningThreshold", "hareQuota")) {
            refuseUnless(!rules.path(flag).asBoolean(false), flag);
        }
        refuseUnless(text(rules, "stopTabulationEarlyAfterRound").isBlank(), "stopTabulationEarlyAfterRound");

        // Candidates in config order, then the undeclared write-ins if any source names them.
        List<String> names = new ArrayList<>();
        Map<String, Integer> byName = new HashMap<>();
        for (JsonNode candidate : config.path("candidates")) {
            refuseUnless(!candidate.path("excluded").asBoolean(false), "excluded candidates");
            int index = names.size();
            names.add(text(candidate, "name"));
            refuseUnless(byName.put(text(candidate, "name"), index) == null, "a name given twice");
            for (JsonNode alias : candidate.path("aliases")) {
                refuseUnless(byName.put(alias.asString(), index) == null, "a name given twice");
            }
        }
        int declared = names.size();
        boolean writeIns = false;
        for (JsonNode source : config.path("cvrFileSources")) {
            writeIns |= !text(source, "undeclaredWriteInLabel").isBlank();
            refuseUnless(!source.path("treatBlankAsUndeclaredWriteIn").asBoolean(false), "treatBlankAsUndeclaredWriteIn");
            refuseUnless(text(source, "skippedRankLabel").isBlank(), "skippedRankLabel");
            refuseUnless(text(source, "overvoteDelimiter").isBlank(), "overvoteDelimiter");
        }
        if (writeIns) {
            byName.put(UNDECLARED_WRITE_INS, names.size());
            names.add(UNDECLARED_WRITE_INS);
        }

        String maxRankings = text(rules, "maxRankingsAllowed");
        int ranks = maxRankings.equalsIgnoreCase("max") ? declared : Integer.parseInt(maxRankings);
        String maxSkipped = text(rules, "maxSkippedRanksAllowed");
        int skipped = maxSkipped.equalsIgnoreCase("unlimited") ? -1 : Integer.parseInt(maxSkipped);
        RankingOptions.Overvote overvote = switch (text(rules, "overvoteRule")) {
            case "exhaustImmediately" -> RankingOptions.Overvote.EXHAUST;
            case "alwaysSkipToNextRank" -> RankingOptions.Overvote.SKIP;
            case "exhaustIfMultipleContinuing" -> RankingOptions.Overvote.EXHAUST_IF_SEVERAL_CONTINUING;
            default -> throw refused("overvoteRule " + text(rules, "overvoteRule"));
        };
        RankingOptions.Repeated repeated = rules.path("exhaustOnDuplicateCandidate").asBoolean(false)
                ? RankingOptions.Repeated.EXHAUST : RankingOptions.Repeated.SKIP;
        RankingOptions options = new RankingOptions(ranks, overvote, skipped, repeated,
                RankingOptions.FirstPreference.LIKE_ANY_RANK);
        AlternativeVote.Options count = new AlternativeVote.Options(rules.path("batchElimination").asBoolean(false),
                false, 0, AlternativeVote.TieBreak.LOT);
        if (writeIns) {
            count = count.withUndeclaredWriteIns(names.indexOf(UNDECLARED_WRITE_INS));
        }
        AlternativeVote system = new AlternativeVote(new AlternativeVoteRules(options), count);

        LotDrawer lots = switch (text(rules, "tiebreakMode")) {
            case "random" -> new RctabRandomLots(Long.parseLong(text(rules, "randomSeed")), names);
            case "useCandidateOrder" -> {
                List<Integer> order = new ArrayList<>();
                for (int candidate = 0; candidate < declared; candidate++) {
                    order.add(candidate);
                }
                yield new ReturningOfficerLots(order, names);
            }
            default -> throw refused("tiebreakMode " + text(rules, "tiebreakMode"));
        };

        RankingTally tally = new RankingTally(names.size());
        long undervotes = 0;
        long ballots = 0;
        for (CastVote vote : castVotes()) {
            Ballot ballot = ballot(vote, byName, ranks);
            if (repeated == RankingOptions.Repeated.EXHAUST && ballot.ranks().stream().anyMatch(at -> at.size() > 1)) {
                // RCTab looks for a repeat among overvoted names too, and before the overvote rule; Teller does not.
                throw refused(vote.id() + ": an overvote where a repeated candidate exhausts the ballot");
            }
            undervotes += ballot.ranks().isEmpty() ? 1 : 0;
            ballots++;
            tally.add(system.rules().judge(ballot));
        }
        List<Candidate> candidates = names.stream().map(each -> Candidate.of(each, "")).toList();
        return new Counted(names, system.count(candidates, tally, lots), ballots, undervotes);
    }

    /** Every source's records, in config order. */
    private List<CastVote> castVotes() {
        List<CastVote> all = new ArrayList<>();
        for (JsonNode source : config.path("cvrFileSources")) {
            Path file = folder.resolve(text(source, "filePath")).normalize();
            switch (text(source, "provider")) {
                case "genericCsv" -> all.addAll(GenericCsvCvr.read(file,
                        Integer.parseInt(text(source, "firstVoteColumnIndex")), text(source, "undeclaredWriteInLabel")));
                case "cdf" -> all.addAll(CdfCvr.read(file, text(source, "contestId"), text(source, "overvoteLabel")));
                default -> throw refused("provider " + text(source, "provider"));
            }
        }
        return all;
    }

    /**
     * A record as a ballot paper: ranks 1 to the highest it uses, each with the candidates ranked there
     * (names and aliases resolved). A ranked name RCTab does not know, or a ranking beyond
     * {@code maxRankingsAllowed}, makes RCTab refuse the file, and so this.
     */
    private Ballot ballot(CastVote vote, Map<String, Integer> byName, int maxRankings) {
        int highest = 0;
        for (CastVote.Ranked ranked : vote.rankings()) {
            if (ranked.rank() < 1) {
                throw new IllegalStateException(vote.id() + ": rank " + ranked.rank() + " (RCTab refuses the file)");
            }
            if (ranked.rank() > maxRankings) {
                throw new IllegalStateException(vote.id() + ": rank " + ranked.rank() + " is beyond maxRankingsAllowed "
                        + maxRankings + " (RCTab refuses the file)");
            }
            highest = Math.max(highest, ranked.rank());
        }
        List<List<Integer>> ranks = new ArrayList<>();
        for (int rank = 0; rank < highest; rank++) {
            ranks.add(new ArrayList<>());
        }
        for (CastVote.Ranked ranked : vote.rankings()) {
            Integer candidate = byName.get(ranked.name());
            if (candidate == null) {
                throw new IllegalStateException(vote.id() + ": unrecognized candidate " + ranked.name()
                        + " (RCTab refuses the file)");
            }
            List<Integer> at = ranks.get(ranked.rank() - 1);
            if (at.contains(candidate)) {
                // RCTab would see two strings at the rank, an overvote; Teller one mark.
                throw refused(vote.id() + ": one candidate twice at one rank");
            }
            at.add(candidate);
        }
        return new Ballot(ranks, Set.of(), Set.of());
    }

    /** A config value as text, whether written as a string or a number; "" when absent. */
    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }

    private void refuseUnless(boolean converted, String what) {
        if (!converted) {
            throw refused(what);
        }
    }

    private IllegalStateException refused(String what) {
        return new IllegalStateException(name + ": not converted to Teller's terms by this test: " + what);
    }
}
