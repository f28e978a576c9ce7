package org.teller.formats.votes;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.sv.SecondStageMismatchException;
import org.teller.core.sv.SvTally;
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
        Function<SecondStageMismatchException, InvalidInputException> mismatch) {

    public CountedVotes {
        areas = Collections.unmodifiableMap(new TreeMap<>(areas));
        rejected = Map.copyOf(rejected);
    }

    /** Whether the file divides the votes into named count areas. */
    public boolean hasAreas() {
        return !(areas.size() == 1 && areas.containsKey(""));
    }

    /** All rejected papers, where the file gives them (ballot papers): the total tally's. */
    public Optional<RejectedPapers> totalRejected() {
        return rejected.isEmpty() || !(total instanceof SvTally tally)
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
