package org.teller.fuzz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.teller.core.Candidate;

/**
 * Finds candidates by the name or short label a CSV file writes, as the README says: "compared without
 * regard to case or spacing" (spaces around a name, and runs of spaces, tabs and line breaks inside it,
 * do not count; nor does case, as Java lower-cases without a locale). A name is found first; otherwise
 * a short label, which must belong to one candidate.
 *
 * <p>The loose key also ignores look-alikes (compatibility forms, other space characters, zero-width and
 * format characters): two candidates whose names are loosely equal cannot be told apart by a reader of
 * the paper, and a mark that only loosely matches a candidate may be refused or counted for that
 * candidate, but never for another.
 */
final class Names {

    static final int UNKNOWN = -1;
    static final int AMBIGUOUS = -2;

    private final Map<String, Integer> names = new HashMap<>();
    private final Map<String, List<Integer>> labels = new HashMap<>();
    private final Map<String, Integer> looseNames = new HashMap<>();
    private final Map<String, List<Integer>> looseLabels = new HashMap<>();

    Names(List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            names.putIfAbsent(key(candidate.name()), i);
            looseNames.putIfAbsent(loose(candidate.name()), i);
            if (!candidate.shortLabel().isEmpty()) {
                labels.computeIfAbsent(key(candidate.shortLabel()), k -> new ArrayList<>()).add(i);
                looseLabels.computeIfAbsent(loose(candidate.shortLabel()), k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The candidate, {@link #UNKNOWN} or {@link #AMBIGUOUS}, by the README's rule. */
    int find(String mark) {
        return find(key(mark), names, labels);
    }

    /** As {@link #find}, ignoring look-alikes too. */
    int findLoosely(String mark) {
        int strict = find(mark);
        return strict != UNKNOWN ? strict : find(loose(mark), looseNames, looseLabels);
    }

    private static int find(String key, Map<String, Integer> names, Map<String, List<Integer>> labels) {
        Integer name = names.get(key);
        if (name != null) {
            return name;
        }
        List<Integer> withLabel = labels.get(key);
        if (withLabel == null) {
            return UNKNOWN;
        }
        return withLabel.size() == 1 ? withLabel.get(0) : AMBIGUOUS;
    }

    static String key(String text) {
        String stripped = StrictCsv.stripped(text);
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (StrictCsv.space(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    static String loose(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.FORMAT || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0) {
                continue; // zero-width and other invisible characters
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(c);
        }
        return Normalizer.normalize(out.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    }
}
