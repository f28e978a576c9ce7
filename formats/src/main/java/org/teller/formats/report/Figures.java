package org.teller.formats.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntToLongFunction;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.count.Result;
import org.teller.core.count.Round;

/** How reports write numbers, dates and orders, the same way in every format. */
final class Figures {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private Figures() {}

    /** Votes with thousands separators: 27,255. (String.format is far slower, and reports print thousands.) */
    static String votes(long votes) {
        String digits = Long.toString(Math.abs(votes));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (votes < 0) {
            out.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** Votes and the word: "1 vote", "27,255 votes". */
    static String votesOf(long votes) {
        return votes(votes) + (votes == 1 ? " vote" : " votes");
    }

    /** Appends votes with thousands separators, without building a string: reports print thousands. */
    static void appendVotes(StringBuilder out, long votes) {
        if (votes < 0) {
            out.append('-');
            votes = -votes;
        }
        int digits = digits(votes);
        long power = 1;
        for (int i = 1; i < digits; i++) {
            power *= 10;
        }
        for (int i = digits; i > 0; i--) {
            out.append((char) ('0' + (votes / power) % 10));
            if (i > 1 && (i - 1) % 3 == 0) {
                out.append(',');
            }
            power /= 10;
        }
    }

    /** How many characters {@link #appendVotes} writes. */
    static int votesWidth(long votes) {
        int digits = digits(Math.abs(votes));
        return digits + (digits - 1) / 3 + (votes < 0 ? 1 : 0);
    }

    private static int digits(long value) {
        int digits = 1;
        while (value >= 10) {
            value /= 10;
            digits++;
        }
        return digits;
    }

    /** A change in points with its sign: +14.98, -3.17, 0.00. */
    static String signed(BigDecimal points) {
        return points.signum() > 0 ? "+" + points.toPlainString() : points.toPlainString();
    }

    /**
     * Candidates by votes, most first; equal votes in ballot order, so the order never depends on
     * anything but the figures.
     */
    static List<Integer> byVotes(List<Integer> candidates, IntToLongFunction votes) {
        List<Integer> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingLong((Integer candidate) -> -votes.applyAsLong(candidate))
                .thenComparingInt(candidate -> candidate));
        return sorted;
    }

    static List<Integer> all(int candidates) {
        List<Integer> all = new ArrayList<>();
        for (int candidate = 0; candidate < candidates; candidate++) {
            all.add(candidate);
        }
        return all;
    }

    /** Whether the result is the Supplementary Vote's, which declarations word in the statute's terms. */
    static boolean isSv(Result result) {
        return result.system() instanceof org.teller.core.count.SupplementaryVote;
    }

    /**
     * Every candidate, those who lasted longest first, then by their votes at the last round they were
     * in, then in ballot order.
     */
    static List<Integer> byLastRound(Result result) {
        int n = result.candidates().size();
        int[] lastRound = new int[n];
        long[] lastVotes = new long[n];
        for (Round round : result.rounds()) {
            for (int candidate : round.continuing()) {
                lastRound[candidate] = round.number();
                lastVotes[candidate] = round.votes(candidate);
            }
        }
        List<Integer> sorted = all(n);
        sorted.sort(Comparator.comparingInt((Integer c) -> -lastRound[c]).thenComparingLong(c -> -lastVotes[c])
                .thenComparingInt(c -> c));
        return sorted;
    }

    /** SV's second stage: the second round, when the count had one. */
    static Optional<Round> secondStage(Result result) {
        return result.rounds().size() > 1 ? Optional.of(result.rounds().get(1)) : Optional.empty();
    }

    /** Whether a candidate went forward to SV's second stage. */
    static boolean goesForward(Result result, int candidate) {
        return secondStage(result).map(stage -> stage.isContinuing(candidate)).orElse(false);
    }

    /** Papers whose ranking stops after the first preference, by SV's reason for not counting the second. */
    static Map<UnusedSecondPreference, Long> unusedSeconds(Map<RankingEnd, Long> byEnd) {
        Map<UnusedSecondPreference, Long> byReason = new EnumMap<>(UnusedSecondPreference.class);
        for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
            byReason.put(reason, byEnd.getOrDefault(reason.end(), 0L));
        }
        return byReason;
    }

    /** The text with its first letter in capitals: "Supplementary Vote", "First past the post". */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** How a declaration words a reason a second preference is not counted. */
    static String describe(UnusedSecondPreference reason) {
        return switch (reason) {
            case UNMARKED -> "no second preference marked";
            case VOTING_FOR_TOO_MANY -> "more than one second preference marked";
            case UNCERTAIN -> "second preference void for uncertainty";
            case SAME_AS_FIRST -> "second preference for the same candidate as the first";
            case NOT_STATED -> "not counted, reason not stated";
        };
    }

    /** The reasons worth a line: those with papers, in the enum's order. */
    static List<UnusedSecondPreference> present(Map<UnusedSecondPreference, Long> byReason) {
        return byReason.entrySet().stream().filter(entry -> entry.getValue() > 0).map(Map.Entry::getKey)
                .sorted().toList();
    }
}
