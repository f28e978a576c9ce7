package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.teller.rctab.cvr.CvrProvider;
import org.teller.rctab.cvr.CvrSource;
import org.teller.rctab.cvr.EssCvrReader;
import org.teller.rctab.cvr.EssFastReader;

/**
 * ES&S workbooks, read by both of Teller's readers: the input is the first sheet's XML (the rest of the
 * workbook, its shared strings and styles, is fixed), and the fast reader either gives up or reads exactly
 * the records the careful one reads (each one's rankings, precinct and batch), never a workbook the careful
 * one refuses; the careful one reads or refuses, and nothing else escapes either.
 */
class RctabXlsxFuzzTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELS + "\"><Relationship Id=\"rId1\" Type=\"" + RELS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        PARTS.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets><sheet name=\"Sheet1\""
                + " sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        PARTS.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_RELS + "\"><Relationship Id=\"rId1\" Type=\""
                + RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + RELS
                + "/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"" + RELS
                + "/styles\" Target=\"styles.xml\"/></Relationships>");
        StringBuilder strings = new StringBuilder("<sst xmlns=\"" + MAIN + "\">");
        for (String string : new String[] {"Precinct", "Ann", "Bo", "Cy", "overvote", "undervote", "UWI", "P-1", "P-2", "B-1"}) {
            strings.append("<si><t>").append(string).append("</t></si>");
        }
        PARTS.put("xl/sharedStrings.xml", strings.append("</sst>").toString());
        PARTS.put("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"0.00\"/>"
                + "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>");
    }

    @FuzzTest(maxDuration = "30s")
    void essSheet(byte[] input) {
        Stats.tried("RctabXlsxFuzzTest");
        try (Workspace workspace = new Workspace()) {
            Path file = workspace.write("cvr.xlsx", workbook(input));
            CvrSource source = new CvrSource(file, CvrProvider.ESS, "", OptionalInt.of(2), OptionalInt.of(2), OptionalInt.empty(),
                    OptionalInt.of(1), OptionalInt.of(5), "|", "overvote", "undervote", "UWI", false);
            FastReaderCheck.agree("workbook", true, records -> new EssCvrReader(OptionalInt.of(3)).read(source, records),
                    counter -> EssFastReader.read(source, OptionalInt.of(3), true, true, counter));
        }
    }

    /** A workbook whose first sheet is {@code sheet}. */
    private static byte[] workbook(byte[] sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : PARTS.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
