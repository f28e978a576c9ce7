package org.teller.formats.contest;

import java.util.Map;
import java.util.Optional;
import org.teller.core.InvalidInputException;
import org.teller.core.Totals;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.contest.Contest;
import org.teller.core.count.Result;
import org.teller.formats.votes.CountedVotes;

/**
 * What a contest file states of the papers, checked against the count: the papers counted and the
 * statement of rejected papers must add up with the valid votes, the papers may not exceed the
 * electorate, a statement of second preferences not counted must fit, and a candidate's named previous
 * candidate must have stood. Errors name the contest file's line.
 */
final class Statements {

    private Statements() {}

    /**
     * A stated count of second preferences not counted must fit the papers that can hold one: papers
     * whose second preference was never looked at (the finalists', or everyone's without a second stage)
     * and papers of eliminated candidates that did not transfer.
     */
    static Map<UnusedSecondPreference, Long> checkedUnusedSeconds(ContestFile file, Result result) {
        Map<UnusedSecondPreference, Long> stated = file.unusedSeconds().orElseThrow();
        long total = Totals.sum(stated.values());
        long room = result.rounds().size() > 1
                ? result.valid() - result.rounds().get(1).transferred()
                : result.valid();
        if (total > room) {
            throw new InvalidInputException(file.shown(), file.lineOf(ContestFile.UNUSED_SECONDS), Long.toString(total),
                    "second preferences not counted are more than the " + room
                            + " valid papers whose second preference did not transfer");
        }
        return stated;
    }

    /** SV's second preferences not counted, by reason: the valid papers whose ranking stops after the first. */
    static Map<UnusedSecondPreference, Long> unusedSeconds(Map<RankingEnd, Long> endings) {
        Map<UnusedSecondPreference, Long> byReason = new java.util.EnumMap<>(UnusedSecondPreference.class);
        for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
            byReason.put(reason, endings.getOrDefault(reason.end(), 0L));
        }
        return byReason;
    }

    /**
     * The statement of rejected papers: counted from ballot papers, or as the contest file states it.
     * Stated heads and papers counted must add up with the valid votes; where only the papers counted
     * are known, the difference is rejected papers whose heads are not stated.
     */
    static Optional<RejectedPapers> rejected(ContestFile file, CountedVotes votes, long valid) {
        if (votes.totalRejected().isPresent()) {
            return votes.totalRejected();
        }
        if (file.rejected().isEmpty() && file.ballotPapers().isEmpty()) {
            return Optional.empty();
        }
        String shown = file.shown();
        Map<RejectionHead, Long> byHead = file.rejected().orElse(Map.of());
        // The contest file checked that its statement adds up to a count Teller can hold.
        long byHeads = Totals.add(Totals.sum(byHead.values()), file.rejectedJoint());
        long stated = Totals.add(byHeads, file.rejectedNotStated());
        long papersStated = papers(file, valid, stated);
        if (file.ballotPapers().isEmpty()) {
            return Optional.of(new RejectedPapers(byHead, file.rejectedJoint(), file.rejectedNotStated()));
        }
        long papers = file.ballotPapers().getAsLong();
        if (file.rejected().isPresent() && papersStated != papers) {
            throw new InvalidInputException(shown, file.rejectedLine(), Long.toString(papers),
                    "ballot papers do not add up: " + valid + " valid first preferences and " + stated
                            + " rejected papers make " + papersStated);
        }
        if (valid > papers) {
            throw new InvalidInputException(shown, file.rejectedLine(), Long.toString(papers),
                    "ballot papers are fewer than the " + valid + " valid first preferences");
        }
        return Optional.of(new RejectedPapers(byHead, file.rejectedJoint(), papers - valid - byHeads));
    }

    /** Valid votes and rejected papers together: all the papers, a count Teller must be able to hold. */
    static long papers(ContestFile file, long valid, long rejected) {
        try {
            return Math.addExact(valid, rejected);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(file.shown(), file.rejectedLine(), Long.toString(rejected),
                    "rejected papers and " + valid + " valid first preferences add up to more than Teller can count ("
                            + Totals.MOST_SHOWN + ")");
        }
    }

    static void checkElectorate(ContestFile file, Optional<Long> papers) {
        Contest contest = file.contest();
        if (contest.electorate().isPresent() && papers.isPresent() && papers.get() > contest.electorate().getAsLong()) {
            throw new InvalidInputException(file.shown(), file.lineOf("electorate"),
                    Long.toString(contest.electorate().getAsLong()),
                    "is the electorate, but " + papers.get() + " ballot papers were counted");
        }
    }

    static void checkMapping(ContestFile file, ContestFile previous) {
        for (Map.Entry<String, Optional<String>> entry : file.mapping().entrySet()) {
            entry.getValue().ifPresent(name -> {
                if (previous.contest().indexOf(name) < 0) {
                    throw new InvalidInputException(file.shown(), file.lineOf("previous of " + entry.getKey()), name,
                            "is named as " + entry.getKey() + "'s previous candidate but did not stand in "
                                    + previous.contest().title());
                }
            });
        }
    }
}
