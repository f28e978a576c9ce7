package org.teller.rctab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.AlternativeVoteRules;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.RankingOptions;
import org.teller.core.count.AlternativeVote;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.RctabPermutationLots;
import org.teller.core.lot.RctabRandomLots;
import org.teller.core.lot.ReturningOfficerLots;
import org.teller.rctab.RctabCounter.Judged;
import org.teller.rctab.config.ContestConfig.CandidateConfig;
import org.teller.rctab.config.ContestConfig;
import org.teller.rctab.config.Rules;
import org.teller.rctab.cvr.CastVoteRecord;
import org.teller.rctab.cvr.CvrSource;

/**
 * An RCTab configuration's candidates and single-winner rules in Teller's terms: the candidates by index,
 * the names and aliases that files may give them, the {@link RankingOptions} each record is judged by,
 * the {@link AlternativeVote} that counts, and the lots.
 *
 * <p>How RCTab's rules map:
 * <ul>
 *   <li>{@code overvoteRule} {@code exhaustImmediately}, {@code alwaysSkipToNextRank},
 *       {@code exhaustIfMultipleContinuing}: {@link RankingOptions.Overvote} EXHAUST, SKIP,
 *       EXHAUST_IF_SEVERAL_CONTINUING;
 *   <li>{@code maxSkippedRanksAllowed} ("unlimited": any number) and {@code maxRankingsAllowed} ("max":
 *       the number of declared candidates): {@link RankingOptions#skippedRanks}, {@link RankingOptions#ranksRead};
 *   <li>{@code exhaustOnDuplicateCandidate}: {@link RankingOptions.Repeated} EXHAUST, else SKIP;
 *   <li>RCTab rejects no ballot: the first rank is read like any other
 *       ({@link RankingOptions.FirstPreference#LIKE_ANY_RANK});
 *   <li>{@code batchElimination}, {@code continueUntilTwoCandidatesRemain}, {@code minimumVoteThreshold}:
 *       {@link AlternativeVote.Options};
 *   <li>an {@code undeclaredWriteInLabel} on any source adds RCTab's last candidate,
 *       {@value Tabulation#UNDECLARED_WRITE_INS}, eliminated first whenever it holds votes and never elected;
 *   <li>{@code doesFirstRoundDetermineThreshold}, {@code stopTabulationEarlyAfterRound} and excluded
 *       candidates: {@link AlternativeVote.Options} too;
 *   <li>{@code tiebreakMode} {@code random} and {@code previousRoundCountsThenRandom} (earlier rounds first,
 *       as far back as they go): {@link RctabRandomLots} from {@code randomSeed}, as RCTab draws;
 *       {@code useCandidateOrder}: the configuration's order, {@code generatePermutation}: RCTab's
 *       permutation from the seed ({@link RctabPermutationLots}; the earliest is favoured, the latest
 *       eliminated); {@code stopCountingAndAsk} and {@code previousRoundCountsThenAsk}: the returning
 *       officer's order, without which the count stops at an equality and asks for it.
 * </ul>
 * An overvote a file writes as a label (the file does not say whom) is read as every declared candidate
 * marked at that rank: the rules need only know that several were marked. Under
 * {@code exhaustOnDuplicateCandidate}, a ballot that ranks a candidate again where one of the two ranks is
 * an overvote is refused: RCTab and Teller look for the repeat differently there.
 */
final class RctabRules {

    private final ContestConfig config;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private final int declared;
    private final int writeIns;
    private final RankingOptions options;
    private final AlternativeVoteRules ballotRules;

    private RctabRules(ContestConfig config) {
        this.config = config;
        Rules rules = config.rules();
        for (CandidateConfig candidate : config.candidates()) {
            int index = names.size();
            names.add(candidate.name());
            byName.put(candidate.name(), index);
            if (!candidate.code().isEmpty()) {
                byName.put(candidate.code(), index);
            }
            candidate.aliases().forEach(alias -> byName.put(alias, index));
        }
        this.declared = names.size();
        // As RCTab: a source that names undeclared write-ins, or reads blanks as them, brings in its pseudo-candidate.
        boolean labelled = config.sources().stream()
                .anyMatch(source -> !source.undeclaredWriteInLabel().isEmpty() || source.treatBlankAsUndeclaredWriteIn());
        if (labelled) {
            names.add(Tabulation.UNDECLARED_WRITE_INS);
        }
        this.writeIns = labelled ? declared : -1;
        int ranks = rules.maxRankingsAllowed().orElse(declared);
        RankingOptions.Overvote overvote = switch (rules.overvoteRule()) {
            case EXHAUST_IMMEDIATELY -> RankingOptions.Overvote.EXHAUST;
            case ALWAYS_SKIP_TO_NEXT_RANK -> RankingOptions.Overvote.SKIP;
            case EXHAUST_IF_MULTIPLE_CONTINUING -> RankingOptions.Overvote.EXHAUST_IF_SEVERAL_CONTINUING;
        };
        this.options = new RankingOptions(Math.max(ranks, 1), overvote, rules.maxSkippedRanksAllowed().orElse(-1),
                rules.exhaustOnDuplicateCandidate() ? RankingOptions.Repeated.EXHAUST : RankingOptions.Repeated.SKIP,
                RankingOptions.FirstPreference.LIKE_ANY_RANK);
        this.ballotRules = new AlternativeVoteRules(options);
    }

