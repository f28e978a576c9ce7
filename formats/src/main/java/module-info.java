/**
 * Teller's formats: contest files, the readers of votes (ballot papers, tallies, ranked tallies, count
 * returns), the reports (text, JSON, CSV), comparisons and generated contests. The readers' machinery
 * (the fast scanner, strict CSV and gzip, how fields and files are judged) is internal: it is shared with
 * the command line only, for writing files whole.
 */
module org.teller.formats {
    requires transitive org.teller.core;
    requires org.snakeyaml.engine;
    requires tools.jackson.core;
    requires de.siegmar.fastcsv;

    exports org.teller.formats.contest;
    exports org.teller.formats.generate;
    exports org.teller.formats.report;
    exports org.teller.formats.votes;
    exports org.teller.formats.internal to org.teller.cli, org.teller.rctab, org.teller.server;
    exports org.teller.formats.internal.scan to org.teller.rctab;
}
