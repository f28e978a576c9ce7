package org.teller.core.count;

import java.util.ArrayList;
import java.util.List;
import org.teller.core.tally.PreferenceSource;
import org.teller.core.tally.Standing;
import org.teller.core.tally.Transfer;

/**
 * A count area's part of a result: the area's votes taken through the same rounds as the whole count,
 * with the same candidates eliminated at each. Nothing is decided here; the whole count decided it. The
 * transfers of each round are kept together, not by eliminated candidate.
 */
public final class Replay {

    private Replay() {}

    /**
     * The rounds of {@code result} as the votes of one area give them.
     *
     * @throws org.teller.core.tally.StatedFiguresMismatchException when the area's stated figures do not fit
     */
    public static List<Round> rounds(Result result, PreferenceSource area) {
        return rounds(result, area, false);
    }

    /**
     * The rounds of {@code result} as the votes of one area give them.
     *
     * @param byCandidate whether to keep the transfers of each candidate eliminated (as RCTab's reports of a
     *     precinct give them) rather than one of all those eliminated together
     * @throws org.teller.core.tally.StatedFiguresMismatchException when the area's stated figures do not fit
     */
    public static List<Round> rounds(Result result, PreferenceSource area, boolean byCandidate) {
        List<Round> rounds = new ArrayList<>();
        // Candidates out of the count from its start (RCTab's excluded candidates) are out of each area's too.
        List<Integer> continuing = result.firstRound().continuing();
        Standing standing = continuing.size() == area.candidateCount() ? area.first()
                : area.first(Counting.mask(area.candidateCount(), continuing));
        for (Round round : result.rounds()) {
            if (round.number() > 1) {
                standing = area.transfer(standing, Counting.mask(area.candidateCount(), round.continuing()));
            }
            Round whole = Round.of(round.number(), standing, round.eliminated());
            if (byCandidate) {
                rounds.add(whole);
                continue;
            }
            // One transfer from all the candidates eliminated together: an area needs no more, and a
            // thousand areas of a thousand candidates would otherwise hold a million vectors.
            List<Transfer> together = whole.transfers().isEmpty() ? List.of()
                    : List.of(Transfer.together(whole.transfers(), area.candidateCount()));
            rounds.add(new Round(whole.number(), whole.votes(), whole.continuing(), together, whole.exhausted(),
                    whole.exhaustedBy(), whole.eliminated()));
        }
        if (rounds.size() == 1) {
            area.checkFirstRoundOnly();
        }
        return rounds;
    }
}
