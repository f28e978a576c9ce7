package org.teller.formats.contest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.UnusedSecondPreference;

/**
 * What a contest's source states beside its votes, for {@link Statements} to check against the count:
 * the ballot papers counted, the statement of rejected papers, the Supplementary Vote's second
 * preferences not counted, and the previous candidate each candidate is compared with. (The electorate
 * is the {@link org.teller.core.contest.Contest}'s.) A plain value, so that a caller with no contest file
 * (a server given a contest as a request body) has its figures checked as {@code teller count} checks a
 * file's.
 *
 * <p>The source's name and each figure's line serve messages only: a contest file gives both; figures
 * stated with no file name {@link #NO_FILE} and no line.
 *
 * @param source what messages call the source of the figures: the contest file as the user named it
 * @param ballotPapers papers counted, rejected included, when stated
 * @param rejected the statement of rejected papers, when stated
 * @param unusedSeconds second preferences not counted on valid papers, by reason, when stated (count returns
 *     of the Supplementary Vote only)
 * @param mapping by candidate name, an explicit previous candidate to compare with, or empty for none
 * @param turnout the turnout the source states, in percent as written ({@code 37.73}), where it states one
 * @param swing the two parties (or independents, by name) to give the swing between, where chosen: {@code from},
 *     then {@code to}
 * @param lines the line of each figure by its key in a contest file ({@code electorate},
 *     {@code ballot-papers}, {@code rejected}, {@value ContestFile#UNUSED_SECONDS}, and
 *     "previous of NAME" for a candidate's {@code previous}); a figure not there has no line
 */
public record StatedFigures(
        String source,
        OptionalLong ballotPapers,
        Optional<RejectedPapers> rejected,
        Optional<Map<UnusedSecondPreference, Long>> unusedSeconds,
        Map<String, Optional<String>> mapping,
        Optional<java.math.BigDecimal> turnout,
        Optional<List<String>> swing,
        Map<String, Integer> lines) {

    /** What messages call figures stated with no file. */
    public static final String NO_FILE = "the contest";

    public StatedFigures {
        unusedSeconds = unusedSeconds.map(Map::copyOf);
        // In the order stated: of several candidates wrongly mapped, the first is reported.
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        swing = swing.map(List::copyOf);
        lines = Map.copyOf(lines);
    }

    /** Figures stated with no file: messages name {@link #NO_FILE} and no line. */
    public StatedFigures(OptionalLong ballotPapers, Optional<RejectedPapers> rejected,
            Optional<Map<UnusedSecondPreference, Long>> unusedSeconds, Map<String, Optional<String>> mapping) {
        this(NO_FILE, ballotPapers, rejected, unusedSeconds, mapping, Optional.empty(), Optional.empty(), Map.of());
    }

    /** Nothing stated beside the votes. */
    public static StatedFigures none() {
        return new StatedFigures(OptionalLong.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** The line of the figure with this contest-file key, or 0 when it has none. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }

    /** The line of the statement of papers: of the papers counted where stated, else of the rejected papers. */
    int papersLine() {
        return lines.containsKey("ballot-papers") ? lineOf("ballot-papers") : lineOf("rejected");
    }

    /** The same figures without second preferences not counted: for a count under a system that has none. */
    StatedFigures withoutUnusedSeconds() {
        return new StatedFigures(source, ballotPapers, rejected, Optional.empty(), mapping, turnout, swing, lines);
    }
}
