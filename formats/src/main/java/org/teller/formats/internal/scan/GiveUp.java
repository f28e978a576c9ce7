package org.teller.formats.internal.scan;

/**
 * The file needs the reference reader: it has an error to report with its exact line, or something the
 * fast path does not handle (a quoted field across lines, a name spelt in another case...). Carries no
 * stack trace: it is control flow, thrown at most once per count.
 */
final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp(String why) {
        super(why, null, false, false);
    }
}
