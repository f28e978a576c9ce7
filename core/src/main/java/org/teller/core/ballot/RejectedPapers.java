package org.teller.core.ballot;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.teller.core.Totals;

/**
 * The statement of rejected papers: how many under each head that is stated, how many under the joint
 * head "unmarked or void for uncertainty" where the source gives only that (council mayor rules,
 * SI 2007/1024 Sch.1, print the two as one head), and how many whose head is not stated (old results
 * often publish only the papers counted and the valid votes; London 2008 published only the unmarked).
 *
 * <p>A complete statement ({@link #headsUnknown()} zero) states every head, zero where there were none,
 * the unmarked and the uncertain papers either apart or together. An incomplete one states only the
 * heads its source gives.
 *
 * @param byHead papers under each head stated on its own
 * @param unmarkedOrUncertain papers under the joint head, when the statement gives it instead of the two
 *     heads apart (zero otherwise)
 * @param headsUnknown rejected papers whose head is not stated
 */
public record RejectedPapers(Map<RejectionHead, Long> byHead, long unmarkedOrUncertain, long headsUnknown) {

    /** The two heads that council mayor rules print as one. */
    public static final Set<RejectionHead> JOINT = Set.of(RejectionHead.UNMARKED, RejectionHead.UNCERTAIN);

    public RejectedPapers {
        if (unmarkedOrUncertain < 0 || headsUnknown < 0) {
            throw new IllegalArgumentException("negative count of rejected papers");
        }
        if (unmarkedOrUncertain > 0 && JOINT.stream().anyMatch(byHead::containsKey)) {
            throw new IllegalArgumentException("the unmarked and uncertain papers are stated apart and together");
        }
        EnumMap<RejectionHead, Long> stated = new EnumMap<>(RejectionHead.class);
        for (RejectionHead head : RejectionHead.values()) {
            Long count = byHead.get(head);
            boolean impliedZero = headsUnknown == 0 && !(unmarkedOrUncertain > 0 && JOINT.contains(head));
            if (count == null && impliedZero) {
                count = 0L;
            }
            if (count != null) {
                if (count < 0) {
                    throw new IllegalArgumentException("negative count for " + head);
                }
                stated.put(head, count);
            }
        }
        // A statement whose total cannot be held is refused here rather than whenever it is added up.
        Totals.add(Totals.add(unmarkedOrUncertain, headsUnknown), Totals.sum(stated.values()));
        byHead = Collections.unmodifiableMap(stated);
    }

    /** A statement with no joint head. */
    public RejectedPapers(Map<RejectionHead, Long> byHead, long headsUnknown) {
        this(byHead, 0, headsUnknown);
    }

    public static RejectedPapers none() {
        return new RejectedPapers(Map.of(), 0);
    }

    /** Whether the statement gives this head on its own. */
    public boolean isStated(RejectionHead head) {
        return byHead.containsKey(head);
    }

    /** Papers under a head; zero when the head is not stated on its own (see {@link #isStated}). */
    public long get(RejectionHead head) {
        return byHead.getOrDefault(head, 0L);
    }

    /**
     * The papers under a heading that covers these heads, when the statement tells: every head stated
     * on its own, or the joint head together with the rest. Empty when it does not (a heading of one of
     * the two joint heads, against a joint statement; or a head not stated).
     */
    public OptionalLong under(Set<RejectionHead> heads) {
        Set<RejectionHead> rest = EnumSet.copyOf(heads);
        long papers = 0;
        if (unmarkedOrUncertain > 0) {
            if (!heads.containsAll(JOINT)) {
                if (heads.stream().anyMatch(JOINT::contains)) {
                    return OptionalLong.empty();
                }
            } else {
                papers = Totals.add(papers, unmarkedOrUncertain);
                rest.removeAll(JOINT);
            }
        }
        for (RejectionHead head : rest) {
            if (!isStated(head)) {
                return OptionalLong.empty();
            }
            papers = Totals.add(papers, get(head));
        }
        return OptionalLong.of(papers);
    }

    /**
     * Whether the statement is complete (see above): every rejected paper is under a head it states, on
     * its own or jointly, and none under a head unknown.
     */
    public boolean isComplete() {
        return headsUnknown == 0;
    }

    public long total() {
        return Totals.add(Totals.add(headsUnknown, unmarkedOrUncertain), Totals.sum(byHead.values()));
    }

    /**
     * Two statements added up. A head stated in only one of them is no longer stated; unmarked and
     * uncertain papers stated apart in one and together in the other are stated together.
     */
    public RejectedPapers plus(RejectedPapers other) {
        boolean joint = unmarkedOrUncertain > 0 || other.unmarkedOrUncertain > 0;
        EnumMap<RejectionHead, Long> sum = new EnumMap<>(RejectionHead.class);
        long together = Totals.add(unmarkedOrUncertain, other.unmarkedOrUncertain);
        long unknown = Totals.add(headsUnknown, other.headsUnknown);
        for (RejectionHead head : RejectionHead.values()) {
            long both = Totals.add(get(head), other.get(head));
            if (joint && JOINT.contains(head)) {
                together = Totals.add(together, both);
            } else if (isStated(head) && other.isStated(head)) {
                sum.put(head, both);
            } else {
                unknown = Totals.add(unknown, both);
            }
        }
        return new RejectedPapers(sum, together, unknown);
    }
}
