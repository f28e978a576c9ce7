package org.teller.core.count;

import java.util.List;
import java.util.Optional;
import org.teller.core.lot.Lot;

/**
 * The first stage of a two-stage count (the Supplementary Vote, the contingent vote), as a returning
 * officer declares it before the second: a candidate elected at it, or the candidates who go forward
 * (every other candidate is out). It is what {@link SupplementaryVote#count} and {@link ContingentVote#count}
 * decide first: the count of the whole contest goes on from it, so a first stage declared alone is the one
 * the whole count makes.
 *
 * @param round the first stage's votes, and the candidates it eliminates
 * @param elected the candidate elected at the first stage, if one is
 * @param how how that candidate was elected (empty when the count goes on)
 * @param forward the candidates who go forward to the second stage, in ballot order (empty when one is elected)
 * @param drawn the lots drawn at the first stage
 */
public record FirstStage(Round round, Optional<Integer> elected, Optional<HowElected> how, List<Integer> forward,
        List<Lot> drawn) {

    public FirstStage {
        forward = List.copyOf(forward);
        drawn = List.copyOf(drawn);
    }

    /** Whether the count goes on to a second stage. */
    public boolean goesOn() {
        return elected.isEmpty();
    }
}
