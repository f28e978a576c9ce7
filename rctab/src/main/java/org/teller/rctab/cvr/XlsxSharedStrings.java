package org.teller.rctab.cvr;

import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared strings (its {@code sharedStrings.xml}), each as POI's read-only table gives it:
 * the text of every {@code <t>} in its {@code <si>}, runs and phonetic runs alike, escapes decoded.
 */
final class XlsxSharedStrings {

    private XlsxSharedStrings() {}

    static void read(XMLStreamReader xml, List<String> strings) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean inString = false;
        int inText = 0;
        while (xml.hasNext()) {
            switch (XlsxXml.next(xml)) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (XlsxXml.is(xml, "si")) {
                        inString = true;
                        text.setLength(0);
                    } else if (inString && XlsxXml.is(xml, "t")) {
                        inText++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (XlsxXml.is(xml, "si")) {
                        strings.add(XlsxXml.decoded(text.toString()));
                        inString = false;
                    } else if (inString && XlsxXml.is(xml, "t")) {
                        inText--;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText > 0) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                default -> {
                    // Comments, processing instructions and the document's end say nothing of the strings.
                }
            }
        }
    }
}
