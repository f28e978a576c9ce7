/**
 * Teller for RCTab's contests: an RCTab contest configuration (version 2), the cast vote record files
 * of every provider RCTab reads, the count under RCTab's single-winner rules (by Teller's own core), and
 * RCTab's reports.
 */
module org.teller.rctab {
    requires transitive org.teller.formats;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires de.siegmar.fastcsv;
    requires java.xml;
    requires com.fasterxml.aalto;

    exports org.teller.rctab;
    exports org.teller.rctab.config;
    exports org.teller.rctab.cvr;
    exports org.teller.rctab.report;
}
