package org.teller.core.contest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.teller.core.Candidate;
import org.teller.core.Share;
import org.teller.core.Totals;
import org.teller.core.count.Round;

/**
 * What each candidate's first-preference share is compared with in a previous contest, for changes in
 * percentage points and swing.
 *
 * <p>A party's candidate is compared with the same party's share last time (RULES.md); an independent
 * only with the same person; a party standing two candidates now, with no one (the party's share last time
 * is neither one's). An explicit mapping overrides all of these: it names the previous candidate to
 * compare with, or none.
 */
public final class ShareChanges {

    private ShareChanges() {}

    /**
     * @param now the contest counted
     * @param before the previous contest
     * @param beforeFirst the previous contest's first round
     * @param mapping by name of a candidate now, the previous candidate to compare with, or empty for none
     * @return the earlier share of each candidate who has one, by candidate index
     * @throws IllegalArgumentException when the mapping names someone who did not stand before
     */
    public static Map<Integer, Share> earlierShares(
            Contest now, Contest before, Round beforeFirst, Map<String, Optional<String>> mapping) {
        Map<Integer, Share> earlier = new TreeMap<>();
        List<Candidate> candidates = now.candidates();
        for (int candidate = 0; candidate < candidates.size(); candidate++) {
            int index = candidate;
            earlierShare(candidates.get(candidate), now.standsAlone(candidate), before, beforeFirst, mapping)
                    .ifPresent(share -> earlier.put(index, share));
        }
        return earlier;
    }

    /**
     * The previous contest as a declaration holds it.
     *
     * @param elected who was elected then, by index, where known
     */
    public static PreviousContest previous(Contest now, Contest before, Round beforeFirst,
            java.util.OptionalInt elected, Map<String, Optional<String>> mapping) {
        Map<Integer, Integer> named = new TreeMap<>();
        for (int candidate = 0; candidate < now.candidates().size(); candidate++) {
            Optional<String> mapped = mapping.get(now.candidates().get(candidate).name());
            if (mapped != null && mapped.isPresent() && before.indexOf(mapped.get()) >= 0) {
                named.put(candidate, before.indexOf(mapped.get()));
            }
        }
        return new PreviousContest(before, beforeFirst, elected, earlierShares(now, before, beforeFirst, mapping), named,
                Optional.empty());
    }

    private static Optional<Share> earlierShare(Candidate candidate, boolean standsAlone, Contest before,
            Round beforeFirst, Map<String, Optional<String>> mapping) {
        Optional<String> mapped = mapping.get(candidate.name());
        if (mapped != null) {
            return mapped.map(name -> {
                int index = before.indexOf(name);
                if (index < 0) {
                    throw new IllegalArgumentException(name + " did not stand in " + before.title());
                }
                return beforeFirst.share(index);
            });
        }
        if (candidate.isIndependent()) {
            int index = before.indexOf(candidate.name());
            return index >= 0 && before.candidates().get(index).isIndependent()
                    ? Optional.of(beforeFirst.share(index))
                    : Optional.empty();
        }
        if (!standsAlone) {
            // Two candidates of one party now: the party's share last time is neither one's.
            return Optional.empty();
        }
        long votes = 0;
        boolean stood = false;
        for (int index = 0; index < before.candidates().size(); index++) {
            Candidate earlier = before.candidates().get(index);
            if (!earlier.isIndependent() && earlier.party().equalsIgnoreCase(candidate.party())) {
                votes = Totals.add(votes, beforeFirst.votes(index));
                stood = true;
            }
        }
        return stood ? Optional.of(new Share(votes, beforeFirst.continuingVotes())) : Optional.empty();
    }
}
