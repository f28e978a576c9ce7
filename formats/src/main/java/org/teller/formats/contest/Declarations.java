package org.teller.formats.contest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.teller.core.InvalidInputException;
import org.teller.core.Totals;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.contest.PreviousContest;
import org.teller.core.contest.ShareChanges;
import org.teller.core.count.Result;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.lot.LotDrawer;
import org.teller.core.lot.LotNeededException;
import org.teller.formats.votes.CountedVotes;
import org.teller.formats.votes.VotesCount;

/**
 * A contest's declaration from what is already in memory: the contest, what it states beside its votes,
 * the votes read, and the SHA-256 of every input, computed by the caller. It counts, checks every
 * statement and builds the {@link Declaration}, reading no file, so that a caller with no files (a
 * server given a contest and its returns as request bodies) declares exactly what {@code teller count}
 * declares; {@link ContestCounter} reads and hashes the files and comes here.
 */
public final class Declarations {

    private Declarations() {}

    /**
     * The contest counted and its statements checked, with no previous contest (see
     * {@link #since(Declaration, StatedFigures, Declaration)}).
     *
     * @param votes the votes; {@link CountedVotes#firstPreferencesOnly()} to count returns of two stages by
     *     first past the post
     * @param inputs every input with its SHA-256, as the declaration lists them
     * @throws InvalidInputException for votes that cannot be counted, or a statement the count contradicts
     * @throws LotNeededException when the count stops at an equality its rules leave to the returning
     *     officer and {@code lots} does not hold their lot; its source is the statement's
     */
    public static Declaration count(Contest contest, StatedFigures stated, CountedVotes votes, LotDrawer lots,
            List<InputFile> inputs) {
        return count(contest, stated, votes, lots, () -> inputs);
    }

    /**
     * As {@link #count(Contest, StatedFigures, CountedVotes, LotDrawer, List)}, with the inputs asked for
     * only once the count is done, so that a hash still being computed can finish while the votes are
     * counted (for millions of papers, hashing the file takes as long as reading it on one core).
     */
    public static Declaration count(Contest contest, StatedFigures stated, CountedVotes votes, LotDrawer lots,
            Supplier<List<InputFile>> inputs) {
        VotesCount.Counted count;
        try {
            count = VotesCount.count(contest, votes, lots);
        } catch (LotNeededException needed) {
            throw needed.in(stated.source());
        }
        Result result = count.result();
        Optional<RejectedPapers> rejected = Statements.rejected(stated, votes, result.valid());
        // Where rejected papers are not known, the valid votes alone may not exceed the electorate either.
        Statements.checkElectorate(contest, stated, rejected.map(r -> Totals.add(r.total(), result.valid()))
                .orElse(result.valid()));
        Optional<Map<UnusedSecondPreference, Long>> unusedSeconds = stated.unusedSeconds().isPresent()
                ? Optional.of(Statements.checkedUnusedSeconds(stated, result))
                : votes.endings().filter(endings -> contest.system() instanceof SupplementaryVote)
                        .map(Declarations::unusedSeconds);
        Statements.checkTurnout(stated, contest, rejected.map(r -> Totals.add(r.total(), result.valid())), result.valid());
        return new Declaration(contest, result, rejected, unusedSeconds, Optional.empty(), count.areas(),
                inputs.get(), stated.turnout(), Optional.empty());
    }

    /**
     * The declaration with changes in share since the previous contest: the previous candidates named in
     * {@code stated} must have stood in it, and its inputs are listed after this contest's.
     *
     * @param now this contest's declaration, from {@link #count}
     * @param stated what this contest states: its previous candidates
     * @param previous the previous contest's declaration, counted the same way
     */
    public static Declaration since(Declaration now, StatedFigures stated, Declaration previous) {
        Statements.checkMapping(stated, previous.contest());
        Result before = previous.result();
        PreviousContest earlier = ShareChanges.previous(now.contest(), previous.contest(), before.firstRound(),
                before.hasElection() && before.lots().isEmpty() ? OptionalInt.of(before.elected()) : OptionalInt.empty(),
                stated.mapping());
        if (stated.swing().isPresent()) {
            earlier = Statements.swingBetween(stated, now.contest(), earlier);
        }
        List<InputFile> inputs = new ArrayList<>(now.inputs());
        inputs.addAll(previous.inputs());
        return new Declaration(now.contest(), now.result(), now.rejected(), now.unusedSecondPreferences(),
                Optional.of(earlier), now.areas(), inputs, now.statedTurnout(), now.statutorySystem());
    }

    /** SV's second preferences not counted, by reason: the valid papers whose ranking stops after the first. */
    private static Map<UnusedSecondPreference, Long> unusedSeconds(Map<RankingEnd, Long> endings) {
        Map<UnusedSecondPreference, Long> byReason = new EnumMap<>(UnusedSecondPreference.class);
        for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
            byReason.put(reason, endings.getOrDefault(reason.end(), 0L));
        }
        return byReason;
    }
}
