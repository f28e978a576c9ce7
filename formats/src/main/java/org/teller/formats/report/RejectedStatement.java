package org.teller.formats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.contest.RuleSet;

/**
 * The statement of rejected papers as the contest's rules head it, line by line: each heading with its
 * papers; heads the rules print apart but the statement gives together, once, as "not stated apart"; a
 * heading joining a stated head with an unstated one, by the stated head alone; papers whose head is not
 * stated. Every report that prints the statement prints these lines.
 */
final class RejectedStatement {

    /** One line of the statement: what it counts, and how many papers. */
    record Line(String text, long papers) {}

    private RejectedStatement() {}

    static List<Line> lines(RejectedPapers rejected, RuleSet rules) {
        List<Line> lines = new ArrayList<>();
        boolean jointShown = false;
        for (RuleSet.Heading heading : rules.headings()) {
            OptionalLong papers = rejected.under(heading.heads());
            if (papers.isPresent()) {
                lines.add(new Line(heading.text(), papers.getAsLong()));
            } else if (rejected.unmarkedOrUncertain() > 0 && heading.heads().stream().anyMatch(RejectedPapers.JOINT::contains)) {
                // These rules print the two heads apart, but the statement gives them only together.
                if (!jointShown) {
                    lines.add(new Line("unmarked or void for uncertainty (not stated apart)", rejected.unmarkedOrUncertain()));
                    jointShown = true;
                }
            } else if (heading.heads().stream().anyMatch(rejected::isStated)) {
                // A heading that joins a stated head with an unstated one cannot be given a figure.
                heading.heads().stream().filter(rejected::isStated).sorted().forEach(head ->
                        lines.add(new Line(heading.text() + " (" + head.key() + " only)", rejected.get(head))));
            }
        }
        if (rejected.headsUnknown() > 0) {
            lines.add(new Line("head not stated", rejected.headsUnknown()));
        }
        return lines;
    }
}
