package org.teller.rctab.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.teller.rctab.cvr.XlsxTestWorkbook.number;
import static org.teller.rctab.cvr.XlsxTestWorkbook.row;
import static org.teller.rctab.cvr.XlsxTestWorkbook.shared;
import static org.teller.rctab.cvr.XlsxTestWorkbook.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teller.core.InvalidInputException;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;

/**
 * The ES&S reader on workbooks written here: RCTab 2.0.1's reading of what its own cases do not hold
 * (rows without cells, blanks, number and shared-string cells, labels and delimiters at their edges), and
 * every file refused, each with its file, row and what is wrong.
 */
class EssWorkbookTest {

    @TempDir
    Path folder;

    /** A source's settings, the first vote in B2, the Minneapolis labels unless a test says otherwise. */
    private record Source(int firstColumn, int firstRow, int id, int precinct, int batch, String delimiter,
            String overvote, String skipped, String writeIn, boolean blankIsWriteIn) {

        static Source ess() {
            return new Source(2, 2, 0, 0, 0, "", "overvote", "undervote", "UWI", false);
        }

        Source firstVote(int column, int row) {
            return new Source(column, row, id, precinct, batch, delimiter, overvote, skipped, writeIn, blankIsWriteIn);
        }

        Source columns(int idColumn, int precinctColumn, int batchColumn) {
            return new Source(firstColumn, firstRow, idColumn, precinctColumn, batchColumn, delimiter, overvote, skipped,
                    writeIn, blankIsWriteIn);
        }

        Source labels(String overvoteDelimiter, String overvoteLabel, String skippedLabel, String writeInLabel) {
            return new Source(firstColumn, firstRow, id, precinct, batch, overvoteDelimiter, overvoteLabel, skippedLabel,
                    writeInLabel, blankIsWriteIn);
        }

        Source blanksAreWriteIns() {
            return new Source(firstColumn, firstRow, id, precinct, batch, delimiter, overvote, skipped, writeIn, true);
        }

        CvrSource of(Path file) {
            return new CvrSource(file, CvrProvider.ESS, "", OptionalInt.of(firstColumn), OptionalInt.of(firstRow),
                    column(id), column(precinct), column(batch), delimiter, overvote, skipped, writeIn, blankIsWriteIn);
        }

        private static OptionalInt column(int column) {
            return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
        }
    }

    // ---- rows and ranks ----

    @Test
    void eachRowFromTheFirstVoteRowIsARecordEvenWithoutCellsAndRecordsAreNumberedAsRead() {
        Path file = XlsxTestWorkbook.of(
                row(1, text("A1", "Cast Vote Record"), text("B1", "Rank 1"), text("C1", "Rank 2")),
                row(2, number("A2", "7"), text("B2", "Alice"), text("C2", "Bob")),
                "<row r=\"4\" spans=\"1:3\" ht=\"15\"/>", // a formatted row with no cell: RCTab counts a ballot
                row(9, number("A9", "8"))).write(folder.resolve("Ward 3 (final).xlsx"));
        assertThat(read(file, Source.ess(), OptionalInt.of(3))).containsExactly(
                new CastVoteRecord("Ward_3__final_.xlsx-1", "", "", List.of(Ranking.of(1, "Alice"), Ranking.of(2, "Bob"))),
                new CastVoteRecord("Ward_3__final_.xlsx-2", "", "", List.of()),
                new CastVoteRecord("Ward_3__final_.xlsx-3", "", "", List.of()));
    }

    @Test
    void rankIsTheColumnsOffsetFromTheFirstVoteColumnUpToMaxRankingsOrEveryColumnUnderMax() {
        Path file = XlsxTestWorkbook.of(row(3, text("B3", "x"), text("D3", "Alice"), text("F3", "Bob"), text("H3", "Carol"),
                text("AA3", "Dan"))).write(folder.resolve("cvr.xlsx"));
        Source source = Source.ess().firstVote(4, 3);
        assertThat(read(file, source, OptionalInt.of(3)).get(0).rankings())
                .containsExactly(Ranking.of(1, "Alice"), Ranking.of(3, "Bob"));
        assertThat(read(file, source, OptionalInt.empty()).get(0).rankings())
                .containsExactly(Ranking.of(1, "Alice"), Ranking.of(3, "Bob"), Ranking.of(5, "Carol"), Ranking.of(24, "Dan"));
    }

