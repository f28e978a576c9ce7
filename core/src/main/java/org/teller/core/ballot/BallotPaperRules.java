package org.teller.core.ballot;

/**
 * The statutory rules for one Supplementary Vote ballot paper (see RULES.md).
 *
 * <p>A paper is checked against the heads of rejection in the statute's order (SI 2007/1024 Sch.1
 * r.48(1); GLA Elections Rules 2007 and PCC Elections Order 2012 alike), so a paper with several
 * defects is counted once, under the first head that applies. A paper that survives has a valid first
 * preference, and its second preference is then either counted or not counted for a reason
 * (r.48(3)). Stateless and thread-safe.
 */
public final class BallotPaperRules {

    private BallotPaperRules() {}

    /** Judges one paper. */
    public static Verdict judge(BallotPaper paper) {
        if (paper.has(Adjudication.NO_OFFICIAL_MARK)) {
            return new Verdict.Rejected(RejectionHead.WANT_OF_OFFICIAL_MARK);
        }
        int firstMarks = paper.firstMarks().size();
        if (firstMarks > 1) {
            return new Verdict.Rejected(RejectionHead.VOTING_FOR_TOO_MANY);
        }
        if (paper.has(Adjudication.IDENTIFYING_MARK)) {
            return new Verdict.Rejected(RejectionHead.IDENTIFYING_MARK);
        }
        // An unclear mark is void for uncertainty even where the record names no candidate for it.
        if (paper.has(Adjudication.UNCERTAIN_FIRST)) {
            return new Verdict.Rejected(RejectionHead.UNCERTAIN);
        }
        if (firstMarks == 0) {
            // Also a paper marked only with a second choice: it has no first preference.
            return new Verdict.Rejected(RejectionHead.UNMARKED);
        }
        int first = paper.firstMarks().get(0);
        int secondMarks = paper.secondMarks().size();
        if (secondMarks > 1) {
            return Verdict.Valid.withoutSecond(first, UnusedSecondPreference.VOTING_FOR_TOO_MANY);
        }
        if (paper.has(Adjudication.UNCERTAIN_SECOND)) {
            return Verdict.Valid.withoutSecond(first, UnusedSecondPreference.UNCERTAIN);
        }
        if (secondMarks == 0) {
            return Verdict.Valid.withoutSecond(first, UnusedSecondPreference.UNMARKED);
        }
        int second = paper.secondMarks().get(0);
        if (second == first) {
            return Verdict.Valid.withoutSecond(first, UnusedSecondPreference.SAME_AS_FIRST);
        }
        return Verdict.Valid.withSecond(first, second);
    }
}
