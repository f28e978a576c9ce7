package org.teller.formats.votes;

import org.teller.formats.internal.FieldText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;

/**
 * Finds a candidate by the name or short label a file writes, without regard to case or spacing.
 *
 * <p>Names are unique (after normalising: look-alikes are the same name), and no name is another candidate's short label ({@link #check}). Short labels
 * may repeat (three independents are all "Ind"), but a repeated label cannot identify a candidate.
 */
public final class CandidateNames {

    /** {@link #find} answer for a label that no candidate has. */
    public static final int UNKNOWN = -1;
    /** {@link #find} answer for a short label that several candidates share. */
    public static final int AMBIGUOUS = -2;

    private final Map<String, Integer> index = new HashMap<>();
    /** The names and labels exactly as the contest file spells them, and whom they find. */
    private final Map<String, Integer> spelt = new HashMap<>();

    public CandidateNames(List<Candidate> candidates) {
        for (int candidate = 0; candidate < candidates.size(); candidate++) {
            String label = candidates.get(candidate).shortLabel();
            if (!label.isEmpty()) {
                int other = index.getOrDefault(key(label), candidate);
                index.put(key(label), other == candidate ? candidate : AMBIGUOUS);
            }
        }
        for (int candidate = 0; candidate < candidates.size(); candidate++) {
            index.put(key(candidates.get(candidate).name()), candidate);
        }
        for (Candidate candidate : candidates) {
            for (String spelling : List.of(candidate.name(), candidate.shortLabel())) {
                if (!spelling.isEmpty()) {
                    spelt.put(spelling, index.get(key(spelling)));
                }
            }
        }
    }

    /** The candidate's index, {@link #UNKNOWN} or {@link #AMBIGUOUS}. */
    public int find(String nameOrLabel) {
        Integer exact = spelt.get(nameOrLabel); // most files spell names as the contest file does
        return exact != null ? exact : index.getOrDefault(key(nameOrLabel), UNKNOWN);
    }

    /**
     * The candidate's index.
     *
     * @throws InvalidInputException without a source, when no one candidate has this name or label
     */
    public int require(String nameOrLabel) {
        int candidate = find(nameOrLabel);
        if (candidate == UNKNOWN) {
            throw InvalidInputException.of(nameOrLabel, "is not a candidate (neither a name nor a short label)");
        }
        if (candidate == AMBIGUOUS) {
            throw InvalidInputException.of(nameOrLabel, "is the short label of several candidates: write the name");
        }
        return candidate;
    }

    /** Checks that there are as many candidates as a count can have, and that they can be told apart by name. */
    public static void check(List<Candidate> candidates, String file, List<Integer> lines) {
        if (candidates.size() < 2) {
            throw new InvalidInputException(file, lines.isEmpty() ? 0 : lines.get(0), "",
                    "names fewer than two candidates: a poll needs at least two");
        }
        int most = Candidate.MOST;
        if (candidates.size() > most) {
            throw new InvalidInputException(file, lines.get(most), candidates.get(most).name(),
                    "is candidate " + String.format(Locale.ROOT, "%,d", most + 1) + ": Teller counts at most "
                            + String.format(Locale.ROOT, "%,d", most) + " candidates");
        }
        Map<String, String> names = new HashMap<>();
        Map<String, String> looks = new HashMap<>();
        for (int index = 0; index < candidates.size(); index++) {
            Candidate candidate = candidates.get(index);
            String lookalike = FieldText.lookalike(candidate.name());
            if (lookalike != null) {
                throw new InvalidInputException(file, lines.get(index), candidate.name(), lookalike);
            }
            String other = names.putIfAbsent(key(candidate.name()), candidate.name());
            if (other != null) {
                throw new InvalidInputException(file, lines.get(index), candidate.name(), "is the name of two candidates");
            }
            String alike = looks.putIfAbsent(FieldText.skeleton(candidate.name()), candidate.name());
            if (alike != null) {
                throw new InvalidInputException(file, lines.get(index), candidate.name(), "reads as " + alike
                        + " (written in letters of another alphabet that look the same): two candidates' names must look different");
            }
        }
        for (int index = 0; index < candidates.size(); index++) {
            Candidate candidate = candidates.get(index);
            String other = names.get(key(candidate.shortLabel()));
            if (!candidate.shortLabel().isEmpty() && other != null && !other.equals(candidate.name())) {
                throw new InvalidInputException(file, lines.get(index), candidate.shortLabel(),
                        "is " + candidate.name() + "'s short label and " + other + "'s name");
            }
        }
    }

    /** Names and labels are compared as a person reads them: see {@link FieldText#key}. */
    private static String key(String label) {
        return FieldText.key(label);
    }
}
