package org.teller.core.contest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.teller.core.Candidate;
import org.teller.core.Share;
import org.teller.core.Totals;
import org.teller.core.count.Round;

/**
 * Changes in first-preference share since a previous contest, in percentage points.
 *
 * <p>A party's candidate is compared with the same party's share last time (RULES.md); an independent
 * only with the same person. An explicit mapping overrides both: it names the previous candidate to
 * compare with, or none.
 */
public final class ShareChanges {

    private ShareChanges() {}

    /**
     * @param now the contest counted
     * @param nowFirst its first round
     * @param before the previous contest
     * @param beforeFirst the previous contest's first round
     * @param mapping by name of a candidate now, the previous candidate to compare with, or empty for none
     * @return the change for each candidate who has one, by candidate index
     */
    public static Map<Integer, BigDecimal> since(
            Contest now, Round nowFirst, Contest before, Round beforeFirst, Map<String, Optional<String>> mapping) {
        Map<Integer, BigDecimal> changes = new TreeMap<>();
        List<Candidate> candidates = now.candidates();
        for (int candidate = 0; candidate < candidates.size(); candidate++) {
            Optional<Share> earlier = earlierShare(candidates.get(candidate), before, beforeFirst, mapping);
            Share share = nowFirst.share(candidate);
            int index = candidate;
            earlier.flatMap(share::changeSince).ifPresent(change -> changes.put(index, change));
        }
        return changes;
    }

    private static Optional<Share> earlierShare(
            Candidate candidate, Contest before, Round beforeFirst, Map<String, Optional<String>> mapping) {
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
