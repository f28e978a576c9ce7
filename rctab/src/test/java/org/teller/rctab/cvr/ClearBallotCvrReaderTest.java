package org.teller.rctab.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
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

class ClearBallotCvrReaderTest {

    private static final String BALLOT = "RowNumber,BoxID,BoxPosition,BallotID,PrecinctID,BallotStyleID,PrecinctStyleName,"
            + "ScanComputerName,Status,Remade";

    // RCTab's case

    @Test
    void readsTheKansasPrimaryAsRctabDoes() throws IOException {
        Path folder = RctabCases.of("clear_ballot_kansas_primary");
        ContestConfig config = ConfigReader.read(folder.resolve("clear_ballot_kansas_primary_config.json"));
        JsonNode report = JsonMapper.builder().build()
                .readTree(folder.resolve("clear_ballot_kansas_primary_expected_detailed_report.json").toFile());
        List<CastVoteRecord> records = read(config.sources().get(0));

        assertThat(records).hasSize(Integer.parseInt(report.get("summary").get("totalNumBallots").asString())).hasSize(50);
        assertThat(records.get(0)).isEqualTo(new CastVoteRecord("ED-004+10003", "1", "", List.of(
                Ranking.of(1, "Amy Klobuchar"), Ranking.of(2, "Julian Castro"), Ranking.of(3, "Tulsi Gabbard"),
                Ranking.of(4, "Joe Biden"), Ranking.of(5, "Steven Bullock"))));
        assertThat(records.get(1).id()).isEqualTo("ED-004+10005");

        Map<String, Integer> tally = new TreeMap<>();
        for (CastVoteRecord record : records) {
            List<Ranking> first = record.rankings().stream().filter(r -> r.rank() == 1).toList();
            assertThat(first).as("one first choice in %s", record.id()).hasSize(1);
            tally.merge(first.get(0).candidate(), 1, Integer::sum);
        }
        Map<String, Integer> expected = new TreeMap<>();
        report.get("results").get(0).get("tally").properties().forEach(entry -> {
            int votes = Integer.parseInt(entry.getValue().asString());
            if (votes > 0) {
                expected.put(entry.getKey(), votes);
            }
        });
        assertThat(tally).isEqualTo(expected).containsEntry("Amy Klobuchar", 20);
    }

    // What RCTab does with a row, on small files written here

