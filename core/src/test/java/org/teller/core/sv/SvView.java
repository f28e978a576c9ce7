package org.teller.core.sv;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.tally.RankingTally;
import org.teller.core.Share;
import org.teller.core.Totals;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.count.HowElected;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.core.tally.PreferenceSource;

/**
 * The Supplementary Vote's own view of a general result, in the statute's terms (first stage, second
 * stage, second preferences added, papers not transferable): the SV tests written before the general
 * core check the same figures through it.
 */
final class SvView {

    private SvView() {}

    static SvResult count(List<Candidate> candidates, PreferenceSource votes, LotDrawer lots) {
        return new SvResult(SupplementaryVote.INSTANCE.count(candidates, votes, lots));
    }

    /** Counts a source given as an object: a tally of rankings, or count returns. */
    static SvResult count(List<Candidate> candidates, Object votes, LotDrawer lots) {
        return count(candidates, source(votes), lots);
    }

    static PreferenceSource source(Object votes) {
        return (PreferenceSource) votes;
    }

    static int candidateCount(Object votes) {
        return source(votes).candidateCount();
    }

    /** The second stage with these candidates remaining, all others eliminated at once. */
    static org.teller.core.tally.Standing transfersTo(Object votes, boolean[] remaining) {
        PreferenceSource source = source(votes);
        return source.transfer(source.first(), remaining);
    }

    /** One count area's figures under the whole count's result. */
    static org.teller.core.contest.AreaFigures inArea(String area, SvResult result, Object votes,
            Optional<org.teller.core.ballot.RejectedPapers> rejected) {
        return new org.teller.core.contest.AreaFigures(area, org.teller.core.count.Replay.rounds(result.result(), source(votes)),
                rejected);
    }

    /** The second preferences an area's papers added to each candidate, when there was a second stage. */
    static Optional<List<Long>> added(org.teller.core.contest.AreaFigures figures) {
        if (figures.rounds().size() < 2) {
            return Optional.empty();
        }
        Round second = figures.rounds().get(1);
        List<Long> added = new java.util.ArrayList<>();
        for (int candidate = 0; candidate < second.votes().size(); candidate++) {
            added.add(second.received(candidate));
        }
        return Optional.of(added);
    }

    /** Second preferences not counted on all valid papers of a tally, by reason. */
    static Map<UnusedSecondPreference, Long> unusedSecondPreferences(RankingTally tally) {
        Map<RankingEnd, Long> byEnd = tally.byEnd();
        Map<UnusedSecondPreference, Long> byReason = new EnumMap<>(UnusedSecondPreference.class);
        for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
            byReason.put(reason, byEnd.get(reason.end()));
        }
        return byReason;
    }

    record SvResult(Result result) {
        FirstStage firstStage() {
            return new FirstStage(result);
        }

        Optional<SecondStage> secondStage() {
            return result.rounds().size() > 1 ? Optional.of(new SecondStage(result)) : Optional.empty();
        }

        int elected() {
            return result.elected();
        }

        Candidate electedCandidate() {
            return result.electedCandidate();
        }

        HowElected how() {
            return result.how();
        }

        int electedAtStage() {
            return result.electedInRound();
        }

        List<Lot> lots() {
            return result.lots();
        }
    }

    record FirstStage(Result result) {
        long votes(int candidate) {
            return result.firstRound().votes(candidate);
        }

        List<Long> votes() {
            return result.firstRound().votes();
        }

        long valid() {
            return result.valid();
        }

        long majority() {
            return result.firstRound().majority();
        }

        Share share(int candidate) {
            return result.firstRound().share(candidate);
        }

        List<Integer> remaining() {
            return result.rounds().size() > 1 ? result.rounds().get(1).continuing() : List.of();
        }

        boolean goesForward(int candidate) {
            return remaining().contains(candidate);
        }
    }

    record SecondStage(Result result) {
        private Round round() {
            return result.rounds().get(1);
        }

        List<Integer> remaining() {
            return round().continuing();
        }

        List<Long> firstPreferences() {
            return result.firstRound().votes();
        }

        long added(int candidate) {
            return round().received(candidate);
        }

        long total(int candidate) {
            return round().votes(candidate);
        }

        long totalOfRemaining() {
            return round().continuingVotes();
        }

        Share share(int candidate) {
            return round().share(candidate);
        }

        long nonTransferable() {
            return round().exhaustedHere();
        }

        Transfers transfers() {
            return new Transfers(round());
        }
    }

    record Transfers(Round round) {
        List<Long> added() {
            List<Long> added = new java.util.ArrayList<>();
            for (int candidate = 0; candidate < round.votes().size(); candidate++) {
                added.add(round.received(candidate));
            }
            return added;
        }

        long papersOfEliminated() {
            return round.papersPassedOn();
        }

        long transferred() {
            return round.transferred();
        }

        long nonTransferable() {
            return round.exhaustedHere();
        }

        Optional<NonTransferable> breakdown() {
            return round.exhaustedHereBy().map(byEnd -> {
                Map<UnusedSecondPreference, Long> unused = new EnumMap<>(UnusedSecondPreference.class);
                for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
                    unused.put(reason, byEnd.get(reason.end()));
                }
                return new NonTransferable(byEnd.get(RankingEnd.COMPLETE), unused);
            });
        }
    }

    record NonTransferable(long forEliminatedCandidate, Map<UnusedSecondPreference, Long> unused) {
        long total() {
            return Totals.add(forEliminatedCandidate, Totals.sum(unused.values()));
        }
    }
}
