package org.teller.core.count;

import java.util.List;
import org.teller.core.Candidate;
import org.teller.core.lot.Lot;

/**
 * The result of a count under any system: its rounds, the person elected and how, and the lots drawn.
 * Immutable.
 *
 * @param system the system counted under
 * @param candidates the candidates in ballot order
 * @param rounds the rounds, from the first; the person is elected at the last
 * @param elected the person elected, by index
 * @param how how that person was elected
 * @param lots the lots drawn, in the order drawn
 */
public record Result(VotingSystem system, List<Candidate> candidates, List<Round> rounds, int elected, HowElected how,
        List<Lot> lots) {

    public Result {
        candidates = List.copyOf(candidates);
        rounds = List.copyOf(rounds);
        lots = List.copyOf(lots);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a count has at least one round");
        }
    }

    public Candidate electedCandidate() {
        return candidates.get(elected);
    }

    /** The round at which the person was elected: the last. */
    public int electedInRound() {
        return rounds.size();
    }

    public Round firstRound() {
        return rounds.get(0);
    }

    public Round lastRound() {
        return rounds.get(rounds.size() - 1);
    }

    /** Valid papers: those counted at the first round and those exhausted from the start. */
    public long valid() {
        Round first = firstRound();
        return org.teller.core.Totals.add(first.continuingVotes(), first.exhausted());
    }
}
