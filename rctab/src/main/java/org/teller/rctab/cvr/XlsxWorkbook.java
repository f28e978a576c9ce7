package org.teller.rctab.cvr;

import com.fasterxml.aalto.UncheckedStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.teller.core.InvalidInputException;

/**
 * An Excel workbook (xlsx: a zip of XML parts) opened to read its first sheet, as RCTab 2.0.1 does: the
 * workbook part the package names, its first {@code <sheet>}, the shared strings and the number formats
 * of its styles. Only the sheet is streamed; the shared strings are held, as POI holds them.
 */
final class XlsxWorkbook implements AutoCloseable {

    private static final String OFFICE_DOCUMENT = XlsxXml.RELATIONSHIPS + "/officeDocument";
    private static final String STRICT_OFFICE_DOCUMENT = XlsxXml.STRICT_RELATIONSHIPS + "/officeDocument";
    private static final String WORKSHEET = XlsxXml.RELATIONSHIPS + "/worksheet";
    private static final String SHARED_STRINGS = XlsxXml.RELATIONSHIPS + "/sharedStrings";
    private static final String STYLES = XlsxXml.RELATIONSHIPS + "/styles";
    private static final String NOT_A_WORKBOOK = "is not an Excel workbook (xlsx): ";

    private record Relationship(String type, String target, boolean external) {}

    /** Reads one part's XML. */
    private interface PartReader {
        void read(XMLStreamReader xml) throws XMLStreamException;
    }

    private final String source;
    private final ZipFile zip;
    private final Map<String, ZipEntry> parts = new HashMap<>();
    private String sheetName = "";
    private String sheetPart = "";
    private List<String> sharedStrings = List.of();
    private XlsxStyles styles = XlsxStyles.NONE;

