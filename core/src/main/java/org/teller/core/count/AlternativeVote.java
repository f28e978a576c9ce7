package org.teller.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.teller.core.Candidate;
import org.teller.core.Totals;
import org.teller.core.ballot.AlternativeVoteRules;
import org.teller.core.ballot.BallotRules;
import org.teller.core.ballot.RankingOptions;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.LotNeededException;
import org.teller.core.lot.Tie;
import org.teller.core.tally.PreferenceSource;
import org.teller.core.tally.Standing;

/**
 * The alternative vote (instant runoff): rounds of elimination until one candidate has more votes than
 * all the other continuing candidates together. At each round the candidate with the fewest votes is
 * eliminated and each of their papers passes to its next preference for a continuing candidate, or is
 * exhausted when none is left. The default options are the UK's 2011 proposal (PVSCA 2011 s.9, new
 * parliamentary election rules 45A and 49): one candidate eliminated at a time, an equality for the
 * fewest votes decided by the votes at earlier rounds and then by lot.
 *
 * <p>Under a tie-break that asks ({@link TieBreak#asks}), a lot is taken only from
 * {@link LotDrawer#asked}, the returning officer's draw; without one the count stops with a
 * {@link LotNeededException} naming the tie. The count itself never waits or does I/O.
 */
public final class AlternativeVote implements VotingSystem {
    public static final String KEY = "alternative-vote"; // the key in contest files and reports

    /**
     * How the count proceeds; RCTab's single-winner options, in Teller's words.
     *
     * @param batchElimination eliminate at once every candidate of the lowest group whose votes together
     *     are fewer than the next candidate's (who then could never overtake anyone)
     * @param continueUntilTwo count on until two candidates remain, even after one has a majority
     * @param minimumVotes candidates with fewer votes than this are eliminated together, at any round (0: none)
     * @param tieBreak how an equality for the fewest votes is decided
     * @param undeclaredWriteIns the candidate, if any, who stands for the votes written in for no declared
     *     candidate, pooled (RCTab's {@code Undeclared Write-ins}): never elected. While the pool holds
     *     votes no one is elected, and it is eliminated first, alone; without votes it is eliminated like
     *     any other candidate with the fewest votes, and of the last two it is the one eliminated
     */
    public record Options(boolean batchElimination, boolean continueUntilTwo, long minimumVotes, TieBreak tieBreak,
            OptionalInt undeclaredWriteIns) {

        public static final Options UK = new Options(false, false, 0, TieBreak.EARLIER_ROUNDS_THEN_LOT);

        public Options {
            Objects.requireNonNull(tieBreak);
            Objects.requireNonNull(undeclaredWriteIns);
            if (minimumVotes < 0) {
                throw new IllegalArgumentException("a minimum number of votes is not negative");
            }
            if (undeclaredWriteIns.isPresent() && undeclaredWriteIns.getAsInt() < 0) {
                throw new IllegalArgumentException("no candidate " + undeclaredWriteIns.getAsInt());
            }
        }

        /** Options without a pool of undeclared write-ins. */
        public Options(boolean batchElimination, boolean continueUntilTwo, long minimumVotes, TieBreak tieBreak) {
            this(batchElimination, continueUntilTwo, minimumVotes, tieBreak, OptionalInt.empty());
        }

        /** These options, with {@code candidate} standing for the undeclared write-ins. */
        public Options withUndeclaredWriteIns(int candidate) {
            return new Options(batchElimination, continueUntilTwo, minimumVotes, tieBreak, OptionalInt.of(candidate));
        }
    }

    /**
     * How an equality for the fewest votes is decided, and who decides an equality by lot: the lot drawer
     * the count is given (a random draw, or the order the returning officer drew), or the returning
     * officer alone, the count stopping to ask for their lot when it is not given.
     */
    public enum TieBreak {
        /**
         * The one with the fewest votes at the latest earlier round at which they were unequal is eliminated;
         * equal at every round, by lot (the UK's rule 49; RCTab's "previous round counts, then random").
         */
        EARLIER_ROUNDS_THEN_LOT("earlier-rounds-then-lot", true, false),
        /** By lot at once. */
        LOT("lot", false, false),
        /**
         * As {@link #EARLIER_ROUNDS_THEN_LOT}, but a lot only as the returning officer draws it: without it,
         * the count stops and asks (RCTab's "previous round counts, then ask").
         */
        EARLIER_ROUNDS_THEN_ASK("earlier-rounds-then-ask", true, true),
        /**
         * By lot at once, but only as the returning officer draws it: without it, the count stops and asks
         * (RCTab's "stop counting and ask"). Also an equality of the last two candidates.
         */
        STOP_AND_ASK("stop-and-ask", false, true);

