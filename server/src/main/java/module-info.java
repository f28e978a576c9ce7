/**
 * Teller's count-night server: elections, count areas, verification, double-keyed returns, declarations,
 * the append-only audit log and the public results, over HTTP with a database. Counts with Teller's core,
 * exactly as {@code teller count} does.
 */
module org.teller.server {
    requires transitive org.teller.formats;
    requires org.teller.rctab; // cast vote records uploaded (NIST SP 1500-103 JSON)
    requires io.javalin;
    requires org.jdbi.v3.core;
    requires com.zaxxer.hikari;
    requires gg.jte.runtime;
    requires org.teller.publish; // the declaration as a PDF
    requires static java.compiler; // the @Generated of the templates compiled at build time
    requires flyway.core;
    requires org.bouncycastle.provider;
    requires org.slf4j;
    requires tools.jackson.databind;
    requires java.sql;
    requires java.net.http; // the demo is loaded through the server's own API

    exports org.teller.server;
    exports org.teller.server.audit;
    exports org.teller.server.count;
    exports org.teller.server.auth;
    exports org.teller.server.api;
    exports org.teller.server.store;
    exports org.teller.server.pages;
    exports gg.jte.generated.precompiled to gg.jte.runtime;

    // The migrations are read by Flyway; the records written as JSON by Jackson.
    opens db.migration;
    opens org.teller.server.store to tools.jackson.databind;
}
