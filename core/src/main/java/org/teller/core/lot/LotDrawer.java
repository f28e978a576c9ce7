package org.teller.core.lot;

import java.util.List;

/**
 * Decides an equality by lot (LGA 2000 Sch.2 para 3(8)): the count asks, the drawer answers, and the
 * answer is recorded in the result.
 *
 * <p>Counts ask through {@link #draw(Tie)}. A drawer implements {@link #draw(int, List)} and, if it draws
 * a single name, {@link #drawToEliminate}.
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

    /**
     * Draws a lot to decide which one of the tied candidates is eliminated: the last of the lot's order.
     * A drawer that puts all the tied candidates in order decides both ends with one draw, and this is
     * {@link #draw}; a drawer that draws a single name (as RCTab does: {@link RctabRandomLots}) needs to
     * know whether the name drawn is the one favoured or the one eliminated.
     *
     * @param stage the stage of the count
     * @param tied the tied candidates, ascending by index
     * @return the lot, whose order covers exactly the tied candidates and ends with the one eliminated
     */
    default Lot drawToEliminate(int stage, List<Integer> tied) {
        return draw(stage, tied);
    }

    /**
     * Draws the lot that decides this tie ({@link #drawToEliminate} when it decides who is eliminated,
     * else {@link #draw}), recording what it decides.
     */
    default Lot draw(Tie tie) {
        Lot lot = tie.decides() == Tie.Decides.ELIMINATED ? drawToEliminate(tie.round(), tie.tied())
                : draw(tie.round(), tie.tied());
        if (lot.stage() != tie.round() || !lot.tied().equals(tie.tied())) {
            throw new IllegalStateException("a lot for " + tie + " was drawn as " + lot);
        }
        return lot.deciding(tie.decides());
    }
}
