package org.teller.core.count;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.teller.core.Candidate;
import org.teller.core.ballot.AlternativeVoteRules;
import org.teller.core.ballot.BallotRules;
import org.teller.core.ballot.RankingOptions;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.LotNeededException;
import org.teller.core.tally.PreferenceSource;

/**
 * The alternative vote (instant runoff): rounds of elimination until one candidate has more votes than
 * all the other continuing candidates together. At each round the candidate with the fewest votes is
 * eliminated and each of their papers passes to its next preference for a continuing candidate, or is
 * exhausted when none is left. The default options are the UK's 2011 proposal (PVSCA 2011 s.9, new
 * parliamentary election rules 45A and 49): one candidate eliminated at a time, an equality for the
 * fewest votes decided by the votes at earlier rounds and then by lot. The other options are RCTab
 * 2.0.1's single-winner rules, in Teller's words, each counted as RCTab counts it.
 *
 * <p>Under a tie-break that asks ({@link TieBreak#asks}), a lot is taken only from
 * {@link LotDrawer#asked}, the returning officer's draw; without one the count stops with a
 * {@link LotNeededException} naming the tie. The count itself never waits or does I/O.
 */
public final class AlternativeVote implements VotingSystem {
    public static final String KEY = "alternative-vote"; // the key in contest files and reports

    /**
     * How the count proceeds; RCTab's single-winner options (its names in brackets), in Teller's words.
     * At each round, in this order: while the pool of undeclared write-ins holds votes no one is elected
     * and it is eliminated alone; else a candidate is elected (with the threshold, as the only continuing
     * candidate, or of the last two); else candidates under the minimum are eliminated together; else a
     * batch; else the one with the fewest votes, an equality decided by the tie-break.
     *
     * @param batchElimination eliminate at once every candidate of the lowest group whose votes together
     *     are fewer than the next candidate's, who then could never overtake anyone; when counting on until
     *     two remain, never so many that fewer than two would be left ({@code batchElimination})
     * @param continueUntilTwo once someone is elected, count on until two candidates remain, the person
     *     elected among them. The election stands at its round, and so does that round's threshold; no one
     *     is eliminated at it, so when more than two remain then, the next round repeats its figures
     *     ({@code continueUntilTwoCandidatesRemain})
     * @param minimumVotes the fewest votes a candidate needs to stay in the count and to be elected (0:
     *     none). At every round at which no one is elected, all candidates with fewer are eliminated
     *     together, after the pool and before any batch, however few that leaves: one left is elected at
     *     the next round, none left stops the count ({@link CountAbortedException}), as do the last two
     *     when equal and under it. The threshold is never less. A continuing candidate's votes never fall,
     *     so this bites at the first round at which the pool holds no votes ({@code minimumVoteThreshold})
     * @param tieBreak how an equality is decided: for the fewest votes, or of the last two ({@code tiebreakMode})
     * @param undeclaredWriteIns the candidate, if any, who stands for the votes written in for no declared
     *     candidate, pooled (RCTab's {@code Undeclared Write-ins}): never elected. While the pool holds
     *     votes no one is elected, and it is eliminated first, alone; without votes it is eliminated like
     *     any other candidate with the fewest votes, and of the last two it is the one eliminated
     * @param firstRoundThreshold the threshold is the first round's for the whole count: more than half of
     *     the first round's votes (or the minimum, if more). Of the last two, the one with more votes is then
     *     elected even below it, and an equality between them is decided by the tie-break
     *     ({@code doesFirstRoundDetermineThreshold})
     * @param stopAfterRound the count stops once this round is counted and its eliminations decided,
     *     whether anyone is elected or not: a result without an election ({@code stopTabulationEarlyAfterRound})
     * @param excluded candidates withdrawn before the count, ascending: out of it from the first round, with
     *     no votes, passed over on every paper as if already eliminated (a candidate's {@code excluded})
     */
    public record Options(boolean batchElimination, boolean continueUntilTwo, long minimumVotes, TieBreak tieBreak,
            OptionalInt undeclaredWriteIns, boolean firstRoundThreshold, OptionalInt stopAfterRound,
            List<Integer> excluded) {

        public static final Options UK = new Options(false, false, 0, TieBreak.EARLIER_ROUNDS_THEN_LOT);

        public Options {
            Objects.requireNonNull(tieBreak);
            Objects.requireNonNull(undeclaredWriteIns);
            Objects.requireNonNull(stopAfterRound);
            excluded = List.copyOf(excluded);
            if (minimumVotes < 0) {
                throw new IllegalArgumentException("a minimum number of votes is not negative");
            }
            if (undeclaredWriteIns.isPresent() && undeclaredWriteIns.getAsInt() < 0) {
                throw new IllegalArgumentException("no candidate " + undeclaredWriteIns.getAsInt());
            }
            if (stopAfterRound.isPresent() && stopAfterRound.getAsInt() < 1) {
                throw new IllegalArgumentException("no round " + stopAfterRound.getAsInt() + " to stop after");
            }
            for (int place = 0; place < excluded.size(); place++) {
                if (excluded.get(place) < 0 || (place > 0 && excluded.get(place) <= excluded.get(place - 1))) {
                    throw new IllegalArgumentException("excluded candidates are distinct and ascending: " + excluded);
                }
            }
            if (undeclaredWriteIns.isPresent() && excluded.contains(undeclaredWriteIns.getAsInt())) {
                throw new IllegalArgumentException("the pool of undeclared write-ins is not excluded");
            }
        }

        /** Options without a pool of undeclared write-ins. */
        public Options(boolean batchElimination, boolean continueUntilTwo, long minimumVotes, TieBreak tieBreak) {
            this(batchElimination, continueUntilTwo, minimumVotes, tieBreak, OptionalInt.empty());
        }

        /** Options with a threshold of more than half the continuing votes, no stop and no one excluded. */
        public Options(boolean batchElimination, boolean continueUntilTwo, long minimumVotes, TieBreak tieBreak,
                OptionalInt undeclaredWriteIns) {
            this(batchElimination, continueUntilTwo, minimumVotes, tieBreak, undeclaredWriteIns, false,
                    OptionalInt.empty(), List.of());
        }

        /** These options, with {@code candidate} standing for the undeclared write-ins. */
        public Options withUndeclaredWriteIns(int candidate) {
            return new Options(batchElimination, continueUntilTwo, minimumVotes, tieBreak, OptionalInt.of(candidate),
                    firstRoundThreshold, stopAfterRound, excluded);
        }

        /** These options, with the threshold fixed at the first round's or not. */
        public Options withFirstRoundThreshold(boolean fixed) {
            return new Options(batchElimination, continueUntilTwo, minimumVotes, tieBreak, undeclaredWriteIns, fixed,
                    stopAfterRound, excluded);
        }

        /** These options, stopping the count once round {@code round} is counted. */
        public Options withStopAfterRound(int round) {
            return new Options(batchElimination, continueUntilTwo, minimumVotes, tieBreak, undeclaredWriteIns,
                    firstRoundThreshold, OptionalInt.of(round), excluded);
        }

        /** These options, with {@code candidates} (by index, ascending) withdrawn before the count. */
        public Options withExcluded(List<Integer> candidates) {
            return new Options(batchElimination, continueUntilTwo, minimumVotes, tieBreak, undeclaredWriteIns,
                    firstRoundThreshold, stopAfterRound, candidates);
        }
    }

