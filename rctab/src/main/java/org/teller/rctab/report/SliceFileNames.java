package org.teller.rctab.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names parts' reports are filed under, as RCTab makes them from the parts' names: every character
 * but ASCII letters, digits, '_', '-' and '.' becomes '_' ("MINNEAPOLIS W-13 P-13" is
 * "MINNEAPOLIS_W-13_P-13", "no precinct id" "no_precinct_id"). Two names that come out the same are told
 * apart by "_1", "_2"... on the later one; a name is filed the same way each time it is given, whether
 * for a precinct or a batch, as RCTab keeps one such record for both.
 */
final class SliceFileNames {

    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    static String sanitize(String name) {
        return name.replaceAll("[^a-zA-Z0-9_\\-.]", "_");
    }

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
