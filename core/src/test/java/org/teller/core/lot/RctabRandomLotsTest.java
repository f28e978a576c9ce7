package org.teller.core.lot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RctabRandomLotsTest {

    // RCTab's unisyn "City C Mayor" regression case: the candidates in its config's order, and its pseudo-candidate.
    private static final List<String> MAYOR = List.of("Karen Petersen", "Jon Miller", "Jerry Meyer", "Jerry Lang",
            "Tess Soto", "Josh Bennett", "Terry Landon", "Steven Wilkins", "Nadia Freeman", "Danielle Davis",
            "Carrol Wilson", "Chelsey Williams", "Undeclared Write-ins");

    @Test
    void theStreamIsJavaUtilRandomsNextDouble() {
        // Pinned by the Java specification; these are the figures RCTab's own draws rest on.
        Random random = new Random(0);
        assertThat(random.nextDouble()).isEqualTo(0.730967787376657);
        assertThat(random.nextDouble()).isEqualTo(0.24053641567148587);
        assertThat(random.nextDouble()).isEqualTo(0.6374174253501083);
        assertThat(random.nextDouble()).isEqualTo(0.5504370051176339);
    }

    @Test
    void eliminationsRepeatRctabsDrawsInTheUnisynMayorCase() {
        // RCTab's report of that case: Jon Miller, Jerry Lang, Josh Bennett and Tess Soto lost by lot, in that order.
        RctabRandomLots lots = new RctabRandomLots(0, MAYOR);
        // [Carrol Wilson, Jon Miller]: 0.7309... x 2 -> index 1.
        assertThat(lots.drawToEliminate(2, List.of(1, 10)).order()).containsExactly(10, 1);
        // Sorted [Chelsey Williams, Jerry Lang, Josh Bennett, Karen Petersen, Nadia Freeman, Steven Wilkins,
        // Tess Soto]: 0.2405... x 7 -> index 1, Jerry Lang, placed last; the others in name order.
        assertThat(lots.drawToEliminate(5, List.of(0, 3, 4, 5, 7, 8, 11)).order())
                .containsExactly(11, 5, 0, 8, 7, 4, 3);
        // [Chelsey Williams, Josh Bennett, Steven Wilkins]: 0.6374... x 3 -> index 1.
        assertThat(lots.drawToEliminate(6, List.of(5, 7, 11)).order()).containsExactly(11, 7, 5);
        // [Steven Wilkins, Tess Soto]: 0.5504... x 2 -> index 1.
        Lot last = lots.drawToEliminate(8, List.of(4, 7));
        assertThat(last.order()).containsExactly(7, 4);
        assertThat(last.seed()).hasValue(0);
    }

    @Test
    void theNameDrawnIsFirstWhenTheLotDecidesWhoIsFavoured() {
        // RCTab's nist_xml_cdf_2 case: a three-way elimination, then the last two tied for the win.
        List<String> names = List.of("Edward FitzGerald and Sharen Swartz Neuhardt", "John Kasich and Mary Taylor",
                "Anita Rios and Bob Fitrakis");
        RctabRandomLots lots = new RctabRandomLots(0, names);
        // Sorted [Anita.., Edward.., John..]: 0.7309... x 3 -> index 2, John Kasich eliminated.
        assertThat(lots.drawToEliminate(1, List.of(0, 1, 2)).order()).containsExactly(2, 0, 1);
        // [Anita.., Edward..]: 0.2405... x 2 -> index 0, Anita Rios elected.
        assertThat(lots.draw(2, List.of(0, 2)).winner()).isEqualTo(2);
    }

    @Test
    void namesSortByCodeUnitSoUpperCaseComesFirst() {
        // "Zed" < "adam" in String.compareTo. Seed 0's first draw, 0.73 x 2 -> index 1: the second by code unit.
        RctabRandomLots lots = new RctabRandomLots(0, List.of("adam", "Zed"));
        assertThat(lots.drawToEliminate(1, List.of(0, 1)).order()).containsExactly(1, 0);
    }

    @Test
    void eachTieTakesOneDrawFromOneStream() {
        RctabRandomLots lots = new RctabRandomLots(1, List.of("A", "B", "C", "D"));
        Random same = new Random(1);
        for (int tie = 0; tie < 50; tie++) {
            List<Integer> tied = tie % 2 == 0 ? List.of(0, 1, 2, 3) : List.of(1, 3);
            int index = (int) Math.floor(same.nextDouble() * tied.size());
            Lot lot = tie % 3 == 0 ? lots.draw(tie, tied) : lots.drawToEliminate(tie, tied);
            int drawn = tie % 3 == 0 ? lot.winner() : lot.order().get(tied.size() - 1);
            assertThat(drawn).isEqualTo(tied.get(index)); // names sort as indices here
        }
    }
}
