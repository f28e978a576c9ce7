package org.teller.formats.report;

import org.teller.core.Candidate;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.count.Result;

/**
 * How declarations word a result in plain English, for every system but SV (whose statute's own words,
 * "stage", "go forward", "second preferences added", are in {@link TextDeclaration}).
 */
final class Wording {

    private Wording() {}

    /** The sentence that says who is elected, and how. */
    static String elected(Result result) {
        Candidate winner = result.electedCandidate();
        String who = winner.name() + (winner.party().isEmpty() ? "" : " (" + winner.party() + ")");
        int round = result.electedInRound();
        return who + switch (result.how()) {
            case MOST_VOTES -> " is elected, with the most votes.";
            case LOT -> " is elected by lot after an equality of votes.";
            case MAJORITY_OF_CONTINUING_VOTES -> round == 1
                    ? " is elected at the first round, with more votes than all the other candidates together."
                    : " is elected at round " + round + ", with more votes than all the other continuing candidates together.";
            case MORE_VOTES_OF_LAST_TWO -> " is elected at round " + round + ", with more votes of the last two candidates.";
            case LOT_BETWEEN_LAST_TWO -> " is elected at round " + round
                    + " by lot, after an equality of votes between the last two candidates.";
            case ONLY_CONTINUING_CANDIDATE -> " is elected at round " + round + ", the only candidate left in the count.";
            case MAJORITY_AT_FIRST_STAGE -> " is elected at the first count, with more than half of the valid votes.";
            case MOST_VOTES_AT_SECOND_STAGE -> " is elected at the second count.";
            case LOT_AT_SECOND_STAGE -> " is elected at the second count, by lot after an equality of votes.";
            case MORE_VOTES_OF_TWO -> " is elected, with more votes of the two candidates.";
            case LOT_BETWEEN_TWO -> " is elected by lot after an equality of votes between the two candidates.";
        };
    }

    /** The heading of a round: the contingent vote has a first and second count, the alternative vote rounds. */
    static String roundName(Result result, int round) {
        if (result.system() instanceof org.teller.core.count.ContingentVote) {
            return round == 1 ? "First count" : "Second count";
        }
        return "Round " + round;
    }

    /** Why papers were exhausted, as a declaration lists them. */
    static String exhausted(RankingEnd end) {
        return switch (end) {
            case COMPLETE -> "every rank read used, every candidate ranked out of the count";
            case UNMARKED -> "no further preference marked";
            case VOTING_FOR_TOO_MANY -> "more than one candidate at the next rank";
            case UNCERTAIN -> "next preference void for uncertainty";
            case REPEATED_CANDIDATE -> "next preference for a candidate already ranked";
            case SKIPPED_RANKS -> "ranks left empty before the next";
            case NOT_STATED -> "reason not stated";
        };
    }
}
