package org.teller.rctab.report;

import java.util.Optional;
import org.teller.rctab.Slice;

/**
 * What one report covers: the whole contest, or one precinct's or batch's part of it.
 *
 * @param kind empty for the whole contest
 * @param id the part's name as the report writes it ({@link SliceKind#idOfNone()} for records naming
 *     none); "" for the whole contest
 * @param slice its ballots and rounds
 */
record ReportScope(Optional<SliceKind> kind, String id, Slice slice) {

    static ReportScope contest(Slice slice) {
        return new ReportScope(Optional.empty(), "", slice);
    }

    /** A part, by its key in the tabulation ("" for the records that name none). */
    static ReportScope part(SliceKind kind, String key, Slice slice) {
        return new ReportScope(Optional.of(kind), key.isEmpty() ? kind.idOfNone() : key, slice);
    }

    boolean isPart() {
        return kind.isPresent();
    }

    /** For messages: "precinct 'p1'", or "the contest". */
    String described() {
        return kind.map(part -> part.word() + " '" + id + "'").orElse("the contest");
    }
}
