package org.teller.rctab.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teller.core.count.Round;
import org.teller.rctab.Tabulation;

/**
 * The order of the candidate rows in RCTab's CSV reports, the same in every report of a contest: the
 * candidates of the first round by their votes there, most first, and the undeclared write-ins last.
 *
 * <p>Candidates with equal votes keep the order in which RCTab's tally of the first round, a
 * {@link HashMap} from name to votes filled in the configuration's order, iterates its names: that is
 * the order RCTab sorts from, and its sort is stable. The same map is built here, so that equal
 * candidates come out as RCTab lists them (a hash map's order depends only on the names and their
 * number, and has been the same in every JDK since 8).
 */
final class CandidateOrder {

    private CandidateOrder() {}

    /** The candidates continuing at the first round, by index, in RCTab's order. */
    static List<Integer> of(List<String> names, Round first) {
        Map<String, Integer> tally = new HashMap<>();
        for (int candidate : first.continuing()) {
            tally.put(names.get(candidate), candidate);
        }
        List<Integer> order = new ArrayList<>(tally.values());
        order.sort((a, b) -> {
            if (names.get(a).equals(Tabulation.UNDECLARED_WRITE_INS)) {
                return 1;
            }
            if (names.get(b).equals(Tabulation.UNDECLARED_WRITE_INS)) {
                return -1;
            }
            return Long.compare(first.votes(b), first.votes(a));
        });
        return order;
    }
}