    @Test
    void blanksAreWriteInsUpToMaxRankingsOrUpToTheLastCellUnderMax() {
        Path file = XlsxTestWorkbook.of(row(2, text("C2", "Alice"), text("E2", "Bob")), row(3))
                .write(folder.resolve("cvr.xlsx"));
        Source source = Source.ess().blanksAreWriteIns();
        assertThat(read(file, source, OptionalInt.of(5))).extracting(CastVoteRecord::rankings).containsExactly(
                List.of(Ranking.undeclaredWriteIn(1), Ranking.of(2, "Alice"), Ranking.undeclaredWriteIn(3),
                        Ranking.of(4, "Bob"), Ranking.undeclaredWriteIn(5)),
                List.of(Ranking.undeclaredWriteIn(1), Ranking.undeclaredWriteIn(2), Ranking.undeclaredWriteIn(3),
                        Ranking.undeclaredWriteIn(4), Ranking.undeclaredWriteIn(5)));
        assertThat(read(file, source, OptionalInt.empty())).extracting(CastVoteRecord::rankings).containsExactly(
                List.of(Ranking.undeclaredWriteIn(1), Ranking.of(2, "Alice"), Ranking.undeclaredWriteIn(3), Ranking.of(4, "Bob")),
                List.of());
    }

    @Test
    void aPrecinctBatchOrIdColumnAmongTheRanksIsABlankRankAndMissingOnesAreRctabs() {
        Path file = XlsxTestWorkbook.of(
                row(2, text("B2", "Alice"), text("C2", "P-1"), text("D2", "Bob")),
                row(3, text("B3", "Carol"))).write(folder.resolve("cvr.xlsx"));
        Source source = Source.ess().columns(0, 3, 5).blanksAreWriteIns();
        assertThat(read(file, source, OptionalInt.of(4))).containsExactly(
                new CastVoteRecord("cvr.xlsx-1", "P-1", EssCvrReader.MISSING_BATCH, List.of(Ranking.of(1, "Alice"),
                        Ranking.undeclaredWriteIn(2), Ranking.of(3, "Bob"), Ranking.undeclaredWriteIn(4))),
                new CastVoteRecord("cvr.xlsx-2", EssCvrReader.MISSING_PRECINCT, EssCvrReader.MISSING_BATCH,
                        List.of(Ranking.of(1, "Carol"), Ranking.undeclaredWriteIn(2), Ranking.undeclaredWriteIn(3),
                                Ranking.undeclaredWriteIn(4))));
    }

    // ---- a cell's text ----

    @Test
    void textIsTrimmedAsStringTrimDoesAndLabelsAreExact() {
        Path file = XlsxTestWorkbook.of(row(2, text("B2", " \tAlice_x0001_ "), text("C2", "\u00a0Bob"), text("D2", "Overvote"),
                text("E2", "overvote"), text("F2", " UWI"), text("G2", "undervote"))).write(folder.resolve("cvr.xlsx"));
        assertThat(read(file, Source.ess(), OptionalInt.of(6)).get(0).rankings()).containsExactly(Ranking.of(1, "Alice"),
                Ranking.of(2, "\u00a0Bob"), Ranking.of(3, "Overvote"), Ranking.overvote(4), Ranking.undeclaredWriteIn(5));
    }

    @Test
    void aCellThatHoldsEmptyTextIsNoBlankButIsComparedWithTheLabels() {
        // Only a cell the sheet does not hold is blank; an empty string is text, and RCTab 2.0.1 compares it
        // with the skipped-rank label, then the overvote label, then the write-in label.
        XlsxTestWorkbook workbook = XlsxTestWorkbook.of(row(2, shared("B2", 0), text("C2", "  "), text("D2", "Alice")))
                .sharedStrings("");
        Path file = workbook.write(folder.resolve("cvr.xlsx"));
        assertThat(read(file, Source.ess().labels("", "", "undervote", "UWI").blanksAreWriteIns(), OptionalInt.of(3))
                .get(0).rankings()).containsExactly(Ranking.overvote(1), Ranking.overvote(2), Ranking.of(3, "Alice"));
        assertThat(read(file, Source.ess().labels("", "overvote", "", "UWI"), OptionalInt.of(3)).get(0).rankings())
                .containsExactly(Ranking.of(3, "Alice"));
        assertThat(read(file, Source.ess().labels("", "overvote", "undervote", ""), OptionalInt.of(3)).get(0).rankings())
                .containsExactly(Ranking.undeclaredWriteIn(1), Ranking.undeclaredWriteIn(2), Ranking.of(3, "Alice"));
        assertRefused(file, Source.ess(), 2, "line 2: (cell B2) is a blank cell at rank 1, which RCTab 2.0.1 reads as a"
                + " candidate named ''");
    }

