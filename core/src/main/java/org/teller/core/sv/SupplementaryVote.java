package org.teller.core.sv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;

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
 * A pure function of the votes and the lots drawn: no I/O.
 */
public final class SupplementaryVote {

    private SupplementaryVote() {}

    /**
     * Counts the votes.
     *
     * @param candidates the candidates in ballot order, as many as the votes have
     * @param votes the valid votes, of all count areas added up
     * @param lots asked to decide an equality for the most votes at the end of the count
     * @throws SecondStageMismatchException when returns state second-stage figures for other candidates,
     *     or any when the count has no second stage
     */
    public static SvResult count(List<Candidate> candidates, SvVotes votes, LotDrawer lots) {
        int n = votes.candidateCount();
        if (candidates.size() != n) {
            throw new IllegalArgumentException(candidates.size() + " candidates but votes for " + n);
        }
        if (n < 2) {
            throw new IllegalArgumentException("a poll needs at least two candidates");
        }
        List<Long> firsts = votes.firstPreferences();
        List<Lot> drawn = new ArrayList<>();

        if (n == 2) {
            votes.checkNoSecondStage();
            FirstStage only = new FirstStage(firsts, List.of());
            List<Integer> leaders = mostVotes(List.of(0, 1), firsts::get);
            if (leaders.size() == 1) {
                return new SvResult(candidates, only, Optional.empty(), leaders.get(0), HowElected.MORE_VOTES_OF_TWO, drawn);
            }
            Lot lot = lots.draw(1, leaders);
            drawn.add(lot);
            return new SvResult(candidates, only, Optional.empty(), lot.winner(), HowElected.LOT_BETWEEN_TWO, drawn);
        }

        FirstStage majorityTest = new FirstStage(firsts, List.of());
        for (int candidate = 0; candidate < n; candidate++) {
            if (firsts.get(candidate) >= majorityTest.majority()) {
                votes.checkNoSecondStage();
                return new SvResult(candidates, majorityTest, Optional.empty(), candidate,
                        HowElected.MAJORITY_AT_FIRST_STAGE, drawn);
            }
        }

        List<Integer> remaining = topTwoWithTies(firsts);
        FirstStage firstStage = new FirstStage(firsts, remaining);
        boolean[] remains = new boolean[n];
        remaining.forEach(candidate -> remains[candidate] = true);
        SecondStage secondStage = new SecondStage(remaining, firsts, votes.transfersTo(remains));

        List<Integer> leaders = mostVotes(remaining, secondStage::total);
        if (leaders.size() == 1) {
            return new SvResult(candidates, firstStage, Optional.of(secondStage), leaders.get(0),
                    HowElected.MOST_VOTES_AT_SECOND_STAGE, drawn);
        }
        Lot lot = lots.draw(2, leaders);
        drawn.add(lot);
        return new SvResult(candidates, firstStage, Optional.of(secondStage), lot.winner(),
                HowElected.LOT_AT_SECOND_STAGE, drawn);
    }

    /**
     * The figures of one count area under the result of the whole count: its first preferences and,
     * when there was a second stage, the second preferences its papers add to the same remaining candidates.
     */
    public static AreaFigures inArea(String area, SvResult result, SvVotes votes, Optional<RejectedPapers> rejected) {
        List<Long> firsts = votes.firstPreferences();
        Optional<Transfers> transfers = result.secondStage().map(stage -> {
            boolean[] remains = new boolean[votes.candidateCount()];
            stage.remaining().forEach(candidate -> remains[candidate] = true);
            return votes.transfersTo(remains);
        });
        return new AreaFigures(area, firsts, transfers, rejected);
    }

    /**
     * The two candidates with the most votes, and every candidate equal with the second of them: an
     * equality never eliminates anyone at this stage.
     */
    static List<Integer> topTwoWithTies(List<Long> firsts) {
        List<Long> sorted = new ArrayList<>(firsts);
        sorted.sort(Comparator.reverseOrder());
        long secondPlace = sorted.get(1);
        List<Integer> remaining = new ArrayList<>();
        for (int candidate = 0; candidate < firsts.size(); candidate++) {
            if (firsts.get(candidate) >= secondPlace) {
                remaining.add(candidate);
            }
        }
        return remaining;
    }

    private static List<Integer> mostVotes(List<Integer> among, java.util.function.IntFunction<Long> votes) {
        long most = among.stream().mapToLong(votes::apply).max().orElseThrow();
        return among.stream().filter(candidate -> votes.apply(candidate) == most).toList();
    }
}
