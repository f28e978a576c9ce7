package org.teller.core.ballot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ballot rules for a paper read as a ranking, by {@link RankingOptions}. The systems' own rules classes
 * ({@link SupplementaryVoteRules}, {@link ContingentVoteRules}, {@link AlternativeVoteRules}) are this
 * walk with their statute's options; {@link FirstPastThePostRules} reads the first rank only.
 *
 * <p>At each rank after the first, in this order: several candidates marked (an overvote); a mark void
 * for uncertainty; no mark (a gap, allowed up to {@link RankingOptions#skippedRanks} ranks in a row
 * before a later mark); a candidate already ranked. The order is SV's statutory order for the second
 * preference (SI 2007/1024 Sch.1 r.48(3)): more than one marked, void for uncertainty, none marked, the
 * same candidate as the first.
 */
class RankedRules implements BallotRules {

    private final RankingOptions options;

    RankedRules(RankingOptions options) {
        this.options = options;
    }

    RankingOptions options() {
        return options;
    }

    @Override
    public int ranksRead() {
        return options.ranksRead();
    }

    @Override
    public boolean keepsOvervotes() {
        return options.overvote() == RankingOptions.Overvote.EXHAUST_IF_SEVERAL_CONTINUING;
    }

    @Override
    public Judgement judge(Ballot ballot) {
        int from = 1;
        List<List<Integer>> ranking = new ArrayList<>();
        if (options.firstPreference() == RankingOptions.FirstPreference.REJECT_UNLESS_CLEAR) {
            Optional<RejectionHead> head = UkFirstPreference.rejection(ballot);
            if (head.isPresent()) {
                return new Judgement.Rejected(head.get());
            }
            ranking.add(ballot.at(1));
            from = 2;
        } else if (ballot.has(Adjudication.NO_OFFICIAL_MARK)) {
            // Decisions on the paper as a whole, not on its first preference: no rules count such a paper.
            return new Judgement.Rejected(RejectionHead.WANT_OF_OFFICIAL_MARK);
        } else if (ballot.has(Adjudication.IDENTIFYING_MARK)) {
            return new Judgement.Rejected(RejectionHead.IDENTIFYING_MARK);
        }
        int skipped = 0;
        for (int rank = from; rank <= options.ranksRead(); rank++) {
            List<Integer> marks = ballot.at(rank);
            boolean marked = !marks.isEmpty() || ballot.isUncertain(rank);
            if (marked && options.skippedRanks() >= 0 && skipped > options.skippedRanks()) {
                return valid(ranking, RankingEnd.SKIPPED_RANKS);
            }
            if (marks.size() > 1) {
                switch (options.overvote()) {
                    case EXHAUST -> {
                        return valid(ranking, RankingEnd.VOTING_FOR_TOO_MANY);
                    }
                    case SKIP -> {
                        skipped = 0;
                        continue;
                    }
                    case EXHAUST_IF_SEVERAL_CONTINUING -> {
                        List<Integer> fresh = marks.stream().filter(c -> !ranked(ranking, c)).toList();
                        if (!fresh.isEmpty()) {
                            ranking.add(fresh);
                        }
                        skipped = 0;
                        continue;
                    }
                }
            }
            if (ballot.isUncertain(rank)) {
                return valid(ranking, RankingEnd.UNCERTAIN);
            }
            if (marks.isEmpty()) {
                skipped++;
                continue;
            }
            int candidate = marks.get(0);
            skipped = 0;
            if (ranked(ranking, candidate)) {
                if (options.repeated() == RankingOptions.Repeated.EXHAUST) {
                    return valid(ranking, RankingEnd.REPEATED_CANDIDATE);
                }
                continue;
            }
            ranking.add(marks);
        }
        return valid(ranking, skipped > 0 ? RankingEnd.UNMARKED : RankingEnd.COMPLETE);
    }

    private static boolean ranked(List<List<Integer>> ranking, int candidate) {
        for (List<Integer> rank : ranking) {
            if (rank.size() == 1 && rank.get(0) == candidate) {
                return true;
            }
        }
        return false;
    }

    private static Judgement valid(List<List<Integer>> ranking, RankingEnd end) {
        return new Judgement.Valid(Ranking.ofRanks(ranking), end);
    }
}
