package org.teller.rctab.cvr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of an XML document and what it holds, known by local names (namespaces ignored: the CDF
 * files RCTab reads use a prefix in one and a default namespace in another, and RCTab ignores both).
 * Read one element at a time from a streaming reader, so that a file of a million records is never held
 * whole: only the element being read.
 */
record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, String text) {

    /** A StAX factory with DTDs and external entities off: a CVR file can fetch nothing and expand nothing. */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** The element the reader is at the start of, read to its end (the reader is left at its end tag). */
    static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        String name = reader.getLocalName();
        List<XmlElement> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(reader));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlElement(name, Map.copyOf(attributes), List.copyOf(children), text.toString().strip());
                }
                default -> { }
            }
        }
    }

    /** The child elements with this local name, in document order. */
    List<XmlElement> all(String child) {
        return children.stream().filter(element -> element.name.equals(child)).toList();
    }

    Optional<XmlElement> first(String child) {
        return children.stream().filter(element -> element.name.equals(child)).findFirst();
    }

    /** The text of the first child element with this local name. */
    Optional<String> textOf(String child) {
        return first(child).map(XmlElement::text);
    }

    Optional<String> attribute(String local) {
        return Optional.ofNullable(attributes.get(local));
    }
}
