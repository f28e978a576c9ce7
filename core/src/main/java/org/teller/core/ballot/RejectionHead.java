package org.teller.core.ballot;

/**
 * Why a ballot paper is rejected entirely, under the heads of the statement of rejected papers.
 *
 * <p>These are the finest heads any SV rules use: council mayor rules (SI 2007/1024 Sch.1) join the
 * last two as "unmarked or void for uncertainty as to the first preference"; PCC and London
 * declarations print them apart. A {@link org.teller.core.contest.RuleSet} decides how they are printed.
 * The order is the statute's, and is the order in which a paper is checked.
 */
public enum RejectionHead {
    /** Want of an official mark. */
    WANT_OF_OFFICIAL_MARK("want-of-official-mark"),
    /** Voting for more than one candidate as to the first preference. */
    VOTING_FOR_TOO_MANY("voting-for-too-many"),
    /** Writing or mark by which the voter could be identified. */
    IDENTIFYING_MARK("identifying-mark"),
    /** No first preference marked (including a paper with only a second preference). */
    UNMARKED("unmarked"),
    /** Void for uncertainty as to the first preference (the adjudicator's decision). */
    UNCERTAIN("uncertain");

    private final String key;

    RejectionHead(String key) {
        this.key = key;
    }

    /** The stable machine key used in files and reports, such as {@code want-of-official-mark}. */
    public String key() {
        return key;
    }

    /** The head with this key. */
    public static RejectionHead ofKey(String key) {
        for (RejectionHead head : values()) {
            if (head.key.equals(key)) {
                return head;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
