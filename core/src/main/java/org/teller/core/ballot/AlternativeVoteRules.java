package org.teller.core.ballot;

/**
 * The rules for an alternative-vote (instant runoff) paper, by its {@link RankingOptions}. The default,
 * {@link #uk}, is the UK's 2011 referendum proposal (Parliamentary Voting System and Constituencies Act
 * 2011 Sch.10): preferences are optional, a paper without one clear first preference is rejected, and it
 * stops at the first later preference that is not clear.
 */
public final class AlternativeVoteRules extends RankedRules {

    public AlternativeVoteRules(RankingOptions options) {
        super(options);
    }

    /** The UK's rules, reading {@code ranks} ranks. */
    public static AlternativeVoteRules uk(int ranks) {
        return new AlternativeVoteRules(RankingOptions.uk(ranks));
    }

    /** Papers may rank as few candidates as the voter wishes: one rank column will do. */
    @Override
    public int ranksNeeded() {
        return 1;
    }

    @Override
    public RankingOptions options() {
        return super.options();
    }
}
