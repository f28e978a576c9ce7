package org.teller.formats.contest;

import java.util.List;
import java.util.Set;
import org.teller.core.ballot.AlternativeVoteRules;
import org.teller.core.ballot.RankingOptions;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;

/**
 * The voting system a contest file names ({@code system}), with the settings that system takes: the
 * contingent vote's {@code preferences}, the alternative vote's {@code options}. Each system's key is
 * its class's own ({@link VotingSystem#key}), written nowhere else.
 */
public final class VotingSystems {

    /** The keys of a contest file that only some systems take. */
    static final String PREFERENCES = "preferences";
    static final String OPTIONS = "options";

    private static final List<VotingSystem> PLAIN =
            List.of(FirstPastThePost.INSTANCE, SupplementaryVote.INSTANCE);
    private static final String CONTINGENT = ContingentVote.KEY;
    private static final String ALTERNATIVE = AlternativeVote.KEY;

    private static final Set<String> OPTION_KEYS = Set.of("overvote", "skipped-ranks", "repeated-candidate",
            "ranks-counted", "first-preference", "batch-elimination", "continue-until-two", "minimum-votes", "tie-break",
            "write-ins");

    private VotingSystems() {}

    /** Every system's key, for messages. */
    public static String keys() {
        return String.join(", ", FirstPastThePost.KEY, SupplementaryVote.KEY, CONTINGENT, ALTERNATIVE);
    }

    /**
     * A system named by its key alone (as {@code --system} names one), with its default settings: the
     * contingent vote with three preferences, or fewer where fewer candidates stand (Sri Lanka's rule);
     * the alternative vote under the UK's rules, reading every rank.
     *
     * @return empty when no system has this key
     */
    public static java.util.Optional<VotingSystem> named(String key, int candidates) {
        for (VotingSystem system : PLAIN) {
            if (system.key().equals(key)) {
                return java.util.Optional.of(system);
            }
        }
        if (key.equals(CONTINGENT)) {
            return java.util.Optional.of(new ContingentVote(Math.max(2, Math.min(3, candidates - 1))));
        }
        if (key.equals(ALTERNATIVE)) {
            return java.util.Optional.of(AlternativeVote.uk(candidates));
        }
        return java.util.Optional.empty();
    }

    /**
     * The system of a contest file.
     *
     * @param candidates how many candidates stand: the alternative vote reads that many ranks unless told
     */
    static VotingSystem read(YamlMapping root, List<org.teller.core.Candidate> standing) {
        int candidates = standing.size();
        String key = root.string("system");
        if (!key.equals(CONTINGENT) && root.has(PREFERENCES)) {
            throw root.error(PREFERENCES, PREFERENCES, "is only for the contingent vote (system: " + CONTINGENT + ")");
        }
        if (!key.equals(ALTERNATIVE) && root.has(OPTIONS)) {
            throw root.error(OPTIONS, OPTIONS, "are only for the alternative vote (system: " + ALTERNATIVE + ")");
        }
        for (VotingSystem system : PLAIN) {
            if (system.key().equals(key)) {
                return system;
            }
        }
        if (key.equals(CONTINGENT)) {
            long preferences = root.optionalCount(PREFERENCES).orElseThrow(() -> root.error("system", key,
                    "needs 'preferences': how many preferences a paper may give (3 for Sri Lanka's President)"));
            if (preferences < 2 || preferences > Math.max(2, candidates - 1)) {
                throw root.error(PREFERENCES, Long.toString(preferences), "is not a number of preferences for "
                        + candidates + " candidates (2 to " + Math.max(2, candidates - 1) + ")");
            }
            return new ContingentVote((int) preferences);
        }
        if (key.equals(ALTERNATIVE)) {
            return root.optionalMapping(OPTIONS, "the options of the alternative vote")
                    .map(options -> alternativeVote(options, standing))
                    .orElse(AlternativeVote.uk(candidates));
        }
        throw root.error("system", key, "is not a voting system Teller counts (known: " + keys() + ")");
    }

    private static AlternativeVote alternativeVote(YamlMapping options, List<org.teller.core.Candidate> standing) {
        int candidates = standing.size();
        options.allowOnly(OPTION_KEYS, "the options of the alternative vote");
        RankingOptions uk = RankingOptions.uk(candidates);
        int ranks = (int) Math.min(Integer.MAX_VALUE, options.optionalCount("ranks-counted").orElse((long) candidates));
        if (ranks < 1 || ranks > candidates) {
            throw options.error("ranks-counted", Integer.toString(ranks), "is not a number of ranks for " + candidates
                    + " candidates (1 to " + candidates + ")");
        }
        RankingOptions.Overvote overvote = choice(options, "overvote", RankingOptions.Overvote.values(),
                RankingOptions.Overvote::key, uk.overvote());
        int skipped = options.optionalString("skipped-ranks").map(value -> value.equals("unlimited") ? -1
                : (int) Math.min(Integer.MAX_VALUE, YamlMapping.parseCount(options.file(), options.lineOf("skipped-ranks"), value)))
                .orElse(uk.skippedRanks());
        RankingOptions.Repeated repeated = choice(options, "repeated-candidate", RankingOptions.Repeated.values(),
                RankingOptions.Repeated::key, uk.repeated());
        RankingOptions.FirstPreference first = choice(options, "first-preference",
                RankingOptions.FirstPreference.values(), RankingOptions.FirstPreference::key, uk.firstPreference());
        AlternativeVote.TieBreak tieBreak = choice(options, "tie-break", AlternativeVote.TieBreak.values(),
                AlternativeVote.TieBreak::key, AlternativeVote.Options.UK.tieBreak());
        AlternativeVote.Options count = new AlternativeVote.Options(flag(options, "batch-elimination"),
                flag(options, "continue-until-two"), options.optionalCount("minimum-votes").orElse(0L), tieBreak);
        if (options.has("write-ins")) {
            String name = options.string("write-ins");
            int candidate = new org.teller.formats.votes.CandidateNames(standing).find(name);
            if (candidate < 0) {
                throw options.error("write-ins", name, "is not a candidate: name the candidate that stands for votes"
                        + " written in for no declared candidate (such as RCTab's 'Undeclared Write-ins')");
            }
            count = count.withUndeclaredWriteIns(candidate);
        }
        return new AlternativeVote(new AlternativeVoteRules(new RankingOptions(ranks, overvote, skipped, repeated, first)),
                count);
    }

    private static boolean flag(YamlMapping options, String key) {
        return options.optionalString(key).map(value -> switch (value) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw options.error(key, value, "is not true or false");
        }).orElse(false);
    }

    private static <E> E choice(YamlMapping options, String key, E[] values, java.util.function.Function<E, String> keyOf,
            E otherwise) {
        return options.optionalString(key).map(value -> {
            for (E candidate : values) {
                if (keyOf.apply(candidate).equals(value)) {
                    return candidate;
                }
            }
            throw options.error(key, value, "is not a choice for " + key + " (known: "
                    + String.join(", ", java.util.Arrays.stream(values).map(keyOf).toList()) + ")");
        }).orElse(otherwise);
    }
}
