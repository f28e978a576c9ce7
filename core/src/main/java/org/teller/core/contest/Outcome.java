package org.teller.core.contest;

import java.util.Optional;
import org.teller.core.Candidate;

/**
 * Whether the person elected holds the office for their party or gains it from another, against the
 * person elected at the previous contest: a party's candidate holds it if that party's candidate won last
 * time; an independent only if they themselves did; a candidate the contest file compares with a previous
 * candidate ({@code previous: NAME}) holds it if that candidate won.
 *
 * @param kind a gain or a hold
 * @param elected the person elected now, by index
 * @param previouslyElected the person elected last time, by index in the previous contest
 */
public record Outcome(Kind kind, int elected, int previouslyElected) {

    /** A gain or a hold. */
    public enum Kind {
        GAIN,
        HOLD;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The outcome, when both contests elected someone. */
    public static Optional<Outcome> of(Contest now, int elected, PreviousContest previous) {
        if (previous.elected().isEmpty()) {
            return Optional.empty();
        }
        Candidate winner = now.candidates().get(elected);
        int previousWinner = previous.elected().getAsInt();
        Candidate before = previous.contest().candidates().get(previousWinner);
        Integer named = previous.named().get(elected);
        // A candidate the contest file names as the previous winner's successor holds it, whatever the description.
        boolean held = named != null ? named == previousWinner
                : winner.isIndependent() || before.isIndependent()
                ? winner.isIndependent() && before.isIndependent()
                        && Contest.normalise(winner.name()).equals(Contest.normalise(before.name()))
                : winner.party().equalsIgnoreCase(before.party());
        return Optional.of(new Outcome(held ? Kind.HOLD : Kind.GAIN, elected, previous.elected().getAsInt()));
    }
}
