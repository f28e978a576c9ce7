package org.teller.rctab.cvr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teller.rctab.RctabCases;
import org.teller.rctab.config.ConfigReader;
import org.teller.rctab.config.ContestConfig;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ES&S reader on RCTab's own cases: records as RCTab 2.0.1 reads them (each of these cases' records
 * was compared, in development, with the {@code rctab_cvr.csv} RCTab 2.0.1 writes of them), as many as
 * the ballots and undervotes their expected reports count. {@link EssWorkbookTest} holds what the cases
 * do not: RCTab's reading of rarer cells, and every file refused.
 */
class EssCvrReaderTest {

    /** Every record of a case: as many as its expected report counts ballots, as many empty as undervotes. */
    @ParameterizedTest
    @CsvSource({
        "2015_portland_mayor_codes, 99, 0",
        "aliases_ess_xlsx, 9, 0",
        "test_set_overvote_delimiter, 9, 0",
        "skip_to_next_test, 15, 0",
        "precinct_example, 100, 1",
        "missing_precinct_example, 4, 0",
        "batch_example, 100, 1",
        "test_set_treat_blank_as_undeclared_write_in, 12, 0",
        "uwi_cannot_win_test, 9, 0",
        // Three rows with no cell at all (two at Excel's last rows, 1,048,575 and 1,048,576): RCTab 2.0.1
        // counts each as a ballot that ranks no one, and so does its expected report.
        "first_round_determines_threshold_test, 19, 3"})
    void readsEveryRecordOfRctabsCases(String name, long ballots, long undervotes) {
        List<CastVoteRecord> records = records(name);
        assertThat(records).hasSize((int) ballots).extracting(CastVoteRecord::id).doesNotHaveDuplicates();
        assertThat(records).filteredOn(record -> record.rankings().isEmpty()).hasSize((int) undervotes);
        assertExpectedReportCounts(name, ballots, undervotes);
    }

    @Test
    void portlandGivesCandidatesByTheirCodesAndPrecinctsFromTheSecondColumn() {
        List<CastVoteRecord> records = records("2015_portland_mayor_codes");
        assertThat(records).hasSize(99);
        CastVoteRecord fifth = records.get(4);
        assertThat(fifth.id()).isEqualTo("2015_portland_mayor_codes_cvr.xlsx-5");
        assertThat(fifth.precinct()).isEqualTo("D Cliff and GDI");
        assertThat(fifth.batch()).isEmpty();
        // Rank 14 is the skipped-rank label; rank 15, the last of maxRankingsAllowed, the overvote label.
        assertThat(fifth.rankings()).extracting(Ranking::candidate).startsWith("MFB", "CEB", "JME").contains("HAH");
        assertThat(fifth.rankings()).hasSize(14).last().isEqualTo(Ranking.overvote(15));
        assertThat(fifth.rankings().get(12)).isEqualTo(Ranking.of(13, "HAH"));
        assertThat(records.get(0).rankings()).extracting(Ranking::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12);
    }

    @Test
    void numberIdsAreReadAsExcelShowsThemAndAllRankColumnsUnderMax() {
        // The ids of aliases_ess_xlsx are numbers in a General cell: "1", as POI shows it, not "1.0".
        List<CastVoteRecord> records = records("aliases_ess_xlsx");
        assertThat(records).extracting(CastVoteRecord::id).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(records.get(1).rankings())
                .containsExactly(Ranking.of(1, "A-2"), Ranking.of(2, "B"), Ranking.of(3, "C"));
        assertThat(records.get(8).rankings()).containsExactly(Ranking.of(1, "D"));
    }

    @Test
    void aDelimitedCellGivesEachCandidateAtItsRank() {
        List<CastVoteRecord> records = records("test_set_overvote_delimiter");
        assertThat(records.get(6).rankings()).containsExactly(Ranking.of(1, "C"), Ranking.of(2, "D"), Ranking.of(2, "A"),
                Ranking.of(3, "A"));
        assertThat(records.get(7).rankings()).containsExactly(Ranking.of(1, "C"), Ranking.of(2, "A"), Ranking.of(2, "D"),
                Ranking.of(3, "A"));
    }

    @Test
    void skippedRankAndOvervoteLabels() {
        List<CastVoteRecord> records = records("skip_to_next_test");
        assertThat(records.get(0).rankings())
                .containsExactly(Ranking.overvote(1), Ranking.of(3, "C"), Ranking.of(4, "D"));
        assertThat(records.get(12).rankings()).containsExactly(Ranking.of(1, "A"), Ranking.of(4, "C"));
        assertThat(records.get(12).id()).isEqualTo("13");
    }

