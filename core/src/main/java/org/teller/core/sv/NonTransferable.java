package org.teller.core.sv;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.teller.core.Totals;
import org.teller.core.ballot.UnusedSecondPreference;

/**
 * Why papers of eliminated candidates did not transfer at the second stage.
 *
 * @param forEliminatedCandidate papers whose second preference is for another eliminated candidate
 * @param unused papers whose second preference is not counted, by reason
 */
public record NonTransferable(long forEliminatedCandidate, Map<UnusedSecondPreference, Long> unused) {

    public NonTransferable {
        EnumMap<UnusedSecondPreference, Long> all = new EnumMap<>(UnusedSecondPreference.class);
        for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
            all.put(reason, unused.getOrDefault(reason, 0L));
        }
        unused = Collections.unmodifiableMap(all);
    }

    public long total() {
        return Totals.add(forEliminatedCandidate, Totals.sum(unused.values()));
    }
}