    /** The rules of {@code config}, or a clear refusal of what Teller does not count. */
    static RctabRules of(ContestConfig config) {
        Rules rules = config.rules();
        String file = config.file().toString();
        if (rules.winnerElectionMode().equals(Rules.SINGLE_WINNER_MAJORITY) && rules.numberOfWinners() != 1) {
            throw new InvalidInputException(file, 0, String.valueOf(rules.numberOfWinners()),
                    "rules.numberOfWinners must be 1 under winnerElectionMode " + Rules.SINGLE_WINNER_MAJORITY + ", as RCTab requires");
        }
        if (!rules.singleWinner()) {
            throw new InvalidInputException(file, 0, rules.winnerElectionMode() + ", " + rules.numberOfWinners() + " to elect",
                    "is not yet supported: Teller counts RCTab's single-winner contests (winnerElectionMode "
                            + Rules.SINGLE_WINNER_MAJORITY + ", numberOfWinners 1); multi-winner counts are to come");
        }
        refuse(file, rules.nonIntegerWinningThreshold(), "rules.nonIntegerWinningThreshold", "is only for multi-winner contests");
        refuse(file, rules.hareQuota(), "rules.hareQuota", "is only for multi-winner contests");
        if (config.candidates().isEmpty()) {
            throw new InvalidInputException(file, 0, "", "candidates names no candidate");
        }
        for (CvrSource source : config.sources()) {
            String label = source.undeclaredWriteInLabel();
            for (CandidateConfig candidate : config.candidates()) {
                if (!label.isEmpty() && (candidate.name().equals(label) || candidate.code().equals(label)
                        || candidate.aliases().contains(label))) {
                    throw new InvalidInputException(file, 0, label, "is both the undeclaredWriteInLabel of "
                            + source.file().getFileName() + " and a name of the candidate " + candidate.name());
                }
            }
            if (!source.overvoteLabel().isEmpty() && rules.overvoteRule() == Rules.OvervoteRule.EXHAUST_IF_MULTIPLE_CONTINUING) {
                throw new InvalidInputException(file, 0, source.overvoteLabel(), "overvoteLabel cannot go with overvoteRule "
                        + Rules.OvervoteRule.EXHAUST_IF_MULTIPLE_CONTINUING.key()
                        + ": the rule needs to know which candidates were marked, and the label does not say");
            }
        }
        return new RctabRules(config);
    }

    private static void refuse(String file, boolean set, String what, String why) {
        if (set) {
            throw new InvalidInputException(file, 0, "", what + " " + why);
        }
    }

    /** The configuration's {@code maxRankingsAllowed}, empty for "max". */
    OptionalInt maxRankingsAllowed() {
        return config.rules().maxRankingsAllowed();
    }

    /** The ranks a ballot is read to ({@code maxRankingsAllowed}). */
    int ranksRead() {
        return options.ranksRead();
    }

    /** Every candidate's name, by index: the declared candidates, then the undeclared write-ins if any. */
    List<String> names() {
        return List.copyOf(names);
    }

    AlternativeVote system() {
        Rules rules = config.rules();
        AlternativeVote.TieBreak tieBreak = switch (rules.tiebreakMode()) {
            case STOP_COUNTING_AND_ASK -> AlternativeVote.TieBreak.STOP_AND_ASK;
            case PREVIOUS_ROUND_COUNTS_THEN_RANDOM -> AlternativeVote.TieBreak.EARLIER_ROUNDS_ALSO_LAST_TWO_THEN_LOT;
            case PREVIOUS_ROUND_COUNTS_THEN_ASK -> AlternativeVote.TieBreak.EARLIER_ROUNDS_ALSO_LAST_TWO_THEN_ASK;
            case RANDOM, USE_CANDIDATE_ORDER, GENERATE_PERMUTATION -> AlternativeVote.TieBreak.LOT;
        };
        AlternativeVote.Options count = new AlternativeVote.Options(rules.batchElimination(),
                rules.continueUntilTwoCandidatesRemain(), rules.minimumVoteThreshold(), tieBreak)
                .withFirstRoundThreshold(rules.doesFirstRoundDetermineThreshold());
        if (writeIns >= 0) {
            count = count.withUndeclaredWriteIns(writeIns);
        }
        if (rules.stopTabulationEarlyAfterRound().isPresent()) {
            count = count.withStopAfterRound(rules.stopTabulationEarlyAfterRound().getAsInt());
        }
        List<Integer> excluded = new ArrayList<>();
        for (int candidate = 0; candidate < declared; candidate++) {
            if (config.candidates().get(candidate).excluded()) {
                excluded.add(candidate);
            }
        }
        if (!excluded.isEmpty()) {
            count = count.withExcluded(excluded);
        }
        return new AlternativeVote(ballotRules, count);
    }