    /**
     * How an equality is decided, and who decides an equality by lot: the lot drawer the count is given (a
     * random draw, or an order fixed before the count or drawn by the returning officer), or the returning
     * officer alone, the count stopping to ask for their lot when it is not given. An equality of the last
     * two candidates is decided by lot unless the tie-break says otherwise ({@link #lastTwoByEarlierRounds}).
     *
     * <p>RCTab's {@code tiebreakMode}s: {@code random} is {@link #LOT} drawn by
     * {@link org.teller.core.lot.RctabRandomLots}; {@code stopCountingAndAsk} is {@link #STOP_AND_ASK};
     * {@code previousRoundCountsThenRandom} is {@link #EARLIER_ROUNDS_ALSO_LAST_TWO_THEN_LOT} drawn by
     * {@code RctabRandomLots}; {@code previousRoundCountsThenAsk} is
     * {@link #EARLIER_ROUNDS_ALSO_LAST_TWO_THEN_ASK}; {@code useCandidateOrder} and
     * {@code generatePermutation} are {@link #LOT} drawn by {@link org.teller.core.lot.RctabPermutationLots}.
     */
    public enum TieBreak {
        /**
         * The one with the fewest votes at the latest earlier round at which they were unequal is eliminated;
         * equal at every earlier round, by lot (the UK's rule 49). The last two, equal, by lot at once.
         */
        EARLIER_ROUNDS_THEN_LOT("earlier-rounds-then-lot", true, false, false),
        /** By lot at once. */
        LOT("lot", false, false, false),
        /**
         * As {@link #EARLIER_ROUNDS_THEN_LOT}, but a lot only as the returning officer draws it: without it,
         * the count stops and asks.
         */
        EARLIER_ROUNDS_THEN_ASK("earlier-rounds-then-ask", true, false, true),
        /**
         * By lot at once, but only as the returning officer draws it: without it, the count stops and asks
         * (RCTab's {@code stopCountingAndAsk}). Also an equality of the last two candidates.
         */
        STOP_AND_ASK("stop-and-ask", false, false, true),
        /**
         * As {@link #EARLIER_ROUNDS_THEN_LOT}, and the last two, equal, the same way: the one with more votes
         * at the latest earlier round at which they were unequal is elected (RCTab's
         * {@code previousRoundCountsThenRandom}, which looks back round by round to the first).
         */
        EARLIER_ROUNDS_ALSO_LAST_TWO_THEN_LOT("earlier-rounds-also-last-two-then-lot", true, true, false),
        /**
         * As {@link #EARLIER_ROUNDS_ALSO_LAST_TWO_THEN_LOT}, but a lot only as the returning officer draws it:
         * without it, the count stops and asks (RCTab's {@code previousRoundCountsThenAsk}).
         */
        EARLIER_ROUNDS_ALSO_LAST_TWO_THEN_ASK("earlier-rounds-also-last-two-then-ask", true, true, true);

        private final String key;
        private final boolean earlierRoundsFirst;
        private final boolean lastTwoByEarlierRounds;
        private final boolean asks;

        TieBreak(String key, boolean earlierRoundsFirst, boolean lastTwoByEarlierRounds, boolean asks) {
            this.key = key;
            this.earlierRoundsFirst = earlierRoundsFirst;
            this.lastTwoByEarlierRounds = lastTwoByEarlierRounds;
            this.asks = asks;
        }

        public String key() {
            return key;
        }

        /** Whether an equality for the fewest votes is decided by the votes at earlier rounds before any lot. */
        public boolean earlierRoundsFirst() {
            return earlierRoundsFirst;
        }

        /** Whether an equality of the last two is decided by the votes at earlier rounds before any lot. */
        public boolean lastTwoByEarlierRounds() {
            return lastTwoByEarlierRounds;
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
        return new AlternativeVoteCount(this, candidates, votes, lots).count();
    }
}
