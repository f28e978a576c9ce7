package org.teller.core.count;

import java.util.List;
import org.teller.core.Candidate;
import org.teller.core.ballot.BallotRules;
import org.teller.core.ballot.FirstPastThePostRules;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.Tie;
import org.teller.core.tally.PreferenceSource;
import org.teller.core.tally.Standing;

/**
 * First past the post for one seat (RPA 1983 Sch.1 rr.48-50; the local election rules alike): the
 * candidate with the most votes is elected; an equality of votes is decided by lot (r.49), and the
 * candidate the lot favours is elected. One round.
 */
public final class FirstPastThePost implements VotingSystem {
    public static final String KEY = "first-past-the-post"; // the key in contest files and reports

    public static final FirstPastThePost INSTANCE = new FirstPastThePost();

    private FirstPastThePost() {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "first past the post";
    }

    @Override
    public BallotRules rules() {
        return FirstPastThePostRules.INSTANCE;
    }

    @Override
    public Result count(List<Candidate> candidates, PreferenceSource votes, LotDrawer lots) {
        Counting.check(candidates, votes);
        Standing first = votes.first();
        votes.checkFirstRoundOnly();
        List<Round> rounds = List.of(Round.of(1, first, List.of()));
        List<Integer> leaders = Counting.mostVotes(first.continuing(), first::votes);
        if (leaders.size() == 1) {
            return new Result(this, candidates, rounds, leaders.get(0), HowElected.MOST_VOTES, List.of());
        }
        Lot lot = lots.draw(new Tie(1, leaders, first.votes(leaders.get(0)), Tie.Decides.ELECTED));
        return new Result(this, candidates, rounds, lot.winner(), HowElected.LOT, List.of(lot));
    }
}
