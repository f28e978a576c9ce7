package org.teller.core.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RctabPermutationLotsTest {

    private static final List<String> NAMES = List.of("Dee", "Bo", "Eve", "Ann", "Cy");

    @Test
    void generatePermutationSortsTheNamesAndShufflesThemFromTheSeed() {
        // Sorted: Ann 3, Bo 1, Cy 4, Dee 0, Eve 2. Seed 2 draws nextInt(5), (4), (3), (2) = 3, 1, 2, 0
        // (RctabRandomLotsTest checks them against java.util.Random's specification). From the last place down:
        // place 4 <-> 3: [Ann, Bo, Cy, Eve, Dee]; place 3 <-> 1: [Ann, Eve, Cy, Bo, Dee]; place 2 <-> 2: the same;
        // place 1 <-> 0: [Eve, Ann, Cy, Bo, Dee].
        RctabPermutationLots lots = RctabPermutationLots.generated(2, NAMES);
        assertThat(lots.order()).containsExactly(2, 3, 4, 1, 0);
        assertThat(lots.seed()).hasValue(2);
    }

    @Test
    void theShuffleIsCollectionsShuffle() {
        for (long seed = -3; seed < 300; seed++) {
            List<String> rctab = new ArrayList<>(NAMES);
            Collections.sort(rctab);
            Collections.shuffle(rctab, new Random(seed));
            List<String> teller = RctabPermutationLots.generated(seed, NAMES).order().stream().map(NAMES::get).toList();
            assertThat(teller).as("seed " + seed).isEqualTo(rctab);
        }
    }

    @Test
    void theEarliestIsElectedAndTheLatestEliminated() {
        // Order Eve 2, Ann 3, Cy 4, Bo 1, Dee 0 (seed 2). Tied Ann, Bo and Dee: Ann earliest, Dee latest.
        RctabPermutationLots lots = RctabPermutationLots.generated(2, NAMES);
        Lot elect = lots.draw(new Tie(4, List.of(0, 1, 3), 7, Tie.Decides.ELECTED));
        assertThat(elect.order()).containsExactly(3, 1, 0);
        assertThat(elect.winner()).isEqualTo(3);
        assertThat(elect.seed()).hasValue(2);
        Lot eliminate = lots.draw(new Tie(4, List.of(0, 1, 3), 7, Tie.Decides.ELIMINATED));
        assertThat(eliminate.last()).isEqualTo(0);
        assertThat(eliminate.decides()).isEqualTo(Tie.Decides.ELIMINATED);
    }

    @Test
    void theConfigurationsOrderIsNotADrawAndPlacesNeitherThePool() {
        // useCandidateOrder: candidates 0, 1, 2 in that order; 3 (RCTab's pseudo-candidate) in no order.
        RctabPermutationLots lots = RctabPermutationLots.inOrder(List.of(0, 1, 2));
        assertThat(lots.seed()).isEmpty();
        assertThat(lots.drawToEliminate(1, List.of(1, 3)).order()).containsExactly(3, 1);
        assertThat(lots.draw(1, List.of(1, 3)).order()).containsExactly(1, 3);
        assertThat(lots.draw(1, List.of(0, 2)).drawnByHand()).isTrue();
        assertThatThrownBy(() -> RctabPermutationLots.inOrder(List.of(0, 0))).isInstanceOf(IllegalArgumentException.class);
    }
}
