package org.teller.rctab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.teller.core.Candidate;
import org.teller.core.ballot.AlternativeVoteRules;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.Judgement;
import org.teller.core.ballot.RankingOptions;
import org.teller.core.contest.InputFile;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.Replay;
import org.teller.core.count.Result;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.RctabRandomLots;
import org.teller.core.lot.ReturningOfficerLots;
import org.teller.core.tally.RankingTally;
import org.teller.rctab.Slice;
import org.teller.rctab.Tabulation;
import org.teller.rctab.config.ConfigReader;
import org.teller.rctab.config.ContestConfig;
import org.teller.rctab.config.ContestConfig.CandidateConfig;
import org.teller.rctab.config.Rules;
import org.teller.rctab.cvr.CvrProvider;
import org.teller.rctab.cvr.CvrSource;

/**
 * One of RCTab's cases counted the simple way, in test code, into the {@link Tabulation} RCTab's reports
 * are written from: its configuration read by {@link ConfigReader}, its generic CSV or CDF records turned
 * into ballot papers and counted by Teller's {@link AlternativeVote} under the configuration's rules (as
 * formats' tests map them, {@code org.teller.formats.rctab.RctabCase}), and each precinct's and batch's
 * papers taken through the same rounds by {@link Replay}. Anything the mapping does not cover (excluded
 * candidates, other tie-breaks, thresholds other than a majority, overvote labels) is refused.
 */
final class TestCount {

    static final String UNDECLARED_WRITE_INS = Tabulation.UNDECLARED_WRITE_INS;

    private TestCount() {}

    static Tabulation of(Path configFile) {
        ContestConfig config = ConfigReader.read(configFile);
        Rules rules = config.rules();
        refuseUnless(rules.singleWinner(), "one winner by majority");
        refuseUnless(!rules.doesFirstRoundDetermineThreshold() && !rules.continueUntilTwoCandidatesRemain()
                && !rules.nonIntegerWinningThreshold() && !rules.hareQuota() && rules.minimumVoteThreshold() == 0
                && rules.stopTabulationEarlyAfterRound().isEmpty(), "the threshold and end of a plain majority count");

        // Candidates in the configuration's order, then the undeclared write-ins if a source names them.
        List<String> names = new ArrayList<>();
        Map<String, Integer> byName = new HashMap<>();
        for (CandidateConfig candidate : config.candidates()) {
            refuseUnless(!candidate.excluded(), "excluded candidates");
            int index = names.size();
            names.add(candidate.name());
            byName.put(candidate.name(), index);
            candidate.aliases().forEach(alias -> byName.put(alias, index));
        }
        int declared = names.size();
        boolean writeIns = false;
        for (CvrSource source : config.sources()) {
            writeIns |= !source.undeclaredWriteInLabel().isBlank();
            refuseUnless(!source.treatBlankAsUndeclaredWriteIn() && source.skippedRankLabel().isBlank()
                    && source.overvoteDelimiter().isBlank(), "skipped-rank labels, overvote delimiters, blanks as write-ins");
        }
        if (writeIns) {
            byName.put(UNDECLARED_WRITE_INS, names.size());
            names.add(UNDECLARED_WRITE_INS);
        }

        int ranks = rules.maxRankingsAllowed().orElse(declared);
        RankingOptions.Overvote overvote = switch (rules.overvoteRule()) {
            case EXHAUST_IMMEDIATELY -> RankingOptions.Overvote.EXHAUST;
            case ALWAYS_SKIP_TO_NEXT_RANK -> RankingOptions.Overvote.SKIP;
            case EXHAUST_IF_MULTIPLE_CONTINUING -> RankingOptions.Overvote.EXHAUST_IF_SEVERAL_CONTINUING;
        };
        RankingOptions.Repeated repeated = rules.exhaustOnDuplicateCandidate() ? RankingOptions.Repeated.EXHAUST
                : RankingOptions.Repeated.SKIP;
        RankingOptions options = new RankingOptions(ranks, overvote, rules.maxSkippedRanksAllowed().orElse(-1), repeated,
                RankingOptions.FirstPreference.LIKE_ANY_RANK);
        AlternativeVote.Options count = new AlternativeVote.Options(rules.batchElimination(), false, 0,
                AlternativeVote.TieBreak.LOT);
        if (writeIns) {
            count = count.withUndeclaredWriteIns(names.indexOf(UNDECLARED_WRITE_INS));
        }
        AlternativeVote system = new AlternativeVote(new AlternativeVoteRules(options), count);
        LotDrawer lots = switch (rules.tiebreakMode()) {
            case RANDOM -> new RctabRandomLots(rules.randomSeed().orElseThrow(), names);
            case USE_CANDIDATE_ORDER -> {
                List<Integer> order = new ArrayList<>();
                for (int candidate = 0; candidate < declared; candidate++) {
                    order.add(candidate);
                }
                yield new ReturningOfficerLots(order, names);
            }
            default -> throw refused("tiebreakMode " + rules.tiebreakMode().key());
        };

        Part contest = new Part(names.size());
        Map<String, Part> precincts = new TreeMap<>();
        Map<String, Part> batches = new TreeMap<>();
        for (TestCastVote vote : castVotes(config)) {
            Ballot ballot = ballot(vote, byName, ranks);
            // RCTab looks for a repeat among an overvote's names too, before its overvote rule; Teller does not.
            refuseUnless(repeated == RankingOptions.Repeated.SKIP || ballot.ranks().stream().allMatch(at -> at.size() < 2),
                    vote.id() + ": an overvote where a repeated candidate exhausts the ballot");
            Judgement judgement = system.rules().judge(ballot);
            boolean undervote = ballot.ranks().isEmpty();
            contest.add(judgement, undervote);
            if (config.output().tabulateByPrecinct()) {
                precincts.computeIfAbsent(vote.precinct(), key -> new Part(names.size())).add(judgement, undervote);
            }
            if (config.output().tabulateByBatch()) {
                batches.computeIfAbsent(vote.batch(), key -> new Part(names.size())).add(judgement, undervote);
            }
        }
        List<Candidate> candidates = names.stream().map(each -> Candidate.of(each, "")).toList();
        Result result = system.count(candidates, contest.tally, lots);
        return new Tabulation(config, names, result, new Slice(contest.ballots, contest.undervotes, result.rounds()),
                replayed(result, precincts), replayed(result, batches), inputs(configFile, config));
    }

