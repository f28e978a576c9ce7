package org.teller.formats.report;

import java.util.List;
import java.util.stream.Collectors;
import org.teller.core.Candidate;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.Majority;
import org.teller.core.contest.Outcome;
import org.teller.core.contest.PreviousContest;
import org.teller.core.contest.Swing;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.Result;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.lot.Lot;
import org.teller.core.lot.Tie;

/**
 * How declarations word a result in plain English, for every system but SV (whose statute's own words,
 * "go forward", "second preferences added", are in {@link TextDeclaration}), and what every system
 * calls a round of its count: SV's "stage", the contingent vote's "count", a "round" for the others.
 */
final class Wording {

    private static final List<String> ORDINALS = List.of("first", "second");

    private Wording() {}

    /** The sentence that says who is elected, and how; or that no one is, the count having stopped early. */
    static String elected(Result result) {
        if (!result.hasElection()) {
            return "No one is elected: the count stopped after " + round(result, result.rounds().size())
                    + ", as its rules say.";
        }
        Candidate winner = result.electedCandidate();
        String who = winner.name() + (winner.party().isEmpty() ? "" : " (" + winner.party() + ")");
        int round = result.electedInRound();
        return who + switch (result.how()) {
            case MOST_VOTES -> " is elected, with the most votes.";
            case LOT -> " is elected by lot after an equality of votes.";
            case MAJORITY_OF_CONTINUING_VOTES -> round == 1
                    ? " is elected at the first round, with more votes than all the other candidates together."
                    : " is elected at round " + round + ", with more votes than all the other continuing candidates together.";
            case MORE_VOTES_OF_LAST_TWO -> " is elected at round " + round + ", with more votes of the last two candidates.";
            case LOT_BETWEEN_LAST_TWO -> " is elected at round " + round
                    + " by lot, after an equality of votes between the last two candidates.";
            case EARLIER_ROUNDS_BETWEEN_LAST_TWO -> " is elected at round " + round + ", after an equality of votes"
                    + " between the last two candidates, with more votes at an earlier round.";
            case ONLY_CONTINUING_CANDIDATE -> " is elected at round " + round + ", the only candidate left in the count.";
            case MAJORITY_AT_FIRST_STAGE -> " is elected at " + round(result, 1) + ", with more than half of the valid votes.";
            case MOST_VOTES_AT_SECOND_STAGE -> " is elected at " + round(result, 2) + ".";
            case LOT_AT_SECOND_STAGE -> " is elected at " + round(result, 2) + ", by lot after an equality of votes.";
            case MORE_VOTES_OF_TWO -> " is elected, with more votes of the two candidates.";
            case LOT_BETWEEN_TWO -> " is elected by lot after an equality of votes between the two candidates.";
        };
    }

    /**
     * The word for a round of the count: SV's statute says "stage"; the contingent vote has a first and a
     * second "count"; the others count in rounds.
     */
    static String roundWord(Result result) {
        if (result.system() instanceof SupplementaryVote) {
            return "stage";
        }
        return result.system() instanceof ContingentVote ? "count" : "round";
    }

    /** Whether the system names its rounds first and second (SV's stages, the contingent vote's counts). */
    private static boolean ordinal(Result result, int round) {
        return !roundWord(result).equals("round") && round <= ORDINALS.size();
    }

    /** A round as a sentence names it: "the second stage", "the first count", "round 4". */
    static String round(Result result, int round) {
        return ordinal(result, round) ? "the " + ORDINALS.get(round - 1) + " " + roundWord(result)
                : roundWord(result) + " " + round;
    }

    /** The heading of a round: "Second stage", "First count", "Round 4". */
    static String roundName(Result result, int round) {
        return Figures.capitalised(ordinal(result, round) ? ORDINALS.get(round - 1) + " " + roundWord(result)
                : roundWord(result) + " " + round);
    }

    /** Every round of a count of several, as a sentence says it: "at both stages", "at every round". */
    static String atEveryRound(Result result) {
        return result.rounds().size() == 2 ? "at both " + roundWord(result) + "s" : "at every " + roundWord(result);
    }

    /** What a lot decided: "Ann Archer and Bo Brown were equal; the lot, drawn ..., placed them Bo Brown > Ann Archer." */
    static String lot(List<Candidate> candidates, Lot lot) {
        String how = lot.seed().isPresent()
                ? "drawn at random with seed " + lot.seed().getAsLong()
                : "drawn by the returning officer";
        return names(candidates, lot.tied()) + " were equal; the lot, " + how + ", placed them "
                + lot.order().stream().map(c -> candidates.get(c).name()).collect(Collectors.joining(" > "))
                + (lot.decides() == Tie.Decides.ELIMINATED
                        ? ": " + candidates.get(lot.last()).name() + ", the last, is eliminated." : ".");
    }