    /**
     * The lots as the configuration's tiebreakMode draws them; under a mode that asks, the returning
     * officer's order (none given: the count stops at an equality and says what to give).
     */
    LotDrawer lots(List<Integer> asked) {
        Rules rules = config.rules();
        List<Integer> declaredOrder = new ArrayList<>();
        for (int candidate = 0; candidate < declared; candidate++) {
            declaredOrder.add(candidate);
        }
        return switch (rules.tiebreakMode()) {
            case RANDOM, PREVIOUS_ROUND_COUNTS_THEN_RANDOM -> new RctabRandomLots(rules.randomSeed().orElseThrow(), names);
            case USE_CANDIDATE_ORDER -> RctabPermutationLots.inOrder(declaredOrder);
            case GENERATE_PERMUTATION -> RctabPermutationLots.generated(rules.randomSeed().orElseThrow(), names.subList(0, declared));
            case STOP_COUNTING_AND_ASK, PREVIOUS_ROUND_COUNTS_THEN_ASK -> new ReturningOfficerLots(asked, names, "round");
        };
    }

    /**
     * A record judged: a ballot of ranks 1 to the highest it uses, each with the candidates ranked there.
     * A candidate RCTab does not know, or a ranking beyond {@code maxRankingsAllowed}, makes RCTab refuse
     * the file, and so this.
     */
    Judged ballot(CastVoteRecord record, CvrSource source) {
        int highest = 0;
        for (CastVoteRecord.Ranking ranking : record.rankings()) {
            if (ranking.rank() > options.ranksRead()) {
                throw bad(record, source, String.valueOf(ranking.rank()),
                        "is a rank beyond maxRankingsAllowed (" + options.ranksRead() + ")");
            }
            highest = Math.max(highest, ranking.rank());
        }
        List<List<Integer>> ranks = new ArrayList<>(highest);
        for (int rank = 0; rank < highest; rank++) {
            ranks.add(new ArrayList<>(1));
        }
        boolean[] labelled = new boolean[highest];
        for (CastVoteRecord.Ranking ranking : record.rankings()) {
            List<Integer> at = ranks.get(ranking.rank() - 1);
            switch (ranking.kind()) {
                case CANDIDATE -> {
                    Integer candidate = byName.get(ranking.candidate());
                    if (candidate == null) {
                        throw bad(record, source, ranking.candidate(), "is not a candidate of the configuration (nor an alias of one)");
                    }
                    mark(at, candidate, record, source);
                }
                case UNDECLARED_WRITE_IN -> {
                    if (writeIns < 0) {
                        throw bad(record, source, "", "holds an undeclared write-in, but no CVR source gives undeclaredWriteInLabel");
                    }
                    mark(at, writeIns, record, source);
                }
                case OVERVOTE -> {
                    labelled[ranking.rank() - 1] = true;
                    for (int candidate = 0; candidate < declared; candidate++) {
                        if (!at.contains(candidate)) {
                            at.add(candidate);
                        }
                    }
                }
            }
        }
        if (options.repeated() == RankingOptions.Repeated.EXHAUST) {
            refuseRepeatInOvervote(ranks, labelled, record, source);
        }
        return new Judged(ballotRules.judge(new Ballot(ranks, Set.of(), Set.of())), highest == 0);
    }

    /**
     * RCTab, exhausting a ballot at a repeated candidate, looks for the repeat among every name passed,
     * overvoted ranks included, and before its overvote rule; Teller's rules look only among the counted
     * preferences, after the overvote. The two differ only where a repeat involves an overvoted rank: such
     * a ballot is refused rather than counted otherwise than RCTab would.
     */
    private static void refuseRepeatInOvervote(List<List<Integer>> ranks, boolean[] labelled, CastVoteRecord record,
            CvrSource source) {
        for (int rank = 0; rank < ranks.size(); rank++) {
            for (int later = rank + 1; later < ranks.size(); later++) {
                if (labelled[rank] || labelled[later]) {
                    continue; // an overvote label names no one: nothing to repeat
                }
                List<Integer> here = ranks.get(rank);
                List<Integer> there = ranks.get(later);
                if ((here.size() > 1 || there.size() > 1) && here.stream().anyMatch(there::contains)) {
                    throw bad(record, source, "", "ranks a candidate again where one of the ranks is an overvote: under"
                            + " exhaustOnDuplicateCandidate, Teller does not yet count such a ballot as RCTab does");
                }
            }
        }
    }

    private static void mark(List<Integer> at, int candidate, CastVoteRecord record, CvrSource source) {
        if (at.contains(candidate)) {
            throw bad(record, source, String.valueOf(candidate), "ranks one candidate twice at one rank");
        }
        at.add(candidate);
    }

    private static InvalidInputException bad(CastVoteRecord record, CvrSource source, String value, String reason) {
        return new InvalidInputException(source.file() + ", record " + record.id(), 0, value, reason);
    }
}
