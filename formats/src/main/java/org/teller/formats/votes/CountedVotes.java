package org.teller.formats.votes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.sv.SecondStageMismatchException;
import org.teller.core.sv.SvVotes;

/**
 * The votes read from one file: each count area's, and all of them added up.
 *
 * @param areas each area's votes, sorted by area name; one area named {@code ""} when the file has no areas
 * @param total the votes of all areas added up
 * @param rejected rejected papers by area, where the file gives them (ballot papers only)
 * @param mismatch places a second-stage mismatch found by the count at the line of the file it is about
 */
public record CountedVotes(
        Map<String, SvVotes> areas,
        SvVotes total,
        Map<String, RejectedPapers> rejected,
        java.util.function.Function<SecondStageMismatchException, InvalidInputException> mismatch) {

    public CountedVotes {
        areas = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(areas));
        rejected = Map.copyOf(rejected);
    }

    /** Whether the file divides the votes into named count areas. */
    public boolean hasAreas() {
        return !(areas.size() == 1 && areas.containsKey(""));
    }

    /** All rejected papers, where the file gives them (ballot papers): the total tally's. */
    public Optional<RejectedPapers> totalRejected() {
        return rejected.isEmpty() || !(total instanceof org.teller.core.sv.SvTally tally)
                ? Optional.empty()
                : Optional.of(tally.rejected());
    }

    public Optional<RejectedPapers> rejectedIn(String area) {
        return Optional.ofNullable(rejected.get(area));
    }

    /** The areas' names in order. */
    public List<String> areaNames() {
        return List.copyOf(areas.keySet());
    }
}