    /** Candidates' names as a sentence lists them: "Ann", "Ann and Bo", "Ann, Bo and Cy". */
    static String names(List<Candidate> candidates, List<Integer> among) {
        List<String> names = among.stream().map(c -> candidates.get(c).name()).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The majority: "6,370 votes over Rabina Khan at the second stage"; "0 votes" where a lot decided. */
    static String majority(Result result, Majority majority) {
        if (majority.votes() == 0) {
            return "none: level with " + result.candidates().get(majority.runnerUp()).name()
                    + (result.rounds().size() == 1 ? "" : " at " + round(result, majority.round())) + ", decided by lot";
        }
        return Figures.votes(majority.votes()) + (majority.votes() == 1 ? " vote" : " votes") + " over "
                + result.candidates().get(majority.runnerUp()).name()
                + (result.rounds().size() == 1 ? "" : " at " + round(result, majority.round()));
    }

    /**
     * What a party is called in a sentence of gains and swing: its description, or for an independent, the
     * person: "Labour", "Lutfur Rahman (Independent)".
     */
    static String side(Candidate candidate) {
        if (candidate.isIndependent()) {
            return candidate.name() + " (" + (candidate.party().isEmpty() ? "Independent" : candidate.party()) + ")";
        }
        return candidate.party();
    }

    /**
     * As {@link #side(Candidate)}, for a candidate now: a party standing several candidates is named by the
     * candidate, whose own comparison the figure is ("John Biggs (Labour)").
     */
    static String side(Contest contest, int candidate) {
        Candidate c = contest.candidates().get(candidate);
        return contest.standsAlone(candidate) ? side(c) : c.name() + " (" + c.party() + ")";
    }

    /** A gain or a hold: "Labour gain from Lutfur Rahman (Independent)", "Labour hold". */
    static String outcome(Declaration declaration, Outcome outcome) {
        Candidate now = declaration.contest().candidates().get(outcome.elected());
        Candidate before = declaration.previous().orElseThrow().contest().candidates().get(outcome.previouslyElected());
        return outcome.kind() == Outcome.Kind.HOLD ? side(now) + " hold"
                : side(now) + " gain from " + side(before);
    }

    /** A swing: "9.08 points from Conservative to Labour". */
    static String swing(Declaration declaration, Swing swing) {
        List<Candidate> candidates = declaration.contest().candidates();
        if (swing.points().signum() == 0) {
            return "none between " + side(declaration.contest(), swing.from()) + " and " + side(declaration.contest(), swing.to());
        }
        return swing.points().toPlainString() + (swing.points().compareTo(java.math.BigDecimal.ONE) == 0 ? " point" : " points")
                + " from " + side(declaration.contest(), swing.from()) + " to " + side(declaration.contest(), swing.to());
    }

    /**
     * What a "what if" count says of itself: "A what if: counted under first past the post; the law names the
     * alternative vote for this contest." Empty for the count the law asks for.
     */
    static java.util.Optional<String> whatIf(Declaration declaration) {
        return declaration.statutorySystem().map(statutory -> "A what if: counted under "
                + system(declaration.result().system()) + "; the law names " + system(statutory) + " for this contest.");
    }

    /** A system as a sentence names it: "first past the post", "the alternative vote", "the Supplementary Vote". */
    static String system(org.teller.core.count.VotingSystem system) {
        return system instanceof org.teller.core.count.FirstPastThePost ? system.title() : "the " + system.title();
    }

    /** Titles that name an office, which a person is elected to: "Mayor of Tower Hamlets". */
    private static final java.util.regex.Pattern OFFICE = java.util.regex.Pattern.compile(
            "(?i)(Mayor|Police|Commissioner|Councillor|Member|Governor|President)\\b.*");

    /** Whether a contest's title names the office elected to ("elected Mayor of Tower Hamlets"). */
    static boolean namesOffice(String title) {
        return OFFICE.matcher(title).matches();
    }

    /** The previous contest as a sentence names it: "Mayor of Tower Hamlets, 21 October 2010". */
    static String previous(PreviousContest previous) {
        return previous.contest().title() + previous.contest().date().map(date -> ", " + Figures.LONG_DATE.format(date)).orElse("");
    }

    /** Why papers were exhausted, as a declaration lists them. */
    static String exhausted(RankingEnd end) {
        return switch (end) {
            case COMPLETE -> "every rank read used, every candidate ranked out of the count";
            case UNMARKED -> "no further preference marked";
            case VOTING_FOR_TOO_MANY -> "more than one candidate at the next rank";
            case UNCERTAIN -> "next preference void for uncertainty";
            case REPEATED_CANDIDATE -> "next preference for a candidate already ranked";
            case SKIPPED_RANKS -> "ranks left empty before the next";
            case NOT_STATED -> "reason not stated";
        };
    }
}