    @Test
    void anOvervoteDelimiterSplitsAsStringSplitDoes() {
        Path file = XlsxTestWorkbook.of(row(2, text("B2", " Alice | Bob "), text("C2", "Carol|"), text("D2", "|"),
                text("E2", "Dan|overvote|UWI"))).write(folder.resolve("cvr.xlsx"));
        Source source = Source.ess().labels("|", "overvote", "undervote", "UWI");
        assertThat(read(file, source, OptionalInt.of(4)).get(0).rankings()).containsExactly(Ranking.of(1, "Alice"),
                Ranking.of(1, "Bob"), Ranking.of(2, "Carol"), Ranking.of(4, "Dan"), Ranking.overvote(4),
                Ranking.undeclaredWriteIn(4));
        Path leading = XlsxTestWorkbook.of(row(2, text("B2", "|Alice"))).write(folder.resolve("leading.xlsx"));
        assertRefused(leading, source, 2, "'|Alice' (cell B2) holds several candidates split by the overvote delimiter '|',"
                + " one of them blank, which RCTab 2.0.1 refuses");
        Path skipped = XlsxTestWorkbook.of(row(2, text("B2", "Alice|undervote"))).write(folder.resolve("skipped.xlsx"));
        assertRefused(skipped, source, 2, "one of them the skipped-rank label");
    }

    @Test
    void sharedStringsJoinTheirRunsAndDecodeExcelsEscapes() {
        Path file = XlsxTestWorkbook.of(row(2, shared("B2", 0), shared("C2", 1), text("D2", "D_x0026_Sons")))
                .sharedStrings("placeholder", "Carol_x000D_")
                .part("xl/sharedStrings.xml", "<sst xmlns=\"" + XlsxTestWorkbook.MAIN + "\"><si><r><t>Ali</t></r><r><rPr><b/>"
                        + "</rPr><t xml:space=\"preserve\">ce </t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si>"
                        + "<si><t>Carol_x000D_</t></si></sst>")
                .write(folder.resolve("cvr.xlsx"));
        // POI's read-only table keeps phonetic runs' text too; String.trim then takes the \r away.
        assertThat(read(file, Source.ess(), OptionalInt.of(3)).get(0).rankings())
                .containsExactly(Ranking.of(1, "Alice x"), Ranking.of(2, "Carol"), Ranking.of(3, "D&Sons"));
    }

    @Test
    void numbersAsPoiShowsThemInTheGeneralAndTextFormats() {
        XlsxTestWorkbook workbook = XlsxTestWorkbook.of(
                row(2, number("A2", "12"), number("B2", "3.0", 1), "<c r=\"C2\" t=\"n\" s=\"2\"><v>-40</v></c>",
                        "<c r=\"D2\" t=\"b\"><v>1</v></c>", "<c r=\"E2\" t=\"e\"><v>#N/A</v></c>"))
                .styles("<numFmt numFmtId=\"164\" formatCode=\"general\"/>",
                        "<xf numFmtId=\"0\"/><xf numFmtId=\"49\"/><xf numFmtId=\"164\"/>");
        Source source = Source.ess().columns(1, 0, 0);
        assertThat(read(workbook.write(folder.resolve("cvr.xlsx")), source, OptionalInt.of(4))).containsExactly(
                new CastVoteRecord("12", "", "", List.of(Ranking.of(1, "3"), Ranking.of(2, "-40"), Ranking.of(3, "TRUE"),
                        Ranking.of(4, "ERROR:#N/A"))));
        // Without styles (or with a style the workbook lacks) POI shows the number as the sheet writes it.
        Path raw = XlsxTestWorkbook.of(row(2, number("A2", "12.0"), number("B2", "7", 9)))
                .withoutStyles().write(folder.resolve("raw.xlsx"));
        assertThat(read(raw, source, OptionalInt.of(1)))
                .containsExactly(new CastVoteRecord("12.0", "", "", List.of(Ranking.of(1, "7"))));
    }

