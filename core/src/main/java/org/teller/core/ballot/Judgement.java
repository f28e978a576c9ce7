package org.teller.core.ballot;

/** What a system's rules make of one ballot paper. */
public sealed interface Judgement {

    /** The paper is rejected entirely and counted under {@code head}. */
    record Rejected(RejectionHead head) implements Judgement {}

    /**
     * The paper is valid: these preferences can count, and the ranking stops for this reason.
     *
     * @param ranking the preferences that can count, in order
     * @param end why no later preference counts
     */
    record Valid(Ranking ranking, RankingEnd end) implements Judgement {}
}
