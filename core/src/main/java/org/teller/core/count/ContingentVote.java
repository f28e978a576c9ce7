package org.teller.core.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.teller.core.Candidate;
import org.teller.core.ballot.BallotRules;
import org.teller.core.ballot.ContingentVoteRules;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.Tie;
import org.teller.core.tally.PreferenceSource;
import org.teller.core.tally.Standing;

/**
 * The contingent vote with N preferences, as Sri Lanka elects its President (Constitution Art.94;
 * Presidential Elections Act No. 15 of 1981 s.58; N = 3, or 2 with three candidates):
 *
 * <ol>
 *   <li>A candidate with more than half of the valid votes is elected (Art.94(2)).</li>
 *   <li>Otherwise every candidate but the two with the most votes is eliminated at once (Art.94(3)).</li>
 *   <li>Each paper of an eliminated candidate counts for the one of the two it ranks highest: its second
 *       preference if that is for one of them, else its third, and so on to the N-th (Art.94(3)(a)-(b)).</li>
 *   <li>The one of the two with more votes is elected.</li>
 * </ol>
 *
 * <p>Where an equality decides who is elected, or who is not eliminated (a tie for second place), it is
 * decided by lot (Art.94(4)): unlike SV, exactly two go forward. With two candidates there is one count.
 */
public final class ContingentVote implements VotingSystem {
    public static final String KEY = "contingent-vote"; // the key in contest files and reports

    private final ContingentVoteRules rules;

    /** @param preferences how many preferences a paper may give: 2 or more */
    public ContingentVote(int preferences) {
        this.rules = new ContingentVoteRules(preferences);
    }

    /** How many preferences a paper may give. */
    public int preferences() {
        return rules.preferences();
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "contingent vote";
    }

    @Override
    public BallotRules rules() {
        return rules;
    }

    @Override
    public Result count(List<Candidate> candidates, PreferenceSource votes, LotDrawer lots) {
        return TwoRoundCount.count(this, candidates, votes, lots, ContingentVote::topTwo);
    }

    /**
     * The first stage alone, as the returning officer declares it before the second stage is counted: the
     * same decision {@link #count} makes first (see {@link FirstStage}).
     */
    public FirstStage firstStage(List<Candidate> candidates, PreferenceSource votes, LotDrawer lots) {
        return TwoRoundCount.firstStage(candidates, votes, lots, ContingentVote::topTwo);
    }

    /** The two with the most votes; where an equality leaves more than two in reach, a lot picks among the equal. */
    static List<Integer> topTwo(Standing first, LotDrawer lots, List<Lot> drawn) {
        List<Integer> byVotes = new ArrayList<>(Counting.all(first.candidateCount()));
        byVotes.sort(Comparator.comparingLong((Integer candidate) -> -first.votes(candidate)).thenComparing(c -> c));
        long second = first.votes(byVotes.get(1));
        List<Integer> forward = new ArrayList<>(byVotes.stream().filter(c -> first.votes(c) > second).toList());
        List<Integer> equal = byVotes.stream().filter(c -> first.votes(c) == second).sorted().toList();
        int places = 2 - forward.size();
        if (equal.size() == places) {
            forward.addAll(equal);
        } else {
            Lot lot = lots.draw(new Tie(1, equal, second, Tie.Decides.GOES_FORWARD));
            drawn.add(lot);
            forward.addAll(lot.order().subList(0, places));
        }
        return forward.stream().sorted().toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContingentVote vote && vote.preferences() == preferences();
    }

    @Override
    public int hashCode() {
        return preferences();
    }
}
