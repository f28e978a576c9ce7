package org.teller.core.ballot;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The statement of rejected papers: how many under each head that is stated, and how many whose head
 * is not stated (old results often publish only the papers counted and the valid votes; London 2008
 * published only the unmarked papers).
 *
 * <p>A complete statement ({@link #headsUnknown()} zero) states every head, zero where there were none.
 * An incomplete one states only the heads its source gives.
 *
 * @param byHead papers under each stated head
 * @param headsUnknown rejected papers whose head is not stated
 */
public record RejectedPapers(Map<RejectionHead, Long> byHead, long headsUnknown) {

    public RejectedPapers {
        EnumMap<RejectionHead, Long> stated = new EnumMap<>(RejectionHead.class);
        for (RejectionHead head : RejectionHead.values()) {
            Long count = byHead.get(head);
            if (count == null && headsUnknown == 0) {
                count = 0L;
            }
            if (count != null) {
                if (count < 0) {
                    throw new IllegalArgumentException("negative count for " + head);
                }
                stated.put(head, count);
            }
        }
        if (headsUnknown < 0) {
            throw new IllegalArgumentException("negative count of rejected papers");
        }
        byHead = Collections.unmodifiableMap(stated);
    }

    public static RejectedPapers none() {
        return new RejectedPapers(Map.of(), 0);
    }

    /** Whether the statement gives this head. */
    public boolean isStated(RejectionHead head) {
        return byHead.containsKey(head);
    }

    /** Papers under a head; zero when the head is not stated (see {@link #isStated}). */
    public long get(RejectionHead head) {
        return byHead.getOrDefault(head, 0L);
    }

    public boolean isComplete() {
        return headsUnknown == 0;
    }

    public long total() {
        long total = headsUnknown;
        for (long count : byHead.values()) {
            total += count;
        }
        return total;
    }

    /** Two statements added up; a head stated in only one of them is no longer stated. */
    public RejectedPapers plus(RejectedPapers other) {
        EnumMap<RejectionHead, Long> sum = new EnumMap<>(RejectionHead.class);
        long unknown = headsUnknown + other.headsUnknown;
        for (RejectionHead head : RejectionHead.values()) {
            if (isStated(head) && other.isStated(head)) {
                sum.put(head, get(head) + other.get(head));
            } else {
                unknown += get(head) + other.get(head);
            }
        }
        return new RejectedPapers(sum, unknown);
    }
}