    /** A part's papers as they are read. */
    private static final class Part {
        final RankingTally tally;
        long ballots;
        long undervotes;

        Part(int candidates) {
            tally = new RankingTally(candidates);
        }

        void add(Judgement judgement, boolean undervote) {
            tally.add(judgement);
            ballots++;
            undervotes += undervote ? 1 : 0;
        }
    }

    private static SortedMap<String, Slice> replayed(Result result, Map<String, Part> parts) {
        SortedMap<String, Slice> slices = new TreeMap<>();
        parts.forEach((key, part) -> slices.put(key, new Slice(part.ballots, part.undervotes,
                Replay.rounds(result, part.tally))));
        return slices;
    }

    /** Every source's records, in the configuration's order. */
    private static List<TestCastVote> castVotes(ContestConfig config) {
        List<TestCastVote> all = new ArrayList<>();
        for (CvrSource source : config.sources()) {
            if (source.provider() == CvrProvider.GENERIC_CSV) {
                all.addAll(TestGenericCsv.read(source.file(), source.firstVoteColumn().orElseThrow(),
                        source.undeclaredWriteInLabel(), source.precinctColumn(), source.batchColumn()));
            } else if (source.provider() == CvrProvider.CDF) {
                refuseUnless(!config.output().tabulateByPrecinct() && !config.output().tabulateByBatch(),
                        "precincts or batches of CDF records");
                all.addAll(TestCdf.read(source.file(), source.contestId(), source.overvoteLabel()));
            } else {
                throw refused("provider " + source.provider().key());
            }
        }
        return all;
    }

    /**
     * A record as a ballot paper: ranks 1 to the highest it uses, each with the candidates ranked there.
     * A name RCTab does not know, or a rank beyond the rankings allowed, makes RCTab refuse the file.
     */
    private static Ballot ballot(TestCastVote vote, Map<String, Integer> byName, int maxRankings) {
        int highest = 0;
        for (TestCastVote.Ranked ranked : vote.rankings()) {
            if (ranked.rank() < 1 || ranked.rank() > maxRankings) {
                throw refused(vote.id() + ": rank " + ranked.rank() + " (RCTab refuses the file)");
            }
            highest = Math.max(highest, ranked.rank());
        }
        List<List<Integer>> ranks = new ArrayList<>();
        for (int rank = 0; rank < highest; rank++) {
            ranks.add(new ArrayList<>());
        }
        for (TestCastVote.Ranked ranked : vote.rankings()) {
            Integer candidate = byName.get(ranked.name());
            if (candidate == null) {
                throw refused(vote.id() + ": unrecognized candidate " + ranked.name() + " (RCTab refuses the file)");
            }
            List<Integer> at = ranks.get(ranked.rank() - 1);
            refuseUnless(!at.contains(candidate), vote.id() + ": one candidate twice at one rank");
            at.add(candidate);
        }
        return new Ballot(ranks, Set.of(), Set.of());
    }

    private static List<InputFile> inputs(Path configFile, ContestConfig config) {
        List<InputFile> inputs = new ArrayList<>();
        inputs.add(new InputFile(configFile.getFileName().toString(), sha256(configFile)));
        for (CvrSource source : config.sources()) {
            inputs.add(new InputFile(source.file().getFileName().toString(), sha256(source.file())));
        }
        return inputs;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void refuseUnless(boolean converted, String what) {
        if (!converted) {
            throw refused(what);
        }
    }

    private static IllegalStateException refused(String what) {
        return new IllegalStateException("not converted to Teller's terms by this test: " + what);
    }
}
