package org.teller.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teller.server.audit.AuditLog;
import org.teller.server.audit.AuditVerifier;
import org.teller.server.auth.Users;
import tools.jackson.databind.JsonNode;

/**
 * The API's contract, run against each database the server keeps its data in (the embedded H2 and a real
 * PostgreSQL): who may do what, what a refusal says, and the audit log's chain.
 */
abstract class ApiContract {

    static final String RO_PASSWORD = "correct-horse-battery";

    private final MutableClock clock = new MutableClock();
    private Database database;
    private TellerServer server;
    Http http;

    /** A fresh, empty database for one test. */
    abstract Database freshDatabase();

    @BeforeEach
    void start() {
        database = freshDatabase();
        assertThat(Bootstrap.ensureReturningOfficer(database, new Users(database.jdbi(), clock), new AuditLog(clock),
                RO_PASSWORD)).isNull();
        server = TellerServer.start(database, "127.0.0.1", 0, clock);
        http = new Http(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theReturningOfficerSetsUpAnElectionThatThePublicReads() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        Http.Response election = http.post("/api/elections", ro,
                "{\"name\": \"Tower Hamlets mayoral election 2015\", \"pollingDay\": \"2015-06-11\"}");
        assertThat(election.status()).isEqualTo(201);
        long id = election.json().path("id").asLong();
        Http.Response contest = http.post("/api/elections/" + id + "/contests", ro, """
                {"name": "Mayor of Tower Hamlets", "system": "supplementary-vote", "electorate": 237069,
                 "candidates": [{"name": "John Biggs", "party": "Labour Party"}, {"name": "Rabina Khan", "party": "Independent"}]}""");
        assertThat(contest.status()).as(contest.body()).isEqualTo(201);
        long contestId = contest.json().path("contests").get(0).path("id").asLong();
        Http.Response area = http.post("/api/contests/" + contestId + "/areas", ro, "{\"name\": \"Bethnal Green\", \"kind\": \"ward\"}");
        assertThat(area.status()).isEqualTo(201);

        JsonNode read = http.get("/api/elections/" + id).json();
        assertThat(read.path("name").asString()).isEqualTo("Tower Hamlets mayoral election 2015");
        assertThat(read.path("pollingDay").asString()).isEqualTo("2015-06-11");
        assertThat(read.path("rehearsal").asBoolean()).isFalse();
        JsonNode readContest = read.path("contests").get(0);
        assertThat(readContest.path("electorate").asLong()).isEqualTo(237069);
        assertThat(readContest.path("candidates").get(1).path("name").asString()).isEqualTo("Rabina Khan");
        assertThat(readContest.path("candidates").get(1).path("position").asInt()).isEqualTo(2);
        assertThat(readContest.path("areas").get(0).path("name").asString()).isEqualTo("Bethnal Green");
        assertThat(http.get("/api/elections").json().path("elections").size()).isEqualTo(1);
        assertThat(AuditVerifier.verify(database.jdbi()).entries()).isEqualTo(4); // the account, election, contest, area
    }

    @Test
    void thePublicAndCountStaffCannotDoTheReturningOfficersWork() {
        assertThat(http.post("/api/elections", null, "{\"name\": \"x\"}").status()).isEqualTo(401);
        assertThat(http.post("/api/elections", "not-a-token", "{\"name\": \"x\"}").status()).isEqualTo(401);
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"E\"}").json().path("id").asLong();
        long contest = http.post("/api/elections/" + election + "/contests", ro,
                "{\"name\": \"C\", \"system\": \"first-past-the-post\", \"candidates\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}")
                .json().path("contests").get(0).path("id").asLong();
        long area = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Box 1\"}").json().path("id").asLong();
        assertThat(http.post("/api/users", ro, "{\"username\": \"clerk\", \"password\": \"12345678a\", \"role\": \"count-staff\","
                + " \"area\": " + area + "}").status()).isEqualTo(201);
        String clerk = http.signIn("clerk", "12345678a");
        Http.Response refused = http.post("/api/elections", clerk, "{\"name\": \"mine\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).contains("only the returning officer");
        assertThat(http.post("/api/users", clerk, "{\"username\": \"x\", \"password\": \"12345678a\", \"role\": \"returning-officer\"}")
                .status()).isEqualTo(403);
        assertThat(http.post("/api/session", null, "{\"username\": \"clerk\", \"password\": \"wrong-password\"}").status())
                .isEqualTo(401);
        assertThat(http.delete("/api/session", clerk).status()).isEqualTo(204);
        assertThat(http.post("/api/elections", clerk, "{\"name\": \"x\"}").status()).isEqualTo(401); // signed out
    }

