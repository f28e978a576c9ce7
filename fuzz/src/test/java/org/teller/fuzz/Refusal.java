package org.teller.fuzz;

/**
 * Why the independent reading refuses an input, and where: Teller must refuse it too (exit 2, one line
 * naming the file). Each kind says which known defect, if any, makes today's Teller accept it anyway.
 *
 * @param kind what is wrong
 * @param file the file at fault, as the fuzz case names it
 * @param line the line, or 0 when the problem has none (or when the reader may find it anywhere)
 * @param detail for the failure message
 */
record Refusal(Kind kind, String file, long line, String detail) {

    enum Kind {
        // CSV structure
        QUOTE_SPANS_LINES(KnownDefect.D1_QUOTE_ACROSS_LINES),
        UNCLOSED_QUOTE(KnownDefect.D1_QUOTE_ACROSS_LINES),
        TEXT_AFTER_QUOTE(null),
        QUOTE_IN_FIELD(null),
        LONE_CARRIAGE_RETURN(null),
        BLANK_LINE_IN_ONE_COLUMN(null),
        FORBIDDEN_CHARACTER(null),
        FIELD_COUNT(KnownDefect.D2_FIELD_COUNT),
        BAD_UTF8(KnownDefect.D10_BAD_UTF8),
        BAD_HEADER(null),
        NO_ROWS(null),
        GZIP_TRAILING(KnownDefect.D10_GZIP_TRAILING),
        GZIP_BROKEN(null),
        // rows
        EMPTY_AREA(null),
        DUPLICATE_ID(null),
        EMPTY_MARK(null),
        UNKNOWN_CANDIDATE(null),
        AMBIGUOUS_LABEL(null),
        BAD_FLAG(null),
        EMPTY_CANDIDATE(null),
        BAD_NUMBER(null),
        DUPLICATE_ROW(null),
        MISSING_ROW(null),
        // counts
        OVERFLOW(KnownDefect.D4_OVERFLOW),
        MIXED_SECOND(null),
        SECOND_WITHOUT_STAGE(KnownDefect.D7_SECOND_STAGE_FIGURE),
        SECOND_MISMATCH(null),
        TOO_MANY_ADDED(null),
        STATEMENT(null),
        // contest file
        CONTEST(null),
        NAME_LOOKALIKE(KnownDefect.D10_LOOKALIKE_NAMES),
        NAME_BAD_CHARACTER(KnownDefect.D10_NAME_CHARACTERS),
        NAME_NULL(KnownDefect.D10_NULL_NAME),
        // command line
        USAGE(null),
        OUTPUT(null),
        OUTPUT_SPECIAL(KnownDefect.D3_OUTPUT_SPECIAL);

        /** Whether the fault is in the CSV structure, which the independent reading checks first. */
        boolean structural() {
            return ordinal() <= BAD_UTF8.ordinal();
        }

        /** The defect that makes today's Teller accept such an input, or null: it must refuse it today. */
        final KnownDefect acceptedToday;

        Kind(KnownDefect acceptedToday) {
            this.acceptedToday = acceptedToday;
        }
    }

    Refusal in(String newFile) {
        return new Refusal(kind, newFile, line, detail);
    }

    @Override
    public String toString() {
        return kind + " in " + file + (line > 0 ? ", line " + line : "") + ": " + detail;
    }
}
