package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code teller count CONFIG.json}: an RCTab contest counted from its configuration, run as a user runs it. */
class RctabCountTest {

    private static Path lakeside(Path folder) throws IOException {
        Path example = Repository.examples().resolve("rctab-lakeside");
        Path copy = folder.resolve("lakeside");
        Files.createDirectories(copy);
        for (String file : new String[] {"lakeside_config.json", "lakeside_cvr.csv"}) {
            Files.copy(example.resolve(file), copy.resolve(file));
        }
        return copy.resolve("lakeside_config.json");
    }

    @Test
    void theLakesideContestCountsToItsHandWorkedRounds(@TempDir Path folder) throws IOException {
        Run run = Run.teller("count", lakeside(folder).toString());
        assertThat(run.exitCode()).isZero();
        // examples/rctab-lakeside/README.md: Birch overtakes Alder on Cedar's transfers and wins 10 to 8.
        assertThat(run.out()).contains("Birch is elected at round 4")
                .contains("Birch                 6  6  7  10")
                .contains("Alder                 7  7  7   8")
                .contains("Round 4: Cedar's papers, 5: Alder +1, Birch +3; exhausted 1")
                .contains("Ballot papers counted: 21");
        Run json = Run.teller("count", lakeside(folder.resolve("again")).toString(), "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"system\": \"alternative-vote\"").contains("\"rules\": \"rctab\"");
    }

    @Test
    void aMultiWinnerContestIsNotYetSupported(@TempDir Path folder) throws IOException {
        Path config = lakeside(folder);
        Files.writeString(config, Files.readString(config).replace("\"numberOfWinners\" : \"1\"", "\"numberOfWinners\" : \"2\"")
                .replace("singleWinnerMajority", "multiWinnerAllowMultipleWinnersPerRound"));
        Run run = Run.teller("count", config.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("teller: " + config + ": 'multiWinnerAllowMultipleWinnersPerRound, 2 to elect' is not"
                + " yet supported: Teller counts RCTab's single-winner contests (winnerElectionMode singleWinnerMajority,"
                + " numberOfWinners 1); multi-winner counts are to come\n");
    }

    @Test
    void anUnknownSettingIsRefusedRatherThanIgnored(@TempDir Path folder) throws IOException {
        Path config = lakeside(folder);
        Files.writeString(config, Files.readString(config).replace("\"hareQuota\" : false,", "\"hareQuota\" : false, \"newRule\" : true,"));
        Run run = Run.teller("count", config.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: " + config + ": rules.newRule is not a setting of RCTab 2.0's configuration format\n");
    }

    @Test
    void aCandidateTheConfigurationDoesNotNameIsRefusedWithItsRecord(@TempDir Path folder) throws IOException {
        Path config = lakeside(folder);
        Path cvr = config.resolveSibling("lakeside_cvr.csv");
        Files.writeString(cvr, Files.readString(cvr).replace("Dogwood", "Elm"));
        Run run = Run.teller("count", config.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: " + cvr + ", record L005: 'Elm' is not a candidate of the configuration"
                + " (nor an alias of one)\n");
    }
}
