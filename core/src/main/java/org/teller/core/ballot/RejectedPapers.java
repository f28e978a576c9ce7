package org.teller.core.ballot;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The statement of rejected papers: how many under each head, and how many whose head the source
 * does not give (old results often publish only papers counted and valid votes).
 *
 * @param byHead papers under each head (every head present, zero where none)
 * @param headsUnknown rejected papers whose head is not known
 */
public record RejectedPapers(Map<RejectionHead, Long> byHead, long headsUnknown) {

    public RejectedPapers {
        EnumMap<RejectionHead, Long> all = new EnumMap<>(RejectionHead.class);
        for (RejectionHead head : RejectionHead.values()) {
            long count = byHead.getOrDefault(head, 0L);
            if (count < 0) {
                throw new IllegalArgumentException("negative count for " + head);
            }
            all.put(head, count);
        }
        if (headsUnknown < 0) {
            throw new IllegalArgumentException("negative count of rejected papers");
        }
        byHead = Collections.unmodifiableMap(all);
    }

    public static RejectedPapers none() {
        return new RejectedPapers(Map.of(), 0);
    }

    public long get(RejectionHead head) {
        return byHead.get(head);
    }

    public long total() {
        long total = headsUnknown;
        for (long count : byHead.values()) {
            total += count;
        }
        return total;
    }

    public RejectedPapers plus(RejectedPapers other) {
        EnumMap<RejectionHead, Long> sum = new EnumMap<>(byHead);
        other.byHead.forEach((head, count) -> sum.merge(head, count, Long::sum));
        return new RejectedPapers(sum, headsUnknown + other.headsUnknown);
    }
}
