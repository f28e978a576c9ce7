package org.teller.core.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.teller.core.tally.Transfer;

/**
 * Where the results of the same votes under several systems part. For every two systems that elect
 * different people, each count is read on its own: from which round it keeps its own winner ahead of
 * the other system's winner to the end, and how (ahead from the first round, overtaking on whose
 * transfers, the other eliminated, or a lot). Set side by side round by round, the two counts part at
 * the later of those two rounds: from there to the end each puts its own winner ahead.
 */
public final class Comparison {

    private Comparison() {}

    /** How a count came to keep its winner ahead of the other system's winner. The keys are what reports write. */
    public enum How {
        /** Ahead from the first round (or the other out of the count) to the end. */
        AHEAD_THROUGHOUT("ahead-throughout"),
        /** Behind the other at the round before, ahead from this round on, through the papers passed on. */
        OVERTAKES("overtakes"),
        /** Level with the other at the round before, ahead from this round on, through the papers passed on. */
        DRAWS_AHEAD("draws-ahead"),
        /** The other is eliminated though not behind at the round before: as when a lot decides which of equal candidates goes. */
        OTHER_ELIMINATED("other-eliminated"),
        /** Equal with the other at the last round; a lot decided. */
        BY_LOT("lot");

        private final String key;

        How(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * How one count put its winner ahead of the other system's winner.
     *
     * @param elected who this count elects
     * @param other who the other system elects
     * @param round the round from which {@code elected} has more votes than {@code other} (or {@code other}
     *     is out of the count) to the end; the last round when a lot decided between them
     * @param how how it came about
     * @param on for {@link How#OVERTAKES} and {@link How#DRAWS_AHEAD}: the eliminated candidates whose papers,
     *     passed on at {@code round}, gave {@code elected} more than {@code other}, most first; empty when
     *     the source states transfers only together (count returns)
     * @param figuresAt the round whose votes tell it: {@code round}, except when {@code other} is
     *     eliminated or ahead throughout, the last round at which both are in the count
     * @param electedVotes the votes of {@code elected} at {@code figuresAt}
     * @param otherVotes the votes of {@code other} at {@code figuresAt}
     * @param otherEliminatedAfter the last round {@code other} is in the count, when eliminated before the end
     */
    public record Account(int elected, int other, int round, How how, List<Integer> on, int figuresAt,
            long electedVotes, long otherVotes, OptionalInt otherEliminatedAfter) {
        public Account {
            on = List.copyOf(on);
        }
    }

    /**
     * Where two results that elect different people part.
     *
     * @param first the first result's place in the list compared
     * @param second the second's (after the first)
     * @param round the round from which, set side by side round by round, the two counts each keep their
     *     own winner ahead of the other's to the end: the later of the two accounts' rounds
     * @param firstAccount how the first count keeps its winner ahead of the second's
     * @param secondAccount how the second count keeps its winner ahead of the first's
     */
    public record Parting(int first, int second, int round, Account firstAccount, Account secondAccount) {

        /** The place in the list of the count whose round is where they part: the later; the second when both are. */
        public int decisive() {
            return firstAccount.round() > secondAccount.round() ? first : second;
        }
    }

    /**
     * A system that a comparison leaves out, because the votes cannot be counted under it.
     *
     * @param system the system
     * @param reason why
     */
    public record LeftOut(VotingSystem system, Reason reason) {}

    /** Why a comparison leaves a system out. The keys are what reports write. */
    public enum Reason {
        /** The votes give first preferences only (papers of one rank): the system needs two or more. */
        FIRST_PREFERENCES_ONLY("first-preferences-only"),
        /** Count returns state only the count they were made for (and its first preferences). */
        COUNT_RETURNS("count-returns");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * Every two results, in the order given, that elect different people, and where they part. A result
     * without an election (a count stopped early) parts from none.
     */
    public static List<Parting> partings(List<Result> results) {
        List<Parting> partings = new ArrayList<>();
        for (int first = 0; first < results.size(); first++) {
            for (int second = first + 1; second < results.size(); second++) {
                parting(results, first, second).ifPresent(partings::add);
            }
        }
        return partings;
    }

    /** Where two results part; empty when both elect the same candidate, or either elects no one. */
    public static Optional<Parting> parting(List<Result> results, int first, int second) {
        Result a = results.get(first);
        Result b = results.get(second);
        if (!a.hasElection() || !b.hasElection() || a.elected() == b.elected()) {
            return Optional.empty();
        }
        Account one = account(a, b.elected());
        Account two = account(b, a.elected());
        return Optional.of(new Parting(first, second, Math.max(one.round(), two.round()), one, two));
    }

    /**
     * How {@code result} keeps the candidate it elects ahead of {@code other} to the end.
     *
     * @throws IllegalArgumentException when {@code other} is the candidate it elects
     * @throws IllegalStateException when the count elected no one
     */
    public static Account account(Result result, int other) {
        int elected = result.elected();
        if (elected == other) {
            throw new IllegalArgumentException("the same candidate: " + elected);
        }
        List<Round> rounds = result.rounds();
        // The last round at which the other is in the count and not behind: the lead is for good after it.
        int notAhead = 0;
        int otherLast = 0;
        for (Round round : rounds) {
            if (round.isContinuing(other)) {
                otherLast = round.number();
                if (round.votes(other) >= round.votes(elected)) {
                    notAhead = round.number();
                }
            }
        }
        OptionalInt eliminatedAfter = otherLast < result.electedInRound() ? OptionalInt.of(otherLast) : OptionalInt.empty();
        if (notAhead == result.electedInRound()) {
            // Level at the end (the other cannot be ahead of the one elected there): a lot decided.
            return account(result, other, notAhead, How.BY_LOT, List.of(), notAhead, eliminatedAfter);
        }
        int from = notAhead + 1;
        if (from == 1) {
            int figuresAt = eliminatedAfter.orElse(result.electedInRound());
            return account(result, other, 1, How.AHEAD_THROUGHOUT, List.of(), figuresAt, eliminatedAfter);
        }
        Round round = rounds.get(from - 1);
        if (!round.isContinuing(other)) {
            return account(result, other, from, How.OTHER_ELIMINATED, List.of(), notAhead, eliminatedAfter);
        }
        Round before = rounds.get(from - 2);
        How how = before.votes(other) > before.votes(elected) ? How.OVERTAKES : How.DRAWS_AHEAD;
        return account(result, other, from, how, gainers(round, elected, other), from, eliminatedAfter);
    }

    private static Account account(Result result, int other, int round, How how, List<Integer> on, int figuresAt,
            OptionalInt eliminatedAfter) {
        Round figures = result.rounds().get(figuresAt - 1);
        return new Account(result.elected(), other, round, how, on, figuresAt, figures.votes(result.elected()),
                figures.votes(other), eliminatedAfter);
    }

    /** The eliminated candidates whose papers gave {@code elected} more than {@code other} at this round, most first. */
    private static List<Integer> gainers(Round round, int elected, int other) {
        List<Transfer> helped = new ArrayList<>();
        for (Transfer transfer : round.transfers()) {
            if (transfer.from().isPresent() && transfer.to(elected) > transfer.to(other)) {
                helped.add(transfer);
            }
        }
        helped.sort(Comparator.comparingLong((Transfer t) -> t.to(other) - t.to(elected))
                .thenComparingInt(t -> t.from().getAsInt()));
        return helped.stream().map(t -> t.from().getAsInt()).toList();
    }
}
