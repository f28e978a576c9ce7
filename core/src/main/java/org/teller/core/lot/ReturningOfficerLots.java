package org.teller.core.lot;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.teller.core.InvalidInputException;

/**
 * The order the returning officer drew by hand, entered after the draw. Any tie is decided by that
 * order: of the tied candidates, the one placed first wins.
 */
public final class ReturningOfficerLots implements LotDrawer {

    private final List<Integer> order;
    private final List<String> names;

    /**
     * @param order candidates by index, in the order drawn (it may name only the candidates who were tied)
     * @param names every candidate's name by index, for the message when the order misses a tied one
     */
    public ReturningOfficerLots(List<Integer> order, List<String> names) {
        this.order = List.copyOf(order);
        this.names = List.copyOf(names);
    }

    @Override
    public Lot draw(int stage, List<Integer> tied) {
        List<Integer> drawn = new ArrayList<>();
        for (int candidate : order) {
            if (tied.contains(candidate)) {
                drawn.add(candidate);
            }
        }
        for (int candidate : tied) {
            if (!drawn.contains(candidate)) {
                throw new InvalidInputException("--lots", 0, names.get(candidate),
                        "is tied at stage " + stage + " but has no place in the order of the lot");
            }
        }
        return new Lot(stage, tied, drawn, OptionalLong.empty());
    }
}