    private XlsxWorkbook(String source, ZipFile zip) {
        this.source = source;
        this.zip = zip;
        // Part names are case-insensitive (ECMA-376 part 2), as POI reads them.
        zip.stream().forEach(entry -> parts.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry));
    }

    /** Opens {@code file} and reads all but its first sheet's cells. */
    static XlsxWorkbook open(Path file) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(source, 0, "", Files.exists(file) ? "is not a file" : "does not exist");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new InvalidInputException(source, 0, "", NOT_A_WORKBOOK + "it is not a zip archive");
        } catch (IOException e) {
            throw new InvalidInputException(source, 0, "", "cannot be read: " + e.getMessage());
        }
        XlsxWorkbook workbook = new XlsxWorkbook(source, zip);
        try {
            workbook.readParts();
            return workbook;
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    /** The file as messages name it. */
    String source() {
        return source;
    }

    String sheetName() {
        return sheetName;
    }

    /** Streams the first sheet's rows to {@code rows}. */
    void readRows(Consumer<XlsxRow> rows) {
        XlsxSheetReader sheet = new XlsxSheetReader(this, rows);
        read(sheetPart, sheet::read, sheet::row);
    }

    /** The first sheet's XML, as it is stored (for {@link EssFastReader}, which scans its bytes). */
    InputStream sheet() throws IOException {
        return zip.getInputStream(part(sheetPart));
    }

    List<String> sharedStrings() {
        return sharedStrings;
    }

    XlsxStyles styles() {
        return styles;
    }

    InvalidInputException invalid(long row, String value, String reason) {
        return new InvalidInputException(source, row, value, reason);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // Read only: nothing is lost if the file cannot be closed.
        }
    }

    private void readParts() {
        Map<String, Relationship> root = relationships("");
        String workbookPart = root.values().stream()
                .filter(relationship -> relationship.type().equals(OFFICE_DOCUMENT)).findFirst()
                .map(relationship -> resolve("", relationship.target()))
                .orElseThrow(() -> invalid(0, "", root.values().stream()
                        .anyMatch(relationship -> relationship.type().equals(STRICT_OFFICE_DOCUMENT))
                                ? "is a Strict Open XML workbook, which RCTab 2.0.1 does not read: save it as an"
                                        + " Excel Workbook (.xlsx)"
                                : NOT_A_WORKBOOK + "it names no workbook part"));
        String[] firstSheet = new String[2];
        read(workbookPart, xml -> firstSheet(xml, firstSheet), () -> 0);
        if (firstSheet[0] == null) {
            throw invalid(0, "", "holds no sheet");
        }
        sheetName = firstSheet[0];
        Map<String, Relationship> related = relationships(workbookPart);
        Relationship sheet = related.get(firstSheet[1]);
        if (sheet == null || sheet.external() || !sheet.type().equals(WORKSHEET)) {
            throw invalid(0, sheetName, "is the workbook's first sheet, and not a worksheet of cells it holds");
        }
        sheetPart = resolve(workbookPart, sheet.target());
        part(sheetPart);
        Optional<String> strings = partOf(related, workbookPart, SHARED_STRINGS);
        if (strings.isPresent()) {
            List<String> read = new ArrayList<>();
            read(strings.get(), xml -> XlsxSharedStrings.read(xml, read), () -> 0);
            sharedStrings = read;
        }
        Optional<String> stylesPart = partOf(related, workbookPart, STYLES);
        if (stylesPart.isPresent()) {
            XlsxStyles.Builder read = new XlsxStyles.Builder();
            read(stylesPart.get(), read::read, () -> 0);
            styles = read.build();
        }
    }

    private static void firstSheet(XMLStreamReader xml, String[] firstSheet) throws XMLStreamException {
        while (xml.hasNext() && firstSheet[0] == null) {
            if (XlsxXml.next(xml) == XMLStreamConstants.START_ELEMENT && XlsxXml.is(xml, "sheet")) {
                firstSheet[0] = Optional.ofNullable(xml.getAttributeValue(null, "name")).orElse("");
                firstSheet[1] = xml.getAttributeValue(XlsxXml.RELATIONSHIPS, "id");
            }
        }
    }

    private Optional<String> partOf(Map<String, Relationship> related, String from, String type) {
        return related.values().stream().filter(relationship -> relationship.type().equals(type) && !relationship.external())
                .findFirst().map(relationship -> resolve(from, relationship.target()));
    }

    /** The relationships of {@code part} ("" for the package's own), by id. */
    private Map<String, Relationship> relationships(String part) {
        int slash = part.lastIndexOf('/');
        String rels = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
        Map<String, Relationship> relationships = new HashMap<>();
        if (!parts.containsKey(rels.toLowerCase(Locale.ROOT))) {
            if (part.isEmpty()) {
                throw invalid(0, "", NOT_A_WORKBOOK + "it has no _rels/.rels");
            }
            return relationships;
        }
        read(rels, xml -> {
            while (xml.hasNext()) {
                if (XlsxXml.next(xml) == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                        && XlsxXml.PACKAGE_RELATIONSHIPS.equals(xml.getNamespaceURI())) {
                    relationships.put(String.valueOf(xml.getAttributeValue(null, "Id")), new Relationship(
                            String.valueOf(xml.getAttributeValue(null, "Type")),
                            String.valueOf(xml.getAttributeValue(null, "Target")),
                            "External".equals(xml.getAttributeValue(null, "TargetMode"))));
                }
            }
        }, () -> 0);
        return relationships;
    }

    /** The part a relationship of {@code from} targets: relative to its folder, or from the root. */
    private static String resolve(String from, String target) {
        List<String> path = new ArrayList<>();
        if (!target.startsWith("/")) {
            path.addAll(List.of(from.substring(0, from.lastIndexOf('/') + 1).split("/")));
        }
        for (String segment : target.split("/")) {
            if (segment.equals("..")) {
                if (!path.isEmpty()) {
                    path.remove(path.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.add(segment);
            }
        }
        path.removeIf(String::isEmpty);
        return String.join("/", path);
    }

    private ZipEntry part(String name) {
        ZipEntry entry = parts.get(name.toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw invalid(0, name, NOT_A_WORKBOOK + "it names this part, which it does not hold");
        }
        return entry;
    }

    /**
     * Reads a part's XML; a DTD (which no workbook has) and XML that is not well formed are refused,
     * with the row being read where there is one.
     */
    private void read(String name, PartReader reader, IntSupplier row) {
        try (InputStream in = zip.getInputStream(part(name))) {
            XMLStreamReader xml = XlsxXml.reader(in);
            try {
                reader.read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw notWellFormed(name, row.getAsInt(), e);
        } catch (UncheckedStreamException e) {
            // Aalto reads text lazily, and so reports a bad character in it unchecked.
            throw notWellFormed(name, row.getAsInt(), e.getCause() instanceof XMLStreamException cause ? cause
                    : new XMLStreamException(e.getMessage()));
        } catch (IOException e) {
            throw invalid(row.getAsInt(), name, NOT_A_WORKBOOK + "this part cannot be read: " + e.getMessage());
        }
    }

    private InvalidInputException notWellFormed(String name, int row, XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + " of the part)";
        return invalid(row, name, NOT_A_WORKBOOK + "its XML is not well formed" + where + ": " + firstLine(e.getMessage()));
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
