package org.teller.formats.votes;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.tally.CountReturns;
import org.teller.core.tally.PreferenceSource;
import org.teller.core.tally.RankingTally;
import org.teller.core.tally.StatedFiguresMismatchException;

/**
 * The votes read from one file, or held in memory: each count area's, and all of them added up.
 *
 * @param source what messages call the votes: the file as the user named it, or another name where there
 *     is no file
 * @param areas each area's votes, sorted by area name; one area named {@code ""} when the file has no areas
 * @param total the votes of all areas added up
 * @param rejected rejected papers by area, where the file gives them (ballot papers only)
 * @param totalRejected all rejected papers, where the file gives them
 * @param endings valid papers by how their ranking ends, where the file tells (ballot papers and tallies)
 * @param mismatch places a mismatch of stated figures found by the count at the line of the file it is about
 * @param tallies each area's tally, when the votes are papers or a tally of them (empty for returns)
 * @param returns each area's returns, when the votes are count returns (empty otherwise)
 */
public record CountedVotes(
        String source,
        Map<String, PreferenceSource> areas,
        PreferenceSource total,
        Map<String, RejectedPapers> rejected,
        Optional<RejectedPapers> totalRejected,
        Optional<Map<RankingEnd, Long>> endings,
        Function<StatedFiguresMismatchException, InvalidInputException> mismatch,
        Optional<Map<String, RankingTally>> tallies,
        Optional<Map<String, CountReturns>> returns) {

    public CountedVotes {
        areas = Collections.unmodifiableMap(new TreeMap<>(areas));
        rejected = Map.copyOf(rejected);
        endings = endings.map(Map::copyOf);
        tallies = tallies.map(byArea -> Collections.unmodifiableMap(new TreeMap<>(byArea)));
        returns = returns.map(byArea -> Collections.unmodifiableMap(new TreeMap<>(byArea)));
    }

    /**
     * Votes as tallies of papers, which answer for any round: rejected papers are given where
     * {@code withRejected} (ballot papers), not where the source does not know them (a tally's rows).
     * Public so that votes tallied in memory are held as the readers hold them.
     *
     * @param areas each area's tally; one area named {@code ""} when there are no areas
     */
    public static CountedVotes ofTallies(String source, Map<String, RankingTally> areas, int candidates,
            boolean withRejected) {
        // The total numbers rankings as the areas do where they share a dictionary (the fast reader's), so
        // that adding them up re-keys nothing.
        RankingTally total = areas.isEmpty() ? new RankingTally(candidates)
                : new RankingTally(areas.values().iterator().next().rankings());
        Map<String, PreferenceSource> votes = new TreeMap<>();
        Map<String, RejectedPapers> rejected = new TreeMap<>();
        areas.forEach((area, tally) -> {
            total.merge(tally);
            votes.put(area, tally);
            if (withRejected) {
                rejected.put(area, tally.rejected());
            }
        });
        return new CountedVotes(source, votes, total, rejected, withRejected ? Optional.of(total.rejected()) : Optional.empty(),
                Optional.of(total.byEnd()), mismatch -> {
                    throw new IllegalStateException("a tally answers for any round", mismatch);
                }, Optional.of(areas), Optional.empty());
    }

    /**
     * Votes as count returns, which state what they state. Public so that returns held in memory are
     * held as the reader holds them.
     *
     * @param areas each area's returns; one area named {@code ""} when there are no areas
     * @param total the areas' returns added up
     * @param mismatch what to say of a figure the count finds does not fit, where it was stated
     */
    public static CountedVotes ofReturns(String source, Map<String, CountReturns> areas, CountReturns total,
            Function<StatedFiguresMismatchException, InvalidInputException> mismatch) {
        return new CountedVotes(source, Map.copyOf(areas), total, Map.of(), Optional.empty(), Optional.empty(), mismatch,
                Optional.empty(), Optional.of(areas));
    }

    /**
     * The same votes answering for their first preferences alone, whatever later figures they state: for
     * first past the post counted as a "what if" from returns made for a count of two stages.
     */
    public CountedVotes firstPreferencesOnly() {
        Map<String, PreferenceSource> firsts = new TreeMap<>();
        areas.forEach((area, votes) -> firsts.put(area, votes.firstPreferencesOnly()));
        return new CountedVotes(source, firsts, total.firstPreferencesOnly(), rejected, totalRejected, endings,
                mismatch, tallies, returns);
    }

    /** Whether the file divides the votes into named count areas. */
    public boolean hasAreas() {
        return !(areas.size() == 1 && areas.containsKey(""));
    }

    public Optional<RejectedPapers> rejectedIn(String area) {
        return Optional.ofNullable(rejected.get(area));
    }

    /** The areas' names in order. */
    public List<String> areaNames() {
        return List.copyOf(areas.keySet());
    }
}
