package org.teller.core.ballot;

import java.util.Optional;

/**
 * A decision the adjudicator recorded on a ballot paper at the count.
 *
 * <p>Whether a mark shows a clear intention is a person's judgement, not Teller's: the ballot record
 * carries the decision and the rules act on it.
 */
public enum Adjudication {
    /** The paper lacks the official mark. */
    NO_OFFICIAL_MARK("no-official-mark"),
    /** The paper bears writing or a mark by which the voter could be identified. */
    IDENTIFYING_MARK("identifying-mark"),
    /** The first preference is void for uncertainty. */
    UNCERTAIN_FIRST("uncertain-first"),
    /** The second preference is void for uncertainty. */
    UNCERTAIN_SECOND("uncertain-second");

    private final String key;

    Adjudication(String key) {
        this.key = key;
    }

    /** The key written in a ballot file's {@code flags} column. */
    public String key() {
        return key;
    }

    /** The decision with this key, if there is one. */
    public static Optional<Adjudication> ofKey(String key) {
        for (Adjudication adjudication : values()) {
            if (adjudication.key.equals(key)) {
                return Optional.of(adjudication);
            }
        }
        return Optional.empty();
    }
}
