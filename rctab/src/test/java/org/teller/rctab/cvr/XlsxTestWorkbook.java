package org.teller.rctab.cvr;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal Excel workbook written with {@code java.util.zip}, for tests: the parts Excel writes (content
 * types, relationships, workbook, one sheet, shared strings and styles), any of which a test may replace or
 * leave out to make a broken file.
 */
public final class XlsxTestWorkbook {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, String> parts = new LinkedHashMap<>();

    private XlsxTestWorkbook(String sheetData) {
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
                .formatted(RELS));
        parts.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="Marked Sheet" sheetId="1" r:id="rId1"/>\
                </sheets></workbook>""".formatted(MAIN, RELS));
        parts.put("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="%1$s/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="%1$s/sharedStrings" Target="sharedStrings.xml"/>\
                <Relationship Id="rId3" Type="%1$s/styles" Target="/xl/styles.xml"/></Relationships>""".formatted(RELS));
        sharedStrings();
        styles("", "<xf numFmtId=\"0\"/>");
        sheet(sheetData);
    }

    /** A workbook whose first sheet's {@code <sheetData>} holds {@code rows}. */
    public static XlsxTestWorkbook of(String... rows) {
        return new XlsxTestWorkbook(String.join("", rows));
    }

    XlsxTestWorkbook sheet(String sheetData) {
        return part("xl/worksheets/sheet1.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="%s"><dimension ref="A1"/><sheetData>%s</sheetData></worksheet>"""
                .formatted(MAIN, sheetData));
    }

    XlsxTestWorkbook sharedStrings(String... strings) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"")
                .append(MAIN).append("\" count=\"").append(strings.length).append("\">");
        for (String string : strings) {
            xml.append("<si><t xml:space=\"preserve\">").append(escaped(string)).append("</t></si>");
        }
        return part("xl/sharedStrings.xml", xml.append("</sst>").toString());
    }

    /** Styles with these {@code <numFmt>}s and {@code <xf>}s of {@code <cellXfs>}. */
    XlsxTestWorkbook styles(String numFmts, String cellXfs) {
        return part("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="%s"><numFmts>%s</numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>\
                <cellXfs>%s</cellXfs></styleSheet>""".formatted(MAIN, numFmts, cellXfs));
    }

    XlsxTestWorkbook part(String name, String xml) {
        parts.put(name, xml);
        return this;
    }

    XlsxTestWorkbook without(String name) {
        parts.remove(name);
        return this;
    }

    /** No styles part, and no relationship to one. */
    XlsxTestWorkbook withoutStyles() {
        parts.computeIfPresent("xl/_rels/workbook.xml.rels", (name, xml) -> xml.replaceAll("<Relationship Id=\"rId3\"[^>]*/>", ""));
        return without("xl/styles.xml");
    }

    public Path write(Path file) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    public static String row(int number, List<String> cells) {
        return row(number, cells.toArray(String[]::new));
    }

    /** An inline string. */
    public static String text(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escaped(text) + "</t></is></c>";
    }

    /** A shared string, by its number. */
    static String shared(String reference, int index) {
        return "<c r=\"" + reference + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    static String number(String reference, String value) {
        return "<c r=\"" + reference + "\"><v>" + value + "</v></c>";
    }

    static String number(String reference, String value, int style) {
        return "<c r=\"" + reference + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
