package org.teller.core.lot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.teller.core.InvalidInputException;

/**
 * The order the returning officer drew by hand, entered after the draw. Any tie is decided by that
 * order: of the tied candidates, the one placed first wins, and the one placed last is eliminated when
 * the lot decides who is.
 */
public final class ReturningOfficerLots implements LotDrawer {

    private final List<Integer> order;
    private final List<String> names;
    private final String stageWord;

    /**
     * @param order candidates by index, in the order drawn (it may name only the candidates who were tied)
     * @param names every candidate's name by index, for the message when the order misses a tied one
     * @param stageWord what the count calls its stages in that message: "stage" (SV) or "round"
     */
    public ReturningOfficerLots(List<Integer> order, List<String> names, String stageWord) {
        this.order = List.copyOf(order);
        this.names = List.copyOf(names);
        this.stageWord = stageWord;
    }

    /** An order for a count in stages (SV's word). */
    public ReturningOfficerLots(List<Integer> order, List<String> names) {
        this(order, names, "stage");
    }

    @Override
    public Lot draw(int stage, List<Integer> tied) {
        for (int candidate : tied) {
            if (!order.contains(candidate)) {
                throw new InvalidInputException("--lots", 0, names.get(candidate),
                        "is tied at " + stageWord + " " + stage + " but has no place in the order of the lot");
            }
        }
        return lot(stage, tied);
    }

    /** The lot the order gives, when it places every one of the tied candidates. */
    @Override
    public Optional<Lot> asked(Tie tie) {
        return order.containsAll(tie.tied()) ? Optional.of(draw(tie)) : Optional.empty();
    }

    private Lot lot(int stage, List<Integer> tied) {
        List<Integer> drawn = new ArrayList<>();
        for (int candidate : order) {
            if (tied.contains(candidate)) {
                drawn.add(candidate);
            }
        }
        return new Lot(stage, tied, drawn, OptionalLong.empty());
    }
}
