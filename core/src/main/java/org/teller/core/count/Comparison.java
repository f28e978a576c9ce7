package org.teller.core.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.teller.core.tally.Transfer;

/**
 * How the results of the same votes under several systems differ from the first of them (first past
 * the post: the most first preferences): for each, whether another candidate is elected and, if so,
 * the round at which that candidate overtakes the first system's winner and whose transfers did it.
 */
public final class Comparison {

    private Comparison() {}

    /**
     * Where a result parts from the baseline's.
     *
     * @param round the round at which {@code elected} first has more votes than {@code overtaken}, or at
     *     which {@code overtaken} is out of the count, or the last round when a lot decided
     * @param elected who this system elects
     * @param overtaken who the baseline elects
     * @param on the candidates whose papers, passed on at that round, gave {@code elected} more than
     *     {@code overtaken}, most first; empty when the source states transfers only together
     * @param how how it happened
     */
    public record Difference(int round, int elected, int overtaken, List<Integer> on, How how) {
        public Difference {
            on = List.copyOf(on);
        }
    }

    /** How the result came to part from the baseline's. */
    public enum How {
        /** The winner gained more from transfers than the baseline's winner. */
        OVERTAKES,
        /** The baseline's winner was eliminated. */
        ELIMINATES,
        /** The two were equal and a lot decided. */
        BY_LOT
    }

    /** Where {@code result} parts from {@code baseline}; empty when both elect the same candidate. */
    public static Optional<Difference> difference(Result baseline, Result result) {
        int elected = result.elected();
        int overtaken = baseline.elected();
        if (elected == overtaken) {
            return Optional.empty();
        }
        for (Round round : result.rounds()) {
            if (!round.isContinuing(overtaken)) {
                return Optional.of(new Difference(round.number(), elected, overtaken, List.of(), How.ELIMINATES));
            }
            if (round.votes(elected) > round.votes(overtaken)) {
                return Optional.of(new Difference(round.number(), elected, overtaken, gainers(round, elected, overtaken),
                        How.OVERTAKES));
            }
        }
        return Optional.of(new Difference(result.electedInRound(), elected, overtaken, List.of(), How.BY_LOT));
    }

    /** The eliminated candidates whose papers gave {@code elected} more than {@code overtaken} at this round. */
    private static List<Integer> gainers(Round round, int elected, int overtaken) {
        List<Transfer> helped = new ArrayList<>();
        for (Transfer transfer : round.transfers()) {
            if (transfer.from().isPresent() && transfer.to(elected) > transfer.to(overtaken)) {
                helped.add(transfer);
            }
        }
        helped.sort(Comparator.comparingLong((Transfer t) -> t.to(overtaken) - t.to(elected))
                .thenComparingInt(t -> t.from().getAsInt()));
        return helped.stream().map(t -> t.from().getAsInt()).toList();
    }
}
