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

    @Test
    void aSourceThatCannotBeReadIsNamedAndNothingIsWritten(@TempDir Path folder) throws IOException {
        Path config = lakeside(folder);
        Path cvr = config.resolveSibling("lakeside_cvr.csv");
        Files.delete(cvr);
        Run missing = Run.teller("count", config.toString(), "--output-directory", folder.resolve("out").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("teller: " + cvr + ": no such file\n");
        assertThat(folder.resolve("out")).doesNotExist();

        Files.writeString(cvr, "");
        Run empty = Run.teller("count", config.toString(), "--output-directory", folder.resolve("out").toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("teller: " + cvr + ", line 1: is empty: a generic CSV file starts with a header of"
                + " candidates\n");

        Files.writeString(cvr, "Ballot ID,Precinct,Batch,Alder,Birch\nL001,P1,B1,1\n");
        Run short_ = Run.teller("count", config.toString(), "--output-directory", folder.resolve("out").toString());
        assertThat(short_.exitCode()).isEqualTo(2);
        assertThat(short_.err()).startsWith("teller: " + cvr);
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void aTieTheRulesLeaveToTheReturningOfficerStopsTheCountAndSaysWhatToGive(@TempDir Path folder) throws IOException {
        Path config = lakeside(folder);
        Path cvr = config.resolveSibling("lakeside_cvr.csv");
        // Round 1 eliminates the write-ins (no votes); at round 2 Cedar and Dogwood are equal for the fewest
        // (2 each); at round 4 Alder and Birch are equal (5 each).
        Files.writeString(cvr, "Ballot ID,Precinct,Batch,Alder,Birch,Cedar,Dogwood,Write-In\n"
                + "L1,P1,B1,1,,,,\nL2,P1,B1,1,,,,\nL3,P1,B1,1,,,,\nL4,P1,B1,,1,,,\nL5,P1,B1,,1,,,\nL6,P1,B1,,1,,,\n"
                + "L7,P1,B1,,2,1,,\nL8,P1,B1,2,,1,,\nL9,P1,B1,,2,,1,\nL10,P1,B1,2,,,1,\n");
        Files.writeString(config, Files.readString(config).replace("useCandidateOrder", "stopCountingAndAsk"));
        Path out = folder.resolve("out");
        Run asks = Run.teller("count", config.toString(), "--output-directory", out.toString());
        assertThat(asks.exitCode()).isEqualTo(2);
        assertThat(asks.err()).isEqualTo("teller: " + config + ": at round 2, Cedar and Dogwood are equal with 2 votes for the"
                + " fewest (one of them to be eliminated); the returning officer decides by lot: give the order drawn with"
                + " --lots, such as --lots \"Cedar>Dogwood\" (of the tied, the last named is eliminated)\n");
        assertThat(out).doesNotExist();
        Run partly = Run.teller("count", config.toString(), "--output-directory", out.toString(), "--lots", "Cedar>Dogwood");
        assertThat(partly.exitCode()).isEqualTo(2);
        assertThat(partly.err()).contains("at round 4, Alder and Birch are equal with 5 votes for the most")
                .contains("--lots \"Cedar>Dogwood>Alder>Birch\"");
        Run decided = Run.teller("count", config.toString(), "--output-directory", out.toString(), "--lots",
                "Alder>Birch>Cedar>Dogwood", "--quiet");
        assertThat(decided.exitCode()).isZero();
        assertThat(decided.out()).contains("After round 2: Dogwood eliminated.").contains("Alder is elected at round 4");
    }

    @Test
    void whatRctabRefusesIsRefused(@TempDir Path folder) throws IOException {
        Path config = lakeside(folder);
        String text = Files.readString(config);
        // The same file twice would count its ballots twice.
        Files.writeString(config, text.replace("\"cvrFileSources\" : [ {", "\"cvrFileSources\" : [ {\n    \"filePath\" :"
                + " \"lakeside_cvr.csv\", \"provider\" : \"genericCsv\", \"firstVoteColumnIndex\" : \"4\"\n  }, {"));
        Run twice = Run.teller("count", config.toString(), "--output-directory", folder.resolve("out").toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("cvrFileSources[2].filePath").contains("names the same file as cvrFileSources[1]");
        // One to elect, or it is not the single-winner mode.
        Files.writeString(config, text.replace("\"numberOfWinners\" : \"1\"", "\"numberOfWinners\" : \"0\""));
        Run none0 = Run.teller("count", config.toString(), "--output-directory", folder.resolve("out").toString());
        assertThat(none0.exitCode()).isEqualTo(2);
        assertThat(none0.err()).isEqualTo("teller: " + config + ": '0' rules.numberOfWinners must be 1 under"
                + " winnerElectionMode singleWinnerMajority, as RCTab requires\n");
        // A file of no ballots elects no one.
        Files.writeString(config, text);
        Path cvr = config.resolveSibling("lakeside_cvr.csv");
        Files.writeString(cvr, "Ballot ID,Precinct,Batch,Alder,Birch,Cedar,Dogwood,Write-In\n");
        Run none = Run.teller("count", config.toString(), "--output-directory", folder.resolve("out").toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("hold no cast vote record of the contest");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void excludedCandidatesLeavePrecinctsAndBatchesCountable(@TempDir Path folder) throws IOException {
        Path config = lakeside(folder);
        Files.writeString(config, Files.readString(config).replaceFirst("\"name\" : \"Dogwood\",\n    \"excluded\" : false",
                "\"name\" : \"Dogwood\",\n    \"excluded\" : true"));
        Run run = Run.teller("count", config.toString(), "--output-directory", folder.resolve("out").toString(), "--quiet");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        // Dogwood's two ballots pass to their next choices from the start (RCTab gives the same reports, precincts' too).
        assertThat(run.out()).contains("Birch is elected at round 3").contains("Dogwood 0 (0.00%)")
                .doesNotContain("Dogwood eliminated");
    }

    @Test
    void forcedIntoAFolderOfAnotherCountItRefusesToMixThem(@TempDir Path folder) throws IOException {
        Path config = lakeside(folder);
        Path out = folder.resolve("out");
        String[] args = {"count", config.toString(), "--output-directory", out.toString(), "--timestamp", "2025-11-04_21-00",
            "--quiet"};
        assertThat(Run.teller(args).exitCode()).isZero();
        Path cvr = config.resolveSibling("lakeside_cvr.csv");
        Files.writeString(cvr, Files.readString(cvr).replace(",P2,", ",P9,"));
        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        Run mixed = Run.teller(forced);
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains("holds files this count does not write");
        Files.writeString(cvr, Files.readString(cvr).replace(",P9,", ",P2,"));
        assertThat(Run.teller(forced).exitCode()).as("its own files it replaces").isZero();
        for (String bad : new String[] {"2025-02-30_00-00", "2025-13-01_00-00", "2025-01-01_24-00", "../x"}) {
            Run wrong = Run.teller("count", config.toString(), "--output-directory", out.toString(), "--timestamp", bad);
            assertThat(wrong.exitCode()).as(bad).isEqualTo(2);
            assertThat(wrong.err()).as(bad).contains("is not a timestamp as RCTab writes them");
        }
    }
}
