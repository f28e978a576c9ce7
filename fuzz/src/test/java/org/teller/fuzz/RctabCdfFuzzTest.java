package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.teller.core.InvalidInputException;
import org.teller.rctab.cvr.CastVoteRecord;
import org.teller.rctab.cvr.CdfCvrReader;
import org.teller.rctab.cvr.CdfJsonFastReader;
import org.teller.rctab.cvr.CvrProvider;
import org.teller.rctab.cvr.CvrSource;
import org.teller.rctab.cvr.RecordCounter;

/**
 * NIST CDF JSON reports, read by both of Teller's readers: the fast one either gives up or reads exactly
 * the records the careful one reads (each one's rankings and precinct), never a report the careful one
 * refuses; the careful one reads or refuses, and nothing else escapes either. The committed inputs are
 * small reports as RCTab writes them, for the fuzzer to mutate.
 */
class RctabCdfFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void cdfJson(byte[] input) {
        Stats.tried("RctabCdfFuzzTest");
        try (Workspace workspace = new Workspace()) {
            Path file = workspace.write("cvr.json", input);
            CvrSource source = new CvrSource(file, CvrProvider.CDF, "Mayor", OptionalInt.empty(), OptionalInt.empty(),
                    OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "", "", "", "", false);
            Map<String, Integer> careful = new HashMap<>();
            String refused = null;
            try {
                new CdfCvrReader().read(source, record -> careful.merge(record.rankings() + "@" + record.precinct(), 1,
                        Integer::sum));
            } catch (InvalidInputException e) {
                refused = e.getMessage();
            }
            Map<String, Integer> fast = new HashMap<>();
            Map<Integer, String> distinct = new HashMap<>();
            boolean finished = CdfJsonFastReader.read(source, true, new RecordCounter() {
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
                    fast.merge(distinct.get(number) + "@" + precinct, 1, Integer::sum);
                }
            });
            if (finished && refused != null) {
                throw Check.fail("the fast reader read a report the careful one refused: " + refused);
            }
            if (finished && !fast.equals(careful)) {
                throw Check.fail("the fast reader read " + fast + ", the careful one " + careful);
            }
        }
    }
}
