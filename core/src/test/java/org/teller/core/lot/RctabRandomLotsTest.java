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

    /**
     * {@code java.util.Random} as its specification writes it out: a 48-bit linear congruential generator.
     * Written again here, so that the draws RCTab's lots rest on are checked against the specification and
     * not only against the JDK that runs the tests.
     */
    static final class SpecifiedRandom {
        private static final long MULTIPLIER = 0x5DEECE66DL;
        private static final long MASK = (1L << 48) - 1;
        private long state;

        SpecifiedRandom(long seed) {
            state = (seed ^ MULTIPLIER) & MASK;
        }

        int next(int bits) {
            state = (state * MULTIPLIER + 0xBL) & MASK;
            return (int) (state >>> (48 - bits));
        }

        double nextDouble() {
            return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
        }

        int nextInt(int bound) {
            if ((bound & -bound) == bound) {
                return (int) ((bound * (long) next(31)) >> 31);
            }
            int bits;
            int value;
            do {
                bits = next(31);
                value = bits % bound;
            } while (bits - value + (bound - 1) < 0);
            return value;
        }
    }

    @Test
    void theDrawsAreThoseTheSpecificationOfJavaUtilRandomGives() {
        // Seed 0: the draws of RCTab's own cases above. Seed 1: stop_tabulation_early_test and
        // tiebreak_seed_test (0.7308781907032909 x 3 -> Yinka Dare; 0.41008081149220166 x 2 -> George Gervin).
        SpecifiedRandom zero = new SpecifiedRandom(0);
        assertThat(zero.nextDouble()).isEqualTo(0.730967787376657);
        assertThat(zero.nextDouble()).isEqualTo(0.24053641567148587);
        SpecifiedRandom one = new SpecifiedRandom(1);
        assertThat(one.nextDouble()).isEqualTo(0.7308781907032909);
        assertThat(one.nextDouble()).isEqualTo(0.41008081149220166);
        // Seed 2, as a shuffle of five draws it: nextInt(5), (4), (3), (2) = 3, 1, 2, 0.
        SpecifiedRandom two = new SpecifiedRandom(2);
        assertThat(List.of(two.nextInt(5), two.nextInt(4), two.nextInt(3), two.nextInt(2))).containsExactly(3, 1, 2, 0);
        for (long seed = -5; seed < 200; seed++) {
            Random jdk = new Random(seed);
            SpecifiedRandom specified = new SpecifiedRandom(seed);
            for (int draw = 0; draw < 20; draw++) {
                assertThat(specified.nextDouble()).isEqualTo(jdk.nextDouble());
                assertThat(specified.nextInt(draw + 1)).isEqualTo(jdk.nextInt(draw + 1));
            }
        }
    }

    @Test
    void afterEarlierRoundsTheListIsInTheOrderOfAHashSetOfTheNamesInQuestion() {
        // A tie of A, P and Z narrowed by one earlier round to A and P. RCTab goes through a HashSet of
        // [A, P, Z]: by hash code, "P" (80) falls in bucket 0 of 16, "A" (65) in 1, "Z" (90) in 10, so it
        // meets P before A and lists [P, A]. Seed 0's first draw, 0.7309... x 2 -> index 1: A.
        List<String> names = List.of("A", "P", "Z");
        Tie narrowed = new Tie(2, List.of(0, 1), 12, Tie.Decides.ELIMINATED, List.of(List.of(0, 1, 2), List.of(0, 1)));
        Lot lot = new RctabRandomLots(0, names).draw(narrowed);
        assertThat(lot.order()).containsExactly(1, 0);
        assertThat(lot.decides()).isEqualTo(Tie.Decides.ELIMINATED);
        // Not narrowed, the list is in name order [A, P]: index 1 is P.
        assertThat(new RctabRandomLots(0, names).draw(new Tie(2, List.of(0, 1), 12, Tie.Decides.ELIMINATED)).last())
                .isEqualTo(1);
    }

    @Test
    void namesInOneBucketKeepTheOrderTheyWereMetIn() {
        // "A" (65) and "Q" (81) share bucket 1: a HashSet meets them in the order they were added. From name
        // order [A, Q, Z] the set gives [A, Q] ("Z" in bucket 10, left out), and that list, set again, [A, Q].
        List<String> names = List.of("Q", "A", "Z");
        Tie twice = new Tie(3, List.of(0, 1), 5, Tie.Decides.ELECTED,
                List.of(List.of(0, 1, 2), List.of(0, 1), List.of(0, 1)));
        // Seed 0: 0.7309... x 2 -> index 1 of [A, Q]: Q (index 0) is favoured.
        assertThat(new RctabRandomLots(0, names).draw(twice).order()).containsExactly(0, 1);
        assertThat(new java.util.ArrayList<>(new java.util.HashSet<>(List.of("A", "Q")))).containsExactly("A", "Q");
        assertThat(new java.util.ArrayList<>(new java.util.HashSet<>(List.of("Q", "A")))).containsExactly("Q", "A");
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
