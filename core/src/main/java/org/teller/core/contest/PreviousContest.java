package org.teller.core.contest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.teller.core.Candidate;
import org.teller.core.Share;
import org.teller.core.count.Round;

/**
 * The previous contest a declaration is compared with, and how each candidate now is compared with it.
 *
 * @param contest the previous contest
 * @param firstRound its first preferences
 * @param elected who was elected then, by index in the previous contest, where known (a previous contest
 *     given by its first preferences alone is known only when someone had more than half of them)
 * @param earlierShares by candidate index now, the earlier share each candidate's change is measured from
 *     ({@link ShareChanges}): the party's share then, or the same independent's
 * @param named by candidate index now, the previous candidate the contest file names as theirs, by index then
 * @param swingBetween the two candidates now whose parties the swing is given between, where chosen (else the two
 *     best placed that can be compared: {@link Swing#of})
 */
public record PreviousContest(Contest contest, Round firstRound, OptionalInt elected, Map<Integer, Share> earlierShares,
        Map<Integer, Integer> named, Optional<List<Integer>> swingBetween) {

    public PreviousContest {
        earlierShares = Map.copyOf(earlierShares);
        named = Map.copyOf(named);
        swingBetween = swingBetween.map(List::copyOf);
        if (swingBetween.isPresent() && (swingBetween.get().size() != 2
                || !earlierShares.keySet().containsAll(swingBetween.get()))) {
            throw new IllegalArgumentException("a swing between " + swingBetween.get() + ", not two compared candidates");
        }
        if (elected.isPresent() && (elected.getAsInt() < 0 || elected.getAsInt() >= contest.candidates().size())) {
            throw new IllegalArgumentException("candidate " + elected.getAsInt() + " elected of "
                    + contest.candidates().size());
        }
    }

    /** The same comparison, with the swing given between these two candidates' parties. */
    public PreviousContest withSwingBetween(int from, int to) {
        return new PreviousContest(contest, firstRound, elected, earlierShares, named, Optional.of(List.of(from, to)));
    }

    /** The person elected last time, where known. */
    public Optional<Candidate> electedCandidate() {
        return elected.isPresent() ? Optional.of(contest.candidates().get(elected.getAsInt())) : Optional.empty();
    }

    /**
     * Who was elected, judged from first preferences alone: the candidate with more than half of them
     * (elected at the first round under every system Teller counts), or under first past the post the one
     * with the most, when no one had as many.
     */
    public static OptionalInt electedByFirstPreferences(Contest contest, Round firstRound) {
        int top = -1;
        boolean equal = false;
        for (int candidate : firstRound.continuing()) {
            if (top < 0 || firstRound.votes(candidate) > firstRound.votes(top)) {
                top = candidate;
                equal = false;
            } else if (firstRound.votes(candidate) == firstRound.votes(top)) {
                equal = true;
            }
        }
        if (top < 0 || equal) {
            return OptionalInt.empty();
        }
        boolean elected = firstRound.votes(top) >= firstRound.majority()
                || contest.system() instanceof org.teller.core.count.FirstPastThePost;
        return elected ? OptionalInt.of(top) : OptionalInt.empty();
    }
}
