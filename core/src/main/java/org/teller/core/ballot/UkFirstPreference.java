package org.teller.core.ballot;

import java.util.Optional;

/**
 * The heads under which UK election rules reject a paper outright, checked in the statutes' order so
 * that a paper with several defects is counted once, under the first head that applies: want of an
 * official mark; voting for more than one candidate as to the first preference (more candidates than
 * there are seats, for first past the post); writing or mark by which the voter could be identified;
 * unmarked or void for uncertainty as to the first preference. The same for SV (SI 2007/1024 Sch.1
 * r.48(1)), first past the post (parliamentary election rules r.47(1), RPA 1983 Sch.1) and the UK
 * alternative vote (PVSCA 2011 Sch.10 para 22).
 */
final class UkFirstPreference {

    private UkFirstPreference() {}

    /** The head the paper is rejected under, if it is; otherwise it has one clear first preference. */
    static Optional<RejectionHead> rejection(Ballot ballot) {
        int marks = ballot.at(1).size();
        if (ballot.has(Adjudication.NO_OFFICIAL_MARK)) {
            return Optional.of(RejectionHead.WANT_OF_OFFICIAL_MARK);
        }
        if (marks > 1) {
            return Optional.of(RejectionHead.VOTING_FOR_TOO_MANY);
        }
        if (ballot.has(Adjudication.IDENTIFYING_MARK)) {
            return Optional.of(RejectionHead.IDENTIFYING_MARK);
        }
        // An unclear mark is void for uncertainty even where the record names no candidate for it.
        if (ballot.isUncertain(1)) {
            return Optional.of(RejectionHead.UNCERTAIN);
        }
        if (marks == 0) {
            // Also a paper marked only at later ranks: it has no first preference.
            return Optional.of(RejectionHead.UNMARKED);
        }
        return Optional.empty();
    }
}
