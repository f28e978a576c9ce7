package org.teller.core.lot;

import java.util.List;
import java.util.Optional;

/**
 * Decides an equality by lot (LGA 2000 Sch.2 para 3(8)): the count asks, the drawer answers, and the
 * answer is recorded in the result.
 *
 * <p>Counts ask through {@link #draw(Tie)}, or, for an equality their rules leave to the returning
 * officer alone (the alternative vote's tie-breaks {@code stop-and-ask} and
 * {@code earlier-rounds-then-ask}), through {@link #asked(Tie)}. A drawer implements {@link #draw(int, List)}
 * and, if it draws a single name, {@link #drawToEliminate}.
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

    /**
     * The lot for an equality that the count's rules leave to the returning officer, if this drawer holds
     * it: the order they drew by hand ({@link ReturningOfficerLots}). When it is empty the count stops and
     * asks for it ({@link LotNeededException}). A drawer that draws at random does not stand in for the
     * returning officer unless told to ({@link #answeringAsks}): by default, empty.
     */
    default Optional<Lot> asked(Tie tie) {
        return Optional.empty();
    }

    /**
     * This drawer, also drawing the lots that the count's rules leave to the returning officer, so that
     * a count never stops to ask: for a "what if" that is not a declaration (such as {@code teller
     * compare}, or the previous contest that changes are measured against).
     */
    default LotDrawer answeringAsks() {
        LotDrawer drawer = this;
        return new LotDrawer() {
            @Override
            public Lot draw(int stage, List<Integer> tied) {
                return drawer.draw(stage, tied);
            }

            @Override
            public Lot drawToEliminate(int stage, List<Integer> tied) {
                return drawer.drawToEliminate(stage, tied);
            }

            @Override
            public Lot draw(Tie tie) {
                return drawer.draw(tie);
            }

            @Override
            public Optional<Lot> asked(Tie tie) {
                return Optional.of(drawer.asked(tie).orElseGet(() -> drawer.draw(tie)));
            }
        };
    }
}
