package org.teller.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.Tie;
import org.teller.core.tally.PreferenceSource;
import org.teller.core.tally.Standing;

/**
 * The count that SV and the contingent vote share: a majority of first preferences elects; otherwise all
 * but the leaders are eliminated at once, their papers pass to the highest preference for a leader that
 * the rules let count, and the leader with the most votes is elected. They differ in how many
 * preferences count (their rules) and in who goes forward after an equality.
 */
final class TwoRoundCount {

    /** Who goes forward to the second count; lots drawn to decide it are added to {@code drawn}. */
    @FunctionalInterface
    interface Finalists {
        List<Integer> choose(Standing first, LotDrawer lots, List<Lot> drawn);
    }

    private TwoRoundCount() {}

    static Result count(VotingSystem system, List<Candidate> candidates, PreferenceSource votes, LotDrawer lots,
            Finalists finalists) {
        FirstStage stage = firstStage(candidates, votes, lots, finalists);
        Standing first = votes.first();
        List<Lot> drawn = new ArrayList<>(stage.drawn());
        if (stage.elected().isPresent()) {
            return new Result(system, candidates, List.of(stage.round()), stage.elected().get(), stage.how().orElseThrow(), drawn);
        }
        List<Integer> remaining = stage.forward();
        Standing second = votes.transfer(first, Counting.mask(candidates.size(), remaining));
        List<Round> rounds = List.of(stage.round(), Round.of(2, second, List.of()));

        List<Integer> leaders = Counting.mostVotes(remaining, second::votes);
        if (leaders.size() == 1) {
            return new Result(system, candidates, rounds, leaders.get(0), HowElected.MOST_VOTES_AT_SECOND_STAGE, drawn);
        }
        Lot lot = lots.draw(new Tie(2, leaders, second.votes(leaders.get(0)), Tie.Decides.ELECTED));
        drawn.add(lot);
        return new Result(system, candidates, rounds, lot.winner(), HowElected.LOT_AT_SECOND_STAGE, drawn);
    }

    /**
     * The first stage alone: a majority elects (with two candidates, the one with more votes, an equality by
     * lot); otherwise {@code finalists} go forward and every other candidate is eliminated. A source whose
     * figures go on to a second stage where the count has none is refused here, as the whole count refuses it.
     */
    static FirstStage firstStage(List<Candidate> candidates, PreferenceSource votes, LotDrawer lots, Finalists finalists) {
        Counting.check(candidates, votes);
        int n = candidates.size();
        Standing first = votes.first();
        List<Lot> drawn = new ArrayList<>();
        Round alone = Round.of(1, first, List.of());

        if (n == 2) {
            votes.checkFirstRoundOnly();
            List<Integer> leaders = Counting.mostVotes(List.of(0, 1), first::votes);
            if (leaders.size() == 1) {
                return new FirstStage(alone, Optional.of(leaders.get(0)), Optional.of(HowElected.MORE_VOTES_OF_TWO), List.of(), drawn);
            }
            Lot lot = lots.draw(new Tie(1, leaders, first.votes(leaders.get(0)), Tie.Decides.ELECTED));
            drawn.add(lot);
            return new FirstStage(alone, Optional.of(lot.winner()), Optional.of(HowElected.LOT_BETWEEN_TWO), List.of(), drawn);
        }

        long majority = first.continuingVotes() / 2 + 1;
        for (int candidate = 0; candidate < n; candidate++) {
            if (first.votes(candidate) >= majority) {
                votes.checkFirstRoundOnly();
                return new FirstStage(alone, Optional.of(candidate), Optional.of(HowElected.MAJORITY_AT_FIRST_STAGE), List.of(),
                        drawn);
            }
        }

        List<Integer> remaining = finalists.choose(first, lots, drawn);
        List<Integer> eliminated = Counting.without(Counting.all(n), remaining);
        return new FirstStage(Round.of(1, first, eliminated), Optional.empty(), Optional.empty(), remaining, drawn);
    }
}
