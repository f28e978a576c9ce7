package org.teller.core.contest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.teller.core.Candidate;

/**
 * What is known of a contest before its votes: its title, the date of the poll, the rules, the
 * candidates in ballot order and, where known, the electorate.
 */
public record Contest(String title, LocalDate date, RuleSet rules, List<Candidate> candidates, OptionalLong electorate) {

    public Contest {
        candidates = List.copyOf(candidates);
    }

    /** The index of the candidate with this name, compared without regard to case or spacing; -1 if none. */
    public int indexOf(String name) {
        String wanted = normalise(name);
        for (int candidate = 0; candidate < candidates.size(); candidate++) {
            if (normalise(candidates.get(candidate).name()).equals(wanted)) {
                return candidate;
            }
        }
        return -1;
    }

    static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
