package org.teller.rctab.cvr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a worksheet's rows, each cell's text as RCTab 2.0.1's POI event reader gives it: a cell's text
 * is its value's ({@code <v>}, or the inline string {@code <is>}); a cell without a value is no cell at
 * all, as RCTab never hears of it. What POI would give wrongly or not at all (a cell without its reference,
 * cells out of order, a formula, whose text RCTab would read rather than its value) is refused: at once
 * where it breaks the sheet, or, for a cell's text, where that cell is read.
 */
final class XlsxSheetReader {

    // Excel's limits: 16,384 columns (XFD) and 1,048,576 rows.
    private static final int COLUMNS = 16_384;
    private static final int ROWS = 1_048_576;

    private final XlsxWorkbook workbook;
    private final Consumer<XlsxRow> rows;
    private final List<String> strings;
    private final XlsxStyles styles;

    private int row;
    private int lastRow;
    private List<XlsxCell> cells;
    private int lastColumn;
    private String lastReference = "";

    private boolean inCell;
    private String reference;
    private int column;
    private String type;
    private Integer style;
    private boolean formula;
    private boolean valued;
    private boolean inValue;
    private boolean inInline;
    private int inText;
    private final StringBuilder value = new StringBuilder();

    XlsxSheetReader(XlsxWorkbook workbook, Consumer<XlsxRow> rows) {
        this.workbook = workbook;
        this.rows = rows;
        this.strings = workbook.sharedStrings();
        this.styles = workbook.styles();
    }

    /** The row being read, or the last one read: where an error is. */
    int row() {
        return row;
    }

