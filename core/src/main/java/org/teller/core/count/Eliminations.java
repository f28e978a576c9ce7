package org.teller.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.teller.core.Totals;
import org.teller.core.lot.Tie;
import org.teller.core.tally.Standing;

/**
 * Who the alternative vote eliminates after a round at which no one is elected (or, counting on until two
 * remain, after the election), in RCTab's order: the pool of undeclared write-ins while it holds votes;
 * else everyone under the minimum; else a batch; else the one with the fewest votes.
 */
final class Eliminations {

    /** Who is eliminated after a round, and the equality decided to choose them, if there was one. */
    record Elimination(List<Integer> candidates, Optional<Equality> equality) {
        Elimination(List<Integer> candidates) {
            this(candidates, Optional.empty());
        }
    }

    private final AlternativeVote.Options options;
    private final int pool;
    private final Equalities equalities;

    Eliminations(AlternativeVote.Options options, Equalities equalities) {
        this.options = options;
        this.pool = options.undeclaredWriteIns().orElse(-1);
        this.equalities = equalities;
    }

    /**
     * Who is eliminated after round {@code number}.
     *
     * @param earlier the rounds before it
     * @throws CountAbortedException when every continuing candidate is under the minimum
     */
    Elimination after(int number, Standing now, List<Round> earlier) {
        List<Integer> continuing = now.continuing();
        if (poolHoldsVotes(now)) {
            return new Elimination(List.of(pool));
        }
        if (options.minimumVotes() > 0) {
            List<Integer> under = continuing.stream().filter(c -> now.votes(c) < options.minimumVotes()).toList();
            if (under.size() == continuing.size()) {
                throw new CountAbortedException(number, "every continuing candidate has fewer votes than the minimum, "
                        + options.minimumVotes());
            }
            if (!under.isEmpty()) {
                return new Elimination(under);
            }
        }
        if (continuing.size() == 2 && continuing.contains(pool)) {
            // The pool, without votes, and one candidate without votes either (or they would be elected):
            // the pool is never elected, so it is the one eliminated.
            return new Elimination(List.of(pool));
        }
        if (options.batchElimination()) {
            List<Integer> batch = batch(continuing, now);
            if (batch.size() > 1) {
                return new Elimination(batch);
            }
        }
        List<Integer> fewest = Counting.fewestVotes(continuing, now::votes);
        if (fewest.size() == 1) {
            return new Elimination(fewest);
        }
        Equalities.Decided decided = equalities.decide(number, fewest, now.votes(fewest.get(0)), earlier,
                Tie.Decides.ELIMINATED);
        return new Elimination(List.of(decided.candidate()), Optional.of(decided.equality()));
    }

    boolean poolHoldsVotes(Standing now) {
        return pool >= 0 && now.isContinuing(pool) && now.votes(pool) > 0;
    }

    /**
     * The largest group of candidates with the fewest votes whose votes together are fewer than those of
     * the candidate just above them. Counting on until two remain, it leaves at least two (RCTab then
     * takes the group before the one that would leave one); otherwise it can leave only the candidate
     * at the top, who has more votes than all the others and is elected unless the threshold was fixed
     * at the first round.
     */
    private List<Integer> batch(List<Integer> continuing, Standing now) {
        List<Integer> ascending = new ArrayList<>(continuing);
        ascending.sort((a, b) -> Long.compare(now.votes(a), now.votes(b)));
        int largest = ascending.size() - (options.continueUntilTwo() ? 2 : 1);
        List<Integer> batch = List.of();
        long together = 0;
        for (int size = 1; size <= largest; size++) {
            together = Totals.add(together, now.votes(ascending.get(size - 1)));
            if (together < now.votes(ascending.get(size))) {
                batch = ascending.subList(0, size).stream().sorted().toList();
            }
        }
        return batch;
    }
}
