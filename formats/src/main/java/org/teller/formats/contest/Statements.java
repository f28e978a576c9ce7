package org.teller.formats.contest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.InvalidInputException;
import org.teller.core.Totals;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.contest.Contest;
import org.teller.core.count.Result;
import org.teller.formats.votes.CountedVotes;

/**
 * What a contest states of the papers ({@link StatedFigures}), checked against the count: the papers
 * counted and the statement of rejected papers must add up with the valid votes, the papers may not
 * exceed the electorate, a statement of second preferences not counted must fit, and a candidate's named
 * previous candidate must have stood. Errors name the figures' source and line. Public, and over a plain
 * value rather than a contest file, so that a caller holding the contest in memory checks it alike;
 * {@link Declarations} makes every check in turn.
 */
public final class Statements {

    private Statements() {}

    /**
     * A stated count of second preferences not counted must fit the papers that can hold one: papers
     * whose second preference was never looked at (the finalists', or everyone's without a second stage)
     * and papers of eliminated candidates that did not transfer.
     *
     * @return the statement, which must be there
     */
    public static Map<UnusedSecondPreference, Long> checkedUnusedSeconds(StatedFigures stated, Result result) {
        Map<UnusedSecondPreference, Long> unused = stated.unusedSeconds().orElseThrow();
        long total = Totals.sum(unused.values());
        long room = result.rounds().size() > 1
                ? result.valid() - result.rounds().get(1).transferred()
                : result.valid();
        if (total > room) {
            throw new InvalidInputException(stated.source(), stated.lineOf(ContestFile.UNUSED_SECONDS), Long.toString(total),
                    "second preferences not counted are more than the " + room
                            + " valid papers whose second preference did not transfer");
        }
        return unused;
    }

    /**
     * The statement of rejected papers: counted from ballot papers, or as stated. Stated heads and papers
     * counted must add up with the valid votes; where only the papers counted are known, the difference is
     * rejected papers whose heads are not stated.
     *
     * @param valid the valid votes the count found
     */
    public static Optional<RejectedPapers> rejected(StatedFigures stated, CountedVotes votes, long valid) {
        if (votes.totalRejected().isPresent()) {
            return votes.totalRejected();
        }
        if (stated.rejected().isEmpty() && stated.ballotPapers().isEmpty()) {
            return Optional.empty();
        }
        // Where only the papers counted are stated, no head is.
        Map<RejectionHead, Long> byHead = stated.rejected().map(RejectedPapers::byHead).orElse(Map.of());
        long joint = stated.rejected().map(RejectedPapers::unmarkedOrUncertain).orElse(0L);
        // A statement of rejected papers adds up to a count Teller can hold (RejectedPapers checks it).
        long byHeads = Totals.add(Totals.sum(byHead.values()), joint);
        long rejected = stated.rejected().map(RejectedPapers::total).orElse(0L);
        long papersStated = papers(stated, valid, rejected);
        if (stated.ballotPapers().isEmpty()) {
            return stated.rejected();
        }
        long papers = stated.ballotPapers().getAsLong();
        if (stated.rejected().isPresent() && papersStated != papers) {
            throw new InvalidInputException(stated.source(), stated.papersLine(), Long.toString(papers),
                    "ballot papers do not add up: " + valid + " valid first preferences and " + rejected
                            + " rejected papers make " + papersStated);
        }
        if (valid > papers) {
            throw new InvalidInputException(stated.source(), stated.papersLine(), Long.toString(papers),
                    "ballot papers are fewer than the " + valid + " valid first preferences");
        }
        return Optional.of(new RejectedPapers(byHead, joint, papers - valid - byHeads));
    }

    /** Valid votes and rejected papers together: all the papers, a count Teller must be able to hold. */
    private static long papers(StatedFigures stated, long valid, long rejected) {
        try {
            return Math.addExact(valid, rejected);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(stated.source(), stated.papersLine(), Long.toString(rejected),
                    "rejected papers and " + valid + " valid first preferences add up to more than Teller can count ("
                            + Totals.MOST_SHOWN + ")");
        }
    }

    /** The papers counted may not exceed the contest's electorate, where it is known. */
    public static void checkElectorate(Contest contest, StatedFigures stated, long papers) {
        if (contest.electorate().isPresent() && papers > contest.electorate().getAsLong()) {
            throw new InvalidInputException(stated.source(), stated.lineOf("electorate"),
                    Long.toString(contest.electorate().getAsLong()),
                    "is the electorate, but " + papers + " ballot papers were counted");
        }
    }

