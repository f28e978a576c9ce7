package org.teller.rctab.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names parts' reports are filed under, as RCTab makes them from the parts' names: every character
 * but ASCII letters, digits, '_', '-' and '.' becomes '_' ("MINNEAPOLIS W-13 P-13" is
 * "MINNEAPOLIS_W-13_P-13", "no precinct id" "no_precinct_id"). Two names that come out the same are told
 * apart by "_1", "_2"... on the one filed later; a name is filed the same way each time it is given,
 * whether for a precinct or a batch, as RCTab keeps one such record for both. RCTab files the precincts
 * first, then the batches, each in the order its hash map of them iterates (as RCTab 2.0.1 was seen to:
 * precincts "a_y" then "a y", "North 1" then "North_1", whatever the order of the records), which only
 * matters when two names come out the same.
 */
final class SliceFileNames {

    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    static String sanitize(String name) {
        return name.replaceAll("[^a-zA-Z0-9_\\-.]", "_");
    }

    /** Files these names, of one kind of part, in the order RCTab does. */
    void fileInRctabsOrder(List<String> names) {
        Map<String, Boolean> asRctabHoldsThem = new HashMap<>();
        names.forEach(name -> asRctabHoldsThem.put(name, true));
        asRctabHoldsThem.keySet().forEach(this::of);
    }

    /** The name a part's reports are filed under, filed now if it was not yet. */
    String of(String name) {
        return byName.computeIfAbsent(name, unseen -> {
            String sanitized = sanitize(unseen);
            String unique = sanitized;
            for (int n = 1; taken.contains(unique); n++) {
                unique = sanitized + "_" + n;
            }
            taken.add(unique);
            return unique;
        });
    }
}
