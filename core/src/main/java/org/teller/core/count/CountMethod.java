package org.teller.core.count;

import java.util.List;
import org.teller.core.Candidate;
import org.teller.core.lot.LotDrawer;
import org.teller.core.tally.PreferenceSource;

/** A way of counting votes: a pure function from the votes (and the lots drawn) to a result. No I/O. */
@FunctionalInterface
public interface CountMethod {

    /**
     * Counts the votes.
     *
     * @param candidates the candidates in ballot order, as many as the votes have
     * @param votes the valid votes, of all count areas added up
     * @param lots asked to decide any equality the rules decide by lot
     * @throws org.teller.core.tally.StatedFiguresMismatchException when stated returns do not fit the count
     */
    Result count(List<Candidate> candidates, PreferenceSource votes, LotDrawer lots);
}