    @Test
    void everyRowIsARecordAndAMarkedColumnAChoiceAtItsRank(@TempDir Path folder) throws IOException {
        Path file = write(folder, BALLOT + ",Choice_1_1:Mayor:1:Vote For 1:Ann:Ind,Choice_2_1:Mayor:1:Vote For 1:UWI:NP,"
                + "Choice_3_1:Mayor:2:Vote For 1:Ann:Ind,Choice_4_1:Mayor:2:Vote For 1:UWI:NP,Choice_5_1:Clerk:1:Vote For 1:Cy:D\n"
                + "1,B-1,1,B-1+1,P1,3,\"Precinct, North\",scanner,0,0,1,0,0,1,0\n"
                + "2,B-1,2,B-1+2,P2,3,Precinct,scanner,0,0,0,0,0,0,1\n"
                + "3,B-1,3,B-1+3,P2,3,Precinct,scanner,0,0,1,1,1,0,0\n");
        assertThat(read(source(file, "Mayor", "UWI"))).containsExactly(
                new CastVoteRecord("B-1+1", "P1", "", List.of(Ranking.of(1, "Ann"), Ranking.undeclaredWriteIn(2))),
                // Its ballot does not hold Mayor, or holds it unmarked: still a record, ranking no one.
                new CastVoteRecord("B-1+2", "P2", "", List.of()),
                new CastVoteRecord("B-1+3", "P2", "", List.of(Ranking.of(1, "Ann"), Ranking.undeclaredWriteIn(1), Ranking.of(2, "Ann"))));
        assertThat(read(source(file, "Mayor", "")).get(0).rankings()).containsExactly(Ranking.of(1, "Ann"), Ranking.of(2, "UWI"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsBackTheRecordsWritten(long seed, @TempDir Path folder) throws IOException {
        Random random = new Random(seed);
        int ranks = 1 + random.nextInt(6);
        List<String> choices = List.of("Ann Archer", "Bo Brown", "Cy \"Junior\" Cole", "Write-in");
        StringBuilder text = new StringBuilder(BALLOT);
        List<String[]> columns = new ArrayList<>();
        int n = 1;
        for (int rank = 1; rank <= ranks; rank++) {
            for (String choice : choices) {
                columns.add(new String[] {"Mayor", Integer.toString(rank), choice});
            }
            if (random.nextBoolean()) {
                columns.add(new String[] {"Clerk", Integer.toString(rank), "Dee"});
            }
        }
        for (String[] column : columns) {
            text.append(',').append(quoted("Choice_" + n++ + "_1:" + column[0] + ":" + column[1] + ":Vote For 1:" + column[2] + ":Party"));
        }
        text.append(random.nextBoolean() ? "\r\n" : "\n");
        List<CastVoteRecord> written = new ArrayList<>();
        for (int row = 1, rows = random.nextInt(60); row <= rows; row++) {
            String id = "BOX-" + random.nextInt(9) + "+" + (10000 + row);
            String precinct = random.nextInt(5) == 0 ? "" : Integer.toString(random.nextInt(20));
            text.append(row).append(",BOX,").append(row).append(',').append(id).append(',').append(precinct)
                    .append(",7,").append(quoted(random.nextBoolean() ? "Precinct, Ward " + row : "Precinct")).append(",scan,0,0");
            List<Ranking> rankings = new ArrayList<>();
            for (String[] column : columns) {
                boolean marked = random.nextInt(choices.size()) == 0;
                text.append(',').append(marked ? '1' : '0');
                if (marked && column[0].equals("Mayor")) {
                    int rank = Integer.parseInt(column[1]);
                    rankings.add(column[2].equals("Write-in") ? Ranking.undeclaredWriteIn(rank) : Ranking.of(rank, column[2]));
                }
            }
            text.append(row < rows || random.nextBoolean() ? "\n" : "");
            written.add(new CastVoteRecord(id, precinct, "", rankings));
        }
        Path file = write(folder, text.toString());
        assertThat(read(source(file, "Mayor", "Write-in"))).as("seed %d:%n%s", seed, text).isEqualTo(written);
    }

    // Strict: each way a source or a file can be wrong

    @Test
    void refusesRowsOfAnotherLengthThanTheHeader(@TempDir Path folder) throws IOException {
        String header = BALLOT + ",Choice_1_1:Mayor:1:Vote For 1:Ann:Ind,Choice_2_1:Mayor:1:Vote For 1:Bo:Ind\n";
        String row = "1,B,1,B+1,P,3,Precinct,scan,0,0,1,0\n";
        assertRefused(folder, header + row + "2,B,2,B+2,P,3,Precinct,scan,0,0,1,0,0\n", "f.csv, line 3: has 13 fields, but the header has 12");
        assertRefused(folder, header + row + row + "2,B,2,B+2,P,3,Precinct,scan,0,0,1\n", "f.csv, line 4: has 11 fields, but the header has 12");
        assertRefused(folder, header + "\n" + row, "f.csv, line 2: has 1 fields, but the header has 12");
        assertRefused(folder, header + row.replace("Precinct", "\"Pre\"cinct"), "f.csv, line 2: is not valid CSV: Unexpected character after closing quote");
        assertRefused(folder, header + row.replace("B+1", ""), "f.csv, line 2: has no BallotID");
    }

    @Test
    void refusesCellsThatAreNotMarks(@TempDir Path folder) throws IOException {
        String header = BALLOT + ",Choice_1_1:Mayor:1:Vote For 1:Ann:Ind,Choice_2_1:Mayor:2:Vote For 1:Bo:Ind\n";
        assertRefused(folder, header + "1,B,1,B+1,P,3,Precinct,scan,0,0,1,2\n",
                "f.csv, line 2: '2' is the cell of Bo at rank 2 (column 12), but a cell is 1 (marked) or 0");
        assertRefused(folder, header + "1,B,1,B+1,P,3,Precinct,scan,0,0,,0\n", "f.csv, line 2: the cell of Ann at rank 1 (column 11) is empty, but a cell is 1 (marked) or 0");
        assertRefused(folder, header + "1,B,1,B+1,P,3,Precinct,scan,0,0, 1,0\n", "f.csv, line 2: ' 1' is the cell of Ann");
    }

    @Test
    void refusesHeadersThatAreNotClearBallots(@TempDir Path folder) throws IOException {
        String row = "\n1,B,1,B+1,P,3,Precinct,scan,0,0,1\n";
        assertRefused(folder, BALLOT.replace("BallotID", "Ballot") + ",Choice_1_1:Mayor:1:Vote For 1:Ann:Ind" + row,
                "f.csv, line 1: 'Ballot' is column 4 of the header, where Clear Ballot's CVR has BallotID");
        assertRefused(folder, BALLOT + ",Choice_1_1:Mayor:1:Vote For 1:Ann:" + row,
                "f.csv, line 1: 'Choice_1_1:Mayor:1:Vote For 1:Ann:' is column 11 of the header, but a choice column is headed"
                        + " by six fields separated by ':'");
        assertRefused(folder, BALLOT + ",Choice_1_1:Mayor:1:Ann:Ind" + row, "is column 11 of the header, but a choice column");
        assertRefused(folder, BALLOT + ",Choice_1_1:Mayor:first:Vote For 1:Ann:Ind" + row,
                "f.csv, line 1: 'first' is the rank of column 11 of the header, but a rank is a whole number from 1");
        assertRefused(folder, BALLOT + ",Choice_1_1:Mayor:0:Vote For 1:Ann:Ind" + row, "'0' is the rank of column 11");
        assertRefused(folder, BALLOT + ",Choice_1_1:Mayor:1:Vote For 1::Ind" + row, "is column 11 of the header, which names no choice");
        assertRefused(folder, BALLOT + ",Choice_1_1:Clerk:1:Vote For 1:Ann:Ind" + row,
                "f.csv, line 1: 'Mayor' is a contest no column of the header belongs to");
        assertRefused(folder, BALLOT + ",Choice_1_1:Mayor:1:Vote For 1:Ann:Ind,Choice_2_1:Mayor:1:Vote For 1:Ann:Ind"
                + row.replace("0,0,1", "0,0,1,0"), "is column 12 of the header, a second column of Ann at rank 1");
        assertRefused(folder, "", "f.csv: is empty");
        Path file = write(folder, BALLOT + ",Choice_1_1:Mayor:3:Vote For 1:Ann:Ind" + row);
        List<CastVoteRecord> records = new ArrayList<>();
        new ClearBallotCvrReader(3).read(source(file, "Mayor", ""), records::add);
        assertThat(records).hasSize(1);
        assertThatThrownBy(() -> new ClearBallotCvrReader(2).read(source(file, "Mayor", ""), records::add))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("f.csv, line 1: '3' is the rank of column 11 of the header, beyond maxRankingsAllowed (2)");
    }

    @Test
    void refusesTextThatIsNotUtf8AndSettingsRctabRefuses(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("f.csv");
        Files.write(file, (BALLOT + ",Choice_1_1:Mayor:1:Vote For 1:Ann:Ind\n1,B,1,B+1,P\u00e9,3,Precinct,scan,0,0,1\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(source(file, "Mayor", ""), "f.csv: is not UTF-8 text");
        assertRefused(source(folder.resolve("none.csv"), "Mayor", ""), "none.csv: no such file");
        CvrSource indexed = new CvrSource(file, CvrProvider.CLEAR_BALLOT, "Mayor", OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.of(4), OptionalInt.empty(), OptionalInt.empty(), "", "", "", "", false);
        assertRefused(indexed, "f.csv: '4' is given as idColumnIndex, a setting RCTab refuses for a Clear Ballot source");
        CvrSource blank = new CvrSource(file, CvrProvider.CLEAR_BALLOT, "Mayor", OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "", "", "", "", true);
        assertRefused(blank, "'true' is given as treatBlankAsUndeclaredWriteIn");
        assertRefused(source(file, "", ""), "f.csv: has no contestId");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheHeader(@TempDir Path folder) throws IOException {
        Path file = write(folder, "\uFEFF" + BALLOT + ",Choice_1_1:Mayor:1:Vote For 1:Ann:Ind\n1,B,1,B+1,P,3,Precinct,scan,0,0,1\n");
        assertThat(read(source(file, "Mayor", ""))).containsExactly(new CastVoteRecord("B+1", "P", "", List.of(Ranking.of(1, "Ann"))));
        assertThat(read(source(file, "Mayor", "")).get(0).rankings().get(0).kind()).isEqualTo(Kind.CANDIDATE);
    }

    // Helpers

    private static List<CastVoteRecord> read(CvrSource source) {
        List<CastVoteRecord> records = new ArrayList<>();
        new ClearBallotCvrReader().read(source, records::add);
        return records;
    }

    private static CvrSource source(Path file, String contest, String writeInLabel) {
        return new CvrSource(file, CvrProvider.CLEAR_BALLOT, contest, OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "", "", "", writeInLabel, false);
    }

    private static Path write(Path folder, String text) throws IOException {
        return Files.writeString(folder.resolve("f.csv"), text);
    }

    private static String quoted(String field) {
        return field.contains(",") || field.contains("\"") ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static void assertRefused(CvrSource source, String... parts) {
        assertThatThrownBy(() -> read(source)).isInstanceOf(InvalidInputException.class).message().contains(parts);
    }

    private static void assertRefused(Path folder, String text, String message) throws IOException {
        assertRefused(source(write(folder, text), "Mayor", ""), message);
    }
}
