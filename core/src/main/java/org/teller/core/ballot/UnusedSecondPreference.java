package org.teller.core.ballot;

/**
 * Why the second preference on a paper with a valid first preference is not counted.
 *
 * <p>The first preference on such a paper always counts (SI 2007/1024 Sch.1 r.48(3)). London
 * publishes a count of each of these.
 */
public enum UnusedSecondPreference {
    /** No second choice marked. */
    UNMARKED("unmarked"),
    /** More than one second choice marked. */
    VOTING_FOR_TOO_MANY("voting-for-too-many"),
    /** Second choice void for uncertainty (the adjudicator's decision). */
    UNCERTAIN("uncertain"),
    /** Second choice for the same candidate as the first. */
    SAME_AS_FIRST("same-as-first"),
    /**
     * Not counted, for a reason the source does not state: only from tallies and returns, whose
     * "no second preference" column does not say why. The rules never give it for a ballot paper.
     */
    NOT_STATED("not-stated");

    private final String key;

    UnusedSecondPreference(String key) {
        this.key = key;
    }

    /** The stable machine key used in files and reports, such as {@code same-as-first}. */
    public String key() {
        return key;
    }

    /** The end of a ranking that stops after its first preference for this reason. */
    public RankingEnd end() {
        return switch (this) {
            case UNMARKED -> RankingEnd.UNMARKED;
            case VOTING_FOR_TOO_MANY -> RankingEnd.VOTING_FOR_TOO_MANY;
            case UNCERTAIN -> RankingEnd.UNCERTAIN;
            case SAME_AS_FIRST -> RankingEnd.REPEATED_CANDIDATE;
            case NOT_STATED -> RankingEnd.NOT_STATED;
        };
    }

    /** SV's reason for a ranking that ends after its first preference; empty for a complete ranking. */
    public static java.util.Optional<UnusedSecondPreference> of(RankingEnd end) {
        for (UnusedSecondPreference reason : values()) {
            if (reason.end() == end) {
                return java.util.Optional.of(reason);
            }
        }
        return java.util.Optional.empty();
    }

    /** The reason with this key. */
    public static UnusedSecondPreference ofKey(String key) {
        for (UnusedSecondPreference reason : values()) {
            if (reason.key.equals(key)) {
                return reason;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
