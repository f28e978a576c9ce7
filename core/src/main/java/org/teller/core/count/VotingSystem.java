package org.teller.core.count;

import org.teller.core.ballot.BallotRules;

/**
 * A voting system Teller counts: its key in contest files and reports, its name, the rules its papers
 * are judged by, and its count. Each is one small class.
 */
public sealed interface VotingSystem extends CountMethod
        permits FirstPastThePost, SupplementaryVote, ContingentVote, AlternativeVote {

    /** The key in contest files and reports, such as {@code supplementary-vote}. */
    String key();

    /** The system's name as a declaration writes it, such as "Supplementary Vote". */
    String title();

    /** The rules its papers are judged by. */
    BallotRules rules();

    /** What a declaration calls a round of this count, in running text: "stage" (SV's statute) or "round". */
    default String roundWord() {
        return "round";
    }

    /**
     * Whether an equality decided by lot is left to the returning officer alone: the count takes only
     * their lot ({@link org.teller.core.lot.LotDrawer#asked}) and stops, asking for it, when it is not
     * given (the alternative vote's tie-breaks {@code stop-and-ask} and {@code earlier-rounds-then-ask}).
     */
    default boolean asksForLots() {
        return false;
    }
}
