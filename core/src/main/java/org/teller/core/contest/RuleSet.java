package org.teller.core.contest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;

/**
 * The statutory rules a contest is held under, for its system. SV's three sets count alike; they differ
 * in how the statement of rejected papers is headed, and a declaration uses its own rules' headings.
 */
public enum RuleSet {
    COUNCIL_MAYOR(
            "council-mayor",
            SupplementaryVote.KEY,
            "LGA 2000 Sch.2; SI 2007/1024 Sch.1",
            List.of(Headings.OFFICIAL_MARK, Headings.TOO_MANY, Headings.IDENTIFYING, Headings.UNMARKED_OR_UNCERTAIN)),
    POLICE_AND_CRIME_COMMISSIONER(
            "pcc",
            SupplementaryVote.KEY,
            "PRSRA 2011 Sch.9; SI 2012/1917 Sch.3",
            List.of(Headings.OFFICIAL_MARK, Headings.TOO_MANY, Headings.IDENTIFYING,
                    new Heading("unmarked as to the first preference", Set.of(RejectionHead.UNMARKED)),
                    new Heading("void for uncertainty as to the first preference", Set.of(RejectionHead.UNCERTAIN)))),
    LONDON_MAYOR(
            "london-mayor",
            SupplementaryVote.KEY,
            "GLA Act 1999 Sch.2; SI 2007/3541",
            List.of(
                    new Heading("unmarked", Set.of(RejectionHead.UNMARKED)),
                    new Heading("uncertain", Set.of(RejectionHead.UNCERTAIN)),
                    new Heading("voting for too many candidates", Set.of(RejectionHead.VOTING_FOR_TOO_MANY)),
                    Headings.IDENTIFYING,
                    Headings.OFFICIAL_MARK)),
    /** UK parliamentary and local elections by first past the post. */
    UK_FIRST_PAST_THE_POST(
            "uk-first-past-the-post",
            FirstPastThePost.KEY,
            "RPA 1983 Sch.1 rr.47-50",
            List.of(Headings.OFFICIAL_MARK,
                    new Heading("voting for more candidates than voter was entitled to",
                            Set.of(RejectionHead.VOTING_FOR_TOO_MANY)),
                    Headings.IDENTIFYING,
                    new Heading("being unmarked or wholly void for uncertainty",
                            Set.of(RejectionHead.UNMARKED, RejectionHead.UNCERTAIN)))),
    /** The alternative vote the UK's 2011 referendum proposed for Parliament. */
    UK_ALTERNATIVE_VOTE(
            "uk-alternative-vote",
            AlternativeVote.KEY,
            "PVSCA 2011 s.9, Sch.10",
            List.of(Headings.OFFICIAL_MARK, Headings.TOO_MANY, Headings.IDENTIFYING, Headings.UNMARKED_OR_UNCERTAIN)),
    /** The election of Sri Lanka's President by the contingent vote. */
    SRI_LANKA_PRESIDENT(
            "sri-lanka-president",
            ContingentVote.KEY,
            "Constitution Art.94; Presidential Elections Act No. 15 of 1981 s.58",
            List.of(Headings.OFFICIAL_MARK, Headings.TOO_MANY, Headings.IDENTIFYING, Headings.UNMARKED_OR_UNCERTAIN)),
    /**
     * Ranked-choice voting as US jurisdictions count it with RCTab, under the rules of an RCTab contest
     * configuration: no ballot is rejected (one that ranks no one is an undervote, exhausted from the start).
     */
    RCTAB("rctab", AlternativeVote.KEY, "the rules of its RCTab contest configuration", List.of());

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
        static final Heading UNMARKED_OR_UNCERTAIN = new Heading(
                "unmarked or void for uncertainty as to the first preference",
                Set.of(RejectionHead.UNMARKED, RejectionHead.UNCERTAIN));
    }

    private final String key;
    private final String system;
    private final String statute;
    private final List<Heading> headings;

    RuleSet(String key, String system, String statute, List<Heading> headings) {
        this.key = key;
        this.system = system;
        this.statute = statute;
        this.headings = headings;
    }

    /** The key in a contest file, such as {@code council-mayor}. */
    public String key() {
        return key;
    }

    /** The key of the voting system these rules are for ({@link VotingSystem#key}). */
    public String system() {
        return system;
    }

    /** Whether these are rules for this system. */
    public boolean isFor(VotingSystem system) {
        return this.system.equals(system.key());
    }

    /** The rules a contest under this system follows unless its file names others: the first for it. */
    public static RuleSet defaultFor(VotingSystem system) {
        for (RuleSet rules : values()) {
            if (rules.isFor(system)) {
                return rules;
            }
        }
        throw new IllegalArgumentException("no rules for " + system.key());
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
