package org.teller.rctab.report;

import java.util.Map;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.count.Round;

/**
 * RCTab's inactive ballots at a round, by its four reasons. RCTab keeps its undervotes (ballots ranking
 * no one) apart: they are not inactive ballots to it, while to Teller they are papers exhausted from the
 * start, their ranking {@link RankingEnd#UNMARKED}.
 *
 * @param overvotes {@link RankingEnd#VOTING_FOR_TOO_MANY}
 * @param skippedRankings {@link RankingEnd#SKIPPED_RANKS}
 * @param exhaustedChoices {@link RankingEnd#COMPLETE} and {@link RankingEnd#UNMARKED}, less the undervotes
 * @param repeatedRankings {@link RankingEnd#REPEATED_CANDIDATE}
 */
record InactiveBallots(long overvotes, long skippedRankings, long exhaustedChoices, long repeatedRankings) {

    /**
     * @throws IllegalArgumentException when the round does not say why its papers were exhausted, or
     *     gives a reason RCTab has no category for
     */
    static InactiveBallots at(Round round, long undervotes) {
        Map<RankingEnd, Long> by = round.exhaustedBy().orElseThrow(() -> new IllegalArgumentException(
                "round " + round.number() + " does not say why its papers were exhausted, which RCTab's reports need"));
        for (RankingEnd foreign : new RankingEnd[] {RankingEnd.UNCERTAIN, RankingEnd.NOT_STATED}) {
            if (count(by, foreign) != 0) {
                throw new IllegalArgumentException("round " + round.number() + " has papers exhausted as '"
                        + foreign.key() + "', which RCTab has no category for");
            }
        }
        long exhaustedChoices = count(by, RankingEnd.COMPLETE) + count(by, RankingEnd.UNMARKED) - undervotes;
        if (exhaustedChoices < 0) {
            throw new IllegalArgumentException("round " + round.number() + " has fewer papers ranking no one than the "
                    + undervotes + " undervotes");
        }
        return new InactiveBallots(count(by, RankingEnd.VOTING_FOR_TOO_MANY), count(by, RankingEnd.SKIPPED_RANKS),
                exhaustedChoices, count(by, RankingEnd.REPEATED_CANDIDATE));
    }

    private static long count(Map<RankingEnd, Long> by, RankingEnd end) {
        return by.getOrDefault(end, 0L);
    }

    long total() {
        return overvotes + skippedRankings + exhaustedChoices + repeatedRankings;
    }
}
