package org.teller.core.ballot;

/**
 * The rules for a contingent-vote paper with {@code preferences} ranks, as Sri Lanka's presidential
 * election reads them (Constitution Art.94; Presidential Elections Act No. 15 of 1981 s.58): a paper
 * without one clear first preference is rejected; a later preference counts only while every earlier
 * one is clear (the Act's "second preference ... and the third preference of each voter whose second
 * preference is not counted"), the same walk as SV's second preference, to N ranks.
 */
public final class ContingentVoteRules extends RankedRules {

    public ContingentVoteRules(int preferences) {
        super(RankingOptions.uk(preferences));
        if (preferences < 2) {
            throw new IllegalArgumentException("a contingent vote has at least two preferences, not " + preferences);
        }
    }

    /** How many preferences the paper has. */
    public int preferences() {
        return ranksRead();
    }
}
