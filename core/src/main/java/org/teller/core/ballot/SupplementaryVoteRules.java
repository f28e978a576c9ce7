package org.teller.core.ballot;

/**
 * The statutory rules for a Supplementary Vote paper (LGA 2000 Sch.2; SI 2007/1024 Sch.1 r.48; the GLA
 * and PCC rules alike): rejected under the UK heads unless it has one clear first preference; its second
 * preference is not counted when more than one is marked, when it is void for uncertainty, when none is
 * marked, or when it is for the first-choice candidate (r.48(3)). Only two ranks are read.
 */
public final class SupplementaryVoteRules extends RankedRules {

    public static final SupplementaryVoteRules INSTANCE = new SupplementaryVoteRules();

    private SupplementaryVoteRules() {
        super(RankingOptions.uk(2));
    }
}
