package org.teller.core.count;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.lot.Lot;

/**
 * The result of a count under any system: its rounds, the person elected, when and how, and the lots
 * drawn. A count that stops at a round its options name before anyone is elected (the alternative
 * vote's {@link AlternativeVote.Options#stopAfterRound}) has no election: {@link #election()} is empty,
 * and the methods that name the person elected throw. Immutable.
 *
 * @param system the system counted under
 * @param candidates the candidates in ballot order
 * @param rounds the rounds, from the first
 * @param election who was elected, at which round and how; empty when the count stopped before anyone was
 * @param lots the lots drawn, in the order drawn
 */
public record Result(VotingSystem system, List<Candidate> candidates, List<Round> rounds, Optional<Election> election,
        List<Lot> lots) {

    /**
     * The person elected, the round at which they were, and how.
     *
     * @param candidate the person elected, by index
     * @param round the round at which they were elected: the last, unless the count went on after it (the
     *     alternative vote counting on until two candidates remain)
     * @param how how they were elected
     */
    public record Election(int candidate, int round, HowElected how) {
        public Election {
            Objects.requireNonNull(how);
            if (candidate < 0 || round < 1) {
                throw new IllegalArgumentException("candidate " + candidate + " elected at round " + round);
            }
        }
    }

    public Result {
        candidates = List.copyOf(candidates);
        rounds = List.copyOf(rounds);
        lots = List.copyOf(lots);
        Objects.requireNonNull(election);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a count has at least one round");
        }
        if (election.isPresent() && (election.get().candidate() >= candidates.size()
                || election.get().round() > rounds.size())) {
            throw new IllegalArgumentException(election.get() + " in a count of " + candidates.size()
                    + " candidates and " + rounds.size() + " rounds");
        }
    }

    /** A result whose person is elected at the last round. */
    public Result(VotingSystem system, List<Candidate> candidates, List<Round> rounds, int elected, HowElected how,
            List<Lot> lots) {
        this(system, candidates, rounds, Optional.of(new Election(elected, rounds.size(), how)), lots);
    }

    /** Whether anyone was elected: false only when the count stopped early. */
    public boolean hasElection() {
        return election.isPresent();
    }

    /**
     * The person elected, by index.
     *
     * @throws IllegalStateException when the count stopped before anyone was elected
     */
    public int elected() {
        return theElection().candidate();
    }

    /**
     * How the person was elected.
     *
     * @throws IllegalStateException when the count stopped before anyone was elected
     */
    public HowElected how() {
        return theElection().how();
    }

    /**
     * The person elected.
     *
     * @throws IllegalStateException when the count stopped before anyone was elected
     */
    public Candidate electedCandidate() {
        return candidates.get(elected());
    }

    /**
     * The round at which the person was elected: the last, unless the count went on after it.
     *
     * @throws IllegalStateException when the count stopped before anyone was elected
     */
    public int electedInRound() {
        return theElection().round();
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

    private Election theElection() {
        return election.orElseThrow(() -> new IllegalStateException(
                "no one was elected: the count stopped after round " + rounds.size()));
    }
}
