package org.teller.core.ballot;

/**
 * The rules of one system and jurisdiction for a ballot paper: whether it is rejected, and if not,
 * which of its preferences can count. One class for each (UK first past the post, UK SV, the contingent
 * vote, the alternative vote with its options). Implementations are immutable and thread-safe.
 */
public interface BallotRules {

    /** Judges one paper. */
    Judgement judge(Ballot ballot);

    /** How many ranks the rules read: later ranks are never looked at. */
    int ranksRead();

    /** How many rank columns a file of papers must have for these rules: all they read, unless fewer will do. */
    default int ranksNeeded() {
        return ranksRead();
    }

    /**
     * Whether a ranking may keep several candidates at one rank, for the count to decide (an overvote
     * that counts for the one continuing candidate it marks). Such rankings take the reference reader.
     * Rules that do not keep overvotes judge a rank that marks several candidates by its marking several,
     * never by whom: the fast reader judges such a paper once, without knowing them.
     */
    default boolean keepsOvervotes() {
        return false;
    }
}
