package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.teller.rctab.cvr.CdfCvrReader;
import org.teller.rctab.cvr.CdfJsonFastReader;
import org.teller.rctab.cvr.CvrProvider;
import org.teller.rctab.cvr.CvrSource;

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
            FastReaderCheck.agree("report", false, records -> new CdfCvrReader().read(source, records),
                    counter -> CdfJsonFastReader.read(source, true, counter));
        }
    }
}
