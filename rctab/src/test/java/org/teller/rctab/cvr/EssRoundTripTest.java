package org.teller.rctab.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.teller.rctab.cvr.XlsxTestWorkbook.number;
import static org.teller.rctab.cvr.XlsxTestWorkbook.row;
import static org.teller.rctab.cvr.XlsxTestWorkbook.shared;
import static org.teller.rctab.cvr.XlsxTestWorkbook.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;

/**
 * Random records written as an ES&S workbook (a precinct, a numeric id, five rank columns; names as shared
 * or inline strings, labels, cells left out, rows left out) read back as the same records.
 */
class EssRoundTripTest {

    private static final List<String> CANDIDATES = List.of("Alice Adams", "O'Brien, Pat", "Smith & Sons", "<Zoë>",
            "李 华", "Write_x0041_", "12");
    private static final int RANKS = 5;

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void randomRecordsComeBackAsWritten(long seed) {
        Random random = new Random(seed);
        boolean blankIsWriteIn = random.nextBoolean();
        List<String> strings = new ArrayList<>(CANDIDATES);
        strings.addAll(List.of("overvote", "undervote", "UWI"));
        List<String> rows = new ArrayList<>(List.of(row(1, text("A1", "Precinct"), text("B1", "Cast Vote Record"))));
        List<CastVoteRecord> expected = new ArrayList<>();
        int sheetRow = 1;
        for (int record = 1; record <= 300; record++) {
            sheetRow += 1 + (random.nextInt(10) == 0 ? random.nextInt(3) : 0); // rows the sheet leaves out
            String precinct = "P-" + random.nextInt(20);
            List<String> cells = new ArrayList<>(List.of(text("A" + sheetRow, precinct),
                    number("B" + sheetRow, Integer.toString(1000 + record))));
            List<Ranking> rankings = new ArrayList<>();
            for (int rank = 1; rank <= RANKS; rank++) {
                String reference = (char) ('B' + rank) + Integer.toString(sheetRow);
                int choice = random.nextInt(strings.size() + 2);
                if (choice >= strings.size()) {
                    if (blankIsWriteIn) {
                        rankings.add(Ranking.undeclaredWriteIn(rank));
                    }
                    continue;
                }
                String cell = strings.get(choice);
                cells.add(random.nextBoolean() ? shared(reference, choice) : text(reference, cell));
                switch (cell) {
                    case "overvote" -> rankings.add(Ranking.overvote(rank));
                    case "UWI" -> rankings.add(Ranking.undeclaredWriteIn(rank));
                    case "undervote" -> { }
                    case "Write_x0041_" -> rankings.add(Ranking.of(rank, "WriteA"));
                    default -> rankings.add(Ranking.of(rank, cell));
                }
            }
            rows.add(row(sheetRow, cells));
            expected.add(new CastVoteRecord(Integer.toString(1000 + record), precinct, "", rankings));
        }
        Path file = XlsxTestWorkbook.of(rows.toArray(String[]::new)).sharedStrings(strings.toArray(String[]::new))
                .write(folder.resolve("round trip.xlsx"));
        CvrSource source = new CvrSource(file, CvrProvider.ESS, "", OptionalInt.of(3), OptionalInt.of(2), OptionalInt.of(2),
                OptionalInt.of(1), OptionalInt.empty(), "", "overvote", "undervote", "UWI", blankIsWriteIn);
        List<CastVoteRecord> read = new ArrayList<>();
        new EssCvrReader(OptionalInt.of(RANKS)).read(source, read::add);
        assertThat(read).containsExactlyElementsOf(expected);
    }
}
