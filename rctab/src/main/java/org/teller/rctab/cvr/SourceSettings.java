package org.teller.rctab.cvr;

import java.util.Map;
import java.util.TreeMap;
import org.teller.core.InvalidInputException;

/** What RCTab's configuration checks of a source's settings, for the providers that share the checks. */
final class SourceSettings {

    private SourceSettings() {}

    /**
     * For a provider whose files name their contest and candidates (Clear Ballot, Dominion, Hart): the
     * settings RCTab refuses (they belong to files that write a candidate at each rank), and the
     * {@code contestId} it requires.
     *
     * @param vendor the provider as messages name it ("Dominion")
     */
    static void requireContestAndNoCellSettings(CvrSource source, String vendor) {
        String file = source.file().toString();
        if (source.contestId().isEmpty()) {
            throw new InvalidInputException(file, 0, "", "has no contestId: RCTab requires one of a " + vendor + " source");
        }
        Map<String, String> refused = new TreeMap<>();
        source.firstVoteColumn().ifPresent(i -> refused.put("firstVoteColumnIndex", Integer.toString(i)));
        source.firstVoteRow().ifPresent(i -> refused.put("firstVoteRowIndex", Integer.toString(i)));
        source.idColumn().ifPresent(i -> refused.put("idColumnIndex", Integer.toString(i)));
        source.precinctColumn().ifPresent(i -> refused.put("precinctColumnIndex", Integer.toString(i)));
        source.batchColumn().ifPresent(i -> refused.put("batchColumnIndex", Integer.toString(i)));
        refused.put("overvoteDelimiter", source.overvoteDelimiter());
        refused.put("overvoteLabel", source.overvoteLabel());
        refused.put("skippedRankLabel", source.skippedRankLabel());
        refused.put("treatBlankAsUndeclaredWriteIn", source.treatBlankAsUndeclaredWriteIn() ? "true" : "");
        refused.values().removeIf(String::isEmpty);
        if (!refused.isEmpty()) {
            Map.Entry<String, String> first = refused.entrySet().iterator().next();
            throw new InvalidInputException(file, 0, first.getValue(),
                    "is given as " + first.getKey() + ", a setting RCTab refuses for a " + vendor + " source");
        }
    }
}