    void read(XMLStreamReader xml) throws XMLStreamException {
        boolean root = true;
        while (xml.hasNext()) {
            int event = XlsxXml.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (root) {
                    root = false;
                    worksheet(xml);
                }
                start(xml);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(xml);
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) && (inValue || inText > 0)) {
                value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
        }
    }

    private void worksheet(XMLStreamReader xml) {
        if (XlsxXml.STRICT_MAIN.equals(xml.getNamespaceURI())) {
            throw workbook.invalid(0, workbook.sheetName(), "is a sheet in Strict Open XML, which RCTab 2.0.1 does not"
                    + " read: save the workbook as an Excel Workbook (.xlsx)");
        }
        if (!XlsxXml.is(xml, "worksheet")) {
            throw workbook.invalid(0, workbook.sheetName(), "is the workbook's first sheet, and not a worksheet");
        }
    }

    private void start(XMLStreamReader xml) {
        if (!XlsxXml.MAIN.equals(xml.getNamespaceURI())) {
            return; // POI reads only SpreadsheetML's own elements
        }
        switch (xml.getLocalName()) {
            case "row" -> startRow(XlsxXml.plainAttribute(xml, "r"));
            case "c" -> startCell(xml);
            case "v" -> {
                if (inCell) {
                    inValue = true;
                    if (!inInline) {
                        value.setLength(0);
                    }
                }
            }
            case "is" -> {
                if (inCell) {
                    inInline = true;
                    value.setLength(0);
                }
            }
            case "t" -> inText += inInline ? 1 : 0;
            case "f" -> formula |= inCell;
            default -> {
                // The rest (formats, merged cells, drawings...) says nothing of a cell's text.
            }
        }
    }

    private void end(XMLStreamReader xml) {
        if (!XlsxXml.MAIN.equals(xml.getNamespaceURI())) {
            return;
        }
        switch (xml.getLocalName()) {
            case "v" -> {
                if (inValue) {
                    inValue = false;
                    if (!inInline) {
                        cell();
                    }
                }
            }
            case "t" -> inText -= inInline ? 1 : 0;
            case "is" -> {
                if (inInline) {
                    inInline = false;
                    cell();
                }
            }
            case "c" -> inCell = false;
            case "row" -> endRow();
            default -> {
                // Nothing else ends anything read.
            }
        }
    }

    private void startRow(String number) {
        int next = row + 1; // POI numbers a row without its number after the one before
        if (number != null) {
            try {
                next = Integer.parseInt(number.trim());
            } catch (NumberFormatException e) {
                throw workbook.invalid(row + 1, number, "is not a row number (after row " + row + ")");
            }
        }
        if (next < 1 || next > ROWS) {
            throw workbook.invalid(row + 1, String.valueOf(next), "is not a row number (after row " + row + ")");
        }
        if (next <= lastRow) {
            throw workbook.invalid(next, "", "comes after row " + lastRow + ": the sheet's rows are out of order");
        }
        row = next;
        cells = new ArrayList<>();
        lastColumn = 0;
        lastReference = "";
    }

    private void endRow() {
        if (cells != null) {
            rows.accept(new XlsxRow(row, cells));
            lastRow = row;
            cells = null;
        }
    }

    private void startCell(XMLStreamReader xml) {
        if (cells == null) {
            throw workbook.invalid(row, "", "has a cell outside any row");
        }
        reference = XlsxXml.plainAttribute(xml, "r");
        if (reference == null) {
            throw workbook.invalid(row, "", "has a cell without its reference (such as C" + row + ")");
        }
        column = column(reference);
        if (column <= lastColumn) {
            throw workbook.invalid(row, reference, "comes after cell " + lastReference
                    + " in its row: the row's cells are out of order or repeated");
        }
        lastColumn = column;
        lastReference = reference;
        type = XlsxXml.plainAttribute(xml, "t");
        String styleText = XlsxXml.plainAttribute(xml, "s");
        try {
            style = styleText == null ? null : Integer.valueOf(styleText.trim());
        } catch (NumberFormatException e) {
            throw workbook.invalid(row, styleText, "is not a style number (cell " + reference + ")");
        }
        inCell = true;
        formula = false;
        valued = false;
        inValue = false;
        inInline = false;
        inText = 0;
    }

    /** The column (from 1) of a reference such as {@code C12}, which must be in this row. */
    private int column(String reference) {
        int letters = 0;
        int number = 0;
        while (letters < reference.length() && reference.charAt(letters) >= 'A' && reference.charAt(letters) <= 'Z') {
            number = number * 26 + reference.charAt(letters) - 'A' + 1;
            letters++;
        }
        boolean valid = letters >= 1 && letters <= 3 && number <= COLUMNS && letters < reference.length();
        int cellRow = 0;
        for (int i = letters; valid && i < reference.length(); i++) {
            char digit = reference.charAt(i);
            valid = digit >= '0' && digit <= '9' && (cellRow > 0 || digit != '0') && cellRow <= ROWS;
            cellRow = cellRow * 10 + digit - '0';
        }
        if (!valid || cellRow > ROWS) {
            throw workbook.invalid(row, reference, "is not a cell reference (such as C" + row + ")");
        }
        if (cellRow != row) {
            throw workbook.invalid(row, reference, "is a cell of row " + cellRow + " written in row " + row);
        }
        return number;
    }

    /** A value's end: the cell's text, as POI gives it at that moment. */
    private void cell() {
        if (valued) {
            throw workbook.invalid(row, reference, "holds more than one value");
        }
        valued = true;
        String raw = value.toString();
        value.setLength(0);
        if (formula || "str".equals(type)) {
            cells.add(XlsxCell.unreadable(column, reference, "holds a formula, which RCTab 2.0.1 reads as the"
                    + " formula's own text rather than its value: save the sheet's values"));
            return;
        }
        cells.add(switch (type == null ? "n" : type) {
            case "s" -> sharedString(raw);
            case "inlineStr" -> XlsxCell.of(column, reference, XlsxXml.decoded(raw));
            case "b" -> raw.isEmpty()
                    ? XlsxCell.unreadable(column, reference, "is a true-or-false cell without a value, on which RCTab"
                            + " 2.0.1 fails")
                    : XlsxCell.of(column, reference, raw.charAt(0) == '0' ? "FALSE" : "TRUE");
            case "e" -> XlsxCell.of(column, reference, "ERROR:" + raw);
            default -> number(raw); // POI reads any other type as a number
        });
    }

    private XlsxCell sharedString(String raw) {
        String index = raw.trim();
        int number;
        try {
            number = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return XlsxCell.unreadable(column, reference, "names the shared string '" + index + "', which is not a"
                    + " number, and on which RCTab 2.0.1 fails");
        }
        if (number < 0 || number >= strings.size()) {
            return XlsxCell.unreadable(column, reference, "names the shared string " + number + ", which the workbook"
                    + " does not have (it has " + strings.size() + "), and on which RCTab 2.0.1 fails");
        }
        return XlsxCell.of(column, reference, strings.get(number));
    }

    private XlsxCell number(String raw) {
        XlsxNumberFormat format = styles.format(style);
        String text = XlsxNumberText.of(raw, format);
        return text != null ? XlsxCell.of(column, reference, text)
                : XlsxCell.unreadable(column, reference, XlsxNumberText.problem(raw, format));
    }
}
