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
}
