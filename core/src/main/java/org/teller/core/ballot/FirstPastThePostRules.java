package org.teller.core.ballot;

import java.util.Optional;

/**
 * The UK's rules for a first-past-the-post paper for one seat (RPA 1983 Sch.1 r.47(1); the local
 * election rules alike): rejected for want of an official mark, voting for more candidates than there
 * are seats, writing or mark identifying the voter, or unmarked or void for uncertainty. Only the first
 * rank is read, so a file of rankings is counted by its first preferences.
 */
public final class FirstPastThePostRules implements BallotRules {

    public static final FirstPastThePostRules INSTANCE = new FirstPastThePostRules();

    private FirstPastThePostRules() {}

    @Override
    public Judgement judge(Ballot ballot) {
        Optional<RejectionHead> head = UkFirstPreference.rejection(ballot);
        if (head.isPresent()) {
            return new Judgement.Rejected(head.get());
        }
        return new Judgement.Valid(Ranking.of(ballot.at(1).get(0)), RankingEnd.COMPLETE);
    }

    @Override
    public int ranksRead() {
        return 1;
    }
}
