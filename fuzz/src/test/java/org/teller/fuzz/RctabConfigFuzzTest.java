package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.teller.core.InvalidInputException;
import org.teller.rctab.config.ConfigReader;
import org.teller.rctab.config.ContestConfig;

/**
 * RCTab contest configurations: read, or refused with one line naming the file ({@link InvalidInputException});
 * never another exception, and what is read holds what a count relies on.
 */
class RctabConfigFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void configuration(byte[] input) {
        Stats.tried("RctabConfigFuzzTest");
        check(input);
    }

    static void check(byte[] input) {
        try (Workspace workspace = new Workspace()) {
            Path file = workspace.write("contest_config.json", input);
            ContestConfig config;
            try {
                config = ConfigReader.read(file);
            } catch (InvalidInputException e) {
                if (!e.getMessage().startsWith(file.toString()) || e.getMessage().contains("\n")) {
                    throw Check.fail("a refusal that does not name the file on one line: " + e.getMessage());
                }
                return;
            }
            if (config.sources().isEmpty() || config.output().contestName().isBlank()) {
                throw Check.fail("a configuration read without a CVR source or a contest name");
            }
            if (config.rules().tiebreakMode().needsSeed() && config.rules().randomSeed().isEmpty()) {
                throw Check.fail("a tie-break that draws, read without its seed");
            }
        }
    }
}
