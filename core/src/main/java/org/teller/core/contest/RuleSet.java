package org.teller.core.contest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.teller.core.ballot.RejectionHead;

/**
 * The statutory rules a contest is held under. The count is the same for all three; they differ in
 * how the statement of rejected papers is headed, and a declaration uses its own rules' headings.
 */
public enum RuleSet {
    COUNCIL_MAYOR(
            "council-mayor",
            "LGA 2000 Sch.2; SI 2007/1024 Sch.1",
            List.of(Headings.OFFICIAL_MARK, Headings.TOO_MANY, Headings.IDENTIFYING,
                    new Heading("unmarked or void for uncertainty as to the first preference",
                            Set.of(RejectionHead.UNMARKED, RejectionHead.UNCERTAIN)))),
    POLICE_AND_CRIME_COMMISSIONER(
            "pcc",
            "PRSRA 2011 Sch.9; SI 2012/1917 Sch.3",
            List.of(Headings.OFFICIAL_MARK, Headings.TOO_MANY, Headings.IDENTIFYING,
                    new Heading("unmarked as to the first preference", Set.of(RejectionHead.UNMARKED)),
                    new Heading("void for uncertainty as to the first preference", Set.of(RejectionHead.UNCERTAIN)))),
    LONDON_MAYOR(
            "london-mayor",
            "GLA Act 1999 Sch.2; SI 2007/3541",
            List.of(
                    new Heading("unmarked", Set.of(RejectionHead.UNMARKED)),
                    new Heading("uncertain", Set.of(RejectionHead.UNCERTAIN)),
                    new Heading("voting for too many candidates", Set.of(RejectionHead.VOTING_FOR_TOO_MANY)),
                    Headings.IDENTIFYING,
                    Headings.OFFICIAL_MARK));

    /**
     * One heading of the statement of rejected papers and the heads it covers.
     *
     * @param text the heading as the rules word it
     * @param heads the heads counted under it
     */
    public record Heading(String text, Set<RejectionHead> heads) {
        public Heading {
            heads = Set.copyOf(heads);
        }
    }

    /** The headings that council mayor, PCC and London rules word alike. */
    private static final class Headings {
        static final Heading OFFICIAL_MARK =
                new Heading("want of an official mark", Set.of(RejectionHead.WANT_OF_OFFICIAL_MARK));
        static final Heading TOO_MANY = new Heading("voting for more than one candidate as to the first preference",
                Set.of(RejectionHead.VOTING_FOR_TOO_MANY));
        static final Heading IDENTIFYING = new Heading("writing or mark by which the voter could be identified",
                Set.of(RejectionHead.IDENTIFYING_MARK));
    }

    private final String key;
    private final String statute;
    private final List<Heading> headings;

    RuleSet(String key, String statute, List<Heading> headings) {
        this.key = key;
        this.statute = statute;
        this.headings = headings;
    }

    /** The key in a contest file: {@code council-mayor}, {@code pcc} or {@code london-mayor}. */
    public String key() {
        return key;
    }

    /** Where the rules are, for the declaration's footer. */
    public String statute() {
        return statute;
    }

    /** The headings of the statement of rejected papers, in the order the rules print them. */
    public List<Heading> headings() {
        return headings;
    }

    public static Optional<RuleSet> ofKey(String key) {
        for (RuleSet rules : values()) {
            if (rules.key.equals(key)) {
                return Optional.of(rules);
            }
        }
        return Optional.empty();
    }
}