    /**
     * A turnout stated must be the one computed, to the places it is stated to (half-up), where the
     * electorate and the papers counted are known; otherwise it is taken as published.
     */
    public static void checkTurnout(StatedFigures stated, Contest contest, Optional<Long> papers, long valid) {
        if (stated.turnout().isEmpty() || contest.electorate().isEmpty() || contest.electorate().getAsLong() == 0) {
            return;
        }
        if (papers.isEmpty()) {
            // The valid votes alone are papers counted: the turnout is at least their share of the electorate.
            java.math.BigDecimal given = stated.turnout().get();
            java.math.BigDecimal least = new java.math.BigDecimal(java.math.BigInteger.valueOf(valid)
                    .multiply(java.math.BigInteger.valueOf(100))).divide(java.math.BigDecimal.valueOf(
                            contest.electorate().getAsLong()), given.scale(), java.math.RoundingMode.DOWN);
            if (given.compareTo(least) < 0) {
                throw new InvalidInputException(stated.source(), stated.lineOf("turnout"), given.toPlainString() + "%",
                        "is the turnout stated, but the " + valid + " valid votes alone are " + least.toPlainString()
                                + "% of the electorate of " + contest.electorate().getAsLong());
            }
            return;
        }
        java.math.BigDecimal given = stated.turnout().get();
        java.math.BigDecimal exact = new java.math.BigDecimal(java.math.BigInteger.valueOf(papers.get()).multiply(
                java.math.BigInteger.valueOf(100)));
        java.math.BigDecimal expected = exact.divide(java.math.BigDecimal.valueOf(contest.electorate().getAsLong()),
                given.scale(), java.math.RoundingMode.HALF_UP);
        if (given.compareTo(expected) != 0) {
            throw new InvalidInputException(stated.source(), stated.lineOf("turnout"), given.toPlainString() + "%",
                    "is the turnout stated, but " + papers.get() + " ballot papers of an electorate of "
                            + contest.electorate().getAsLong() + " make " + expected.toPlainString() + "%");
        }
    }

    /**
     * The previous contest must have been polled before this one, where both give a date: a contest compared
     * with itself, or with a later one, would be declared "re-elected" on nothing.
     */
    public static void checkPrevious(StatedFigures stated, Contest now, Contest previous, String shown) {
        if (now.date().isPresent() && previous.date().isPresent() && !previous.date().get().isBefore(now.date().get())) {
            throw new InvalidInputException(stated.source(), stated.lineOf("previous"), shown, "is the previous contest, but"
                    + " its poll (" + previous.date().get() + ") is not before this one's (" + now.date().get() + ")");
        }
    }

    /**
     * The swing the contest file chose, between two candidates now: each named by their party's description (one
     * candidate of it standing) or, for an independent, by name; each must be compared with last time.
     */
    public static org.teller.core.contest.PreviousContest swingBetween(StatedFigures stated, Contest now,
            org.teller.core.contest.PreviousContest earlier) {
        List<Integer> pair = new java.util.ArrayList<>();
        for (String side : stated.swing().orElseThrow()) {
            List<Integer> matches = new java.util.ArrayList<>();
            for (int candidate = 0; candidate < now.candidates().size(); candidate++) {
                org.teller.core.Candidate c = now.candidates().get(candidate);
                if (!c.isIndependent() && org.teller.formats.internal.FieldText.key(c.party())
                        .equals(org.teller.formats.internal.FieldText.key(side)) || now.indexOf(side) == candidate) {
                    matches.add(candidate);
                }
            }
            if (matches.isEmpty() && side.strip().equalsIgnoreCase("Independent")) {
                throw new InvalidInputException(stated.source(), stated.lineOf("swing"), side, "is no party: an independent"
                        + " is named by name in a swing");
            }
            if (matches.size() != 1) {
                throw new InvalidInputException(stated.source(), stated.lineOf("swing"), side, matches.isEmpty()
                        ? "is neither the description of a candidate's party nor a candidate's name: the swing is between"
                                + " two that stand"
                        : "is the description of " + matches.size() + " candidates: a swing is between two parties of one"
                                + " candidate each");
            }
            if (!earlier.earlierShares().containsKey(matches.get(0))) {
                throw new InvalidInputException(stated.source(), stated.lineOf("swing"), side, "cannot be compared with "
                        + earlier.contest().title() + earlier.contest().date().map(date -> " of " + date).orElse("")
                        + ": it did not stand then (for an independent, name whom with the candidate's 'previous'), so there is"
                        + " no swing to give");
            }
            pair.add(matches.get(0));
        }
        if (pair.get(0).equals(pair.get(1))) {
            throw new InvalidInputException(stated.source(), stated.lineOf("swing"), stated.swing().get().get(1),
                    "is the same candidate as 'from': a swing is between two");
        }
        return earlier.withSwingBetween(pair.get(0), pair.get(1));
    }

    /** Every previous candidate named must have stood in the previous contest. */
    public static void checkMapping(StatedFigures stated, Contest previous) {
        for (Map.Entry<String, Optional<String>> entry : stated.mapping().entrySet()) {
            entry.getValue().ifPresent(name -> {
                if (previous.indexOf(name) < 0) {
                    throw new InvalidInputException(stated.source(), stated.lineOf("previous of " + entry.getKey()), name,
                            "is named as " + entry.getKey() + "'s previous candidate but did not stand in "
                                    + previous.title());
                }
            });
        }
    }
}