    @Test
    void blanksAreUndeclaredWriteInsWhereTheSourceSaysSo() {
        List<CastVoteRecord> records = records("test_set_treat_blank_as_undeclared_write_in");
        assertThat(records.get(0).rankings()).containsExactly(Ranking.undeclaredWriteIn(1), Ranking.of(2, "B"),
                Ranking.of(3, "C"), Ranking.of(4, "D"));
        assertThat(records.get(8).rankings()).containsExactly(Ranking.of(1, "C"), Ranking.overvote(2), Ranking.of(3, "B"));
    }

    @Test
    void theUndeclaredWriteInLabel() {
        List<CastVoteRecord> records = records("uwi_cannot_win_test");
        assertThat(records).extracting(record -> record.rankings().get(0)).containsExactly(
                Ranking.undeclaredWriteIn(1), Ranking.undeclaredWriteIn(1), Ranking.undeclaredWriteIn(1),
                Ranking.undeclaredWriteIn(1), Ranking.undeclaredWriteIn(1), Ranking.of(1, "A"), Ranking.of(1, "A"),
                Ranking.of(1, "A"), Ranking.of(1, "B"));
    }

    @Test
    void precinctsBatchesAndRctabsMissingPrecinct() {
        assertThat(records("precinct_example").get(0)).isEqualTo(new CastVoteRecord("precinct_example_cvr.xlsx-1",
                "MINNEAPOLIS W-10 P-02", "", List.of(Ranking.of(1, "Jacob Frey"), Ranking.of(2, "Nekima Levy-Pounds"),
                        Ranking.of(3, "Raymond Dehn"))));
        assertThat(records("missing_precinct_example")).extracting(CastVoteRecord::precinct).containsExactly(
                "MINNEAPOLIS W-13 P-13", "MINNEAPOLIS W-3 P-02", EssCvrReader.MISSING_PRECINCT, "MINNEAPOLIS W-6 P-04");
        assertThat(records("batch_example").get(2)).isEqualTo(new CastVoteRecord("batch_example_cvr.xlsx-3", "",
                "MINNEAPOLIS W-6 P-03", List.of(Ranking.of(1, "Jacob Frey"))));
    }

    /** 13 files of 80,101 records (26 MB), read once: each file numbers its own records. */
    @Test
    void minneapolisNumbersItsRecordsFileByFile() {
        String name = "2013_minneapolis_mayor_scale";
        List<CastVoteRecord> firsts = new ArrayList<>();
        long[] count = {0};
        long[] empty = {0};
        read(RctabCases.of(name).resolve(name + "_config.json"), record -> {
            count[0]++;
            empty[0] += record.rankings().isEmpty() ? 1 : 0;
            if (count[0] <= 2 || count[0] == 80_102 || count[0] == 1_041_313) {
                firsts.add(record);
            }
        }, 1_041_313);
        assertThat(empty[0]).isEqualTo(8_307);
        assertExpectedReportCounts(name, 1_041_313, 8_307);
        assertThat(firsts).containsExactly(
                new CastVoteRecord("2013_minneapolis_mayor_cvr_1.xlsx-1", "", "", List.of(Ranking.of(1, "BETSY HODGES"))),
                new CastVoteRecord("2013_minneapolis_mayor_cvr_1.xlsx-2", "", "",
                        List.of(Ranking.of(1, "BOB FINE"), Ranking.of(2, "MARK ANDREW"))),
                new CastVoteRecord("2013_minneapolis_mayor_cvr_2.xlsx-1", "", "", List.of(Ranking.of(1, "BETSY HODGES"))),
                new CastVoteRecord("2013_minneapolis_mayor_cvr_13.xlsx-80101", "", "", List.of(Ranking.of(1, "MARK ANDREW"),
                        Ranking.of(2, "JEFFREY ALAN WAGNER"), Ranking.of(3, "MIKE GOULD"))));
    }

    private static void assertExpectedReportCounts(String name, long ballots, long undervotes) {
        JsonNode summary = JsonMapper.builder().build()
                .readTree(RctabCases.of(name).resolve(name + "_expected_detailed_report.json").toFile()).get("summary");
        assertThat(summary.get("totalNumBallots").asLong()).isEqualTo(ballots);
        assertThat(summary.get("undervotes").asLong()).isEqualTo(undervotes);
    }

    private static List<CastVoteRecord> records(String name) {
        List<CastVoteRecord> records = new ArrayList<>();
        read(RctabCases.of(name).resolve(name + "_config.json"), records::add, -1);
        return records;
    }

    private static void read(Path config, Consumer<CastVoteRecord> records, long expected) {
        ContestConfig contest = ConfigReader.read(config);
        EssCvrReader reader = new EssCvrReader(contest.rules().maxRankingsAllowed());
        long[] count = {0};
        for (CvrSource source : contest.sources()) {
            assertThat(source.provider()).isEqualTo(CvrProvider.ESS);
            reader.read(source, record -> {
                count[0]++;
                records.accept(record);
            });
        }
        if (expected >= 0) {
            assertThat(count[0]).isEqualTo(expected);
        }
    }
}
