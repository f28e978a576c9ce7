package org.teller.rctab.config;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A configuration's {@code rules}, in RCTab's terms, each checked for its type and range when read.
 *
 * @param tiebreakMode how an equality is decided
 * @param randomSeed the seed of the random tie-breaks, where one is drawn
 * @param overvoteRule what an overvote at a rank does to the ballot
 * @param winnerElectionMode RCTab's {@code winnerElectionMode}; Teller counts {@code singleWinnerMajority}
 * @param numberOfWinners the seats to fill
 * @param maxSkippedRanksAllowed empty ranks allowed between two rankings (empty: unlimited)
 * @param maxRankingsAllowed the ranks read (empty: "max", as many as there are declared candidates)
 * @param minimumVoteThreshold candidates with fewer votes are eliminated together (0: none)
 * @param stopTabulationEarlyAfterRound the last round counted (empty: count to the end)
 * @param decimalPlacesForVoteArithmetic decimal places of the vote arithmetic (multi-winner counts only)
 * @param multiSeatBottomsUpPercentageThreshold the threshold of the bottoms-up mode, as written ("" when none)
 */
public record Rules(TiebreakMode tiebreakMode, OptionalLong randomSeed, OvervoteRule overvoteRule,
        String winnerElectionMode, int numberOfWinners, OptionalInt maxSkippedRanksAllowed,
        OptionalInt maxRankingsAllowed, long minimumVoteThreshold, boolean nonIntegerWinningThreshold,
        boolean doesFirstRoundDetermineThreshold, boolean hareQuota, boolean batchElimination,
        boolean continueUntilTwoCandidatesRemain, OptionalInt stopTabulationEarlyAfterRound,
        boolean exhaustOnDuplicateCandidate, int decimalPlacesForVoteArithmetic,
        String multiSeatBottomsUpPercentageThreshold, String rulesDescription) {

    /** The single-winner mode, the only one Teller counts RCTab contests under. */
    public static final String SINGLE_WINNER_MAJORITY = "singleWinnerMajority";

    /** Whether these rules elect one candidate by a majority of the continuing votes. */
    public boolean singleWinner() {
        return winnerElectionMode.equals(SINGLE_WINNER_MAJORITY) && numberOfWinners == 1;
    }

    /** RCTab's {@code tiebreakMode}. */
    public enum TiebreakMode {
        RANDOM("random"),
        STOP_COUNTING_AND_ASK("stopCountingAndAsk"),
        PREVIOUS_ROUND_COUNTS_THEN_RANDOM("previousRoundCountsThenRandom"),
        PREVIOUS_ROUND_COUNTS_THEN_ASK("previousRoundCountsThenAsk"),
        USE_CANDIDATE_ORDER("useCandidateOrder"),
        GENERATE_PERMUTATION("generatePermutation");

        private final String key;

        TiebreakMode(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** Whether the mode draws with {@code java.util.Random} from the configuration's seed. */
        public boolean needsSeed() {
            return this == RANDOM || this == PREVIOUS_ROUND_COUNTS_THEN_RANDOM || this == GENERATE_PERMUTATION;
        }
    }

    /** RCTab's {@code overvoteRule}. */
    public enum OvervoteRule {
        EXHAUST_IMMEDIATELY("exhaustImmediately"),
        ALWAYS_SKIP_TO_NEXT_RANK("alwaysSkipToNextRank"),
        EXHAUST_IF_MULTIPLE_CONTINUING("exhaustIfMultipleContinuing");

        private final String key;

        OvervoteRule(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
