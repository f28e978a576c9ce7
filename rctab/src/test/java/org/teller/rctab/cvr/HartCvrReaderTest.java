package org.teller.rctab.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
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

class HartCvrReaderTest {

    private static final String CONTEST = "b651b997-417a-46d9-a676-a43d4df94ddc";
    private static final String WRITE_IN = "99cefa84-bad0-4d6b-a916-e606bd43f9cd";

    // RCTab's case

    @Test
    void readsCedarParkAsRctabDoes() throws IOException {
        Path folder = RctabCases.of("hart_cedar_park_school_board");
        ContestConfig config = ConfigReader.read(folder.resolve("hart_cedar_park_school_board_config.json"));
        JsonNode report = JsonMapper.builder().build()
                .readTree(folder.resolve("hart_cedar_park_school_board_expected_detailed_report.json").toFile());
        List<CastVoteRecord> records = read(config.sources().get(0));

        // Of 18 files (sheets), 9 hold the contest; the others are not records at all.
        assertThat(records).hasSize(Integer.parseInt(report.get("summary").get("totalNumBallots").asString())).hasSize(9);
        CastVoteRecord first = records.get(0);
        assertThat(first.id()).isEqualTo("0e4cb797-392c-4e64-9034-94694bf97419");
        assertThat(first).isEqualTo(new CastVoteRecord("0e4cb797-392c-4e64-9034-94694bf97419", "PRC1-PRC1", "1", List.of()));
        assertThat(records).contains(new CastVoteRecord("1a0e576b-0b2d-474d-8d65-89c968b42262", "102", "1", List.of(
                Ranking.of(6, "6f2df7d3-5c83-4fc7-b4a5-c2eca9e5fdb4"), Ranking.of(5, "5f1a7e93-d5d7-498d-94d5-101356477f30"),
                Ranking.of(4, "c0398b1e-9837-48ad-937d-a9048390eb65"), Ranking.of(3, "2b6f6f6a-4693-40fb-9ea2-38c4819c08bf"),
                Ranking.of(2, "9d64820a-ec36-48fc-a12c-0a77933f11d1"), Ranking.of(1, "145d5655-9914-4b7a-9b04-6740d377c7e3"))));
        // The write-in line's option, with no Name, is the undeclared write-in; the precinct is its name as written.
        CastVoteRecord writeIn = records.stream().filter(r -> r.id().startsWith("826a70f1")).findFirst().orElseThrow();
        assertThat(writeIn.precinct()).isEqualTo("ABC~!@#^&()_+|?><,.[]\\][ k1234567@-C!~@#^&");
        assertThat(writeIn.rankings()).contains(Ranking.undeclaredWriteIn(6)).hasSize(5);

        Map<String, String> names = new HashMap<>();
        config.candidates().forEach(c -> c.aliases().forEach(alias -> names.put(alias, c.name())));
        Map<String, Integer> tally = new TreeMap<>();
        int undervotes = 0;
        for (CastVoteRecord record : records) {
            OptionalInt first1 = record.rankings().stream().mapToInt(Ranking::rank).min();
            if (first1.isEmpty()) {
                undervotes++;
                continue;
            }
            List<Ranking> there = record.rankings().stream().filter(r -> r.rank() == first1.getAsInt()).toList();
            assertThat(first1.getAsInt()).isLessThanOrEqualTo(2);
            assertThat(there).hasSize(1);
            Ranking choice = there.get(0);
            tally.merge(choice.kind() == Kind.UNDECLARED_WRITE_IN ? "Undeclared Write-ins" : names.get(choice.candidate()), 1,
                    Integer::sum);
        }
        Map<String, Integer> expected = new TreeMap<>();
        report.get("results").get(0).get("tally").properties().forEach(entry -> {
            int votes = Integer.parseInt(entry.getValue().asString());
            if (votes > 0) {
                expected.put(entry.getKey(), votes);
            }
        });
        assertThat(tally).isEqualTo(expected).containsEntry("Steve Carlson", 5);
        assertThat(undervotes).isEqualTo(report.get("summary").get("undervotes").asInt()).isEqualTo(2);
    }

    // What RCTab does with a file, on small files written here

