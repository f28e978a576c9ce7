package org.teller.rctab.cvr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a workbook's styles say of numbers: the number format of each cell format ({@code <xf>} of
 * {@code <cellXfs>}), from the workbook's own formats ({@code <numFmts>}) or Excel's built-in ones.
 */
final class XlsxStyles {

    /** A workbook without styles: POI then shows every number's raw text. */
    static final XlsxStyles NONE = new XlsxStyles(List.of());

    // By style number; null where POI finds no format.
    private final XlsxNumberFormat[] formats;

    private XlsxStyles(List<XlsxNumberFormat> formats) {
        this.formats = formats.toArray(XlsxNumberFormat[]::new);
    }

    /**
     * The number format of a cell with style {@code style} (null: the cell names none, and POI takes the
     * first), or null where POI finds none and shows the raw text: no styles, a style the workbook does not
     * have, or a format number that is neither the workbook's own nor built in.
     */
    XlsxNumberFormat format(Integer style) {
        int index = style == null ? 0 : style;
        return index < 0 || index >= formats.length ? null : formats[index];
    }

    /** Reads {@code styles.xml}. */
    static final class Builder {
        private final Map<Integer, String> own = new HashMap<>();
        private final List<Integer> cellFormats = new ArrayList<>();

        void read(XMLStreamReader xml) throws XMLStreamException {
            boolean inCellFormats = false;
            while (xml.hasNext()) {
                int event = XlsxXml.next(xml);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (XlsxXml.is(xml, "numFmt")) {
                        own.put(number(xml.getAttributeValue(null, "numFmtId"), xml),
                                String.valueOf(xml.getAttributeValue(null, "formatCode")));
                    } else if (XlsxXml.is(xml, "cellXfs")) {
                        inCellFormats = true;
                    } else if (inCellFormats && XlsxXml.is(xml, "xf")) {
                        String id = xml.getAttributeValue(null, "numFmtId");
                        cellFormats.add(id == null ? 0 : number(id, xml));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && XlsxXml.is(xml, "cellXfs")) {
                    inCellFormats = false;
                }
            }
        }

        XlsxStyles build() {
            List<XlsxNumberFormat> formats = new ArrayList<>(cellFormats.size());
            for (int id : cellFormats) {
                String code = own.get(id);
                formats.add(code != null ? new XlsxNumberFormat(id, code)
                        : id >= 0 && id <= XlsxNumberFormat.LAST_BUILT_IN ? XlsxNumberFormat.builtIn(id) : null);
            }
            return new XlsxStyles(formats);
        }

        private static int number(String text, XMLStreamReader xml) throws XMLStreamException {
            try {
                return Integer.parseInt(String.valueOf(text).trim());
            } catch (NumberFormatException e) {
                throw new XMLStreamException("the number format '" + text + "' is not a number", xml.getLocation());
            }
        }
    }
}
