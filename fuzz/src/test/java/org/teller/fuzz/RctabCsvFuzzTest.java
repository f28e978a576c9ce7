package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.teller.rctab.cvr.CvrProvider;
import org.teller.rctab.cvr.CvrSource;
import org.teller.rctab.cvr.GenericCsvCvrReader;
import org.teller.rctab.cvr.GenericCsvFastReader;

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
            FastReaderCheck.agree("file", true, records -> new GenericCsvCvrReader().read(source, records),
                    counter -> GenericCsvFastReader.read(source, true, true, counter));
        }
    }
}
