package org.teller.rctab.cvr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.teller.core.InvalidInputException;

/**
 * What RCTab reads of one Hart cast vote record (an XML file, {@code <Cvr>}, one a sheet): its
 * {@code CvrGuid}, {@code PrecinctSplit}, {@code BatchNumber}, and the options of the one contest being
 * read. Read with StAX; elements RCTab does not read are passed over, and so are the options of other
 * contests.
 *
 * @param guid its {@code CvrGuid}, if any
 * @param precinct its {@code PrecinctSplit}'s {@code Name}, if any
 * @param batch its {@code BatchNumber}, if any (central scanners only)
 * @param contests the options of the contest being read, once for each time the file holds it
 */
record HartCvr(Path file, Optional<String> guid, Optional<String> precinct, Optional<String> batch,
        List<Contest> contests) {

    HartCvr {
        contests = List.copyOf(contests);
    }

    /** One occurrence of the contest being read. */
    record Contest(long line, List<Option> options) {
        Contest {
            options = List.copyOf(options);
        }
    }

    /**
     * A choice marked in the contest: its {@code Id}, its {@code Name} (none for a write-in) and its
     * {@code Value}, a digit a rank ({@code 010000}: ranked second).
     */
    record Option(long line, String id, Optional<String> name, String value) {}

    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // A CVR holds no document type: none is read, so no entity can reach outside the file.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** Reads {@code file}, keeping the options of contest {@code contestId}. */
    static HartCvr read(Path file, String contestId) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = GuardedXmlReader.of(FACTORY, in);
            try {
                return new Parse(file, xml, contestId).cvr();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber(), 0);
            throw new InvalidInputException(file.toString(), line, "", "cannot be read as XML: " + reason(e));
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, "", "cannot be read: " + e.getMessage());
        }
    }

    /** The parser's own words, without the location it puts before them (the message names it already). */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()) : message;
    }

    /** One pass over a file's elements. */
    private static final class Parse {

        private final Path file;
        private final XMLStreamReader xml;
        private final String contestId;

        Parse(Path file, XMLStreamReader xml, String contestId) {
            this.file = file;
            this.xml = xml;
            this.contestId = contestId;
        }

        HartCvr cvr() throws XMLStreamException {
            tag();
            if (!xml.getLocalName().equals("Cvr")) {
                throw problem(xml.getLocalName(), "is the root element, but a Hart cast vote record is a <Cvr>");
            }
            String guid = null;
            String precinct = null;
            String batch = null;
            List<Contest> contests = new ArrayList<>();
            while (tag() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "CvrGuid" -> guid = once(guid, text(), "CvrGuid");
                    case "BatchNumber" -> batch = once(batch, text(), "BatchNumber");
                    case "PrecinctSplit" -> precinct = once(precinct, precinctName(), "PrecinctSplit");
                    case "Contests" -> contests(contests);
                    default -> skip();
                }
            }
            return new HartCvr(file, Optional.ofNullable(guid), Optional.ofNullable(precinct), Optional.ofNullable(batch),
                    contests);
        }

        /** The {@code Name} of a {@code PrecinctSplit} ("" when it has none: RCTab's precinct is then null). */
        private String precinctName() throws XMLStreamException {
            String name = null;
            while (tag() == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("Name")) {
                    name = once(name, text(), "PrecinctSplit's Name");
                } else {
                    skip();
                }
            }
            return name == null ? "" : name;
        }

        private void contests(List<Contest> found) throws XMLStreamException {
            while (tag() == XMLStreamConstants.START_ELEMENT) {
                if (!xml.getLocalName().equals("Contest")) {
                    throw problem(xml.getLocalName(), "is an element of <Contests>, which holds <Contest> elements only");
                }
                contest(found);
            }
        }

        private void contest(List<Contest> found) throws XMLStreamException {
            long line = line();
            String id = null;
            List<Option> options = null;
            while (tag() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "Id" -> id = once(id, text(), "a contest's Id");
                    // Hart writes the Id first: the options of other contests are then passed over unread.
                    case "Options" -> {
                        if (options != null) {
                            throw problem("Options", "is given twice in one contest");
                        }
                        if (id != null && !id.equals(contestId)) {
                            skip();
                            options = List.of();
                        } else {
                            options = options();
                        }
                    }
                    default -> skip();
                }
            }
            if (id == null) {
                throw new InvalidInputException(file.toString(), line, "", "a <Contest> has no Id");
            }
            if (id.equals(contestId)) {
                found.add(new Contest(line, options == null ? List.of() : options));
            }
        }

        private List<Option> options() throws XMLStreamException {
            List<Option> options = new ArrayList<>();
            while (tag() == XMLStreamConstants.START_ELEMENT) {
                if (!xml.getLocalName().equals("Option")) {
                    throw problem(xml.getLocalName(), "is an element of <Options>, which holds <Option> elements only");
                }
                long line = line();
                String id = null;
                String name = null;
                String value = null;
                while (tag() == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Id" -> id = once(id, text(), "an option's Id");
                        case "Name" -> name = once(name, text(), "an option's Name");
                        case "Value" -> value = once(value, text(), "an option's Value");
                        default -> skip();
                    }
                }
                if (id == null || value == null) {
                    throw new InvalidInputException(file.toString(), line, "",
                            "an <Option> of contest " + contestId + " has no " + (id == null ? "Id" : "Value"));
                }
                options.add(new Option(line, id, Optional.ofNullable(name), value));
            }
            return options;
        }

        /** The next element's start, or the current one's end, past white space and comments. */
        private int tag() throws XMLStreamException {
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT:
                        return event;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA:
                        if (!xml.isWhiteSpace()) {
                            throw problem(xml.getText().strip(), "is text where an element is expected");
                        }
                        break;
                    case XMLStreamConstants.DTD:
                        throw problem("", "holds a document type (<!DOCTYPE …>), which a Hart cast vote record does not");
                    case XMLStreamConstants.END_DOCUMENT:
                        throw problem("", "ends before its <Cvr> is closed");
                    default:
                        break; // white space, comments, processing instructions
                }
            }
        }

        /** The text of an element that holds text only. */
        private String text() throws XMLStreamException {
            String element = xml.getLocalName();
            try {
                return xml.getElementText();
            } catch (XMLStreamException e) {
                throw problem(element, "holds elements where it should hold text only");
            }
        }

        /** Passes over the current element and all it holds. */
        private void skip() throws XMLStreamException {
            for (int depth = 1; depth > 0; ) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private <T> T once(T before, T value, String what) {
            if (before != null) {
                throw problem(String.valueOf(value), "is a second " + what + ": a Hart cast vote record gives it once");
            }
            return value;
        }

        private long line() {
            return Math.max(xml.getLocation().getLineNumber(), 0);
        }

        private InvalidInputException problem(String value, String reason) {
            return new InvalidInputException(file.toString(), line(), value, reason);
        }
    }
}
