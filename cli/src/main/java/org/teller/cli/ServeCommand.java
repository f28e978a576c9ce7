package org.teller.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.teller.server.Bootstrap;
import org.teller.server.Database;
import org.teller.server.Demo;
import org.teller.server.TellerServer;
import org.teller.server.audit.AuditLog;
import org.teller.server.auth.Users;

/** {@code teller serve}: the count-night server, until stopped (Ctrl-C or SIGTERM). */
final class ServeCommand implements Command {

    static final OptionSpec<Long> PORT = OptionSpec.wholeNumber("--port", "PORT", "The port to listen on (default 8080; 0: any free port).")
            .orElse(8080L);
    static final OptionSpec<String> HOST = OptionSpec.text("--host", "ADDRESS",
            "The address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for the count centre's network).")
            .orElse("127.0.0.1");
    static final OptionSpec<String> DB = OptionSpec.text("--db", "URL",
            "The database: jdbc:postgresql://HOST/NAME (its account in TELLER_DB_USER and TELLER_DB_PASSWORD), or jdbc:h2:...;"
                    + " default: an embedded database in ./teller-data.");

    static final OptionSpec<String> PUBLIC_ORIGIN = OptionSpec.text("--public-origin", "URL",
            "Where browsers reach the server when a proxy stands in front (https://count.example.org): the pages' changes must"
                    + " come from there, and their cookie is Secure when it is https. Default: the host and port each request names.");

    static final OptionSpec<Boolean> DEMO = OptionSpec.flag("--demo",
            "Load London's 2016 mayoral election into an empty database, as a rehearsal to click through: 14 constituencies,"
                    + " each first-stage return entered twice (tellers' password: " + Demo.TELLER_PASSWORD + ").");

    private static final CommandSpec SPEC = CommandSpec.command("serve",
            "Runs the count-night server: elections, contests, count areas, returns typed twice and files of ballot papers,"
                    + " the returning officer's console and the public results, every change in an audit log (the API is described"
                    + " at /openapi.json).",
            "On first start the returning officer's account, 'returning-officer', is made, with the password in TELLER_RO_PASSWORD"
                    + " or one made at random and printed once.")
            .options(PORT, HOST, DB, PUBLIC_ORIGIN, DEMO);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments given, PrintWriter out, PrintWriter err) {
        long port = given.get(PORT);
        if (port > 65_535) {
            throw new UsageException("--port " + port + ": a port is from 0 to 65535").of("teller serve");
        }
        if (given.has(PUBLIC_ORIGIN)) {
            try {
                org.teller.server.api.Origins.normalised(given.get(PUBLIC_ORIGIN));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--public-origin " + e.getMessage()).of("teller serve");
            }
        }
        String url = given.has(DB) ? given.get(DB) : Database.embeddedUrl(Database.DEFAULT_FOLDER);
        Database database = Database.open(url, env("TELLER_DB_USER"), env("TELLER_DB_PASSWORD"));
        Clock clock = Clock.systemUTC();
        String made = Bootstrap.ensureReturningOfficer(database, new Users(database.jdbi(), clock), new AuditLog(clock),
                System.getenv("TELLER_RO_PASSWORD"));
        if (made != null) {
            err.println("teller: made the returning officer's account: username " + Bootstrap.USERNAME + ", password " + made
                    + " (shown this once: keep it safe)");
        } else if (Bootstrap.givenPasswordNotUsed(database, System.getenv("TELLER_RO_PASSWORD"))) {
            err.println("teller: TELLER_RO_PASSWORD is not the returning officer's password in this database, and does not"
                    + " change it: the account was made at an earlier start, with the password given (or shown) then");
        }
        java.util.Optional<String> origin = java.util.Optional.ofNullable(given.has(PUBLIC_ORIGIN) ? given.get(PUBLIC_ORIGIN) : null);
        TellerServer server = TellerServer.start(database, given.get(HOST), (int) port, clock, origin);
        if (given.get(DEMO)) {
            String password = made != null ? made : System.getenv("TELLER_RO_PASSWORD");
            if (password == null) {
                server.close();
                database.close();
                throw new UsageException("--demo signs in as the returning officer: give their password in TELLER_RO_PASSWORD")
                        .of("teller serve");
            }
            String page = Demo.load(server.port(), password);
            err.println(page == null ? "teller: the database holds an election already: --demo loads into an empty one only"
                    : "teller: loaded the demo, London 2016 (a rehearsal): " + page);
        }
        err.println("teller: serving on http://" + given.get(HOST) + ":" + server.port() + "/ (database " + url
                + "); Ctrl-C stops it");
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            database.close();
            stopped.countDown();
        }, "teller-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Teller.OK;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
