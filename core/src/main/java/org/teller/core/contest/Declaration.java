package org.teller.core.contest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Share;
import org.teller.core.Totals;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.count.Result;

/**
 * Everything that is declared and published about a count: the contest, the result, the statement of
 * rejected papers, second preferences not counted, changes since the previous contest, each count
 * area's figures and the SHA-256 of every input. Reports render it; they never recompute it.
 *
 * @param contest the contest counted
 * @param result the count
 * @param rejected the statement of rejected papers, when the source gives one (or the papers counted)
 * @param unusedSecondPreferences second preferences not counted on valid papers, by reason, where known
 * @param previous the previous contest and what each candidate is compared with there, when given
 * @param areas the figures of each count area, sorted by name (empty for one area)
 * @param inputs every input file with its SHA-256
 * @param statedTurnout the turnout the source states, in percent, where it states one: published where the
 *     electorate or the papers counted are not, and equal to the one computed where both are
 * @param statutorySystem the system the contest's law names, when this count is a "what if" under another
 *     ({@code teller count --system}); empty for the count the law asks for
 */
public record Declaration(
        Contest contest,
        Result result,
        Optional<RejectedPapers> rejected,
        Optional<Map<UnusedSecondPreference, Long>> unusedSecondPreferences,
        Optional<PreviousContest> previous,
        List<AreaFigures> areas,
        List<InputFile> inputs,
        Optional<BigDecimal> statedTurnout,
        Optional<org.teller.core.count.VotingSystem> statutorySystem) {

    public Declaration {
        unusedSecondPreferences = unusedSecondPreferences.map(Map::copyOf);
        areas = List.copyOf(areas);
        inputs = List.copyOf(inputs);
        java.util.Objects.requireNonNull(statedTurnout);
        java.util.Objects.requireNonNull(statutorySystem);
        long valid = result.valid();
        long papers = Totals.add(valid, rejected.map(RejectedPapers::total).orElse(0L));
        if (contest.electorate().isPresent() && papers > contest.electorate().getAsLong()) {
            throw new IllegalArgumentException(
                    papers + " ballot papers but an electorate of " + contest.electorate().getAsLong());
        }
    }

    /** Ballot papers counted, rejected ones included, when the rejected papers are known. */
    public Optional<Long> ballotPapers() {
        return rejected.map(statement -> Totals.add(result.valid(), statement.total()));
    }

    /**
     * Ballot papers counted as a share of the electorate, in percent, when both are known; else the turnout
     * stated, where it is ({@link #isTurnoutComputed()} tells which).
     */
    public Optional<BigDecimal> turnout() {
        return computedTurnout().or(() -> statedTurnout);
    }

    /** Whether {@link #turnout()} is computed from the papers and the electorate, rather than stated. */
    public boolean isTurnoutComputed() {
        return computedTurnout().isPresent();
    }

    /** Ballot papers counted as a share of the electorate, in percent, when both are known. */
    public Optional<BigDecimal> computedTurnout() {
        if (contest.electorate().isEmpty()) {
            return Optional.empty();
        }
        return ballotPapers().flatMap(papers -> new Share(papers, contest.electorate().getAsLong()).percent());
    }

    /** The same declaration compared with a previous contest. */
    public Declaration since(PreviousContest earlier) {
        return new Declaration(contest, result, rejected, unusedSecondPreferences, Optional.of(earlier), areas, inputs,
                statedTurnout, statutorySystem);
    }

    /** The same declaration, marked as a "what if": counted under another system than {@code statutory}, the law's. */
    public Declaration whatIf(org.teller.core.count.VotingSystem statutory) {
        return new Declaration(contest, result, rejected, unusedSecondPreferences, previous, areas, inputs, statedTurnout,
                Optional.of(statutory));
    }

    /**
     * A candidate's change in first-preference share since the previous contest, in percentage points
     * (two places, half-up, from the exact shares); empty without a previous contest or a comparison there.
     */
    public Optional<BigDecimal> change(int candidate) {
        return previous.map(earlier -> earlier.earlierShares().get(candidate))
                .flatMap(earlier -> result.firstRound().share(candidate).changeSince(earlier));
    }

    /** Every candidate's change that there is, by candidate index. */
    public Map<Integer, BigDecimal> changes() {
        Map<Integer, BigDecimal> changes = new java.util.TreeMap<>();
        for (int candidate = 0; candidate < contest.candidates().size(); candidate++) {
            int index = candidate;
            change(candidate).ifPresent(change -> changes.put(index, change));
        }
        return changes;
    }

    /** The winning margin ({@link Majority}), where someone was elected over a rival. */
    public Optional<Majority> majority() {
        return Majority.of(result);
    }

    /**
     * The swing ({@link Swing}) between the two parties the contest file chose, else between the two best-placed
     * that stood last time too.
     */
    public Optional<Swing> swing() {
        return previous.flatMap(earlier -> earlier.swingBetween().isPresent()
                // Towards 'to' (so that no swing at all is said in the file's order, from 'from' to 'to').
                ? Swing.between(earlier.swingBetween().get().get(1), earlier.swingBetween().get().get(0), result.firstRound(),
                        earlier)
                : Swing.of(contest.candidates(), result.firstRound(), earlier));
    }

    /** A gain or a hold against the previous contest's winner ({@link Outcome}), where both are known. */
    public Optional<Outcome> outcome() {
        if (!result.hasElection()) {
            return Optional.empty();
        }
        return previous.flatMap(earlier -> Outcome.of(contest, result.elected(), earlier));
    }
}
