package org.teller.core.ballot;

import java.util.Optional;

/**
 * The statutory rules for one Supplementary Vote ballot paper (see RULES.md).
 *
 * <p>A paper is checked against the heads of rejection in the statute's order (SI 2007/1024 Sch.1
 * r.48(1); GLA Elections Rules 2007 and PCC Elections Order 2012 alike), so a paper with several
 * defects is counted once, under the first head that applies. A paper that survives has a valid first
 * preference, and its second preference is then either counted or not counted for a reason
 * (r.48(3)).
 *
 * <p>The rules are written once, in {@link #code}, which works on numbers so that a reader can judge
 * millions of papers without building objects; {@link #judge} is the same rules for a
 * {@link BallotPaper}. Stateless and thread-safe.
 */
public final class BallotPaperRules {

    /**
     * The most candidates the rules can judge: a verdict code holds a candidate's index in 15 bits, so
     * an index is below 32,768.
     */
    public static final int MAX_CANDIDATES = 1 << 15;

    /** In a verdict code, the flag of a valid paper whose second preference is not counted. */
    private static final int NO_SECOND = 0x8000;
    private static final RejectionHead[] HEADS = RejectionHead.values();
    private static final UnusedSecondPreference[] REASONS = UnusedSecondPreference.values();

    private BallotPaperRules() {}

    /** Judges one paper. */
    public static Verdict judge(BallotPaper paper) {
        int adjudications = 0;
        for (Adjudication adjudication : paper.adjudications()) {
            adjudications |= bit(adjudication);
        }
        int firstMarks = paper.firstMarks().size();
        int secondMarks = paper.secondMarks().size();
        return verdict(code(firstMarks, firstMarks == 1 ? paper.firstMarks().get(0) : -1,
                secondMarks, secondMarks == 1 ? paper.secondMarks().get(0) : -1, adjudications));
    }

    /** The bit of an adjudication in the {@code adjudications} argument of {@link #code}. */
    public static int bit(Adjudication adjudication) {
        return 1 << adjudication.ordinal();
    }

    /**
     * Judges a paper given as numbers, and returns the verdict as a code (see {@link #verdict}).
     *
     * @param firstMarks how many different candidates the first column names (2 stands for "more than one")
     * @param first the candidate when {@code firstMarks} is 1 (below {@link #MAX_CANDIDATES})
     * @param secondMarks how many different candidates the second column names
     * @param second the candidate when {@code secondMarks} is 1
     * @param adjudications the adjudicator's decisions, as {@link #bit}s
     * @return a negative code for a rejected paper, else a code holding the first preference and either
     *     the second preference or the reason it is not counted
     */
    public static int code(int firstMarks, int first, int secondMarks, int second, int adjudications) {
        if ((adjudications & bit(Adjudication.NO_OFFICIAL_MARK)) != 0) {
            return rejected(RejectionHead.WANT_OF_OFFICIAL_MARK);
        }
        if (firstMarks > 1) {
            return rejected(RejectionHead.VOTING_FOR_TOO_MANY);
        }
        if ((adjudications & bit(Adjudication.IDENTIFYING_MARK)) != 0) {
            return rejected(RejectionHead.IDENTIFYING_MARK);
        }
        // An unclear mark is void for uncertainty even where the record names no candidate for it.
        if ((adjudications & bit(Adjudication.UNCERTAIN_FIRST)) != 0) {
            return rejected(RejectionHead.UNCERTAIN);
        }
        if (firstMarks == 0) {
            // Also a paper marked only with a second choice: it has no first preference.
            return rejected(RejectionHead.UNMARKED);
        }
        if (secondMarks > 1) {
            return unused(first, UnusedSecondPreference.VOTING_FOR_TOO_MANY);
        }
        if ((adjudications & bit(Adjudication.UNCERTAIN_SECOND)) != 0) {
            return unused(first, UnusedSecondPreference.UNCERTAIN);
        }
        if (secondMarks == 0) {
            return unused(first, UnusedSecondPreference.UNMARKED);
        }
        if (second == first) {
            return unused(first, UnusedSecondPreference.SAME_AS_FIRST);
        }
        return first << 16 | second;
    }

    /** Whether a verdict code is a rejection. */
    public static boolean isRejected(int code) {
        return code < 0;
    }

    /** The head of a rejected paper's code. */
    public static RejectionHead head(int code) {
        return HEADS[headOrdinal(code)];
    }

    /** The first preference of a valid paper's code. */
    public static int first(int code) {
        return code >>> 16;
    }

    /** The counted second preference of a valid paper's code, or -1 when it is not counted. */
    public static int second(int code) {
        return (code & NO_SECOND) != 0 ? -1 : code & 0x7fff;
    }

    /** The ordinal of the {@link RejectionHead} of a rejected paper's code. */
    public static int headOrdinal(int code) {
        return -1 - code;
    }

    /** The ordinal of the {@link UnusedSecondPreference} of a valid paper's code, or -1 when the second counts. */
    public static int unusedSecondOrdinal(int code) {
        return (code & NO_SECOND) != 0 ? code & 0x7fff : -1;
    }

    /** Why a valid paper's second preference is not counted, if it is not. */
    public static Optional<UnusedSecondPreference> unusedSecond(int code) {
        return (code & NO_SECOND) != 0 ? Optional.of(REASONS[code & 0x7fff]) : Optional.empty();
    }

    /** The verdict a code stands for. */
    public static Verdict verdict(int code) {
        if (isRejected(code)) {
            return new Verdict.Rejected(head(code));
        }
        return new Verdict.Valid(first(code), second(code), unusedSecond(code));
    }

    private static int rejected(RejectionHead head) {
        return -1 - head.ordinal();
    }

    private static int unused(int first, UnusedSecondPreference reason) {
        return first << 16 | NO_SECOND | reason.ordinal();
    }
}
