package org.teller.rctab.cvr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.InvalidInputException;
import org.teller.rctab.RctabCases;
import org.teller.rctab.config.ConfigReader;
import org.teller.rctab.config.ContestConfig;

/**
 * The fast reader of CDF JSON reports against the careful one ({@link CdfCvrReader}): on seeded random
 * reports, plain (as RCTab writes them, pretty or compact) and with irregularities, the fast reader either
 * gives up or counts exactly the records the careful one reads (each record's rankings and precinct); it
 * never refuses a file itself. Plain reports, and RCTab's own CDF cases, it must not give up on.
 */
class CdfJsonFastReaderTest {

    private static final List<String> NAMES = List.of("Ann", "Bo Brown", "Cy");

    @TempDir
    Path folder;

    static Stream<Integer> seeds() {
        return IntStream.range(0, 300).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFastReaderCountsWhatTheCarefulOneReadsOrGivesUp(int seed) throws IOException {
        Random random = new Random(seed);
        boolean plain = seed % 3 == 0;
        String json = report(random, plain);
        Path file = folder.resolve("cvr" + seed + ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        CvrSource source = new CvrSource(file, CvrProvider.CDF, "Mayor", OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "", "", "", "", false);
        assertAgree(source, plain, json);
    }

    @Test
    void rctabsCdfCasesAreReadFastAsTheCarefulReaderReadsThem() {
        for (String name : List.of("test_set_0_skipped_first_choice", "test_set_8_multi_cdf", "aliases_cdf_json")) {
            ContestConfig config = ConfigReader.read(RctabCases.of(name).resolve(name + "_config.json"));
            for (CvrSource source : config.sources()) {
                assertAgree(source, true, name);
            }
        }
    }

    @Test
    void aKeyLongerThanTheCarefulParserTakesIsGivenUpOn() throws IOException {
        // Jackson refuses a name of over 50,000 characters; a review found the fast reader passed over one.
        String json = report(new Random(3), true).replaceFirst("\"@type\"", "\"X\": {\"" + "a".repeat(60_000) + "\": 1}, \"@type\"");
        Path file = folder.resolve("long-key.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        CvrSource source = new CvrSource(file, CvrProvider.CDF, "Mayor", OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "", "", "", "", false);
        assertAgree(source, false, "a 60,000-character key");
        assertThat(CdfJsonFastReader.read(source, false, new RecordCounter() {
            @Override
            public int number(CastVoteRecord record) {
                return 0;
            }

            @Override
            public void count(int number, boolean undervote, String precinct, String batch) {}
        })).isFalse();
    }

    private static void assertAgree(CvrSource source, boolean plain, String shown) {
        Map<String, Integer> careful = new HashMap<>();
        String refused = null;
        try {
            new CdfCvrReader().read(source, record -> careful.merge(record.rankings() + "@" + record.precinct(), 1, Integer::sum));
        } catch (InvalidInputException e) {
            refused = e.getMessage();
        }
        Map<String, Integer> fast = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        boolean finished = CdfJsonFastReader.read(source, true, new RecordCounter() {
            @Override
            public int number(CastVoteRecord record) {
                distinct.add(record.rankings().toString());
                return distinct.size() - 1;
            }

            @Override
            public void count(int number, boolean undervote, String precinct, String batch) {
                assertThat(undervote).isEqualTo(distinct.get(number).equals("[]"));
                assertThat(batch).isEmpty();
                fast.merge(distinct.get(number) + "@" + precinct, 1, Integer::sum);
            }
        });
        if (plain && refused == null) {
            assertThat(finished).as("a plain report is read fast:\n" + shown).isTrue();
        }
        if (finished) {
            assertThat(refused).as("what the careful reader refuses, the fast one does not finish:\n" + shown).isNull();
            assertThat(fast).as(shown).isEqualTo(careful);
        }
    }

    /** A report as RCTab writes one (pretty or compact), plain or with one irregularity. */
    private static String report(Random random, boolean plain) {
        boolean pretty = random.nextBoolean();
        String nl = pretty ? "\n    " : "";
        String colon = pretty ? " : " : ":";
        int records = 1 + random.nextInt(40);
        int irregular = plain ? -1 : random.nextInt(records + records / 3);
        StringBuilder json = new StringBuilder("{" + nl + "\"@type\"" + colon + "\"CVR.CastVoteRecordReport\"," + nl + "\"CVR\""
                + colon + "[");
        for (int r = 0; r < records; r++) {
            // Most records repeat one of a few rankings, as real ballots do.
            boolean repeat = random.nextInt(10) < 7;
            int pattern = random.nextInt(3);
            List<String> selections = new ArrayList<>();
            for (int c = 0; c < NAMES.size(); c++) {
                int rank = repeat ? (pattern + c) % 4 : random.nextInt(4);
                if (rank == 0) {
                    continue;
                }
                String position = "{" + nl + "\"@type\"" + colon + "\"CVR.SelectionPosition\"," + nl + "\"HasIndication\"" + colon
                        + "\"yes\"," + nl + "\"IsAllocable\"" + colon + (repeat || random.nextInt(6) > 0 ? "\"unknown\"" : "\"no\"")
                        + "," + nl + "\"NumberVotes\"" + colon + "1," + nl + "\"Rank\"" + colon + rank + nl + "}";
                if (!repeat && random.nextInt(8) == 0) {
                    position = "{\"CVRWriteIn\"" + colon + "{\"Text\"" + colon + "\"Zed\"}, \"Rank\"" + colon + rank + "}";
                }
                selections.add("{" + nl + "\"@type\"" + colon + "\"CVR.CVRContestSelection\"," + nl + "\"ContestSelectionId\""
                        + colon + "\"cs-" + c + "\"," + nl + "\"SelectionPosition\"" + colon + "[ " + position + " ]" + nl + "}");
            }
            String contest = "{" + nl + "\"@type\"" + colon + "\"CVR.CVRContest\"," + nl + "\"CVRContestSelection\"" + colon + "[ "
                    + String.join(", ", selections) + " ]," + nl + "\"ContestId\"" + colon + "\"contest-001\"" + nl + "}";
            String other = "{\"ContestId\"" + colon + "\"contest-002\", \"CVRContestSelection\"" + colon + "[]}";
            String contests = random.nextInt(5) == 0 ? other + ", " + contest : contest;
            String unit = random.nextInt(3) == 0 ? "" : "\"BallotStyleUnitId\"" + colon + "\"precinct-" + random.nextInt(3) + "\"," + nl;
            String record = "{" + nl + "\"@type\"" + colon + "\"CVR.CVR\"," + nl + "\"BallotPrePrintedId\"" + colon + "\"" + (r + 1)
                    + "\"," + nl + unit + "\"CVRSnapshot\"" + colon + "[ {" + nl + "\"@id\"" + colon + "\"ballot-" + (r + 1) + "\"," + nl
                    + "\"@type\"" + colon + "\"CVR.CVRSnapshot\"," + nl + "\"CVRContest\"" + colon + "[ " + contests + " ]," + nl
                    + "\"Type\"" + colon + "\"original\"" + nl + "} ]," + nl + "\"CurrentSnapshotId\"" + colon + "\"ballot-" + (r + 1)
                    + "\"," + nl + "\"ElectionId\"" + colon + "\"election-001\"" + nl + "}";
            if (r == irregular) {
                record = irregular(random, record, r + 1);
            }
            json.append(r == 0 ? " " : ", ").append(record);
        }
        json.append(" ]," + nl + "\"Election\"" + colon + "[ {\"@id\"" + colon + "\"election-001\", \"Candidate\"" + colon + "[");
        for (int c = 0; c < NAMES.size(); c++) {
            json.append(c == 0 ? "" : ", ").append("{\"@id\"" + colon + "\"c-").append(c).append("\", \"Name\"" + colon + "\"")
                    .append(NAMES.get(c)).append("\"}");
        }
        json.append("], \"Contest\"" + colon + "[ {\"@id\"" + colon + "\"contest-001\", \"@type\"" + colon
                + "\"CandidateContest\", \"Name\"" + colon + "\"Mayor\", \"ContestSelection\"" + colon + "[");
        for (int c = 0; c < NAMES.size(); c++) {
            json.append(c == 0 ? "" : ", ").append("{\"@id\"" + colon + "\"cs-").append(c).append("\", \"CandidateIds\"" + colon
                    + "[\"c-").append(c).append("\"]}");
        }
        json.append(", {\"@id\"" + colon + "\"cs-w\", \"IsWriteIn\"" + colon + "\"true\"}");
        json.append("]} ]} ]");
        if (irregular >= records) {
            json.append(switch (random.nextInt(5)) {
                case 0 -> ", \"CVR\"" + colon + "[]";
                case 1 -> ", \"Notes\"" + colon + "\"caf\u00e9\"";
                case 2 -> ", \"Version\"" + colon + "1.0e2, \"Flag\"" + colon + "false, \"None\"" + colon + "null";
                case 3 -> ", \"Escaped\"" + colon + "\"a\\\"b\"";
                default -> ", \"Deep\"" + colon + "[[[[{\"a\":[1,2,{\"b\":{}}]}]]]]";
            });
        }
        json.append(nl + "}");
        if (irregular >= records && random.nextInt(4) == 0) {
            json.append(random.nextBoolean() ? "\n" : " {}");
        }
        return json.toString();
    }

    /** One irregularity in a record: what the fast reader must give up on, or read as the careful one. */
    private static String irregular(Random random, String record, int number) {
        return switch (random.nextInt(17)) {
            case 0 -> record.replaceFirst("\"CurrentSnapshotId\"", "\"CurrentSnapshotId\": \"other\", \"x\"");
            case 1 -> record.replaceFirst("\"@type\"", "\"@type\": 1, \"@type\"");
            case 2 -> record.replaceFirst("\"Rank\"( ?: ?)([0-9])", "\"Rank\"$1\"$2\"");
            case 3 -> record.replaceFirst("\"Rank\"( ?: ?)([0-9])", "\"Rank\"$1\"0$2\"");
            case 4 -> record.replaceFirst("\"Rank\"( ?: ?)([0-9])", "\"Rank\"$1null");
            case 5 -> record.replaceFirst("\"cs-0\"", "\"cs-9\"");
            case 6 -> record.replaceFirst("\"cs-1\"", "\"cs-w\"");
            case 7 -> record.replaceFirst("\"contest-001\"", "\"contest-003\"");
            case 8 -> record.replaceFirst("\"HasIndication\"( ?: ?)\"yes\"", "\"HasIndication\"$1\"no\"");
            case 9 -> record.replaceFirst("\"HasIndication\"( ?: ?)\"yes\"", "\"HasIndication\"$1false");
            case 10 -> record.replaceFirst("\"Type\"", "\"Text\": \"caf\u00e9\", \"Type\"");
            case 11 -> record.replaceFirst("\"CVRSnapshot\"", "\"CVRSnapshot\": {}, \"Snapshots\"");
            case 12 -> record.replaceFirst("\"BallotPrePrintedId\"( ?: ?)\"[0-9]+\"", "\"BallotPrePrintedId\"$1" + number + ".5e1");
            case 13 -> record.replaceFirst("\\[ \\{", "[ 7, {");
            case 14 -> record.replaceFirst(", \"Rank\"", ", \"Rank\": 2, \"Rank\"");
            case 15 -> record.replaceFirst("\"NumberVotes\"( ?: ?)1", "\"NumberVotes\"$101");
            default -> record.replaceFirst("\"CVRContestSelection\"( ?: ?)\\[", "\"CVRContestSelection\"$1{}, \"Z\": [");
        };
    }
}
