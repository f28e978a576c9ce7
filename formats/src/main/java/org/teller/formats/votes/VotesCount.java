package org.teller.formats.votes;

import java.util.ArrayList;
import java.util.List;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.AreaFigures;
import org.teller.core.contest.Contest;
import org.teller.core.count.Replay;
import org.teller.core.count.Result;
import org.teller.core.lot.LotDrawer;
import org.teller.core.tally.StatedFiguresMismatchException;

/**
 * Counts votes already read: the whole count under the contest's system, and each count area through
 * the same rounds. No files are read here, so whatever holds votes in memory (a reader, a server that
 * took a return) counts them the same way. Figures that do not fit the count are placed at the line of
 * the file they came from. What a contest states beside its votes is checked against this count by
 * {@code formats.contest.Declarations}, which counts through here.
 */
public final class VotesCount {

    private VotesCount() {}

    /**
     * The count and each area's part of it.
     *
     * @param result the whole count
     * @param areas each count area's figures, sorted by name; none when the votes have no areas
     */
    public record Counted(Result result, List<AreaFigures> areas) {
        public Counted {
            areas = List.copyOf(areas);
        }
    }

    /**
     * @throws InvalidInputException for figures that cannot be counted, placed in the votes' source
     */
    public static Counted count(Contest contest, CountedVotes votes, LotDrawer lots) {
        Result result;
        try {
            result = contest.system().count(contest.candidates(), votes.total(), lots);
        } catch (StatedFiguresMismatchException e) {
            throw votes.mismatch().apply(e);
        } catch (InvalidInputException e) {
            throw e.source().isEmpty() ? e.in(votes.source()) : e;
        }
        List<AreaFigures> areas = new ArrayList<>();
        if (votes.hasAreas()) {
            for (String area : votes.areaNames()) {
                try {
                    areas.add(new AreaFigures(area, Replay.rounds(result, votes.areas().get(area)), votes.rejectedIn(area)));
                } catch (StatedFiguresMismatchException e) {
                    throw votes.mismatch().apply(e);
                } catch (InvalidInputException e) {
                    throw e.source().isEmpty() ? e.in(votes.source()) : e;
                }
            }
        }
        return new Counted(result, areas);
    }
}
