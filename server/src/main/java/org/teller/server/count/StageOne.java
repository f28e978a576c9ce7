package org.teller.server.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.FirstStage;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.lot.Lot;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.core.tally.CountReturns;

/**
 * The first stage of a contest counted from its areas' accepted returns, by Teller's core as {@code teller
 * count} counts: the Supplementary Vote's and the contingent vote's first stage ({@link FirstStage}: elected
 * at it, or who goes forward), or first past the post's whole count. Lots are drawn from a seed that is
 * recorded with the declaration, so that anyone can draw them again.
 */
public final class StageOne {

    private StageOne() {}

    /**
     * @param system the contest's system key
     * @param names the candidates in ballot order
     * @param votes each area's first-preference votes, by candidate in ballot order
     * @param rejected all rejected papers, by head
     * @return the declaration as the API gives it
     */
    public static Map<String, Object> declare(String system, List<String> names, List<List<Long>> votes,
            Map<String, Long> rejected, long lotSeed) {
        List<Candidate> candidates = names.stream().map(name -> Candidate.of(name, "")).toList();
        CountReturns total = null;
        for (List<Long> area : votes) {
            List<Optional<Long>> none = area.stream().map(v -> Optional.<Long>empty()).toList();
            CountReturns returns = CountReturns.of(area, none);
            total = total == null ? returns : total.plus(returns);
        }
        SeededLotDrawer lots = new SeededLotDrawer(lotSeed);
        Round round;
        Optional<Integer> elected;
        Optional<String> how;
        List<Integer> forward;
        List<Lot> drawn;
        switch (system) {
            case SupplementaryVote.KEY, ContingentVote.KEY -> {
                FirstStage stage = system.equals(SupplementaryVote.KEY)
                        ? SupplementaryVote.INSTANCE.firstStage(candidates, total, lots)
                        : new ContingentVote(2).firstStage(candidates, total, lots);
                round = stage.round();
                elected = stage.elected();
                how = stage.how().map(h -> h.key());
                forward = stage.forward();
                drawn = stage.drawn();
            }
            case FirstPastThePost.KEY -> {
                Result result = FirstPastThePost.INSTANCE.count(candidates, total, lots);
                round = result.rounds().get(0);
                elected = Optional.of(result.elected());
                how = Optional.of(result.how().key());
                forward = List.of();
                drawn = result.lots();
            }
            default -> throw new IllegalArgumentException("no first stage from returns for " + system);
        }
        Map<String, Long> byName = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            byName.put(names.get(c), round.votes(c));
        }
        // Written as the final declaration writes its lots (teller count's JSON), field for field.
        List<Map<String, Object>> lotsDrawn = new ArrayList<>();
        for (Lot lot : drawn) {
            Map<String, Object> written = new LinkedHashMap<>();
            written.put("stage", lot.stage());
            written.put("tied", lot.tied().stream().map(names::get).toList());
            written.put("order", lot.order().stream().map(names::get).toList());
            written.put("drawnBy", lot.drawnByHand() ? "returning-officer" : "seeded-random");
            written.put("seed", lot.seed().isPresent() ? lot.seed().getAsLong() : null);
            written.put("decides", lot.decides().key());
            lotsDrawn.add(written);
        }
        Map<String, Object> declared = new LinkedHashMap<>();
        declared.put("stage", 1);
        declared.put("system", system);
        declared.put("votes", byName);
        declared.put("valid", round.continuingVotes());
        declared.put("rejected", rejected);
        declared.put("elected", elected.map(names::get).orElse(null));
        declared.put("how", how.orElse(null));
        declared.put("forward", forward.stream().map(names::get).toList());
        declared.put("lotSeed", lotSeed);
        declared.put("lots", lotsDrawn);
        return declared;
    }
}
