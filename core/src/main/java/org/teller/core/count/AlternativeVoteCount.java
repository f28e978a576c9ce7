package org.teller.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.Tie;
import org.teller.core.tally.PreferenceSource;
import org.teller.core.tally.Standing;

/**
 * One count of the alternative vote under its options: round after round, who is elected (if no one is
 * yet), then who is eliminated, until the count ends. Used once.
 */
final class AlternativeVoteCount {

    private final AlternativeVote system;
    private final AlternativeVote.Options options;
    private final List<Candidate> candidates;
    private final PreferenceSource votes;
    private final int pool;
    private final Equalities equalities;
    private final Eliminations eliminations;
    private final List<Round> rounds = new ArrayList<>();
    private Optional<Result.Election> election = Optional.empty();
    /** The threshold once it no longer changes: fixed at the first round, or at the election; 0 until then. */
    private long fixedThreshold;

    AlternativeVoteCount(AlternativeVote system, List<Candidate> candidates, PreferenceSource votes, LotDrawer lots) {
        Counting.check(candidates, votes);
        this.system = system;
        this.options = system.options();
        this.candidates = candidates;
        this.votes = votes;
        this.pool = options.undeclaredWriteIns().orElse(-1);
        if (pool >= candidates.size()) {
            throw new IllegalArgumentException("no candidate " + pool + " among " + candidates.size());
        }
        options.excluded().forEach(candidate -> {
            if (candidate >= candidates.size()) {
                throw new IllegalArgumentException("no candidate " + candidate + " among " + candidates.size());
            }
        });
        this.equalities = new Equalities(options.tieBreak(), lots, candidates);
        this.eliminations = new Eliminations(options, equalities);
    }

    Result count() {
        Standing standing = first();
        while (true) {
            int number = rounds.size() + 1;
            List<Integer> continuing = standing.continuing();
            long threshold = threshold(standing);
            Optional<Equality> equality = Optional.empty();
            if (election.isEmpty()) {
                Optional<Elected> elected = elected(number, standing, threshold);
                if (elected.isPresent()) {
                    election = Optional.of(new Result.Election(elected.get().candidate(), number, elected.get().how()));
                    equality = elected.get().equality();
                    fixedThreshold = threshold;
                }
            }
            // No one is eliminated at the round of the election; after it, only while counting on to two.
            boolean eliminating = election.isEmpty() || (options.continueUntilTwo()
                    && election.get().round() < number && continuing.size() > 2);
            List<Integer> out = List.of();
            if (eliminating) {
                Eliminations.Elimination elimination = eliminations.after(number, standing, rounds);
                out = elimination.candidates();
                equality = elimination.equality();
            }
            rounds.add(Round.of(number, standing, out, equality, threshold));
            if (ends(number, continuing, out)) {
                return new Result(system, candidates, rounds, election, equalities.drawn());
            }
            // Even with no one out (the round after an election), the next round is asked of the source.
            standing = votes.transfer(standing, Counting.mask(candidates.size(), Counting.without(continuing, out)));
        }
    }

    /** The first round, without the excluded candidates. */
    private Standing first() {
        if (options.excluded().isEmpty()) {
            return votes.first();
        }
        Standing first = votes.first(Counting.mask(candidates.size(),
                Counting.without(Counting.all(candidates.size()), options.excluded())));
        if (first.continuing().isEmpty()) {
            throw new IllegalArgumentException("every candidate is excluded");
        }
        return first;
    }

    /**
     * The threshold at this round: more than half of the continuing votes, or the minimum if more; the
     * first round's when the options fix it there, and the election's once someone is elected.
     */
    private long threshold(Standing now) {
        if (fixedThreshold > 0) {
            return fixedThreshold;
        }
        long threshold = Math.max(now.continuingVotes() / 2 + 1, options.minimumVotes());
        if (options.firstRoundThreshold()) {
            fixedThreshold = threshold;
        }
        return threshold;
    }

    /** Who is elected at a round, how, and the equality decided to elect them, if there was one. */
    private record Elected(int candidate, HowElected how, Optional<Equality> equality) {
        Elected(int candidate, HowElected how) {
            this(candidate, how, Optional.empty());
        }
    }

    /** Who is elected at this round, if anyone. */
    private Optional<Elected> elected(int number, Standing now, long threshold) {
        List<Integer> continuing = now.continuing();
        if (eliminations.poolHoldsVotes(now)) {
            return Optional.empty(); // no one is elected while undeclared write-ins hold votes
        }
        if (continuing.size() == 1) {
            if (continuing.get(0) == pool) {
                throw new CountAbortedException(number, "only the pool of undeclared write-ins is left");
            }
            return Optional.of(new Elected(continuing.get(0), HowElected.ONLY_CONTINUING_CANDIDATE));
        }
        List<Integer> leaders = Counting.mostVotes(continuing, now::votes);
        boolean lastTwo = continuing.size() == 2 && !continuing.contains(pool);
        if (options.firstRoundThreshold() && continuing.size() == 2) {
            // Of the last two, the one with more votes, whether or not they reach the threshold.
            if (leaders.size() == 1) {
                HowElected how = now.votes(leaders.get(0)) >= threshold ? HowElected.MAJORITY_OF_CONTINUING_VOTES
                        : HowElected.MORE_VOTES_OF_LAST_TWO;
                return Optional.of(new Elected(leaders.get(0), how));
            }
            return lastTwo ? Optional.of(betweenLastTwo(number, leaders, now)) : Optional.empty();
        }
        if (leaders.size() == 1 && leaders.get(0) != pool && now.votes(leaders.get(0)) >= threshold) {
            return Optional.of(new Elected(leaders.get(0), HowElected.MAJORITY_OF_CONTINUING_VOTES));
        }
        boolean bothHaveTheMinimum = continuing.stream().allMatch(c -> now.votes(c) >= options.minimumVotes());
        if (lastTwo && leaders.size() == 2 && bothHaveTheMinimum) {
            return Optional.of(betweenLastTwo(number, leaders, now));
        }
        return Optional.empty();
    }

    private Elected betweenLastTwo(int number, List<Integer> equal, Standing now) {
        Equalities.Decided decided = equalities.decide(number, equal, now.votes(equal.get(0)), rounds,
                Tie.Decides.ELECTED);
        HowElected how = decided.byLot() ? HowElected.LOT_BETWEEN_LAST_TWO : HowElected.EARLIER_ROUNDS_BETWEEN_LAST_TWO;
        return new Elected(decided.candidate(), how, Optional.of(decided.equality()));
    }

    /**
     * Whether the count ends after this round: at the round named to stop after; at the election, unless
     * counting on until two remain; then once no more than two remain and no one was eliminated.
     */
    private boolean ends(int number, List<Integer> continuing, List<Integer> out) {
        if (options.stopAfterRound().isPresent() && number >= options.stopAfterRound().getAsInt()) {
            return true;
        }
        if (election.isEmpty()) {
            return false;
        }
        return !options.continueUntilTwo() || (out.isEmpty() && continuing.size() <= 2);
    }
}
