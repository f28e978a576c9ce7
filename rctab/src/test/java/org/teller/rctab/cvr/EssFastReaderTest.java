package org.teller.rctab.cvr;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The fast reader of ES&S workbooks against the careful one ({@link EssCvrReader}): on seeded random
 * workbooks, plain and with every irregularity a sheet can have, the fast reader either gives up or counts
 * exactly the records the careful one reads (each record's rankings, precinct and batch); it never refuses
 * a file itself. Plain workbooks, and RCTab's Minneapolis workbooks, it must not give up on.
 */
class EssFastReaderTest {

    private static final List<String> STRINGS = List.of("Precinct", "Ann", "Bo Brown", "Cy", "overvote", "undervote",
            "UWI", "P-1", "P-2", "B-1");

    @TempDir
    Path folder;

    static Stream<Integer> seeds() {
        return IntStream.range(0, 300).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFastReaderCountsWhatTheCarefulOneReadsOrGivesUp(int seed) {
        Random random = new Random(seed);
        boolean plain = seed % 3 == 0;
        String sheet = sheet(random, plain);
        XlsxTestWorkbook workbook = XlsxTestWorkbook.of().sharedStrings(STRINGS.toArray(String[]::new))
                .styles("<numFmt numFmtId=\"164\" formatCode=\"0.00\"/>", "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>")
                .part("xl/worksheets/sheet1.xml", sheet);
        Path file = workbook.write(folder.resolve("cvr" + seed + ".xlsx"));
        boolean idColumn = random.nextInt(4) == 0;
        CvrSource source = new CvrSource(file, CvrProvider.ESS, "", OptionalInt.of(2), OptionalInt.of(2),
                idColumn ? OptionalInt.of(6) : OptionalInt.empty(), OptionalInt.of(1),
                random.nextBoolean() ? OptionalInt.of(5) : OptionalInt.empty(), random.nextBoolean() ? "|" : "",
                "overvote", "undervote", "UWI", random.nextInt(4) == 0);
        OptionalInt maxRankings = random.nextBoolean() ? OptionalInt.of(3) : OptionalInt.empty();

        Map<String, Integer> careful = new HashMap<>();
        String refused = null;
        try {
            new EssCvrReader(maxRankings).read(source, record -> careful.merge(key(record, record.precinct(), record.batch()), 1,
                    Integer::sum));
        } catch (InvalidInputException e) {
            refused = e.getMessage();
        }

        Map<String, Integer> fast = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        boolean finished = EssFastReader.read(source, maxRankings, true, true, new RecordCounter() {
            @Override
            public int number(CastVoteRecord record) {
                distinct.add(key(record, "", ""));
                return distinct.size() - 1;
            }

            @Override
            public void count(int number, boolean undervote, String precinct, String batch) {
                assertThat(undervote).isEqualTo(distinct.get(number).equals("[]"));
                fast.merge(distinct.get(number) + "@" + precinct + "/" + batch, 1, Integer::sum);
            }
        });
        if (plain && refused == null) {
            assertThat(finished).as("a plain sheet is read fast:\n" + sheet).isTrue();
        }
        if (finished) {
            assertThat(refused).as("what the careful reader refuses, the fast one does not finish:\n" + sheet).isNull();
            assertThat(fast).as(sheet).isEqualTo(careful);
        }
    }

    @Test
    void minneapolisIsReadFastAsTheCarefulReaderReadsIt() {
        ContestConfig config = ConfigReader.read(RctabCases.of("2013_minneapolis_mayor_scale").resolve("2013_minneapolis_mayor_scale_config.json"));
        CvrSource source = config.sources().get(0);
        OptionalInt maxRankings = config.rules().maxRankingsAllowed();
        Map<String, Integer> careful = new HashMap<>();
        new EssCvrReader(maxRankings).read(source, record -> careful.merge(record.rankings().toString(), 1, Integer::sum));
        Map<String, Integer> fast = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        assertThat(EssFastReader.read(source, maxRankings, false, false, new RecordCounter() {
            @Override
            public int number(CastVoteRecord record) {
                distinct.add(record.rankings().toString());
                return distinct.size() - 1;
            }

            @Override
            public void count(int number, boolean undervote, String precinct, String batch) {
                fast.merge(distinct.get(number), 1, Integer::sum);
            }
        })).isTrue();
        assertThat(fast).isEqualTo(careful);
        assertThat(careful.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(80_000);
    }

    /**
     * What a review found the two readers read differently, each now read alike or given up on: attributes
     * with a prefix (POI reads a cell's {@code r}, {@code s} and {@code t} by their plain names), and namespace
     * declarations that XML forbids.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "<worksheet xmlns=\"M\"><sheetData><row r=\"2\"><c r=\"B2\" xml:t=\"s\"><v>0</v></c></row></sheetData></worksheet>",
        "<worksheet xmlns=\"M\" xmlns:x=\"urn:x\"><sheetData><row r=\"2\"><c r=\"B2\" x:t=\"s\"><v>0</v></c></row></sheetData></worksheet>",
        "<worksheet xmlns=\"M\"><sheetData><row r=\"2\"><c r=\"A2\" xml:t=\"s\"><v>3</v></c></row></sheetData></worksheet>",
        "<worksheet xmlns=\"M\"><sheetData><row xml:r=\"5\"/></sheetData></worksheet>",
        "<worksheet xmlns=\"M\"><sheetData><row r=\"2\"><c r=\"B2\" xml:t=\"str\"><v>1</v></c></row></sheetData></worksheet>",
        "<worksheet xmlns=\"M\"><sheetData><row r=\"2\"><c r=\"B2\" xml:s=\"1\"><v>1</v></c></row></sheetData></worksheet>",
        "<worksheet xmlns=\"M\" xmlns=\"M\"><sheetData><row r=\"2\"/></sheetData></worksheet>",
        "<worksheet xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" xmlns=\"M\"><sheetData><row r=\"2\"/></sheetData></worksheet>",
        "<worksheet xmlns=\"M\" xmlns:xml=\"urn:x\"><sheetData><row r=\"2\"/></sheetData></worksheet>",
        "<worksheet xmlns=\"M\" xmlns:xmlns=\"urn:x\"><sheetData><row r=\"2\"/></sheetData></worksheet>",
        "<worksheet xmlns=\"M\" xmlns:p=\"http://www.w3.org/XML/1998/namespace\"><sheetData><row r=\"2\"/></sheetData></worksheet>",
        "<worksheet xmlns=\"M\" xmlns:p=\"http://www.w3.org/2000/xmlns/\"><sheetData><row r=\"2\"/></sheetData></worksheet>",
        "<?xml version=\"1.0\"\u000b?><worksheet xmlns=\"M\"><sheetData><row r=\"2\"/></sheetData></worksheet>"})
    void whatAReviewFoundIsReadAlikeOrGivenUpOn(String sheet) {
        String xml = sheet.replace("\"M\"", "\"" + XlsxTestWorkbook.MAIN + "\"");
        Path file = XlsxTestWorkbook.of().sharedStrings("Ann", "Bo", "Cy", "P1")
                .styles("<numFmt numFmtId=\"164\" formatCode=\"0.00\"/>", "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>")
                .part("xl/worksheets/sheet1.xml", xml).write(folder.resolve("review.xlsx"));
        CvrSource source = new CvrSource(file, CvrProvider.ESS, "", OptionalInt.of(2), OptionalInt.of(2), OptionalInt.empty(),
                OptionalInt.of(1), OptionalInt.empty(), "", "", "", "", false);
        Map<String, Integer> careful = new HashMap<>();
        String refused = null;
        try {
            new EssCvrReader(OptionalInt.of(3)).read(source, record -> careful.merge(key(record, record.precinct(), ""), 1,
                    Integer::sum));
        } catch (InvalidInputException e) {
            refused = e.getMessage();
        }
        Map<String, Integer> fast = new HashMap<>();
        List<CastVoteRecord> distinct = new ArrayList<>();
        boolean finished = EssFastReader.read(source, OptionalInt.of(3), true, false, new RecordCounter() {
            @Override
            public int number(CastVoteRecord record) {
                distinct.add(record);
                return distinct.size() - 1;
            }

            @Override
            public void count(int number, boolean undervote, String precinct, String batch) {
                fast.merge(key(distinct.get(number), precinct, ""), 1, Integer::sum);
            }
        });
        if (finished) {
            assertThat(refused).as(xml).isNull();
            assertThat(fast).as(xml).isEqualTo(careful);
        }
    }

    /** A record's rankings, and where it was cast when that is given. */
    private static String key(CastVoteRecord record, String precinct, String batch) {
        return record.rankings() + (precinct.isEmpty() && batch.isEmpty() ? "" : "@" + precinct + "/" + batch);
    }

    /** A worksheet: a header row and records, plain (as Excel writes them) or with irregularities. */
    private static String sheet(Random random, boolean plain) {
        StringBuilder xml = new StringBuilder();
        if (plain || random.nextInt(6) != 0) {
            xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        }
        xml.append("<worksheet xmlns=\"").append(XlsxTestWorkbook.MAIN).append("\" xmlns:x14ac=\"http://schemas.microsoft.com/")
                .append("office/spreadsheetml/2009/9/ac\"><dimension ref=\"A1:F9\"/><sheetViews><sheetView workbookViewId=\"0\"/>")
                .append("</sheetViews><sheetData>");
        xml.append("<row r=\"1\" spans=\"1:5\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>");
        int rows = 1 + random.nextInt(60);
        // An irregular sheet has one irregularity: in one row, or around the sheet data.
        int irregularRow = plain ? -1 : random.nextInt(rows + rows / 2);
        int number = 1;
        for (int r = 0; r < rows; r++) {
            number += plain || random.nextInt(10) != 0 ? 1 : 2;
            List<String> cells = new ArrayList<>();
            // Most rows repeat one of a few rankings, as real ballots do: only the first of each is judged.
            boolean repeat = random.nextInt(10) < 7;
            int pattern = random.nextInt(4);
            for (int column = 1; column <= 6; column++) {
                String reference = (char) ('A' + column - 1) + String.valueOf(number);
                int pick = repeat && column >= 2 && column <= 4 ? (pattern * 7 + column * 3) % 8 : random.nextInt(10);
                if (column == 1) {
                    cells.add("<c r=\"" + reference + "\" t=\"s\"><v>" + (7 + random.nextInt(2)) + "</v></c>");
                } else if (column == 5) {
                    if (pick < 8) {
                        cells.add("<c r=\"" + reference + "\" t=\"s\"><v>9</v></c>");
                    }
                } else if (column == 6) {
                    if (plain || pick < 9) {
                        cells.add("<c r=\"" + reference + "\"><v>" + (100 + r) + "</v></c>");
                    }
                } else if (pick < 6) {
                    cells.add("<c r=\"" + reference + "\" t=\"s\"><v>" + (repeat ? 1 + (pattern + column) % 6 : 1 + random.nextInt(column == 2 ? 6 : 3)) + "</v></c>");
                } else if (pick == 6) {
                    cells.add("<c r=\"" + reference + "\" s=\"0\"/>");
                } else if (pick == 7) {
                    cells.add("<c r=\"" + reference + "\"><v>" + (repeat ? pattern % 3 : random.nextInt(3)) + "</v></c>");
                }
            }
            if (r == irregularRow) {
                irregular(random, cells, number);
            }
            String attributes = random.nextBoolean() ? " r=\"" + number + "\"" : " r=\"" + number + "\" spans=\"1:6\" x14ac:dyDescent=\"0.3\"";
            if (cells.isEmpty() && random.nextBoolean()) {
                xml.append("<row").append(attributes).append("/>");
            } else {
                String space = random.nextInt(4) == 0 ? "\n  " : "";
                xml.append("<row").append(attributes).append(">").append(space).append(String.join(space, cells)).append("</row>");
            }
        }
        xml.append("</sheetData>");
        if (!plain && irregularRow >= rows && random.nextBoolean()) {
            xml.append(switch (random.nextInt(6)) {
                case 0 -> "<!-- a comment -->";
                case 1 -> "<row r=\"99\"><c r=\"B99\" t=\"s\"><v>1</v></c></row>";
                case 2 -> "<c r=\"B1\"/>";
                case 3 -> "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells";
                case 4 -> "<sheetData/>";
                default -> "<pageMargins left=\"0.7\" right=\"0.7\"/>";
            });
        } else {
            xml.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        }
        xml.append("</worksheet>");
        if (!plain && irregularRow >= rows && random.nextInt(3) == 0) {
            xml.append(random.nextBoolean() ? "\n" : "<x/>");
        }
        return xml.toString();
    }

    /** One irregularity in a row's cells: what the fast reader must give up on, or read as the careful one. */
    private static void irregular(Random random, List<String> cells, int row) {
        String at = "B" + row;
        if (random.nextInt(21) == 0) {
            cells.add(1, cells.get(0)); // a cell repeated
            return;
        }
        String cell = switch (random.nextInt(20)) {
            case 0 -> "<c r=\"" + at + "\" t=\"inlineStr\"><is><t>Ann</t></is></c>";
            case 1 -> "<c r=\"" + at + "\"><f>1+1</f><v>2</v></c>";
            case 2 -> "<c t=\"s\"><v>1</v></c>";
            case 3 -> "<c r=\"" + at + "\" t=\"s\"><v>99</v></c>";
            case 4 -> "<c r=\"" + at + "\" t=\"s\"><v> 2</v></c>";
            case 5 -> "<c r=\"" + at + "\" t=\"s\"><v>&#50;</v></c>";
            case 6 -> "<c r=\"" + at + "\" t=\"b\"><v>1</v></c>";
            case 7 -> "<c r=\"" + at + "\" s=\"1\"><v>1.5</v></c>";
            case 8 -> "<c r=\"" + at + "\" s=\"7\"><v>2</v></c>";
            case 9 -> "<c r=\"B" + (row + 1) + "\" t=\"s\"><v>1</v></c>";
            case 10 -> "<c r=\"" + at + "\" t=\"s\" t=\"s\"><v>1</v></c>";
            case 11 -> "<c r='" + at + "' t='s'><v>2</v></c>";
            case 12 -> "<c r=\"" + at + "\" t=\"s\"><v>1</v><v>2</v></c>";
            case 13 -> "<c r=\"" + at + "\" t=\"s\"><v></v></c>";
            case 14 -> "<!-- a comment -->";
            case 15 -> "<c r=\"" + at + "\" t=\"s\" xmlns=\"urn:other\"><v>1</v></c>";
            case 16 -> "<c r=\"" + at + "\" t=\"s\"><v>0001</v></c>";
            case 17 -> "<c r=\"" + at + "\" s=\" 0\"><v>1</v></c>";
            case 18 -> "<c r=\"" + at + "\" t=\"e\"><v>#N/A</v></c>";
            default -> "<c r=\"" + at + "\" t=\"s\"><v>1</v></c >";
        };
        // Replace the row's B cell (or put it first, before A: out of order) with the irregular one.
        cells.removeIf(existing -> existing.contains("r=\"" + at + "\""));
        cells.add(random.nextInt(4) == 0 ? 0 : Math.min(1, cells.size()), cell);
    }
}
