package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.teller.core.InvalidInputException;
import org.teller.rctab.cvr.CastVoteRecord;
import org.teller.rctab.cvr.CvrProvider;
import org.teller.rctab.cvr.CvrSource;
import org.teller.rctab.cvr.GenericCsvCvrReader;
import org.teller.rctab.cvr.GenericCsvFastReader;
import org.teller.rctab.cvr.RecordCounter;

/**
 * RCTab's generic CSV, read by both of Teller's readers: the fast one either gives up or reads exactly the
 * records the careful one reads (each one's rankings, precinct and batch), never a file the careful one
 * refuses; the careful one reads or refuses, and nothing else escapes either.
 */
class RctabCsvFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void genericCsv(byte[] input) {
        Stats.tried("RctabCsvFuzzTest");
        check(input);
    }

    static void check(byte[] input) {
        try (Workspace workspace = new Workspace()) {
            Path file = workspace.write("cvr.csv", input);
            CvrSource source = new CvrSource(file, CvrProvider.GENERIC_CSV, "", OptionalInt.of(4), OptionalInt.of(2),
                    OptionalInt.of(1), OptionalInt.of(2), OptionalInt.of(3), "", "", "", "Write-In", false);
            Map<String, Integer> careful = new HashMap<>();
            String refused = null;
            try {
                new GenericCsvCvrReader().read(source, record -> careful.merge(key(record), 1, Integer::sum));
            } catch (InvalidInputException e) {
                refused = e.getMessage();
            }
            Map<String, Integer> fast = new HashMap<>();
            Map<Integer, String> distinct = new HashMap<>();
            // The fast reader never refuses a file itself: it gives up, and the careful one says what is wrong.
            boolean finished = GenericCsvFastReader.read(source, true, true, new RecordCounter() {
                @Override
                public int number(CastVoteRecord record) {
                    distinct.put(distinct.size(), record.rankings().toString());
                    return distinct.size() - 1;
                }

                @Override
                public void count(int number, boolean undervote, String precinct, String batch) {
                    if (undervote != distinct.get(number).equals("[]")) {
                        throw Check.fail("an undervote told wrongly: " + distinct.get(number));
                    }
                    fast.merge(distinct.get(number) + "@" + precinct + "/" + batch, 1, Integer::sum);
                }
            });
            if (finished && refused != null) {
                throw Check.fail("the fast reader read a file the careful one refused: " + refused);
            }
            if (finished && !fast.equals(careful)) {
                throw Check.fail("the fast reader read " + fast + ", the careful one " + careful);
            }
        }
    }

    private static String key(CastVoteRecord record) {
        return record.rankings() + "@" + record.precinct() + "/" + record.batch();
    }
}