        private final String key;
        private final boolean earlierRoundsFirst;
        private final boolean asks;

        TieBreak(String key, boolean earlierRoundsFirst, boolean asks) {
            this.key = key;
            this.earlierRoundsFirst = earlierRoundsFirst;
            this.asks = asks;
        }

        public String key() {
            return key;
        }

        /** Whether an equality for the fewest votes is decided by the votes at earlier rounds before any lot. */
        public boolean earlierRoundsFirst() {
            return earlierRoundsFirst;
        }

        /**
         * Whether a lot is only the returning officer's ({@link LotDrawer#asked}): without it the count
         * stops with a {@link LotNeededException}.
         */
        public boolean asks() {
            return asks;
        }
    }

    private final AlternativeVoteRules rules;
    private final Options options;

    public AlternativeVote(AlternativeVoteRules rules, Options options) {
        this.rules = rules;
        this.options = options;
    }

    /** The UK's rules and options, reading papers ranked to {@code ranks} ranks. */
    public static AlternativeVote uk(int ranks) {
        return new AlternativeVote(AlternativeVoteRules.uk(ranks), Options.UK);
    }

    public Options options() {
        return options;
    }

    public RankingOptions rankingOptions() {
        return rules.options();
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "alternative vote";
    }

    @Override
    public BallotRules rules() {
        return rules;
    }

    @Override
    public boolean asksForLots() {
        return options.tieBreak().asks();
    }

    @Override
    public Result count(List<Candidate> candidates, PreferenceSource votes, LotDrawer lots) {
        Counting.check(candidates, votes);
        int n = candidates.size();
        int pool = options.undeclaredWriteIns().orElse(-1);
        if (pool >= n) {
            throw new IllegalArgumentException("no candidate " + pool + " among " + n);
        }
        List<Round> rounds = new ArrayList<>();
        List<Lot> drawn = new ArrayList<>();
        Standing standing = votes.first();
        while (true) {
            int number = rounds.size() + 1;
            List<Integer> continuing = standing.continuing();
            long total = standing.continuingVotes();
            Standing now = standing;
            List<Integer> leaders = Counting.mostVotes(continuing, now::votes);
            if (continuing.size() == 1) {
                rounds.add(Round.of(number, standing, List.of()));
                return new Result(this, candidates, rounds, continuing.get(0), HowElected.ONLY_CONTINUING_CANDIDATE, drawn);
            }
            if (pool >= 0 && now.isContinuing(pool) && now.votes(pool) > 0) {
                // Undeclared write-ins hold votes: no one is elected, and the pool alone is eliminated.
                rounds.add(Round.of(number, standing, List.of(pool)));
                standing = votes.transfer(standing, Counting.mask(n, Counting.without(continuing, List.of(pool))));
                continue;
            }
            boolean majority = leaders.size() == 1 && now.votes(leaders.get(0)) > total / 2;
            if (majority && !(options.continueUntilTwo() && continuing.size() > 2)) {
                rounds.add(Round.of(number, standing, List.of()));
                HowElected how = continuing.size() == 2 && options.continueUntilTwo()
                        ? HowElected.MORE_VOTES_OF_LAST_TWO : HowElected.MAJORITY_OF_CONTINUING_VOTES;
                return new Result(this, candidates, rounds, leaders.get(0), how, drawn);
            }
            if (continuing.size() == 2 && continuing.contains(pool)) {
                // The pool of undeclared write-ins, without votes, and one candidate (without votes either,
                // or they would have a majority): the pool is never elected, so it is the one eliminated.
                rounds.add(Round.of(number, standing, List.of(pool)));
                standing = votes.transfer(standing, Counting.mask(n, Counting.without(continuing, List.of(pool))));
                continue;
            }
            if (continuing.size() == 2) {
                // Two left and equal (or, counting on to two, neither with a majority of an even split).
                rounds.add(Round.of(number, standing, List.of()));
                if (leaders.size() == 1) {
                    return new Result(this, candidates, rounds, leaders.get(0), HowElected.MORE_VOTES_OF_LAST_TWO, drawn);
                }
                Tie tie = new Tie(number, leaders, now.votes(leaders.get(0)), Tie.Decides.ELECTED);
                Lot lot = lot(tie, leaders, false, lots, candidates);
                drawn.add(lot);
                return new Result(this, candidates, rounds, lot.winner(), HowElected.LOT_BETWEEN_LAST_TWO, drawn);
            }
            Elimination out = eliminated(continuing, now, rounds, number, lots, drawn, candidates);
            rounds.add(Round.of(number, standing, out.candidates(), out.equality()));
            standing = votes.transfer(standing, Counting.mask(n, Counting.without(continuing, out.candidates())));
        }
    }

