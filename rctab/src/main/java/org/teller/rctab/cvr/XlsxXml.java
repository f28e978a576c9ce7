package org.teller.rctab.cvr;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The XML of a workbook's parts: namespaces, a safe StAX parser, and how text escapes are decoded. */
final class XlsxXml {

    /** SpreadsheetML's namespace in the "transitional" form Excel writes; POI reads only its elements. */
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** The same, in ISO 29500's "strict" form, which RCTab 2.0.1 does not read. */
    static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    // Aalto rather than the JDK's parser: twice as fast on a large sheet. DTDs are refused where met.
    private static final XMLInputFactory FACTORY = factory();

    // A character Excel cannot write in XML is written as _xHHHH_; POI decodes it in every string.
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private XlsxXml() {}

    private static XMLInputFactory factory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return GuardedXmlReader.of(FACTORY, in);
    }

    /** The next event; a DTD, which no workbook has (and which could expand entities), is refused. */
    static int next(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("it declares a DTD, which no workbook part has", xml.getLocation());
        }
        return event;
    }

    /** Whether the reader is at an element of SpreadsheetML named {@code name}. */
    static boolean is(XMLStreamReader xml, String name) {
        return name.equals(xml.getLocalName()) && MAIN.equals(xml.getNamespaceURI());
    }

    /**
     * The value of the attribute named {@code name} without a prefix (as POI's SAX handler reads a cell's
     * {@code r}, {@code s} and {@code t}: by the qualified name), or null. Not {@code getAttributeValue(null,
     * name)}, which Aalto answers with an attribute of that local name in any namespace ({@code xml:t} too).
     */
    static String plainAttribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String prefix = xml.getAttributePrefix(i);
            if ((prefix == null || prefix.isEmpty()) && name.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** A string as POI gives it: each {@code _xHHHH_} replaced by its character. */
    static String decoded(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        Matcher escape = ESCAPE.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        int from = 0;
        while (escape.find()) {
            decoded.append(text, from, escape.start()).append((char) Integer.parseInt(escape.group(1), 16));
            from = escape.end();
        }
        return decoded.append(text, from, text.length()).toString();
    }
}
