package org.teller.core.sv;

import java.util.List;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.lot.Lot;

/**
 * The result of a Supplementary Vote count. Immutable.
 *
 * @param candidates the candidates in ballot order
 * @param firstStage the first preferences and who went forward
 * @param secondStage the second stage, when one was held
 * @param elected the person elected, by index
 * @param how how that person was elected
 * @param lots the lots drawn, in the order drawn
 */
public record SvResult(
        List<Candidate> candidates,
        FirstStage firstStage,
        Optional<SecondStage> secondStage,
        int elected,
        HowElected how,
        List<Lot> lots) {

    public SvResult {
        candidates = List.copyOf(candidates);
        lots = List.copyOf(lots);
    }

    public Candidate electedCandidate() {
        return candidates.get(elected);
    }

    public int electedAtStage() {
        return how.stage();
    }
}