    @Test
    void readsEveryRankAnOptionMarksAndSkipsSignaturesAndOtherSheets(@TempDir Path folder) throws IOException {
        write(folder, "1_a.xml", cvr("a", "P1", "7", contest(CONTEST, option("c1", "Ann", "0110") + option("c2", "Bo", "1000"))));
        write(folder, "1_a.xml.sig.xml", "<Signature/>");
        write(folder, "2_b.xml", cvr("b", "P2", null, contest("other", option("c9", "Cy", "1"))));
        write(folder, "notes.txt", "not a record");

        assertThat(read(source(folder, ""))).containsExactly(new CastVoteRecord("a", "P1", "7",
                List.of(Ranking.of(2, "c1"), Ranking.of(3, "c1"), Ranking.of(1, "c2"))));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsBackTheRecordsWritten(long seed, @TempDir Path folder) throws IOException {
        Random random = new Random(seed);
        int ranks = 1 + random.nextInt(6);
        List<String> candidates = List.of("6f2df7d3-0001", "6f2df7d3-0002", "6f2df7d3-0003", "6f2df7d3-0004");
        TreeMap<String, CastVoteRecord> written = new TreeMap<>();
        int files = 1 + random.nextInt(30);
        for (int n = 0; n < files; n++) {
            String guid = new UUID(random.nextLong(), random.nextLong()).toString();
            String name = (random.nextBoolean() ? "1_" : "") + guid + ".xml";
            if (random.nextInt(6) == 0) { // another sheet: not a record
                write(folder, name, cvr(guid, "P", "1", contest("other", option("x", "X", "1"))));
                continue;
            }
            StringBuilder options = new StringBuilder();
            List<Ranking> rankings = new ArrayList<>();
            for (String candidate : candidates) {
                char[] value = "0".repeat(ranks).toCharArray();
                for (int rank = 1; rank <= ranks; rank++) {
                    if (random.nextInt(ranks + 1) == 0) {
                        value[rank - 1] = '1';
                        rankings.add(Ranking.of(rank, candidate));
                    }
                }
                if (random.nextInt(3) > 0 || rankings.stream().anyMatch(r -> r.candidate().equals(candidate))) {
                    options.append(option(candidate, "Candidate <" + candidate.charAt(candidate.length() - 1) + "> & Co",
                            new String(value)));
                }
            }
            if (random.nextInt(4) == 0) {
                int rank = 1 + random.nextInt(ranks);
                char[] value = "0".repeat(ranks).toCharArray();
                value[rank - 1] = '1';
                options.append(option(WRITE_IN, null, new String(value)));
                rankings.add(Ranking.undeclaredWriteIn(rank));
            }
            String precinct = random.nextBoolean() ? "Precinct \"" + random.nextInt(9) + "\"" : "";
            String batch = random.nextBoolean() ? Integer.toString(random.nextInt(50)) : null;
            String body = random.nextBoolean() ? contest("other", option("x", "X", "1")) + contest(CONTEST, options.toString())
                    : contest(CONTEST, options.toString());
            write(folder, name, cvr(guid, precinct, batch, body));
            written.put(name, new CastVoteRecord(guid, precinct, batch == null ? "" : batch, rankings));
        }
        if (written.isEmpty()) {
            write(folder, "z.xml", cvr("z", "P", "1", contest(CONTEST, "")));
            written.put("z.xml", new CastVoteRecord("z", "P", "1", List.of()));
        }
        assertThat(read(source(folder, WRITE_IN))).as("seed %d", seed).isEqualTo(new ArrayList<>(written.values()));
    }

    // Strict: each way a source or a record can be wrong

    @Test
    void refusesSettingsRctabRefusesAndFoldersWithoutRecords(@TempDir Path folder) throws IOException {
        CvrSource delimited = new CvrSource(folder, CvrProvider.HART, CONTEST, OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "|", "", "", "", false);
        assertRefused(delimited, "'|' is given as overvoteDelimiter, a setting RCTab refuses for a Hart source");
        assertRefused(new CvrSource(folder, CvrProvider.HART, "", OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "", "", "", "", false), "has no contestId");
        assertRefused(source(folder, ""), folder + ": holds no cast vote record (an .xml file)");
        write(folder, "a.xml", cvr("a", "P", "1", contest("other", "")));
        assertRefused(source(folder, ""), folder + ": '" + CONTEST + "' is a contest none of the cast vote records holds");
        assertRefused(source(folder.resolve("a.xml"), ""), "a.xml: is not a folder");
        Files.createDirectory(folder.resolve("b.xml"));
        assertRefused(source(folder, ""), "b.xml: is named as a cast vote record but is not a file");
    }

    @Test
    void refusesFilesThatAreNotHartCastVoteRecords(@TempDir Path folder) throws IOException {
        assertRefused(folder, "<Cvr><Contests>", "a.xml, line 1: cannot be read as XML");
        assertRefused(folder, "<Ballot/>", "a.xml, line 1: 'Ballot' is the root element, but a Hart cast vote record is a <Cvr>");
        assertRefused(folder, "<!DOCTYPE Cvr [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><Cvr><CvrGuid>&secret;</CvrGuid></Cvr>",
                "a.xml, line 1: holds a document type (<!DOCTYPE …>), which a Hart cast vote record does not");
        assertRefused(folder, "<Cvr><Contests>votes<Contest/></Contests></Cvr>", "a.xml, line 1: 'votes' is text where an element is expected");
        assertRefused(folder, cvr("a", "P", "1", contest(CONTEST, option("c1", "Ann", "0120"))),
                "'0120' is the Value of option c1, but a Value is a digit 0 or 1 a rank");
        assertRefused(folder, cvr("a", "P", "1", contest(CONTEST, option("c1", "Ann", ""))), "a.xml, line 1: the Value of option c1 is empty");
        assertRefused(folder, cvr("a", "P", "1", contest(CONTEST, "<Option><Id>c1</Id></Option>")),
                "an <Option> of contest " + CONTEST + " has no Value");
        assertRefused(folder, cvr("a", "P", "1", contest(CONTEST, option("c1", null, "1"))),
                "'c1' is the Id of an option with no Name (a write-in), but is not the source's undeclaredWriteInLabel");
        assertRefused(folder, cvr("a", "P", "1", contest(CONTEST, "") + contest(CONTEST, "")),
                "'" + CONTEST + "' is a contest this cast vote record holds twice");
        assertRefused(folder, cvr(null, "P", "1", contest(CONTEST, "")), "a.xml: has no CvrGuid");
        assertRefused(folder, cvr("a", null, "1", contest(CONTEST, "")), "a.xml: has no PrecinctSplit");
        assertRefused(folder, cvr("a", "P", "1", contest(CONTEST, "")).replace("<CvrGuid>a</CvrGuid>",
                "<CvrGuid>a</CvrGuid><CvrGuid>b</CvrGuid>"), "'b' is a second CvrGuid");
        assertRefused(folder, cvr("a", "P", "1", contest(CONTEST, "")).replace("<CvrGuid>a</CvrGuid>",
                "<CvrGuid><Id>a</Id></CvrGuid>"), "'CvrGuid' holds elements where it should hold text only");
    }

    @Test
    void refusesAnIdNamedTwoWays(@TempDir Path folder) throws IOException {
        write(folder, "1.xml", cvr("a", "P", "1", contest(CONTEST, option("c1", "Ann", "1"))));
        write(folder, "2.xml", cvr("b", "P", "1", contest(CONTEST, option("c1", "Anne", "1"))));
        assertRefused(source(folder, ""), "2.xml, line 1: 'Anne' is the Name of option c1, which an earlier cast vote"
                + " record names 'Ann': one Id is one candidate");
    }

    // Helpers: a small writer of Hart's XML

    private static List<CastVoteRecord> read(CvrSource source) {
        List<CastVoteRecord> records = new ArrayList<>();
        new HartCvrReader().read(source, records::add);
        return records;
    }

    private static CvrSource source(Path folder, String writeInLabel) {
        return new CvrSource(folder, CvrProvider.HART, CONTEST, OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "", "", "", writeInLabel, false);
    }

    private static void assertRefused(CvrSource source, String... parts) {
        assertThatThrownBy(() -> read(source)).isInstanceOf(InvalidInputException.class).message().contains(parts);
    }

    private static void assertRefused(Path folder, String xml, String message) throws IOException {
        write(folder, "a.xml", xml);
        assertRefused(source(folder, ""), message);
    }

    private static void write(Path folder, String name, String text) throws IOException {
        // As Hart writes them: UTF-8 with a byte order mark.
        Files.writeString(folder.resolve(name), "\uFEFF" + text);
    }

    private static String cvr(String guid, String precinct, String batch, String contests) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><Cvr xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns=\"http://tempuri.org/CVRDesign.xsd\"><Contests>" + contests + "</Contests>"
                + "<BatchSequence>1</BatchSequence><SheetNumber>1</SheetNumber>"
                + (precinct == null ? "" : "<PrecinctSplit><Name>" + escaped(precinct) + "</Name><Id>ps-1</Id></PrecinctSplit>")
                + (batch == null ? "" : "<BatchNumber>" + batch + "</BatchNumber>")
                + (guid == null ? "" : "<CvrGuid>" + guid + "</CvrGuid>") + "</Cvr>";
    }

    private static String contest(String id, String options) {
        return "<Contest><Name>CONTEST</Name><Id>" + id + "</Id>" + (options.isEmpty() ? "<Options />" : "<Options>"
                + options + "</Options>") + "<Undervotes>0</Undervotes></Contest>";
    }

    private static String option(String id, String name, String value) {
        return "<Option>" + (name == null ? "" : "<Name>" + escaped(name) + "</Name>") + "<Id>" + id + "</Id><Value>" + value
                + "</Value>" + (name == null ? "<WriteInData><Text /><ImageId>img</ImageId>"
                        + "<WriteInDataStatus>Unresolved</WriteInDataStatus></WriteInData>" : "") + "</Option>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
