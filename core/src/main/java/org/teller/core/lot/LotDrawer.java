package org.teller.core.lot;

import java.util.List;

/**
 * Decides an equality by lot (LGA 2000 Sch.2 para 3(8)): the count asks, the drawer answers, and the
 * answer is recorded in the result.
 */
public interface LotDrawer {

    /**
     * Draws a lot between tied candidates.
     *
     * @param stage the stage of the count
     * @param tied the tied candidates, ascending by index
     * @return the lot, whose order covers exactly the tied candidates
     */
    Lot draw(int stage, List<Integer> tied);
}