    /** Who is eliminated after a round, and the equality decided to choose them, if there was one. */
    private record Elimination(List<Integer> candidates, Optional<Equality> equality) {
        Elimination(List<Integer> candidates) {
            this(candidates, Optional.empty());
        }
    }

    /** Who is eliminated after this round: under the minimum, a batch, or the one with the fewest votes. */
    private Elimination eliminated(List<Integer> continuing, Standing now, List<Round> earlier, int number,
            LotDrawer lots, List<Lot> drawn, List<Candidate> candidates) {
        if (options.minimumVotes() > 0) {
            List<Integer> under = continuing.stream().filter(c -> now.votes(c) < options.minimumVotes()).toList();
            if (!under.isEmpty() && under.size() <= continuing.size() - 2) {
                return new Elimination(under);
            }
        }
        if (options.batchElimination()) {
            List<Integer> batch = batch(continuing, now);
            if (batch.size() > 1) {
                return new Elimination(batch);
            }
        }
        List<Integer> tied = Counting.fewestVotes(continuing, now::votes);
        if (tied.size() == 1) {
            return new Elimination(tied);
        }
        long votes = now.votes(tied.get(0));
        List<Integer> fewest = tied;
        List<Equality.EarlierRound> looked = new ArrayList<>();
        if (options.tieBreak().earlierRoundsFirst()) {
            for (int round = earlier.size() - 1; round >= 0 && fewest.size() > 1; round--) {
                Round then = earlier.get(round);
                fewest = Counting.fewestVotes(fewest, then::votes);
                looked.add(new Equality.EarlierRound(then.number(), fewest, then.votes(fewest.get(0))));
            }
            if (fewest.size() == 1) {
                return new Elimination(fewest, Optional.of(new Equality(tied, votes, looked, List.of())));
            }
        }
        Lot lot = lot(new Tie(number, fewest, votes, Tie.Decides.ELIMINATED), tied, !looked.isEmpty(), lots, candidates);
        drawn.add(lot);
        return new Elimination(List.of(lot.last()), Optional.of(new Equality(tied, votes, looked, fewest)));
    }

    /**
     * The lot that decides a tie: drawn, or under a tie-break that asks, the returning officer's.
     *
     * @param equal every candidate equal with the tied (more when earlier rounds took some out of the lot)
     * @param equalAtEarlierRounds whether the tied were equal at every earlier round too, which the tie-break looked at
     * @throws LotNeededException when the tie-break asks and the returning officer's lot is not given
     */
    private Lot lot(Tie tie, List<Integer> equal, boolean equalAtEarlierRounds, LotDrawer lots,
            List<Candidate> candidates) {
        if (!options.tieBreak().asks()) {
            return lots.draw(tie);
        }
        return lots.asked(tie).orElseThrow(() -> new LotNeededException(tie, equal, equalAtEarlierRounds, candidates));
    }

    /**
     * The largest group of candidates with the fewest votes whose votes together are fewer than those of
     * the candidate just above them, leaving at least two in the count.
     */
    private static List<Integer> batch(List<Integer> continuing, Standing now) {
        List<Integer> ascending = new ArrayList<>(continuing);
        ascending.sort((a, b) -> Long.compare(now.votes(a), now.votes(b)));
        List<Integer> batch = List.of();
        long together = 0;
        for (int size = 1; size <= ascending.size() - 2; size++) {
            together = Totals.add(together, now.votes(ascending.get(size - 1)));
            if (together < now.votes(ascending.get(size))) {
                batch = ascending.subList(0, size).stream().sorted().toList();
            }
        }
        return batch;
    }
}
