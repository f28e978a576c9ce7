package org.teller.rctab.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML document as a small tree of elements known by their local names, namespaces ignored (the NIST
 * CDF files in RCTab's cases use a prefix in one and a default namespace in another, and RCTab ignores
 * both). Read with the JDK's StAX, with DTDs and external entities off.
 *
 * <p>Test code, copied from formats' tests ({@code org.teller.formats.rctab}) to count RCTab's cases here.
 */
record TestXml(String name, Map<String, String> attributes, List<TestXml> children, String text) {

    static TestXml read(Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            Deque<Builder> open = new ArrayDeque<>();
            TestXml root = null;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attributes = new HashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        open.push(new Builder(reader.getLocalName(), attributes));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Builder done = open.pop();
                        TestXml element = new TestXml(done.name, Map.copyOf(done.attributes), List.copyOf(done.children),
                                done.text.toString().strip());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                    }
                    default -> { }
                }
            }
            reader.close();
            if (root == null) {
                throw new IllegalStateException(file + ": no XML element");
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes;
        final List<TestXml> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }
    }

    /** The child elements with this local name, in document order. */
    List<TestXml> all(String child) {
        return children.stream().filter(element -> element.name.equals(child)).toList();
    }

    /** The first child element with this local name. */
    Optional<TestXml> first(String child) {
        return children.stream().filter(element -> element.name.equals(child)).findFirst();
    }

    /** The text of the first child element with this local name. */
    Optional<String> textOf(String child) {
        return first(child).map(TestXml::text);
    }

    Optional<String> attribute(String local) {
        return Optional.ofNullable(attributes.get(local));
    }
}