    @Test
    void numbersWhoseTextTellerDoesNotReproduceAreRefusedWhereRead() {
        XlsxTestWorkbook workbook = XlsxTestWorkbook.of(
                row(2, number("A2", "41579", 1), number("B2", "Alice"), number("C2", "2.5"), number("D2", "123456789012")))
                .styles("", "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>");
        Path file = workbook.write(folder.resolve("cvr.xlsx"));
        // The date is in a column no one reads; "Alice" is no number, and POI, too, gives its text.
        assertThat(read(file, Source.ess(), OptionalInt.of(1)).get(0).rankings()).containsExactly(Ranking.of(1, "Alice"));
        assertRefused(file, Source.ess().columns(1, 0, 0), 2, "'A2' is the number 41579 shown in the built-in number format 14,");
        assertRefused(file, Source.ess(), OptionalInt.of(2), 2, "'C2' is the number 2.5, which RCTab 2.0.1 shows as Excel's"
                + " General format does");
        assertRefused(file, Source.ess().firstVote(4, 2), 2, "'D2' is the number 123456789012");
    }

    // ---- files refused ----

    @Test
    void aFileThatIsNotAWorkbook() throws Exception {
        Path text = Files.writeString(folder.resolve("cvr.xlsx"), "Cast Vote Record,Rank 1\n1,Alice\n");
        assertRefused(text, Source.ess(), 0, "is not an Excel workbook (xlsx): it is not a zip archive");
        assertRefused(folder.resolve("absent.xlsx"), Source.ess(), 0, "absent.xlsx: does not exist");
        Path noRelationships = XlsxTestWorkbook.of().without("_rels/.rels").write(folder.resolve("rels.xlsx"));
        assertRefused(noRelationships, Source.ess(), 0, "is not an Excel workbook (xlsx): it has no _rels/.rels");
        Path strict = XlsxTestWorkbook.of().part("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/"
                + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>").write(folder.resolve("s.xlsx"));
        assertRefused(strict, Source.ess(), 0, "is a Strict Open XML workbook, which RCTab 2.0.1 does not read");
    }

    @Test
    void aWorkbookWithoutItsSheet() {
        Path noSheet = XlsxTestWorkbook.of().part("xl/workbook.xml", "<workbook xmlns=\"" + XlsxTestWorkbook.MAIN
                + "\"><sheets/></workbook>").write(folder.resolve("none.xlsx"));
        assertRefused(noSheet, Source.ess(), 0, "none.xlsx: holds no sheet");
        Path missingPart = XlsxTestWorkbook.of().without("xl/worksheets/sheet1.xml").write(folder.resolve("part.xlsx"));
        assertRefused(missingPart, Source.ess(), 0, "'xl/worksheets/sheet1.xml' is not an Excel workbook (xlsx): it names this"
                + " part, which it does not hold");
        Path chart = XlsxTestWorkbook.of().part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxml"
                + "formats.org/officeDocument/2006/relationships/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
                + "</Relationships>").write(folder.resolve("chart.xlsx"));
        assertRefused(chart, Source.ess(), 0, "'Marked Sheet' is the workbook's first sheet, and not a worksheet");
    }

    @Test
    void aSheetWhoseXmlIsBrokenNamesTheRowReached() {
        Path file = XlsxTestWorkbook.of(row(2, text("B2", "Alice")), "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>Bob</is>")
                .write(folder.resolve("cvr.xlsx"));
        assertRefused(file, Source.ess(), 3, "'xl/worksheets/sheet1.xml' is not an Excel workbook (xlsx): its XML is not well"
                + " formed (line 2 of the part)");
        Path control = XlsxTestWorkbook.of(row(2, text("B2", "Alice")), row(4, text("B4", "Bob\u0001")))
                .write(folder.resolve("control.xlsx"));
        assertRefused(control, Source.ess(), 4, "its XML is not well formed (line 2 of the part): Illegal XML character");
        Path doctype = XlsxTestWorkbook.of().part("xl/workbook.xml", "<?xml version=\"1.0\"?><!DOCTYPE workbook ["
                + "<!ENTITY a \"aaaaaaaa\">]><workbook xmlns=\"" + XlsxTestWorkbook.MAIN + "\">&a;</workbook>")
                .write(folder.resolve("dtd.xlsx"));
        assertRefused(doctype, Source.ess(), 0, "'xl/workbook.xml' is not an Excel workbook (xlsx): its XML is not well formed");
        // Aalto throws an unchecked exception at an element named with the xmlns prefix (found by fuzzing).
        Path xmlns = XlsxTestWorkbook.of(row(2, text("B2", "Alice")), "<xmlns:x14ac r=\"3\"/>").write(folder.resolve("xmlns.xlsx"));
        assertRefused(xmlns, Source.ess(), 2, "'xl/worksheets/sheet1.xml' is not an Excel workbook (xlsx): its XML is not well"
                + " formed (line 2 of the part)");
    }

