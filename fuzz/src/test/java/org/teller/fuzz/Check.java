package org.teller.fuzz;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.ballot.Ranking;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.tally.RankingTally;

/** The properties every fuzz test checks, and the failures they report (as assertion errors: findings). */
final class Check {

    private Check() {}

    static AssertionError fail(String message) {
        return new AssertionError(message);
    }

    /** Whether today's behaviour for a known defect is let pass (see {@link KnownDefect}). */
    static boolean tolerated(KnownDefect defect) {
        return defect != null && defect.tolerated();
    }

    /**
     * Teller refused an input: the message must be one line, name a file of the case (the one at fault
     * where the independent reading knows it) and the line where it has one.
     */
    static void refusal(InvalidInputException e, Refusal expected, Collection<String> files) {
        String message = e.getMessage();
        if ((message.contains("\n") || message.contains("\r")) && !tolerated(KnownDefect.D10_MULTILINE_MESSAGE)) {
            throw fail("the error message spans lines: " + message);
        }
        if (!files.contains(e.source())) {
            throw fail("the error names '" + e.source() + "', not a file of the case " + files + ": " + message);
        }
        if (expected == null || nineteenDigits(e)) {
            return;
        }
        boolean knownToday = tolerated(expected.kind().acceptedToday)
                || expected.kind() == Refusal.Kind.BAD_HEADER && e.line() == 1 && tolerated(KnownDefect.N1_HEADER_LINE);
        if (!e.source().equals(expected.file()) && !knownToday) {
            throw fail("the error names " + e.source() + " but the fault is " + expected + ": " + message);
        }
        if (expected.line() > 0 && e.source().equals(expected.file()) && !knownToday) {
            if (e.line() == 0) {
                if (!tolerated(KnownDefect.D10_NO_LINE)) {
                    throw fail("the error names no line; the fault is " + expected + ": " + message);
                }
            } else if (e.line() != expected.line() && !(e.line() < expected.line() && expected.kind().structural())
                    && !(e.line() > expected.line() && expected.kind() == Refusal.Kind.DUPLICATE_ID)
                    && !(e.line() < expected.line() && message.contains("more than Teller can count"))) {
                // Teller adds figures as it reads, so a total that crosses the bound on an earlier line is
                // said before a later row's fault; the independent count adds them up only at the end.
                // Teller finds repeated ids only once the whole file is read (in 8 bytes a paper), so any
                // other fault of the file, on a later line too, is said first.
                // Teller reads a file once, in order, and stops at its first fault; the independent reading
                // checks the CSV structure of the whole file before any row's meaning, so an earlier row's
                // other fault may come first in Teller. A later line would mean a fault missed.
                throw fail("the error names line " + e.line() + "; the fault is " + expected + ": " + message);
            }
        }
    }

    /**
     * The independent reading refuses what Teller accepted: a failure, unless it is one of today's known
     * defects (which is then tolerated).
     */
    static void acceptedButRefused(Refusal expected, String what) {
        if (!tolerated(expected.kind().acceptedToday)) {
            throw fail("Teller accepted " + what + " but must refuse it: " + expected);
        }
    }

    /** Today's refusal of a 19-digit number, which a valid file may hold (defect 10). */
    private static boolean nineteenDigits(InvalidInputException e) {
        return e.getMessage().matches("(?s).*'\\d{19}'.*") && tolerated(KnownDefect.D10_NINETEEN_DIGITS);
    }

    /** Teller refused what the independent reading accepts. */
    static void refusedButValid(InvalidInputException e, String what) {
        if (nineteenDigits(e)) {
            return;
        }
        throw fail("Teller refused " + what + " that the independent count accepts: " + e.getMessage());
    }

    /** A canonical text of tallies by area, to compare them. */
    static String dump(Map<String, ?> areas) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, ?> entry : new TreeMap<>(areas).entrySet()) {
            RankingTally tally = (RankingTally) entry.getValue();
            int n = tally.candidateCount();
            out.append('[').append(entry.getKey()).append("] rejected");
            for (RejectionHead head : RejectionHead.values()) {
                out.append(' ').append(tally.rejected().get(head));
            }
            for (int first = 0; first < n; first++) {
                out.append("\n ").append(first).append(':');
                for (int second = 0; second < n; second++) {
                    out.append(' ').append(first == second ? 0
                            : tally.papers(Ranking.of(first, second), RankingEnd.COMPLETE));
                }
                for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
                    out.append(' ').append(tally.papers(Ranking.of(first), reason.end()));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The same text of the independent reading's papers. */
    static String dumpPapers(Map<String, Oracle.Papers> areas) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Oracle.Papers> entry : new TreeMap<>(areas).entrySet()) {
            Oracle.Papers papers = entry.getValue();
            out.append('[').append(entry.getKey()).append("] rejected");
            for (int head = 0; head < Oracle.HEADS.length; head++) {
                out.append(' ').append(papers.rejected[head]);
            }
            for (int first = 0; first < papers.n; first++) {
                out.append("\n ").append(first).append(':');
                for (int column = 0; column < papers.cells[first].length; column++) {
                    out.append(' ').append(papers.cells[first][column]);
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Reads the way an exception other than bad input is reported: its type and where it came from. */
    static AssertionError unexpected(Throwable t, String what) {
        AssertionError error = fail(what + " threw " + t + " (only bad input, as InvalidInputException, may be thrown)");
        error.initCause(t);
        return error;
    }
}
