package org.teller.rctab.cvr;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A StAX reader whose every failure to parse is an {@link XMLStreamException}, which the readers turn into
 * a clear "not well formed" line. Aalto (the StAX parser on the class path, which {@link XMLInputFactory}
 * finds too) throws some unchecked exceptions at XML that is not well formed (an element named
 * {@code xmlns:x}, found by fuzzing), and parses text lazily, failing later in a getter: here each event's
 * text is parsed as the event is read, so that a getter does not fail afterwards.
 */
final class GuardedXmlReader extends StreamReaderDelegate {

    private GuardedXmlReader(XMLStreamReader reader) {
        super(reader);
    }

    static XMLStreamReader of(XMLInputFactory factory, InputStream in) throws XMLStreamException {
        try {
            return new GuardedXmlReader(factory.createXMLStreamReader(in));
        } catch (RuntimeException e) {
            throw notWellFormed(e, null);
        }
    }

    @Override
    public int next() throws XMLStreamException {
        try {
            int event = super.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE
                    || event == XMLStreamConstants.COMMENT) {
                super.getTextLength(); // parses the text now, not in a later getter
            }
            return event;
        } catch (RuntimeException e) {
            throw notWellFormed(e, this);
        }
    }

    @Override
    public boolean hasNext() throws XMLStreamException {
        try {
            return super.hasNext();
        } catch (RuntimeException e) {
            throw notWellFormed(e, this);
        }
    }

    @Override
    public int nextTag() throws XMLStreamException {
        try {
            return super.nextTag();
        } catch (RuntimeException e) {
            throw notWellFormed(e, this);
        }
    }

    @Override
    public String getElementText() throws XMLStreamException {
        try {
            return super.getElementText();
        } catch (RuntimeException e) {
            throw notWellFormed(e, this);
        }
    }

    /** The parser's failure as the checked exception it stands for (an unchecked wrapper's cause, where it has one). */
    private static XMLStreamException notWellFormed(RuntimeException e, XMLStreamReader reader) {
        if (e.getCause() instanceof XMLStreamException cause) {
            return cause;
        }
        XMLStreamException failure = new XMLStreamException(String.valueOf(e.getMessage()), location(reader));
        failure.initCause(e);
        return failure;
    }

    private static javax.xml.stream.Location location(XMLStreamReader reader) {
        try {
            return reader == null ? null : reader.getLocation();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
