package org.teller.rctab.cvr;

import javax.xml.stream.XMLStreamException;
import tools.jackson.core.JacksonException;

/** What a JSON or XML parser says is wrong with a file, in one line and without the parser's internals. */
public final class ParserMessages {

    private ParserMessages() {}

    /** Jackson's reason, without where it thinks the source or a start marker is (the caller gives the line). */
    public static String of(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int marker = message.indexOf(" (start marker at ");
        if (marker >= 0) {
            message = message.substring(0, marker);
        }
        return message.replaceAll("\\s+", " ").strip();
    }

    /** The StAX parser's reason ("Message: ..."), without its "ParseError at [row,col]" (the caller gives the line). */
    public static String of(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int reason = message.indexOf("Message: ");
        if (reason >= 0) {
            message = message.substring(reason + "Message: ".length());
        }
        message = message.replaceAll("\\s*at \\[row,col[^\\]]*\\]: \\[\\d+,\\d+\\]", "").replaceAll("\\s+", " ").strip();
        return message.isEmpty() ? "the XML parser gives no reason" : message;
    }
}
