package org.teller.core.sv;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.teller.core.ballot.Adjudication;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.Ranking;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.ballot.SupplementaryVoteRules;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.tally.RankingTally;

/**
 * Supplementary Vote papers in a {@link RankingTally}, in the statute's terms: a first preference and a
 * counted second preference are the ranking first>second, complete; a first preference whose second is
 * not counted is the ranking of the first alone, ending for that reason (a second preference for the
 * first candidate: a repeated candidate). The SV tests written for the old first-by-second matrix build
 * and read tallies through it.
 */
final class SvPapers {

    private SvPapers() {}

    /** Adds papers with this first preference and this second; one for the first candidate is not counted. */
    static void add(RankingTally tally, int first, int second, long papers) {
        if (second == first) {
            add(tally, first, UnusedSecondPreference.SAME_AS_FIRST, papers);
        } else {
            tally.add(Ranking.of(first, second), RankingEnd.COMPLETE, papers);
        }
    }

    /** Adds papers with this first preference whose second preference is not counted for this reason. */
    static void add(RankingTally tally, int first, UnusedSecondPreference reason, long papers) {
        tally.add(Ranking.of(first), reason.end(), papers);
    }

    /** Judges a paper by the statutory rules and counts it. */
    static void add(RankingTally tally, Ballot paper) {
        tally.add(SupplementaryVoteRules.INSTANCE.judge(paper));
    }

    /**
     * An SV paper: the candidates marked first and second, and the adjudicator's decisions (an uncertain
     * first or second preference is the decision on that rank, as a ballot-paper file's flags say).
     */
    static Ballot paper(List<Integer> first, List<Integer> second, Set<Adjudication> decisions) {
        Set<Integer> uncertain = new HashSet<>();
        if (decisions.contains(Adjudication.UNCERTAIN_FIRST)) {
            uncertain.add(1);
        }
        if (decisions.contains(Adjudication.UNCERTAIN_SECOND)) {
            uncertain.add(2);
        }
        return new Ballot(List.of(first, second), uncertain, decisions);
    }

    /** Valid papers with this first preference and this counted second preference (none for the first itself). */
    static long votes(RankingTally tally, int first, int second) {
        return second == first ? 0 : tally.papers(Ranking.of(first, second), RankingEnd.COMPLETE);
    }

    /** Valid papers with this first preference whose second preference is not counted for this reason. */
    static long votes(RankingTally tally, int first, UnusedSecondPreference reason) {
        return tally.papers(Ranking.of(first), reason.end());
    }

    static long firstPreferences(RankingTally tally, int candidate) {
        return tally.firstPreferences().get(candidate);
    }

    /** A new tally holding the sum of these. */
    static RankingTally sum(int candidates, List<RankingTally> tallies) {
        RankingTally sum = new RankingTally(candidates);
        tallies.forEach(sum::merge);
        return sum;
    }
}