    @Test
    void sessionsExpire() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        assertThat(http.post("/api/elections", ro, "{\"name\": \"E\"}").status()).isEqualTo(201);
        clock.advance(Duration.ofHours(16).plusSeconds(1));
        Http.Response expired = http.post("/api/elections", ro, "{\"name\": \"E2\"}");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.error()).contains("expired");
    }

    @Test
    void badRequestsAre4xxWithAClearMessageNever500() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        assertRefused(http.post("/api/elections", ro, "{\"name\": "), 400, "not valid JSON");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"a\", \"name\": \"b\"}"), 400, "Duplicate");
        assertRefused(http.post("/api/elections", ro, "{\"name\": 5}"), 400, "name: must be a string");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"a\", \"date\": \"2015-06-11\"}"), 400, "date: not a field");
        assertRefused(http.post("/api/elections", ro, "[1, 2]"), 400, "must be a JSON object");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"a\"} {}"), 400, "not valid JSON");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"a\", \"pollingDay\": \"11/06/2015\"}"), 400, "not a date");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"a\", \"rehearsal\": \"yes\"}"), 400, "true or false");
        assertRefused(http.post("/api/elections", ro, "text/plain", "{\"name\": \"a\"}"), 415, "Content-Type: application/json");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"" + "a".repeat(2 << 20) + "\"}"), 413, "larger than");
        assertRefused(http.post("/api/elections/99/contests", ro, "{\"name\": \"C\", \"system\": \"first-past-the-post\","
                + " \"candidates\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}"), 404, "election 99 does not exist");
        assertRefused(http.post("/api/elections/1/contests", ro, "{\"name\": \"C\", \"system\": \"stv\", \"candidates\": []}"),
                400, "not a system Teller counts");
        assertRefused(http.post("/api/contests/abc/areas", ro, "{\"name\": \"Box\"}"), 404, "contest abc does not exist");
        assertRefused(http.post("/api/users", ro, "{\"username\": \"u\", \"password\": \"short\", \"role\": \"count-staff\","
                + " \"area\": 1}"), 400, "at least 8 characters");
        assertRefused(http.post("/api/users", ro, "{\"username\": \"u\", \"password\": \"12345678a\", \"role\": \"count-staff\","
                + " \"area\": -1}"), 400, "area: must be a whole number from 0");
        assertRefused(http.get("/api/nothing-here"), 404, "is not part of this API");
        assertRefused(http.get("/api/elections/12345678901234567890"), 404, "does not exist");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        JsonNode paths = http.get("/openapi.json").json().path("paths");
        for (String path : List.of("/api/session", "/api/elections", "/api/elections/{election}",
                "/api/elections/{election}/contests", "/api/contests/{contest}/areas", "/api/users", "/openapi.json")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void theAuditLogIsAChainThatATamperedEntryBreaks() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        http.post("/api/elections", ro, "{\"name\": \"E\"}");
        http.post("/api/elections", ro, "{\"name\": \"F\"}");
        AuditVerifier.Report intact = AuditVerifier.verify(database.jdbi());
        assertThat(intact.intact()).as(intact.breaks().toString()).isTrue();
        assertThat(intact.entries()).isEqualTo(3);

        database.jdbi().useHandle(handle -> handle.execute(
                "UPDATE audit_entry SET payload = REPLACE(payload, '\"E\"', '\"Z\"') WHERE seq = 2"));
        AuditVerifier.Report tampered = AuditVerifier.verify(database.jdbi());
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.breaks()).anySatisfy(problem -> assertThat(problem).contains("entry 2").contains("altered"));

        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM audit_entry WHERE seq = 2"));
        assertThat(AuditVerifier.verify(database.jdbi()).breaks())
                .anySatisfy(problem -> assertThat(problem).contains("entry 3 follows entry 1"));
    }

    @Test
    void writesMadeAtOnceKeepTheChainWhole() throws Exception {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"E\"}").json().path("id").asLong();
        long contest = http.post("/api/elections/" + election + "/contests", ro,
                "{\"name\": \"C\", \"system\": \"first-past-the-post\", \"candidates\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}")
                .json().path("contests").get(0).path("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int box = i;
            statuses.add(pool.submit(() -> http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Box " + box + "\"}")
                    .status()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(201);
        }
        pool.shutdown();
        AuditVerifier.Report report = AuditVerifier.verify(database.jdbi());
        assertThat(report.intact()).as(report.breaks().toString()).isTrue();
        assertThat(report.entries()).isEqualTo(43);
        assertThat(http.get("/api/elections/" + election).json().path("contests").get(0).path("areas").size()).isEqualTo(40);
    }

    private static void assertRefused(Http.Response response, int status, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.error()).as(response.body()).contains(message);
    }
}
