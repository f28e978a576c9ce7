package org.teller.fuzz;

/**
 * The input-strictness defects of issue 6, for which this harness was first written while they were being
 * fixed. All are fixed: none is tolerated any more, and each defect's inputs are regression inputs of its
 * fuzz target (named {@code issue6-*}), so that a defect brought back fails {@code ./mvnw verify}. The
 * names stay so that the harness's checks still say which defect a failure is.
 */
enum KnownDefect {
    D1_QUOTE_ACROSS_LINES("1: a quoted field spanning lines, or a quote that never closes, is accepted"),
    D2_FIELD_COUNT("2: a row with more or fewer fields than the header is accepted"),
    D3_OUTPUT_SPECIAL("3: --out onto a FIFO or a symbolic link is accepted"),
    D4_OVERFLOW("4: vote totals beyond a long wrap around"),
    D5_DEEP_YAML("5: deeply nested YAML overflows the stack; a 10 MB line is slow"),
    D7_SECOND_STAGE_FIGURE("7: returns with a second-stage figure but no second stage are accepted"),
    D10_LOOKALIKE_NAMES("10: candidate names differing only by Unicode look-alikes are distinct"),
    D10_NAME_CHARACTERS("10: candidate names with '|', a line break or NUL are accepted"),
    D10_NULL_NAME("10: name: null becomes the name \"null\""),
    D10_BAD_UTF8("10: invalid UTF-8 is read as U+FFFD"),
    D10_GZIP_TRAILING("10: bytes after the gzip stream are ignored"),
    D10_NINETEEN_DIGITS("10: 19-digit numbers below 2^63 are refused"),
    D10_NO_LINE("10: a CSV syntax error names no line ('Record N')"),
    D10_MULTILINE_MESSAGE("10: an error message spans lines"),
    /** Not reached by fuzzing (its inputs are small): only its regression input (issue6-*) shows it. */
    D6_MANY_AREAS("6: 1,000 candidates in 1,000 one-paper areas run out of memory"),
    D10_EXIT_1("10: NUL in the votes path a contest file names exits 1 (InvalidPathException)"),
    N1_HEADER_LINE("new: an error in the header names line 1 when blank lines come before the header");


    final String what;

    KnownDefect(String what) {
        this.what = what;
    }

    /** Whether this defect's behaviour is let pass: never, since all are fixed. */
    boolean tolerated() {
        return false;
    }
}
