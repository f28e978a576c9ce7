/**
 * Teller's printed publications: the declaration of result as a returning officer posts it (the statutory
 * wording, the candidates' votes, the statement of rejected papers, signed), and the declaration as read out,
 * both as PDF set in fonts carried in the jar. The same declaration always gives the same bytes.
 */
module org.teller.publish {
    requires transitive org.teller.formats;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io; // the fonts read from the jar
    requires org.apache.fontbox; // which characters the fonts have

    exports org.teller.publish;
}
