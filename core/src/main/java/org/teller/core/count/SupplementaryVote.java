package org.teller.core.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.teller.core.Candidate;
import org.teller.core.ballot.BallotRules;
import org.teller.core.ballot.SupplementaryVoteRules;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.core.tally.PreferenceSource;
import org.teller.core.tally.Standing;

/**
 * The Supplementary Vote count (LGA 2000 Sch.2 paras 2-3; the same for London and for PCCs).
 *
 * <ol>
 *   <li>A candidate with more than half of the valid first-preference votes is elected.</li>
 *   <li>Otherwise the two with the most first preferences remain and every other candidate is
 *       eliminated at once; where an equality would let three or more qualify, all of them remain.</li>
 *   <li>Second preferences for a remaining candidate on the papers of eliminated candidates are added.</li>
 *   <li>The remaining candidate with the most votes is elected; an equality is decided by lot.</li>
 * </ol>
 *
 * <p>With only two candidates there is one stage: the one with more votes wins, an equality by lot.
 */
public final class SupplementaryVote implements VotingSystem {
    public static final String KEY = "supplementary-vote"; // the key in contest files and reports

    public static final SupplementaryVote INSTANCE = new SupplementaryVote();

    private SupplementaryVote() {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Supplementary Vote";
    }

    @Override
    public BallotRules rules() {
        return SupplementaryVoteRules.INSTANCE;
    }

    @Override
    public String roundWord() {
        return "stage";
    }

    @Override
    public Result count(List<Candidate> candidates, PreferenceSource votes, LotDrawer lots) {
        return TwoRoundCount.count(this, candidates, votes, lots, SupplementaryVote::topTwoWithTies);
    }

    /**
     * The first stage alone, as the returning officer declares it before the second stage is counted: the
     * same decision {@link #count} makes first (see {@link FirstStage}).
     */
    public FirstStage firstStage(List<Candidate> candidates, PreferenceSource votes, LotDrawer lots) {
        return TwoRoundCount.firstStage(candidates, votes, lots, SupplementaryVote::topTwoWithTies);
    }

    /**
     * The two candidates with the most votes, and every candidate equal with the second of them: an
     * equality never eliminates anyone at this stage.
     */
    static List<Integer> topTwoWithTies(Standing first, LotDrawer lots, List<Lot> drawn) {
        List<Long> sorted = new ArrayList<>(first.votes());
        sorted.sort(Comparator.reverseOrder());
        long secondPlace = sorted.get(1);
        List<Integer> remaining = new ArrayList<>();
        for (int candidate = 0; candidate < first.candidateCount(); candidate++) {
            if (first.votes(candidate) >= secondPlace) {
                remaining.add(candidate);
            }
        }
        return remaining;
    }
}
