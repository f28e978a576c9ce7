package org.teller.cli;

import java.io.PrintWriter;
import org.teller.server.Database;
import org.teller.server.audit.AuditVerifier;

/** {@code teller audit verify}: checks the server's audit log, offline. */
final class AuditCommand implements Command {

    static final Positional ACTION = Positional.required("verify", "What to do with the audit log: verify (the only action).");
    static final OptionSpec<String> HEAD = OptionSpec.text("--head", "SEQ:HASH",
            "A head of the chain published before (the results page shows the latest): the log must still hold it, as it was.");
    static final OptionSpec<String> DB = OptionSpec.text("--db", "URL",
            "The server's database (as for teller serve; default: the embedded one in ./teller-data).");

    private static final CommandSpec SPEC = CommandSpec.command("audit",
            "Checks the count-night server's audit log: every entry's hash, the chain from the first to the last, and the data tables against what it records.",
            "Exit 0 when the chain holds; 3 when an entry was altered, removed or inserted (each break is named);"
                    + " 2 when the log cannot be checked (a database that cannot be opened, a malformed --head).")
            .options(DB, HEAD)
            .positional(ACTION);

    /** Exit code for a chain that does not hold: not 2, so a script tells tampering from a database it could not open. */
    static final int DOES_NOT_HOLD = 3;

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments given, PrintWriter out, PrintWriter err) {
        if (!given.get(ACTION).equals("verify")) {
            throw new UsageException("'" + given.get(ACTION) + "' is not an action of teller audit (verify)").of("teller audit");
        }
        String url = given.has(DB) ? given.get(DB) : Database.embeddedUrl(Database.DEFAULT_FOLDER);
        java.util.Optional<AuditVerifier.Head> head;
        try {
            head = given.has(HEAD) ? java.util.Optional.of(AuditVerifier.Head.parse(given.get(HEAD))) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--head " + e.getMessage()).of("teller audit");
        }
        AuditVerifier.Report report;
        try (Database database = Database.openAsItIs(url, env("TELLER_DB_USER"), env("TELLER_DB_PASSWORD"))) {
            report = AuditVerifier.verify(database.jdbi(), head);
        }
        if (report.intact()) {
            out.println("The audit log holds: " + report.entries() + " entries, each sealed and chained to the one before;"
                    + " the last hash is " + report.lastHash() + "."
                    + head.map(h -> " It still holds the head published as " + h.seq() + ":" + h.hash() + ", as it was.").orElse(""));
            return Teller.OK;
        }
        for (String problem : report.breaks()) {
            err.println("teller: audit log: " + problem);
        }
        err.println("teller: the audit log does NOT hold: " + report.breaks().size() + " break(s) in " + report.entries()
                + " entries");
        return DOES_NOT_HOLD;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
