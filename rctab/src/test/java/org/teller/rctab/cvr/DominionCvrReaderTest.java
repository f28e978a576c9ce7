package org.teller.rctab.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teller.core.InvalidInputException;
import org.teller.rctab.RctabCases;
import org.teller.rctab.config.ConfigReader;
import org.teller.rctab.config.ContestConfig;
import org.teller.rctab.cvr.CastVoteRecord.Kind;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DominionCvrReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // RCTab's cases

    @Test
    void readsAlaskaAsRctabDoes() throws IOException {
        Case alaska = Case.of("dominion_alaska");
        List<CastVoteRecord> records = alaska.records();

        assertThat(records).hasSize(alaska.expectedBallots()).hasSize(1000);
        assertThat(records.get(0)).isEqualTo(new CastVoteRecord("42-1-1", "", "1", List.of(Ranking.of(1, "9"),
                Ranking.of(2, "1"), Ranking.undeclaredWriteIn(3), Ranking.of(4, "8"), Ranking.of(5, "7"))));
        // Several marks at one rank come through as they are: an overvote at rank 5.
        CastVoteRecord overvoted = records.stream().filter(r -> r.id().equals("26-1-8")).findFirst().orElseThrow();
        assertThat(overvoted.rankings().stream().filter(r -> r.rank() == 5)).hasSize(6);
        alaska.assertFirstRound(records);
    }

    /**
     * RCTab's own conversion of the Alaska export: every record, id, batch, precinct and ranking (it writes
     * an empty rank as "undervote", several choices at a rank one a line, and the write-in as its label).
     */
    @Test
    void readsEveryAlaskaRecordAsRctabConvertsIt() throws IOException {
        Path folder = RctabCases.of("conversions_from_dominion");
        ContestConfig config = ConfigReader.read(folder.resolve("conversions_from_dominion_config.json"));
        Map<String, String> names = names(config);
        List<CastVoteRecord> records = read(config.sources().get(0));
        List<String> expected = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(folder.resolve("conversions_from_dominion_expected.csv"))) {
            csv.stream().skip(1).forEach(row -> expected.add(row.getField(3) + " batch " + row.getField(5) + " precinct '"
                    + row.getField(7) + "' " + row.getFields().subList(9, 14).stream()
                            .map(cell -> cell.equals("undervote") ? "[]" : new TreeSet<>(List.of(cell.split("\n"))).toString())
                            .collect(Collectors.joining(" "))));
        }
        List<String> ours = records.stream().map(r -> r.id() + " batch " + r.batch() + " precinct '" + r.precinct() + "' "
                + ranks(r, 5, ranking -> ranking.kind() == Kind.UNDECLARED_WRITE_IN ? "12" : names.get(ranking.candidate())))
                .toList();
        assertThat(ours).hasSize(1000).isEqualTo(expected);
    }

    @Test
    void readsEveryFileOfAMultiFileExport() throws IOException {
        Case multi = Case.of("dominion_multi_file");
        List<CastVoteRecord> records = multi.records();

        // CvrExport_6.json is read though _4 and _5 are absent: its one record of contest 13 is the 25th.
        assertThat(records).hasSize(multi.expectedBallots()).hasSize(25);
        assertThat(records.get(0)).isEqualTo(new CastVoteRecord("27-892-56", "", "892",
                List.of(Ranking.of(1, "30"), Ranking.of(2, "27"), Ranking.of(3, "28"), Ranking.of(4, "29"))));
        // Adjudicated: its Original is not current, and its Modified (current) holds the contest unmarked.
        assertThat(records.get(24)).isEqualTo(new CastVoteRecord("26-876-28", "", "876", List.of()));
        multi.assertFirstRound(records);
    }

    @Test
    void readsKansasWhereItsExportIsPresent() throws IOException {
        Path folder = RctabCases.of("dominion_kansas");
        assumeTrue(Files.exists(folder.resolve("kansas_input_data/CvrExport.json")),
                "dominion_kansas lacks its CVR export (kansas_input_data/CvrExport.json) in this copy of RCTab's cases");
        Case kansas = Case.of("dominion_kansas");
        List<CastVoteRecord> records = kansas.records();
        assertThat(records).hasSize(kansas.expectedBallots()).hasSize(5000);
        kansas.assertFirstRound(records);
    }

    // What RCTab does with a session, on a small export written here

    @Test
    void readsTheCurrentStateOfEachSessionAndOnlySessionsThatHoldTheContest(@TempDir Path folder) throws IOException {
        Export export = new Export(folder);
        export.session(1, 1, 1, state(true, mark(101, 1), mark(102, 2)));
        export.session(1, 1, 2, other()); // does not hold contest 7: not a record
        Map<String, Object> original = state(false, mark(101, 1));
        export.session(1, 1, 3, original, state(true, mark(102, 1))); // adjudicated: Modified is read
        export.session(1, 1, 4, state(false, mark(101, 1))); // neither current: RCTab skips it
        Map<String, Object> ambiguous = state(true, mark(101, 1), mark(102, 1, true, false), mark(199, 2));
        export.session(2, 5, 1, ambiguous); // an ambiguous mark is dropped; IsVote is not read
        export.write("CvrExport.json");

        assertThat(read(source(folder, "7", "199"))).containsExactly(
                new CastVoteRecord("1-1-1", "Precinct One", "1", List.of(Ranking.of(1, "101"), Ranking.of(2, "102"))),
                new CastVoteRecord("1-1-3", "Precinct One", "1", List.of(Ranking.of(1, "102"))),
                new CastVoteRecord("2-5-1", "Precinct One", "5", List.of(Ranking.of(1, "101"), Ranking.undeclaredWriteIn(2))));
        // Without the label, the write-in candidate is ranked by its id like any other.
        assertThat(read(source(folder, "7", "")).get(2).rankings()).contains(Ranking.of(2, "199"));
    }

    @Test
    void aSessionWithoutAPrecinctHasNone(@TempDir Path folder) throws IOException {
        Export export = new Export(folder);
        Map<String, Object> state = state(true, mark(101, 1));
        state.remove("PrecinctId");
        export.session(1, 1, 1, state);
        export.write("CvrExport.json");
        Files.delete(folder.resolve("PrecinctManifest.json")); // older exports have none
        assertThat(read(source(folder, "7", "")).get(0).precinct()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsBackTheRecordsWritten(long seed, @TempDir Path folder) throws IOException {
        Random random = new Random(seed);
        {
            Export export = new Export(folder);
            int ranks = 1 + random.nextInt(6);
            export.contestRanks = ranks;
            List<CastVoteRecord> written = new ArrayList<>();
            int files = 1 + random.nextInt(3);
            for (int file = 1; file <= files; file++) {
                for (int n = random.nextInt(40); n > 0; n--) {
                    written.addAll(export.randomSession(random, ranks));
                }
                // Numbered files need not follow on: every one is read, in the order of their numbers.
                export.write("CvrExport_" + (file * 2 - 1) + ".json");
            }
            if (written.isEmpty()) {
                written.addAll(export.randomSession(new Random(0), ranks));
                export.write("CvrExport_" + (files * 2 + 1) + ".json");
            }
            assertThat(read(source(folder, "7", "199"))).as("seed %d", seed).isEqualTo(written);
        }
    }

    // Strict: each way a source or an export can be wrong

    @Test
    void refusesSettingsRctabRefusesForDominion(@TempDir Path folder) throws IOException {
        new Export(folder).write("CvrExport.json");
        CvrSource labelled = new CvrSource(folder, CvrProvider.DOMINION, "7", OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "", "overvote", "", "", false);
        assertRefused(labelled, folder.toString(), "'overvote' is given as overvoteLabel, a setting RCTab refuses for a Dominion source");
        assertRefused(source(folder, "", ""), folder.toString(), "has no contestId");
        assertRefused(source(folder.resolve("CvrExport.json"), "7", ""), "CvrExport.json", "is not a folder");
    }

    @Test
    void refusesAContestOrAnExportItCannotFind(@TempDir Path folder) throws IOException {
        Export export = new Export(folder);
        export.session(1, 1, 1, other());
        export.write("CvrExport.json");
        Files.move(folder.resolve("CvrExport.json"), folder.resolve("Export.json"));
        assertRefused(source(folder, "7", ""), folder.toString(), "holds no CVR export");
        Files.move(folder.resolve("Export.json"), folder.resolve("CvrExport.json"));
        assertRefused(source(folder, "9", ""), "ContestManifest.json", "'9' is not the Id of a contest in the manifest");
        assertRefused(source(folder, "seven", ""), "ContestManifest.json", "'seven' is not a Dominion contest id");
        assertRefused(source(folder, "7", ""), folder.toString(), "'7' is a contest no session of the CVR export holds");
        Files.copy(folder.resolve("CvrExport.json"), folder.resolve("CvrExport (1).json"));
        assertRefused(source(folder, "7", ""), "CvrExport (1).json", "is not named as Dominion names the files of a CVR export");
        Files.move(folder.resolve("CvrExport (1).json"), folder.resolve("CvrExport_1.json"));
        assertRefused(source(folder, "7", ""), folder.toString(), "holds both CvrExport.json and CvrExport_1.json");
        Files.delete(folder.resolve("CandidateManifest.json"));
        assertRefused(source(folder, "7", ""), "CandidateManifest.json", "no such file");
    }

    @Test
    void refusesJsonThatIsNotJson(@TempDir Path folder) throws IOException {
        Export export = new Export(folder);
        export.session(1, 1, 1, state(true, mark(101, 1)));
        export.write("CvrExport.json");
        Path file = folder.resolve("CvrExport.json");
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, json.length() - 3));
        assertRefused(source(folder, "7", ""), "CvrExport.json, line 1: is not valid JSON");
        Files.writeString(file, json.replace("{\"TabulatorId\":1,", "{\"TabulatorId\":1,\n\"TabulatorId\":1,"));
        assertRefused(source(folder, "7", ""), "CvrExport.json, line 2: is not valid JSON: Duplicate Object property \"TabulatorId\"");
        Files.writeString(file, json + " {}");
        assertRefused(source(folder, "7", ""), "CvrExport.json, line 1: '{…}' follows the end of the JSON document");
        Files.writeString(file, json.replace("\"Sessions\"", "\"Session\""));
        assertRefused(source(folder, "7", ""), "CvrExport.json", "has no Sessions");
    }

    @Test
    void refusesValuesOfTheWrongKind(@TempDir Path folder) throws IOException {
        assertSessionRefused(folder, json -> json.replace("\"RecordId\":1", "\"RecordId\":\"1\""),
                "'1' RecordId of session 1 is not a whole number");
        assertSessionRefused(folder, json -> json.replace("\"RecordId\":1", "\"RecordId\":1.5"),
                "'1.5' RecordId of session 1 is not a whole number");
        assertSessionRefused(folder, json -> json.replace("\"RecordId\":1", "\"RecordId\":4294967296"),
                "'4294967296' RecordId of session 1 is not a whole number");
        assertSessionRefused(folder, json -> json.replace("\"IsCurrent\":true,", ""),
                "Original of session 1 has no IsCurrent");
        assertSessionRefused(folder, json -> json.replace("\"IsAmbiguous\":false", "\"IsAmbiguous\":0"),
                "'0' IsAmbiguous of mark 1 of Marks of contest 1 of Contests of card 1 of Original of session 1 is not true or false");
        assertSessionRefused(folder, json -> json.replace("\"Rank\":1,", ""),
                "mark 1 of Marks of contest 1 of Contests of card 1 of Original of session 1 has no Rank");
        assertSessionRefused(folder, json -> json.replace("\"Cards\":[", "\"Contests\":[],\"Cards\":["),
                "Original of session 1 holds both Cards and Contests");
        assertSessionRefused(folder, json -> json.replace("\"BallotTypeId\":1,", ""),
                "Original of session 1 has no BallotTypeId");
        assertSessionRefused(folder, json -> json.replace("\"Original\":{", "\"Original\":5,\"Later\":{"),
                "'5' Original of session 1 is not a JSON object");
    }

    @Test
    void refusesMarksAndPlacesTheManifestsDoNotHold(@TempDir Path folder) throws IOException {
        assertRefused(folder, state(true, mark(150, 1)),
                "'150' is the CandidateId of a mark of session 1 (1-1-1), but CandidateManifest.json has no candidate of that Id");
        assertRefused(folder, state(true, mark(201, 1)),
                "'201' is the CandidateId of a mark of session 1 (1-1-1), but CandidateManifest.json makes it a candidate of contest 8, not of contest 7");
        assertRefused(folder, state(true, mark(101, 4)),
                "'4' is the Rank of a mark of session 1 (1-1-1), but the ranks of contest 7 are 1 to 3 (NumOfRanks in ContestManifest.json)");
        assertRefused(folder, state(true, mark(101, 0)), "'0' is the Rank of a mark");
        Map<String, Object> portion = state(true, mark(101, 1));
        portion.put("PrecinctPortionId", 99);
        assertRefused(folder, portion,
                "'99' is the PrecinctPortionId of session 1 (1-1-1), but PrecinctPortionManifest.json has no entry of that Id");
    }

    @Test
    void refusesASessionThatIsNotClearlyOneBallot(@TempDir Path folder) throws IOException {
        Export export = new Export(folder);
        export.session(1, 1, 1, state(true, mark(101, 1)), state(true, mark(102, 1)));
        export.write("CvrExport.json");
        assertRefused(source(folder, "7", ""), "both the Original and the Modified state of session 1 (1-1-1) say they are current");
        export = new Export(folder);
        export.session(1, 1, 1, state(false, mark(101, 1)), state(false, mark(102, 1)));
        export.write("CvrExport.json");
        assertRefused(source(folder, "7", ""), "neither the Original nor the Modified state of session 1 (1-1-1) says it is current");
        Map<String, Object> twice = state(true, mark(101, 1));
        @SuppressWarnings("unchecked")
        List<Object> cards = (List<Object>) twice.get("Cards");
        cards.add(cards.get(0));
        assertRefused(folder, twice, "'7' is a contest session 1 (1-1-1) holds twice");
    }

    // Helpers

    private static List<CastVoteRecord> read(CvrSource source) {
        List<CastVoteRecord> records = new ArrayList<>();
        new DominionCvrReader().read(source, records::add);
        return records;
    }

    private static CvrSource source(Path folder, String contest, String writeInLabel) {
        return new CvrSource(folder, CvrProvider.DOMINION, contest, OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "", "", "", writeInLabel, false);
    }

    private static void assertRefused(CvrSource source, String... parts) {
        assertThatThrownBy(() -> read(source)).isInstanceOf(InvalidInputException.class).message().contains(parts);
    }

    private static void assertRefused(Path folder, Map<String, Object> state, String message) throws IOException {
        Export export = new Export(folder);
        export.session(1, 1, 1, state);
        export.write("CvrExport.json");
        assertRefused(source(folder, "7", ""), folder.resolve("CvrExport.json") + ", line 1: " + message);
    }

    private static void assertSessionRefused(Path folder, java.util.function.UnaryOperator<String> change, String message)
            throws IOException {
        Export export = new Export(folder);
        export.session(1, 1, 1, state(true, mark(101, 1)));
        export.write("CvrExport.json");
        Path file = folder.resolve("CvrExport.json");
        String json = Files.readString(file);
        String changed = change.apply(json);
        assertThat(changed).as("the change applies").isNotEqualTo(json);
        Files.writeString(file, changed);
        assertRefused(source(folder, "7", ""), file + ", line 1: " + message);
    }

    /** Each rank's choices, as a sorted set of how {@code named} shows them. */
    private static String ranks(CastVoteRecord record, int ranks, java.util.function.Function<Ranking, String> named) {
        List<String> shown = new ArrayList<>();
        for (int rank = 1; rank <= ranks; rank++) {
            int at = rank;
            shown.add(record.rankings().stream().filter(r -> r.rank() == at).map(named).collect(Collectors.toCollection(TreeSet::new))
                    .toString());
        }
        return String.join(" ", shown);
    }

    private static Map<String, String> names(ContestConfig config) {
        Map<String, String> names = new HashMap<>();
        config.candidates().forEach(candidate -> {
            names.put(candidate.name(), candidate.name());
            candidate.aliases().forEach(alias -> names.put(alias, candidate.name()));
        });
        return names;
    }

    /** One of RCTab's cases: its configuration's one source, and its expected report. */
    private record Case(ContestConfig config, JsonNode report) {

        static Case of(String name) throws IOException {
            Path folder = RctabCases.of(name);
            return new Case(ConfigReader.read(folder.resolve(name + "_config.json")),
                    JSON.readTree(folder.resolve(name + "_expected_detailed_report.json").toFile()));
        }

        List<CastVoteRecord> records() {
            return read(config.sources().get(0));
        }

        int expectedBallots() {
            return number(report.get("summary").get("totalNumBallots"));
        }

        /**
         * Round 1 as RCTab counts it from clean first choices: a record's first ranking is at its lowest
         * rank, within maxSkippedRanksAllowed of rank 1, and one choice there is a vote for it; several
         * there are an overvote; none at all is an undervote.
         */
        void assertFirstRound(List<CastVoteRecord> records) {
            Map<String, String> names = names(config);
            int skippable = config.rules().maxSkippedRanksAllowed().orElse(Integer.MAX_VALUE);
            Map<String, Integer> tally = new TreeMap<>();
            int undervotes = 0;
            int overvotes = 0;
            for (CastVoteRecord record : records) {
                OptionalInt first = record.rankings().stream().mapToInt(Ranking::rank).min();
                if (first.isEmpty()) {
                    undervotes++;
                    continue;
                }
                List<Ranking> there = record.rankings().stream().filter(r -> r.rank() == first.getAsInt()).toList();
                assertThat(first.getAsInt()).as("a clean first choice in %s", record.id()).isLessThanOrEqualTo(1 + skippable);
                if (there.size() > 1) {
                    overvotes++;
                    continue;
                }
                Ranking choice = there.get(0);
                String name = choice.kind() == Kind.UNDECLARED_WRITE_IN ? "Undeclared Write-ins" : names.get(choice.candidate());
                assertThat(name).as("the candidate %s of %s", choice.candidate(), record.id()).isNotNull();
                tally.merge(name, 1, Integer::sum);
            }
            JsonNode round = report.get("results").get(0);
            Map<String, Integer> expected = new TreeMap<>();
            round.get("tally").properties().forEach(entry -> {
                if (number(entry.getValue()) > 0) {
                    expected.put(entry.getKey(), number(entry.getValue()));
                }
            });
            assertThat(tally).isEqualTo(expected);
            assertThat(undervotes).isEqualTo(number(report.get("summary").get("undervotes")));
            assertThat(overvotes).isEqualTo(number(round.get("inactiveBallots").get("overvotes")));
        }

        /** A figure of the report, which RCTab writes as a number or as text. */
        private static int number(JsonNode node) {
            return node.isNumber() ? node.intValue() : Integer.parseInt(node.asString());
        }
    }

    // A small writer of Dominion exports: manifests of contest 7 (candidates 101..105, write-in 199,
    // NumOfRanks 3 unless set) and contest 8 (candidates 201, 202), one precinct and two portions.

    private static Map<String, Object> mark(int candidate, int rank) {
        return mark(candidate, rank, false, rank == 1);
    }

    private static Map<String, Object> mark(int candidate, int rank, boolean ambiguous, boolean vote) {
        Map<String, Object> mark = new LinkedHashMap<>();
        mark.put("CandidateId", candidate);
        mark.put("ManifestationId", 1000 + candidate);
        mark.put("PartyId", 0);
        mark.put("Rank", rank);
        mark.put("MarkDensity", 100);
        mark.put("IsAmbiguous", ambiguous);
        mark.put("IsVote", vote);
        mark.put("OutstackConditionIds", List.of());
        return mark;
    }

    @SafeVarargs
    private static Map<String, Object> state(boolean current, Map<String, Object>... marks) {
        return state(current, 7, List.of(marks));
    }

    /** A current state holding only contest 8. */
    private static Map<String, Object> other() {
        return state(true, 8, List.of(mark(201, 1)));
    }

    private static Map<String, Object> state(boolean current, int contest, List<Map<String, Object>> marks) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("PrecinctId", 1);
        state.put("PrecinctPortionId", 10);
        state.put("BallotTypeId", 1);
        state.put("IsCurrent", current);
        List<Object> contests = new ArrayList<>();
        contests.add(Map.of("Id", contest, "ManifestationId", 1, "Undervotes", 0, "Overvotes", 0, "Marks", marks));
        List<Object> cards = new ArrayList<>();
        cards.add(new LinkedHashMap<>(Map.of("Id", 1, "PaperIndex", 0, "Contests", contests)));
        state.put("Cards", cards);
        return state;
    }

    private static final class Export {

        private final Path folder;
        private final List<Object> sessions = new ArrayList<>();
        private int contestRanks = 3;
        private int nextRecord = 1;

        Export(Path folder) {
            this.folder = folder;
        }

        void session(int tabulator, int batch, int record, Map<String, Object> original) {
            session(tabulator, batch, record, original, null);
        }

        void session(int tabulator, int batch, int record, Map<String, Object> original, Map<String, Object> modified) {
            Map<String, Object> session = new LinkedHashMap<>();
            session.put("TabulatorId", tabulator);
            session.put("BatchId", batch);
            session.put("RecordId", record);
            session.put("CountingGroupId", 1);
            session.put("ImageMask", "C:\\NAS\\Images\\" + tabulator + "_" + batch + "_" + record + "*.*");
            session.put("SessionType", "ScannedVote");
            session.put("Original", original);
            if (modified != null) {
                session.put("Modified", modified);
            }
            sessions.add(session);
        }

        /** A random session and the records RCTab reads of it (none or one). */
        List<CastVoteRecord> randomSession(Random random, int ranks) {
            int tabulator = 1 + random.nextInt(3);
            int batch = 1 + random.nextInt(3);
            int record = nextRecord++;
            String id = tabulator + "-" + batch + "-" + record;
            int kind = random.nextInt(10);
            if (kind == 0) {
                session(tabulator, batch, record, other());
                return List.of();
            }
            if (kind == 1) {
                session(tabulator, batch, record, state(false, mark(101, 1)));
                return List.of();
            }
            List<Map<String, Object>> marks = new ArrayList<>();
            List<Ranking> rankings = new ArrayList<>();
            for (int rank = 1; rank <= ranks; rank++) {
                for (int n = random.nextInt(random.nextInt(4) == 0 ? 3 : 2); n > 0; n--) {
                    int candidate = random.nextInt(6) == 0 ? 199 : 101 + random.nextInt(5);
                    marks.add(mark(candidate, rank));
                    rankings.add(candidate == 199 ? Ranking.undeclaredWriteIn(rank) : Ranking.of(rank, Integer.toString(candidate)));
                }
                if (random.nextInt(8) == 0) {
                    marks.add(mark(101 + random.nextInt(5), rank, true, false));
                }
            }
            Map<String, Object> state = state(true, 7, marks);
            boolean precinct = random.nextBoolean();
            if (!precinct) {
                state.remove("PrecinctId");
            }
            if (random.nextBoolean()) {
                state.put("PrecinctPortionId", 11);
            }
            if (random.nextBoolean()) { // the contests at the state, with no cards
                @SuppressWarnings("unchecked")
                Map<String, Object> card = (Map<String, Object>) ((List<Object>) state.remove("Cards")).get(0);
                state.put("Contests", card.get("Contests"));
            } else if (random.nextBoolean()) { // another card, with another contest
                @SuppressWarnings("unchecked")
                List<Object> cards = (List<Object>) state.get("Cards");
                cards.add(0, Map.of("Id", 2, "Contests", List.of(Map.of("Id", 8, "Marks", List.of(mark(202, 1))))));
            }
            if (random.nextInt(5) == 0) {
                state.put("IsCurrent", true);
                session(tabulator, batch, record, state(false, mark(105, 1)), state);
            } else {
                session(tabulator, batch, record, state);
            }
            return List.of(new CastVoteRecord(id, precinct ? "Precinct One" : "", Integer.toString(batch), rankings));
        }

        /** Writes the sessions so far as {@code name}, and the manifests. */
        void write(String name) throws IOException {
            JSON.writeValue(folder.resolve(name).toFile(),
                    Map.of("Version", "5.10.11.24", "ElectionId", "Test", "Sessions", List.copyOf(sessions)));
            sessions.clear();
            manifest("ContestManifest.json", List.of(
                    Map.of("Description", "MAYOR", "Id", 7, "ExternalId", "", "VoteFor", 1, "NumOfRanks", contestRanks),
                    Map.of("Description", "COUNCIL", "Id", 8, "ExternalId", "", "VoteFor", 1, "NumOfRanks", 0)));
            List<Object> candidates = new ArrayList<>();
            for (int id = 101; id <= 105; id++) {
                candidates.add(Map.of("Description", "Candidate " + id, "Id", id, "ContestId", 7, "Type", "Regular"));
            }
            candidates.add(Map.of("Description", "Write-in", "Id", 199, "ContestId", 7, "Type", "WriteIn"));
            candidates.add(Map.of("Description", "Council A", "Id", 201, "ContestId", 8, "Type", "Regular"));
            candidates.add(Map.of("Description", "Council B", "Id", 202, "ContestId", 8, "Type", "Regular"));
            manifest("CandidateManifest.json", candidates);
            manifest("PrecinctManifest.json", List.of(Map.of("Description", "Precinct One", "Id", 1, "ExternalId", "")));
            manifest("PrecinctPortionManifest.json", List.of(
                    Map.of("Description", "Precinct One A", "Id", 10, "PrecinctId", 1),
                    Map.of("Description", "Precinct One B", "Id", 11, "PrecinctId", 1)));
        }

        private void manifest(String name, List<Object> entries) throws IOException {
            JSON.writeValue(folder.resolve(name).toFile(), Map.of("Version", "5.10.11.24", "List", entries));
        }
    }
}
