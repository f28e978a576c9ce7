package org.teller.core.ballot;

import java.util.Optional;

/** What the rules make of one ballot paper. */
public sealed interface Verdict {

    /** The paper is rejected entirely and counted under {@code head}. */
    record Rejected(RejectionHead head) implements Verdict {}

    /**
     * The paper is valid for its first preference. Its second preference is either a candidate, or not
     * counted for a reason; never both.
     *
     * @param first the first preference
     * @param second the second preference, or -1 when it is not counted
     * @param unusedSecond why the second preference is not counted, when it is not
     */
    record Valid(int first, int second, Optional<UnusedSecondPreference> unusedSecond) implements Verdict {
        public Valid {
            if ((second < 0) == unusedSecond.isEmpty()) {
                throw new IllegalArgumentException("a second preference is either counted or has a reason");
            }
        }
    }
}
