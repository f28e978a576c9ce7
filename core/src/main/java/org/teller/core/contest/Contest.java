package org.teller.core.contest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.teller.core.Candidate;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;

/**
 * What is known of a contest before its votes: its title, the date of the poll (where known: an RCTab
 * configuration may leave it out), the voting system, the statutory rules, the candidates in ballot order
 * and, where known, the electorate.
 */
public record Contest(String title, Optional<LocalDate> date, VotingSystem system, RuleSet rules,
        List<Candidate> candidates, OptionalLong electorate) {

    public Contest {
        candidates = List.copyOf(candidates);
    }

    /** A contest whose poll's date is known. */
    public Contest(String title, LocalDate date, VotingSystem system, RuleSet rules, List<Candidate> candidates,
            OptionalLong electorate) {
        this(title, Optional.of(date), system, rules, candidates, electorate);
    }

    /** A Supplementary Vote contest. */
    public Contest(String title, LocalDate date, RuleSet rules, List<Candidate> candidates, OptionalLong electorate) {
        this(title, date, SupplementaryVote.INSTANCE, rules, candidates, electorate);
    }

    /** The same contest counted under another system. */
    public Contest under(VotingSystem other) {
        return new Contest(title, date, other, rules, candidates, electorate);
    }

    /**
     * Whether a candidate stands alone for their party: no other candidate has the same description (an
     * independent always does). A party's share last time is the share of a candidate who stands alone only.
     */
    public boolean standsAlone(int candidate) {
        Candidate c = candidates.get(candidate);
        return c.isIndependent() || candidates.stream()
                .filter(other -> !other.isIndependent() && other.party().equalsIgnoreCase(c.party())).count() <= 1;
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