    @Test
    void cellsAndRowsThatPoiWouldMisread() {
        assertRefused(XlsxTestWorkbook.of(row(2, "<c t=\"inlineStr\"><is><t>Alice</t></is></c>"))
                .write(folder.resolve("a.xlsx")), Source.ess(), 2, "has a cell without its reference (such as C2)");
        assertRefused(XlsxTestWorkbook.of(row(2, text("C2", "Bob"), text("B2", "Alice"))).write(folder.resolve("b.xlsx")),
                Source.ess(), 2, "'B2' comes after cell C2 in its row: the row's cells are out of order or repeated");
        assertRefused(XlsxTestWorkbook.of(row(3, text("B3", "Bob")), row(2, text("B2", "Alice"))).write(folder.resolve("c.xlsx")),
                Source.ess(), 2, "line 2: comes after row 3: the sheet's rows are out of order");
        assertRefused(XlsxTestWorkbook.of(row(2, text("b2", "Alice"))).write(folder.resolve("d.xlsx")),
                Source.ess(), 2, "'b2' is not a cell reference");
        assertRefused(XlsxTestWorkbook.of(row(2, text("B3", "Alice"))).write(folder.resolve("e.xlsx")),
                Source.ess(), 2, "'B3' is a cell of row 3 written in row 2");
    }

    @Test
    void aFormulaIsRefusedWhereItIsRead() {
        Path file = XlsxTestWorkbook.of(row(2, "<c r=\"A2\"><f>ROW()</f><v>2</v></c>", text("B2", "Alice"),
                "<c r=\"C2\" t=\"str\"><f>B2</f><v>Alice</v></c>")).write(folder.resolve("cvr.xlsx"));
        assertThat(read(file, Source.ess(), OptionalInt.of(1)).get(0).rankings()).containsExactly(Ranking.of(1, "Alice"));
        assertRefused(file, Source.ess(), OptionalInt.of(2), 2, "'C2' holds a formula, which RCTab 2.0.1 reads as the formula's"
                + " own text rather than its value");
    }

    @Test
    void aSharedStringTheWorkbookDoesNotHave() {
        Path file = XlsxTestWorkbook.of(row(2, shared("B2", 2))).sharedStrings("Alice", "Bob").write(folder.resolve("cvr.xlsx"));
        assertRefused(file, Source.ess(), 2, "'B2' names the shared string 2, which the workbook does not have (it has 2)");
        Path empty = XlsxTestWorkbook.of(row(2, "<c r=\"B2\" t=\"s\"><v></v></c>")).write(folder.resolve("empty.xlsx"));
        assertRefused(empty, Source.ess(), 2, "'B2' names the shared string '', which is not a number");
    }

    @Test
    void aRecordWithoutItsIdAndASourceWithoutItsFirstVoteColumn() {
        Path file = XlsxTestWorkbook.of(row(2, number("A2", "1"), text("B2", "Alice")), row(3, text("B3", "Bob")))
                .write(folder.resolve("cvr.xlsx"));
        assertRefused(file, Source.ess().columns(1, 0, 0), 3, "line 3: has no cast vote record id: its cell in column 1"
                + " (idColumnIndex) holds no value");
        CvrSource noColumn = new CvrSource(file, CvrProvider.ESS, "", OptionalInt.empty(), OptionalInt.of(2),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "", "", "", "", false);
        assertThatThrownBy(() -> new EssCvrReader(OptionalInt.of(3)).read(noColumn, record -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs its firstVoteColumnIndex");
    }

    private static List<CastVoteRecord> read(Path file, Source source, OptionalInt maxRankings) {
        List<CastVoteRecord> records = new ArrayList<>();
        new EssCvrReader(maxRankings).read(source.of(file), records::add);
        return records;
    }

    private static void assertRefused(Path file, Source source, long line, String message) {
        assertRefused(file, source, OptionalInt.of(3), line, message);
    }

    private static void assertRefused(Path file, Source source, OptionalInt maxRankings, long line, String message) {
        AbstractThrowableAssert<?, ?> refused = assertThatThrownBy(() -> read(file, source, maxRankings))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith(file.toString())
                .hasMessageContaining(message);
        refused.satisfies(e -> assertThat(((InvalidInputException) e).line()).isEqualTo(line));
    }
}
