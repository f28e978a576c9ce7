package org.teller.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
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
        database.close();
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
        assertThat(http.post("/api/elections", null, "{\"name\": \"x\", \"pollingDay\": \"2026-05-07\"}").status()).isEqualTo(401);
        assertThat(http.post("/api/elections", "not-a-token", "{\"name\": \"x\", \"pollingDay\": \"2026-05-07\"}").status()).isEqualTo(401);
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"E\", \"pollingDay\": \"2026-05-07\"}").json().path("id").asLong();
        long contest = http.post("/api/elections/" + election + "/contests", ro,
                "{\"name\": \"C\", \"system\": \"first-past-the-post\", \"candidates\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}")
                .json().path("contests").get(0).path("id").asLong();
        long area = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Box 1\"}").json().path("id").asLong();
        assertThat(http.post("/api/users", ro, "{\"username\": \"clerk\", \"password\": \"12345678a\", \"role\": \"count-staff\","
                + " \"area\": " + area + "}").status()).isEqualTo(201);
        String clerk = http.signIn("clerk", "12345678a");
        Http.Response refused = http.post("/api/elections", clerk, "{\"name\": \"mine\", \"pollingDay\": \"2026-05-07\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).contains("only the returning officer");
        assertThat(http.post("/api/users", clerk, "{\"username\": \"x\", \"password\": \"12345678a\", \"role\": \"returning-officer\"}")
                .status()).isEqualTo(403);
        assertThat(http.post("/api/session", null, "{\"username\": \"clerk\", \"password\": \"wrong-password\"}").status())
                .isEqualTo(401);
        assertThat(http.delete("/api/session", clerk).status()).isEqualTo(204);
        assertThat(http.post("/api/elections", clerk, "{\"name\": \"x\", \"pollingDay\": \"2026-05-07\"}").status()).isEqualTo(401); // signed out
    }

    @Test
    void repeatedFailedSignInsLockTheNameOutForAWhile() {
        String wrong = "{\"username\": \"Returning-Officer\", \"password\": \"not-the-password\"}";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(http.post("/api/session", null, wrong).status()).isEqualTo(401);
        }
        // Locked out now, even with the right password (in any case of the name), until five minutes have passed.
        java.net.http.HttpResponse<String> locked = http.exchange("POST", "/api/session", "{\"username\": \"returning-officer\","
                + " \"password\": \"" + RO_PASSWORD + "\"}", "Content-Type", "application/json");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("too many failed sign-ins as 'returning-officer': try again in");
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(http.exchange("POST", "/sign-in", "username=returning-officer&password=" + RO_PASSWORD, "Content-Type",
                "application/x-www-form-urlencoded").statusCode()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(5).plusSeconds(2));
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        // Weak passwords are refused for new accounts.
        for (String weak : List.of("        ", "aaaaaaaaaa", "deputy-one")) {
            assertRefused(http.post("/api/users", ro, "{\"username\": \"deputy-one\", \"password\": \"" + weak + "\", \"role\":"
                    + " \"returning-officer\"}"), 400, "password: not spaces alone, one character repeated, or the username");
        }
    }

    @Test
    void anAreaMadeByMistakeIsRemovedWhileNothingIsEnteredForIt() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long north = electionWithTwoAreas(ro)[0];
        long contest = http.get("/api/elections").json().path("elections").get(0).path("contests").get(0).path("id").asLong();
        long mistake = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Nowhere\"}").json().path("id").asLong();
        String a = http.signIn("north-a", "password-north-a");
        assertRefused(http.delete("/api/areas/" + mistake, a), 403, "only the returning officer");
        assertRefused(http.delete("/api/areas/" + north, ro), 409, "cannot be removed: it has an account of count staff");
        assertThat(http.delete("/api/areas/" + mistake, ro).status()).isEqualTo(204);
        assertRefused(http.delete("/api/areas/" + mistake, ro), 404, "area " + mistake);
        assertThat(http.get("/api/contests/" + contest + "/result").json().path("areas").asInt()).isEqualTo(2);
        assertThat(AuditVerifier.verify(database.jdbi()).intact()).isTrue();
    }

    @Test
    void theReturningOfficerWithdrawsAnAccount() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long north = electionWithTwoAreas(ro)[0];
        String a = http.signIn("north-a", "password-north-a");
        assertThat(http.post("/api/areas/" + north + "/account", a, "{\"issued\": 5}").status()).isEqualTo(201);
        assertRefused(http.post("/api/users/north-a/disable", a, "{\"reason\": \"x\"}"), 403, "only the returning officer");
        assertThat(http.post("/api/users/north-a/disable", ro, "{\"reason\": \"sent home ill\"}").status()).isEqualTo(201);
        assertRefused(http.post("/api/areas/" + north + "/account", a, "{\"issued\": 6}"), 401, "sign in again");
        assertThat(http.post("/api/session", null, "{\"username\": \"north-a\", \"password\": \"password-north-a\"}").status())
                .isEqualTo(401);
        assertRefused(http.post("/api/users/nobody/disable", ro, "{\"reason\": \"x\"}"), 404, "user 'nobody'");
        assertRefused(http.post("/api/users/returning-officer/disable", ro, "{\"reason\": \"x\"}"), 409, "your own account");
        // What the account entered stays, and the log says who withdrew it and why.
        assertThat(getAs("/api/areas/" + north, ro).path("account").path("enteredBy").asString()).isEqualTo("north-a");
        assertThat(AuditVerifier.verify(database.jdbi()).intact()).isTrue();
        database.jdbi().useHandle(handle -> handle.execute("UPDATE app_user SET disabled = FALSE WHERE username = 'north-a'"));
        assertThat(AuditVerifier.verify(database.jdbi()).breaks()).singleElement().asString().contains("user 'north-a' is not as");
    }

    @Test
    void sessionsExpire() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        assertThat(http.post("/api/elections", ro, "{\"name\": \"E\", \"pollingDay\": \"2026-05-07\"}").status()).isEqualTo(201);
        clock.advance(Duration.ofHours(16).plusSeconds(1));
        Http.Response expired = http.post("/api/elections", ro, "{\"name\": \"E2\", \"pollingDay\": \"2026-05-07\"}");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.error()).contains("it has ended: sign in again");
    }

    @Test
    void badRequestsAre4xxWithAClearMessageNever500() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        assertRefused(http.post("/api/elections", ro, "{\"name\": "), 400, "not valid JSON");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"a\", \"pollingDay\": \"2026-05-07\", \"name\": \"b\"}"), 400, "Duplicate");
        assertRefused(http.post("/api/elections", ro, "{\"name\": 5}"), 400, "name: must be a string");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"a\", \"pollingDay\": \"2026-05-07\", \"date\": \"2015-06-11\"}"), 400, "date: not a field");
        assertRefused(http.post("/api/elections", ro, "[1, 2]"), 400, "must be a JSON object");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"a\", \"pollingDay\": \"2026-05-07\"} {}"), 400, "not valid JSON");
        // The parser's reason and where, never its internals (its source, its features' names).
        Http.Response unclosed = http.post("/api/elections", ro, "[1");
        assertRefused(unclosed, 400, "the body is not valid JSON: Unexpected end-of-input: expected close marker for Array");
        assertThat(unclosed.error()).doesNotContain("Source").doesNotContain("StreamReadFeature").contains("(line 1, column 3)");
        Http.Response nan = http.post("/api/elections", ro, "{\n\"name\": NaN}");
        assertRefused(nan, 400, "Non-standard token 'NaN'");
        assertThat(nan.error()).doesNotContain("JsonReadFeature").contains("(line 2");
        assertRefused(http.post("/api/elections", ro, "\uFEFF{\"name\": \"a\"}"), 400, "it starts with a byte order mark (U+FEFF)");
        assertRefused(http.get("/api/feed?since=%D9%A3"), 400, "since: a revision (a whole number from 0, in the digits 0-9), not '\u0663'");
        assertRefused(http.get("/api/feed?since=01"), 400, "since: a revision");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"a\", \"pollingDay\": \"11/06/2015\"}"), 400, "not a date");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"a\", \"pollingDay\": \"2026-05-07\", \"rehearsal\": \"yes\"}"), 400, "true or false");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"a\"}"), 400, "pollingDay: required (the day of the poll");
        assertRefused(http.post("/api/elections", ro, "text/plain", "{\"name\": \"a\", \"pollingDay\": \"2026-05-07\"}"), 415, "Content-Type: application/json");
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
                "/api/elections/{election}/contests", "/api/contests/{contest}/areas", "/api/users", "/openapi.json", "/api/areas/{area}",
                "/api/areas/{area}/account", "/api/areas/{area}/verification", "/api/areas/{area}/returns/{stage}",
                "/api/areas/{area}/returns/{stage}/reopen", "/api/contests/{contest}/result", "/api/contests/{contest}/declare/{stage}",
                "/api/contests/{contest}/declaration", "/api/feed", "/api/events", "/api/contests/{contest}/declaration.txt",
                "/api/areas/{area}/papers", "/api/areas/{area}/papers/reopen", "/api/users/{username}/disable",
                "/api/contests/{contest}/declaration.pdf")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void theAuditLogIsAChainThatATamperedEntryBreaks() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        http.post("/api/elections", ro, "{\"name\": \"E\", \"pollingDay\": \"2026-05-07\"}");
        http.post("/api/elections", ro, "{\"name\": \"F\", \"pollingDay\": \"2026-05-07\"}");
        AuditVerifier.Report intact = AuditVerifier.verify(database.jdbi());
        assertThat(intact.intact()).as(intact.breaks().toString()).isTrue();
        assertThat(intact.entries()).isEqualTo(3);

        // Entries removed from the end leave an unbroken chain: a head published before shows the log short.
        AuditVerifier.Head published = new AuditVerifier.Head(3, intact.lastHash());
        assertThat(AuditVerifier.verify(database.jdbi(), java.util.Optional.of(published)).intact()).isTrue();
        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM audit_entry WHERE seq = 3"));
        // The chain cut at its end still holds, but the tables hold what the cut entry recorded.
        assertThat(AuditVerifier.verify(database.jdbi()).breaks()).containsExactly("tables: election 2 is in the tables, but no"
                + " audit entry records it: it was written outside the server");
        assertThat(AuditVerifier.verify(database.jdbi(), java.util.Optional.of(published)).breaks())
                .contains("the log ends at entry 2, before entry 3 that was published: entries were removed from its end");
        http.post("/api/elections", ro, "{\"name\": \"F again\", \"pollingDay\": \"2026-05-07\"}"); // a new entry 3, its hash another
        assertThat(AuditVerifier.verify(database.jdbi(), java.util.Optional.of(published)).breaks())
                .anySatisfy(problem -> assertThat(problem).startsWith("entry 3's hash is"));

        database.jdbi().useHandle(handle -> handle.execute(
                "UPDATE audit_entry SET payload = REPLACE(payload, '\"E\"', '\"Z\"') WHERE seq = 2"));
        AuditVerifier.Report tampered = AuditVerifier.verify(database.jdbi());
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.breaks()).anySatisfy(problem -> assertThat(problem).contains("entry 2").contains("altered"));

        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM audit_entry WHERE seq = 2"));
        assertThat(AuditVerifier.verify(database.jdbi()).breaks())
                .anySatisfy(problem -> assertThat(problem).contains("entry 3 follows entry 1"));
        assertThat(http.get("/api/elections").status()).isEqualTo(200);
    }

    @Test
    void writesMadeAtOnceKeepTheChainWhole() throws Exception {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"E\", \"pollingDay\": \"2026-05-07\"}").json().path("id").asLong();
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

    /** An election with one contest of three candidates and two areas; returns the ids of the areas. */
    private long[] electionWithTwoAreas(String ro) {
        long election = http.post("/api/elections", ro, "{\"name\": \"Exampleton 2026\", \"pollingDay\": \"2026-05-07\"}").json().path("id").asLong();
        long contest = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"Mayor\", \"system\":"
                + " \"supplementary-vote\", \"candidates\": [{\"name\": \"Ann\"}, {\"name\": \"Bo\"}, {\"name\": \"Cy\"}]}")
                .json().path("contests").get(0).path("id").asLong();
        long north = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"North\"}").json().path("id").asLong();
        long south = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"South\"}").json().path("id").asLong();
        for (String[] user : new String[][] {{"north-a", String.valueOf(north)}, {"north-b", String.valueOf(north)},
                {"south-a", String.valueOf(south)}, {"south-b", String.valueOf(south)}}) {
            assertThat(http.post("/api/users", ro, "{\"username\": \"" + user[0] + "\", \"password\": \"password-" + user[0]
                    + "\", \"role\": \"count-staff\", \"area\": " + user[1] + "}").status()).isEqualTo(201);
        }
        return new long[] {north, south};
    }

    @Test
    void aFigureChangedInTheDatabaseOutsideTheServerIsFoundAgainstTheAuditLog() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long north = electionWithTwoAreas(ro)[0];
        String a = http.signIn("north-a", "password-north-a");
        String b = http.signIn("north-b", "password-north-b");
        String figures = "{\"votes\": {\"Ann\": 5, \"Bo\": 3, \"Cy\": 1}, \"rejected\": {\"unmarked\": 1}}";
        http.post("/api/areas/" + north + "/account", a, "{\"issued\": 10}");
        http.post("/api/areas/" + north + "/verification", b, "{\"found\": 10}");
        http.post("/api/areas/" + north + "/returns/1", a, figures);
        http.post("/api/areas/" + north + "/returns/1", b, figures);
        http.post("/api/areas/" + north + "/returns/1/reopen", ro, "{\"reason\": \"a recount\"}");
        AuditVerifier.Report intact = AuditVerifier.verify(database.jdbi());
        assertThat(intact.intact()).as(intact.breaks().toString()).isTrue();

        // Each change leaves the log's chain whole; each is found against what the log records.
        String[][] tampering = {
            {"UPDATE area_return SET figures = REPLACE(figures, '\"Ann\":5', '\"Ann\":6') WHERE entry = 2",
                "UPDATE area_return SET figures = REPLACE(figures, '\"Ann\":6', '\"Ann\":5') WHERE entry = 2",
                "tables: area " + north + "'s stage 1 return, version 1, entry 2 is not as audit entry"},
            {"UPDATE paper_account SET issued = 11", "UPDATE paper_account SET issued = 10",
                "tables: area " + north + "'s account, version 1 is not as audit entry"},
            {"UPDATE verification SET entered_by = 1",
                "UPDATE verification SET entered_by = (SELECT id FROM app_user WHERE username = 'north-b')",
                "entered by returning-officer; the log, 10 found () against 10 issued, entered by north-b"},
            {"UPDATE return_outcome SET outcome = 'disagreed'", "UPDATE return_outcome SET outcome = 'accepted'",
                "version 1: outcome is not as audit entry"},
            {"UPDATE return_reopening SET reason = 'none'", "UPDATE return_reopening SET reason = 'a recount'",
                "version 2: reopened is not as audit entry"},
            {"UPDATE candidate SET name = 'Anne' WHERE name = 'Ann'", "UPDATE candidate SET name = 'Ann' WHERE name = 'Anne'",
                "candidates 1 'Anne' (); 2 'Bo' ()"},
            {"UPDATE app_user SET area_id = " + (north + 1) + " WHERE username = 'north-a'",
                "UPDATE app_user SET area_id = " + north + " WHERE username = 'north-a'", "user 'north-a' is not as"},
        };
        for (String[] change : tampering) {
            database.jdbi().useHandle(handle -> handle.execute(change[0]));
            List<String> found = AuditVerifier.verify(database.jdbi()).breaks();
            assertThat(found).as(change[0]).hasSize(1);
            assertThat(found.get(0)).as(change[0]).contains(change[2]);
            database.jdbi().useHandle(handle -> handle.execute(change[1]));
            assertThat(AuditVerifier.verify(database.jdbi()).intact()).as("undone: " + change[1]).isTrue();
        }
        database.jdbi().useHandle(handle -> handle.execute("INSERT INTO paper_account (area_id, version, issued, entered_by, entered_at)"
                + " VALUES (?, 2, 12, 1, CURRENT_TIMESTAMP)", north));
        assertThat(AuditVerifier.verify(database.jdbi()).breaks()).containsExactly("tables: area " + north + "'s account, version 2"
                + " is in the tables, but no audit entry records it: it was written outside the server");
    }

    @Test
    void aReturnIsAcceptedOnlyWhenTwoPeopleEnterTheSameFigures() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long north = electionWithTwoAreas(ro)[0];
        String a = http.signIn("north-a", "password-north-a");
        String b = http.signIn("north-b", "password-north-b");
        String south = http.signIn("south-a", "password-south-a");
        String figures = "{\"votes\": {\"Ann\": 500, \"Bo\": 300, \"Cy\": 190}, \"rejected\": {\"unmarked\": 10}}";

        assertThat(http.post("/api/areas/" + north + "/account", a, "{\"issued\": 1000}").status()).isEqualTo(201);
        assertThat(http.post("/api/areas/" + north + "/verification", a, "{\"found\": 1000}").status()).isEqualTo(201);
        Http.Response first = http.post("/api/areas/" + north + "/returns/1", a, figures);
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().path("status").asString()).isEqualTo("awaiting-second-entry");
        assertRefused(http.post("/api/areas/" + north + "/returns/1", a, figures), 409, "a second person must enter it");
        assertRefused(http.post("/api/areas/" + north + "/returns/1", south, figures), 403, "may enter figures for that area only");
        // The same figures in another order, the unmarked papers' head and a zero spelt out: the same return.
        Http.Response second = http.post("/api/areas/" + north + "/returns/1", b,
                "{\"votes\": {\"Cy\": 190, \"Ann\": 500, \"Bo\": 300}, \"rejected\": {\"unmarked\": 10, \"uncertain\": 0}}");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().path("status").asString()).isEqualTo("accepted");

        JsonNode status = http.get("/api/areas/" + north).json();
        assertThat(status.path("error").asString()).isNotEmpty(); // the public may not read an area's figures
        status = getAs("/api/areas/" + north, a);
        assertThat(status.path("account").path("issued").asLong()).isEqualTo(1000);
        assertThat(status.path("discrepancy").asLong()).isZero();
        JsonNode accepted = status.path("returns").path("1");
        assertThat(accepted.path("status").asString()).isEqualTo("accepted");
        assertThat(accepted.path("entries").size()).isEqualTo(2);
        assertThat(accepted.path("figures").path("votes").path("Ann").asLong()).isEqualTo(500);
        assertThat(accepted.path("figures").path("rejected").path("unmarked").asLong()).isEqualTo(10);
        assertRefused(http.post("/api/areas/" + north + "/returns/1", a, figures), 409, "must reopen it");
        assertRefused(http.post("/api/areas/" + north + "/returns/2", a, "{\"votes\": {\"Ann\": 5, \"Bo\": 3}}"), 409,
                "the first stage is not declared yet");
    }

    @Test
    void aDisagreementIsShownAndKeptUntilTheReturningOfficerReopensTheReturn() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long south = electionWithTwoAreas(ro)[1];
        String a = http.signIn("south-a", "password-south-a");
        String b = http.signIn("south-b", "password-south-b");
        http.post("/api/areas/" + south + "/account", a, "{\"issued\": 14}");
        http.post("/api/areas/" + south + "/verification", b, "{\"found\": 14}");
        assertThat(http.post("/api/areas/" + south + "/returns/1", a, "{\"votes\": {\"Ann\": 7, \"Bo\": 5, \"Cy\": 2}}").status())
                .isEqualTo(202);
        Http.Response disagreement = http.post("/api/areas/" + south + "/returns/1", b, "{\"votes\": {\"Ann\": 7, \"Bo\": 4, \"Cy\": 2}}");
        assertThat(disagreement.status()).as(disagreement.body()).isEqualTo(409);
        assertThat(disagreement.json().path("status").asString()).isEqualTo("disagreement");
        assertThat(disagreement.error()).contains("disagree");
        assertThat(disagreement.json().path("differences").get(0).asString()).isEqualTo("votes.Bo: 5 and 4");
        JsonNode disagreed = getAs("/api/areas/" + south, ro).path("returns").path("1");
        assertThat(disagreed.path("status").asString()).isEqualTo("disagreed");
        assertThat(disagreed.path("differences").get(0).asString()).isEqualTo("votes.Bo: 5 and 4");
        assertThat(disagreed.path("first").path("votes").path("Bo").asLong()).isEqualTo(5);
        assertRefused(http.post("/api/areas/" + south + "/returns/1", a, "{\"votes\": {\"Ann\": 7, \"Bo\": 5, \"Cy\": 2}}"),
                409, "must reopen it");
        assertRefused(http.post("/api/areas/" + south + "/returns/1/reopen", a, "{\"reason\": \"mine\"}"), 403, "only the returning officer");

        Http.Response reopened = http.post("/api/areas/" + south + "/returns/1/reopen", ro, "{\"reason\": \"Bo's bundle recounted: 5\"}");
        assertThat(reopened.status()).isEqualTo(201);
        assertThat(reopened.json().path("version").asInt()).isEqualTo(2);
        assertThat(http.post("/api/areas/" + south + "/returns/1", b, "{\"votes\": {\"Ann\": 7, \"Bo\": 5, \"Cy\": 2}}").status())
                .isEqualTo(202);
        assertThat(http.post("/api/areas/" + south + "/returns/1", a, "{\"votes\": {\"Ann\": 7, \"Bo\": 5, \"Cy\": 2}}").status())
                .isEqualTo(201);
        JsonNode accepted = getAs("/api/areas/" + south, ro).path("returns").path("1");
        assertThat(accepted.path("version").asInt()).isEqualTo(2);
        assertThat(accepted.path("status").asString()).isEqualTo("accepted");
        AuditVerifier.Report report = AuditVerifier.verify(database.jdbi());
        assertThat(report.intact()).isTrue();
        List<String> actions = database.jdbi().withHandle(handle -> handle.createQuery("SELECT action FROM audit_entry ORDER BY seq")
                .mapTo(String.class).list());
        assertThat(actions).containsSubsequence("return.entered", "return.entered", "return.disagreed",
                "return.reopened", "return.entered", "return.entered", "return.accepted");
    }

    @Test
    void theReturningOfficerCanSetAsideAFirstEntryKnownToBeWrong() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long south = electionWithTwoAreas(ro)[1];
        String a = http.signIn("south-a", "password-south-a");
        http.post("/api/areas/" + south + "/account", a, "{\"issued\": 14}");
        http.post("/api/areas/" + south + "/verification", a, "{\"found\": 14}");
        assertRefused(http.post("/api/areas/" + south + "/returns/1/reopen", ro, "{\"reason\": \"x\"}"), 409,
                "has no entry yet: there is nothing to reopen");
        assertRefused(http.post("/api/areas/" + south + "/returns/2/reopen", ro, "{\"reason\": \"x\"}"), 409,
                "the first stage is not declared yet");
        assertThat(http.post("/api/areas/" + south + "/returns/1", a, "{\"votes\": {\"Ann\": 9, \"Bo\": 3, \"Cy\": 2}}").status())
                .isEqualTo(202);
        Http.Response reopened = http.post("/api/areas/" + south + "/returns/1/reopen", ro, "{\"reason\": \"typed from the wrong sheet\"}");
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(201);
        JsonNode state = getAs("/api/areas/" + south, ro).path("returns").path("1");
        assertThat(state.path("version").asInt()).isEqualTo(2);
        assertThat(state.path("status").asString()).isEqualTo("awaiting-first-entry");
        assertThat(AuditVerifier.verify(database.jdbi()).intact()).isTrue();
        // The pages answer in HTML where there is nothing, not in the API's JSON.
        String cookie = http.exchange("POST", "/sign-in", "username=returning-officer&password=" + RO_PASSWORD, "Content-Type",
                "application/x-www-form-urlencoded").headers().firstValue("Set-Cookie").orElseThrow();
        java.net.http.HttpResponse<String> none = http.exchange("GET", "/count/999", null, "Cookie", cookie.substring(0, cookie.indexOf(';')));
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("<h1>No such count area</h1>");
    }

    @Test
    void aTieDecidedByLotIsSaidOnThePublicPage() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"Tieton\", \"pollingDay\": \"2026-05-07\"}").json()
                .path("id").asLong();
        long contest = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"Ward\", \"system\":"
                + " \"first-past-the-post\", \"candidates\": [{\"name\": \"Ann\"}, {\"name\": \"Bo\"}]}").json()
                .path("contests").get(0).path("id").asLong();
        long box = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Box\"}").json().path("id").asLong();
        http.post("/api/users", ro, "{\"username\": \"deputy\", \"password\": \"password-deputy\", \"role\": \"returning-officer\"}");
        String deputy = http.signIn("deputy", "password-deputy");
        http.post("/api/areas/" + box + "/account", ro, "{\"issued\": 10}");
        http.post("/api/areas/" + box + "/verification", ro, "{\"found\": 10}");
        http.post("/api/areas/" + box + "/returns/1", ro, "{\"votes\": {\"Ann\": 5, \"Bo\": 5}}");
        http.post("/api/areas/" + box + "/returns/1", deputy, "{\"votes\": {\"Ann\": 5, \"Bo\": 5}}");
        JsonNode declared = http.post("/api/contests/" + contest + "/declare/1", ro, "{}").json();
        assertThat(declared.path("lots").get(0).path("decides").asString()).isEqualTo("elected");
        assertThat(declared.path("lots").get(0).path("drawnBy").asString()).isEqualTo("seeded-random");
        assertThat(http.get("/results/" + contest).body()).contains("Ann and Bo had equal votes: a lot decided who was elected"
                + " (drawn in the order ");
    }

    @Test
    void aVerificationThatDiffersFromTheAccountMustBeExplained() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long north = electionWithTwoAreas(ro)[0];
        String a = http.signIn("north-a", "password-north-a");
        assertRefused(http.post("/api/areas/" + north + "/verification", a, "{\"found\": 998}"), 409, "no ballot paper account yet");
        http.post("/api/areas/" + north + "/account", a, "{\"issued\": 1000}");
        assertRefused(http.post("/api/areas/" + north + "/verification", a, "{\"found\": 998}"), 400,
                "the ballot paper account says 1000 were issued (-2): explain the discrepancy");
        Http.Response explained = http.post("/api/areas/" + north + "/verification", a,
                "{\"found\": 998, \"explanation\": \"two papers taken away by voters (presiding officer's note)\"}");
        assertThat(explained.status()).isEqualTo(201);
        assertThat(explained.json().path("discrepancy").asLong()).isEqualTo(-2);
        assertThat(getAs("/api/areas/" + north, a).path("verification").path("explanation").asString()).startsWith("two papers");
    }

    @Test
    void aReturnsFiguresAreCheckedAgainstTheContest() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long north = electionWithTwoAreas(ro)[0];
        String a = http.signIn("north-a", "password-north-a");
        String path = "/api/areas/" + north + "/returns/1";
        assertRefused(http.post(path, a, "{\"votes\": {\"Ann\": 1, \"Bo\": 2}}"), 400, "no figure for Cy");
        assertRefused(http.post(path, a, "{\"votes\": {\"Ann\": 1, \"Bo\": 2, \"Cy\": 3, \"Dee\": 4}}"), 400,
                "votes.Dee: not a candidate");
        assertRefused(http.post(path, a, "{\"votes\": {\"Ann\": 1, \"Bo\": -2, \"Cy\": 3}}"), 400, "votes.Bo: must be a whole number");
        assertRefused(http.post(path, a, "{\"votes\": {\"Ann\": 1.5, \"Bo\": 2, \"Cy\": 3}}"), 400, "votes.Ann: must be a whole number");
        assertRefused(http.post(path, a, "{\"votes\": {\"Ann\": 1, \"Bo\": 2, \"Cy\": 3}, \"rejected\": {\"spoilt\": 1}}"), 400,
                "rejected.spoilt: not a head");
        assertRefused(http.post(path, a, "{\"votes\": {\"Ann\": 9223372036854775807, \"Bo\": 1, \"Cy\": 0}}"), 400,
                "more than Teller can count");
        assertRefused(http.post(path, a, "{\"votes\": [1, 2, 3]}"), 400, "votes: must be an object");
        assertRefused(http.post("/api/areas/" + north + "/returns/3", a, "{\"votes\": {}}"), 404, "stage 3");
        assertRefused(http.post("/api/areas/999/returns/1", ro, "{\"votes\": {}}"), 404, "area 999 does not exist");
        assertThat(getAs("/api/areas/" + north, a).path("returns").path("1").path("status").asString()).isEqualTo("awaiting-first-entry");
    }

    @Test
    void aFigureStaysWithinWhatItsAreaHasStated() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"Boundville 2026\", \"pollingDay\": \"2026-05-07\"}").json().path("id").asLong();
        long contest = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"Mayor\", \"system\":"
                + " \"supplementary-vote\", \"electorate\": 1000, \"candidates\": [{\"name\": \"Ann\"}, {\"name\": \"Bo\"}]}")
                .json().path("contests").get(0).path("id").asLong();
        String areas = "/api/contests/" + contest + "/areas";
        long north = http.post(areas, ro, "{\"name\": \"North\", \"electorate\": 600}").json().path("id").asLong();
        assertRefused(http.post(areas, ro, "{\"name\": \"South\", \"electorate\": 401}"), 409,
                "electorate: 401 would make the areas' electorates 1001, more than the contest's 1000");
        long south = http.post(areas, ro, "{\"name\": \"South\"}").json().path("id").asLong();
        http.post("/api/users", ro, "{\"username\": \"deputy\", \"password\": \"password-deputy\", \"role\": \"returning-officer\"}");
        String deputy = http.signIn("deputy", "password-deputy");

        // Papers issued: within the area's electorate, and the areas' together within the contest's.
        assertRefused(http.post("/api/areas/" + north + "/account", ro, "{\"issued\": 601}"), 409,
                "issued: 601 papers issued, but area " + north + "'s electorate is 600");
        assertThat(http.post("/api/areas/" + north + "/account", ro, "{\"issued\": 600}").status()).isEqualTo(201);
        assertRefused(http.post("/api/areas/" + south + "/account", ro, "{\"issued\": 401}"), 409,
                "issued: 401 papers issued would make 1001 in the contest's areas, more than its electorate of 1000");
        assertRefused(http.post("/api/areas/" + south + "/account", ro, "{\"issued\": 9000000000000000000}"), 409,
                "more than its electorate of 1000");
        assertThat(http.post("/api/areas/" + south + "/account", ro, "{\"issued\": 400}").status()).isEqualTo(201);
        assertRefused(http.post("/api/areas/" + south + "/verification", ro, "{\"found\": 1001, \"explanation\": \"a miscount\"}"),
                409, "found: 1001 papers found would make 1001 in the contest's areas, more than its electorate of 1000");

        // A return before its area is verified, or counting more papers than were found, is refused.
        String north600 = "{\"votes\": {\"Ann\": 350, \"Bo\": 249}, \"rejected\": {\"unmarked\": 1}}";
        assertRefused(http.post("/api/areas/" + north + "/returns/1", ro, north600), 409, "area " + north + " is not verified yet");
        http.post("/api/areas/" + north + "/verification", ro, "{\"found\": 599, \"explanation\": \"one taken away\"}");
        assertRefused(http.post("/api/areas/" + north + "/returns/1", ro, north600), 409,
                "the return counts 600 papers (votes and rejected), but area " + north + "'s verification found 599 in its boxes");
        assertRefused(http.post("/api/areas/" + north + "/returns/1", ro, "{\"votes\": {\"Ann\": 9000000000000000000, \"Bo\": 0}}"),
                409, "the return counts 9000000000000000000 papers");
        http.post("/api/areas/" + north + "/verification", ro, "{\"found\": 600}");
        // Fewer papers than found is a count that does not reconcile yet: taken, shown, and not declarable.
        String north598 = "{\"votes\": {\"Ann\": 350, \"Bo\": 248}}";
        assertThat(http.post("/api/areas/" + north + "/returns/1", ro, north598).status()).isEqualTo(202);
        assertThat(http.post("/api/areas/" + north + "/returns/1", deputy, north598).status()).isEqualTo(201);
        assertRefused(http.post("/api/areas/" + north + "/verification", ro, "{\"found\": 597, \"explanation\": \"x\"}"), 409,
                "found: 597 papers, but area " + north + "'s accepted return counts 598: the returning officer reopens the return");
        JsonNode result = http.get("/api/contests/" + contest + "/result").json();
        assertThat(result.path("areasIn").get(0).asString()).isEqualTo("North");
        assertThat(result.path("provisional").path("votes").path("Ann").asLong()).isEqualTo(350);

        // A reopened return counts for nothing until it is accepted again: the returning officer has said it is wrong.
        http.post("/api/areas/" + north + "/returns/1/reopen", ro, "{\"reason\": \"a bundle of Bo's missed\"}");
        result = http.get("/api/contests/" + contest + "/result").json();
        assertThat(result.path("areasIn").size()).isZero();
        assertThat(result.path("provisional").path("votes").path("Ann").asLong()).isZero();
        assertThat(http.getWith("/results/" + contest, null, null).body()).contains("0 of 2 count areas in");
    }

    @Test
    void anAcceptedReturnThatCannotBeAddedIsLeftOutOfTheTotalsAndNamed() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long[] area = electionWithTwoAreas(ro);
        long contest = http.get("/api/elections").json().path("elections").get(0).path("contests").get(0).path("id").asLong();
        // No entry can make this (each figure is bounded by its area's verification, and theirs together by what Teller
        // counts), but figures from outside the server, or from before the bounds, must not break the public page.
        database.jdbi().useHandle(handle -> {
            for (long id : area) {
                http.post("/api/areas/" + id + "/account", ro, "{\"issued\": 1}");
                handle.execute("INSERT INTO area_return (area_id, stage, version, entry, figures, entered_by, entered_at)"
                        + " VALUES (?, 1, 1, 1, ?, 1, CURRENT_TIMESTAMP)", id, "{\"votes\":{\"Ann\":9000000000000000000,\"Bo\":0,"
                        + "\"Cy\":0},\"rejected\":{}}");
                handle.execute("INSERT INTO return_outcome (area_id, stage, version, outcome, decided_at)"
                        + " VALUES (?, 1, 1, 'accepted', CURRENT_TIMESTAMP)", id);
            }
        });
        http.post("/api/areas/" + area[0] + "/account", ro, "{\"issued\": 2}"); // a new revision: the result is computed again
        JsonNode result = http.get("/api/contests/" + contest + "/result").json();
        assertThat(result.path("areasIn").get(0).asString()).isEqualTo("North");
        assertThat(result.path("areasNotAdded").get(0).asString()).isEqualTo("South");
        assertThat(result.path("provisional").path("votes").path("Ann").asLong()).isEqualTo(9000000000000000000L);
        Http.Response page = http.get("/results/" + contest);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Not in these totals: South").contains("9,000,000,000,000,000,000").contains("100.00%");
    }

    @Test
    void thePagesSignInWithACookieThatOnlyThisServersOwnPagesCanWriteWith() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long north = electionWithTwoAreas(ro)[0];
        String form = "application/x-www-form-urlencoded";
        java.net.http.HttpResponse<String> refused = http.exchange("POST", "/sign-in", "username=north-a&password=wrong-password",
                "Content-Type", form);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("That username and password are not a user's.").contains("value=\"north-a\"");
        java.net.http.HttpResponse<String> signedIn = http.exchange("POST", "/sign-in", "username=north-a&password=password-north-a",
                "Content-Type", form, "Origin", http.origin());
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/count/" + north);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("teller-session=").contains("HttpOnly").contains("SameSite=Strict");
        String session = cookie.substring(0, cookie.indexOf(';'));
        assertThat(http.exchange("POST", "/sign-in", "username=north-a&password=password-north-a", "Content-Type", form,
                "Origin", "https://elsewhere.example").statusCode()).isEqualTo(403);

        // The area's page: its own staff's (and the returning officer's), never framed or cached.
        java.net.http.HttpResponse<String> page = http.exchange("GET", "/count/" + north, null, "Cookie", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>North <small>(box)</small></h1>").contains("Signed in as <strong>north-a</strong>");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(http.exchange("GET", "/count/" + (north + 1), null, "Cookie", session).statusCode()).isEqualTo(403);
        assertThat(http.exchange("GET", "/count/abc", null, "Cookie", session).statusCode()).isEqualTo(403);
        assertThat(http.exchange("GET", "/console", null, "Cookie", session).headers().firstValue("Location"))
                .hasValue("/count/" + north);
        assertThat(http.exchange("GET", "/console", null).headers().firstValue("Location")).hasValue("/sign-in");
        assertThat(http.exchange("GET", "/count/" + north, null, "Cookie", "teller-session=forged").headers()
                .firstValue("Location")).hasValue("/sign-in");

        // The API takes the cookie, but a change only from this server's own pages: another site's form or script is refused.
        String account = "/api/areas/" + north + "/account";
        java.net.http.HttpResponse<String> noOrigin = http.exchange("POST", account, "{\"issued\": 10}", "Content-Type",
                "application/json", "Cookie", session);
        assertThat(noOrigin.statusCode()).isEqualTo(403);
        assertThat(noOrigin.body()).contains("must come from this server's own pages");
        assertThat(http.exchange("POST", account, "{\"issued\": 10}", "Content-Type", "application/json", "Cookie", session,
                "Origin", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(http.exchange("POST", account, "{\"issued\": 10}", "Content-Type", "application/json", "Cookie", session,
                "Origin", http.origin()).statusCode()).isEqualTo(201);
        assertThat(http.exchange("GET", "/api/areas/" + north, null, "Cookie", session).body()).contains("\"issued\":10");
        assertThat(http.exchange("POST", "/api/elections", "{\"name\": \"X\"}", "Content-Type", "application/json", "Cookie",
                session, "Origin", http.origin()).statusCode()).isEqualTo(403); // count staff, not the returning officer

        // Signing out ends the session itself, not only the cookie.
        java.net.http.HttpResponse<String> out = http.exchange("POST", "/sign-out", "", "Content-Type", form, "Cookie", session,
                "Origin", http.origin());
        assertThat(out.headers().firstValue("Set-Cookie").orElse("")).contains("Max-Age=0");
        assertThat(http.exchange("GET", "/api/areas/" + north, null, "Cookie", session).statusCode()).isEqualTo(401);

        // Behind a proxy: the pages are reached at the public origin given, whatever Host the proxy sends.
        try (TellerServer proxied = TellerServer.start(database, "127.0.0.1", 0, clock, java.util.Optional.of("https://Count.Example.org/"))) {
            Http behind = new Http(proxied.port());
            java.net.http.HttpResponse<String> in = behind.exchange("POST", "/sign-in", "username=north-a&password=password-north-a",
                    "Content-Type", form, "Origin", "https://count.example.org");
            assertThat(in.statusCode()).isEqualTo(303);
            String secure = in.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(secure).contains("; Secure");
            String proxiedSession = secure.substring(0, secure.indexOf(';'));
            assertThat(behind.exchange("POST", account, "{\"issued\": 11}", "Content-Type", "application/json", "Cookie",
                    proxiedSession, "Origin", "https://count.example.org").statusCode()).isEqualTo(201);
            assertThat(behind.exchange("POST", account, "{\"issued\": 12}", "Content-Type", "application/json", "Cookie",
                    proxiedSession, "Origin", behind.origin()).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void theDeclarationPrintsNamesInGreekAndCyrillicAndSaysAtOnceWhatItCannotPrint() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"Polyglot 2026\", \"pollingDay\": \"2026-05-07\"}").json().path("id").asLong();
        Http.Response made = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"Mayor\", \"system\":"
                + " \"first-past-the-post\", \"candidates\": [{\"name\": \"Иван Петров\", \"party\": \"Πράσινοι\"},"
                + " {\"name\": \"李小龍\"}, {\"name\": \"Zoë Ørsted\"}]}");
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.json().path("warnings").get(0).asString()).startsWith("the declaration's PDF cannot print U+674E '李',"
                + " U+5C0F '小', U+9F8D '龍': print the text declaration");
        long printable = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"Δήμαρχος\", \"system\":"
                + " \"first-past-the-post\", \"candidates\": [{\"name\": \"Иван Петров\", \"party\": \"Πράσινοι\"},"
                + " {\"name\": \"Zoë Ørsted\"}]}").json().path("contests").get(1).path("id").asLong();
        Http.Response area = http.post("/api/contests/" + printable + "/areas", ro, "{\"name\": \"Κέντρο\"}");
        assertThat(area.json().path("warnings").size()).isZero();
        long box = area.json().path("id").asLong();
        http.post("/api/users", ro, "{\"username\": \"second\", \"password\": \"password-2\", \"role\": \"returning-officer\"}");
        String second = http.signIn("second", "password-2");
        http.post("/api/areas/" + box + "/account", ro, "{\"issued\": 30}");
        http.post("/api/areas/" + box + "/verification", ro, "{\"found\": 30}");
        String figures = "{\"votes\": {\"Иван Петров\": 17, \"Zoë Ørsted\": 12}, \"rejected\": {\"unmarked\": 1}}";
        http.post("/api/areas/" + box + "/returns/1", ro, figures);
        assertThat(http.post("/api/areas/" + box + "/returns/1", second, figures).status()).isEqualTo(201);
        assertThat(http.post("/api/contests/" + printable + "/declare/1", ro, "{}").status()).isEqualTo(201);
        assertThat(pdfText(printable)).contains("Δήμαρχος").contains("Иван Петров").contains("Πράσινοι").contains("Zoë Ørsted")
                .contains("17");
        assertThat(pdfBytes(printable)).isEqualTo(pdfBytes(printable));
        // Names are text in the chart's image, never markup.
        Http.Response markedUp = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"<script>x</script> & co\","
                + " \"system\": \"first-past-the-post\", \"candidates\": [{\"name\": \"A <b & 'Ann'\"}, {\"name\": \"B\\\"<!--\"}]}");
        assertThat(markedUp.status()).as(markedUp.body()).isEqualTo(201);
        long marked = markedUp.json().path("contests").get(2).path("id").asLong();
        String svg = http.get("/results/" + marked + "/chart.svg").body();
        org.w3c.dom.Document drawn = xml(svg);
        assertThat(drawn.getDocumentElement().getTextContent()).contains("<script>x</script> & co").contains("A <b & 'Ann'")
                .contains("B\"<!--");
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b ").doesNotContain("<!--");
    }

    @Test
    void aContestIsDeclaredUnderItsOwnRulesAndAnExplanationCoversOnlyTheDiscrepancyItWasGivenFor() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"London 2026\", \"pollingDay\": \"2026-05-07\"}").json()
                .path("id").asLong();
        String contests = "/api/elections/" + election + "/contests";
        assertRefused(http.post(contests, ro, "{\"name\": \"X\", \"system\": \"first-past-the-post\", \"rules\": \"london-mayor\","
                + " \"candidates\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}"), 400,
                "rules: 'london-mayor' are not rules for first-past-the-post (uk-first-past-the-post)");
        JsonNode made = http.post(contests, ro, "{\"name\": \"Mayor of London\", \"system\": \"supplementary-vote\","
                + " \"rules\": \"london-mayor\", \"candidates\": [{\"name\": \"Ann\"}, {\"name\": \"Bo\"}]}").json();
        assertThat(made.path("contests").get(0).path("rules").asString()).isEqualTo("london-mayor");
        long contest = made.path("contests").get(0).path("id").asLong();
        long area = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"City\"}").json().path("id").asLong();
        http.post("/api/users", ro, "{\"username\": \"deputy\", \"password\": \"password-deputy\", \"role\": \"returning-officer\"}");
        String deputy = http.signIn("deputy", "password-deputy");
        http.post("/api/areas/" + area + "/account", ro, "{\"issued\": 100}");
        http.post("/api/areas/" + area + "/verification", ro, "{\"found\": 95, \"explanation\": \"five papers in the wrong box\"}");
        String figures = "{\"votes\": {\"Ann\": 60, \"Bo\": 32}, \"rejected\": {\"unmarked\": 2, \"uncertain\": 1}}";
        http.post("/api/areas/" + area + "/returns/1", ro, figures);
        assertThat(http.post("/api/areas/" + area + "/returns/1", deputy, figures).status()).isEqualTo(201);
        // The account changed after the area was verified: the explanation was of another difference.
        http.post("/api/areas/" + area + "/account", ro, "{\"issued\": 5000}");
        assertRefused(http.post("/api/contests/" + contest + "/declare/1", ro, "{}"), 409, "City: the ballot paper account (5000"
                + " issued) and the verification (95 found) differ, and the account has changed since the difference was explained");
        http.post("/api/areas/" + area + "/account", ro, "{\"issued\": 100}");
        Http.Response declared = http.post("/api/contests/" + contest + "/declare/1", ro, "{}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        assertThat(declared.body()).contains("\"london-mayor\"");
        String text = http.get("/api/contests/" + contest + "/declaration.txt").body();
        // London's rules: their statute, and unmarked papers apart from uncertain ones.
        assertThat(text).contains("GLA Act 1999 Sch.2; SI 2007/3541").doesNotContain("SI 2007/1024").contains("Ann");
        assertThat(text).contains("  unmarked: 2\n  uncertain: 1\n");
        // The final declaration published every way teller count publishes it, made when it was declared.
        JsonNode publications = http.get("/api/contests/" + contest + "/publications").json().path("publications");
        assertThat(publications).extracting(p -> p.path("name").asString()).containsExactlyInAnyOrder("declaration.html",
                "declaration-of-result.pdf", "story.txt", "nist.json", "rcvis.json", "democracy-club.csv");
        java.net.http.HttpResponse<String> page = http.getWith("/api/contests/" + contest + "/publications/declaration.html", null, null);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<title>Mayor of London: the result</title>", "Ann is elected at the first stage");
        assertThat(http.get("/api/contests/" + contest + "/publications/story.txt").body()).startsWith("Ann has been elected"
                + " Mayor of London.");
        assertThat(new String(http.bytes("/api/contests/" + contest + "/publications/declaration-of-result.pdf"),
                java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(http.get("/api/contests/" + contest + "/publications/nist.json").json().path("@type").asString())
                .isEqualTo("ElectionResults.ElectionReport");
        for (JsonNode publication : publications) {
            byte[] bytes = http.bytes(publication.path("href").asString());
            assertThat(org.teller.formats.internal.Sha256.ofBytes(bytes)).as(publication.path("name").asString())
                    .isEqualTo(publication.path("sha256").asString());
        }
        assertRefused(http.get("/api/contests/" + contest + "/publications/declaration.docx"), 404, "a publication called"
                + " 'declaration.docx'");
        // The audit log records each one's SHA-256, and the tables are checked against it: a story changed in the
        // database outside the server is found.
        AuditVerifier.Report report = AuditVerifier.verify(database.jdbi());
        assertThat(report.intact()).as(report.breaks().toString()).isTrue();
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE publication SET content = :content WHERE name = 'story.txt'")
                .bind("content", "Bo has been elected Mayor of London.".getBytes(java.nio.charset.StandardCharsets.UTF_8)).execute());
        AuditVerifier.Report tampered = AuditVerifier.verify(database.jdbi());
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.breaks().toString()).contains("publication story.txt");
        // And the server no longer serves it.
        assertRefused(http.get("/api/contests/" + contest + "/publications/story.txt"), 500, "does not match the SHA-256"
                + " recorded when it was declared, and is not served");
    }

    @Test
    void aContestByTheAlternativeVoteIsCountedFromEachAreasFileOfBallotPapers() throws Exception {
        java.nio.file.Path example = java.nio.file.Path.of("..", "examples", "exampleton-av");
        // The worked example's 54 papers (some naming candidates by their short labels), split in two.
        List<String> papers = new ArrayList<>(java.nio.file.Files.readAllLines(example.resolve("ballots.csv")));
        String header = papers.remove(0);
        String north = header + "\n" + String.join("\n", papers.subList(0, 30)) + "\n";
        String south = header + "\n" + String.join("\n", papers.subList(30, papers.size())) + "\n";

        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"Exampleton 2026\", \"pollingDay\": \"2026-05-07\"}").json()
                .path("id").asLong();
        JsonNode made = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"Mayor of Exampleton (worked example,"
                + " alternative vote)\", \"system\": \"alternative-vote\", \"electorate\": 80, \"candidates\": ["
                + "{\"name\": \"Alice Ashdown\", \"party\": \"Riverside Party\", \"shortLabel\": \"RP\"}, {\"name\": \"Bashir Bhatti\","
                + " \"party\": \"Independent\", \"shortLabel\": \"Ind\"}, {\"name\": \"Carys Cole\", \"party\": \"Green Party\","
                + " \"shortLabel\": \"Green\"}, {\"name\": \"Dev Dutta\", \"party\": \"Civic Alliance\", \"shortLabel\": \"CA\"},"
                + " {\"name\": \"Eve Evans\", \"party\": \"Harbour Party\", \"shortLabel\": \"HP\"}]}").json();
        assertThat(made.path("contests").get(0).path("countedFrom").asString()).isEqualTo("ballot-papers");
        long contest = made.path("contests").get(0).path("id").asLong();
        long[] area = {http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"North\"}").json().path("id").asLong(),
            http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"South\"}").json().path("id").asLong()};
        String northPath = "/api/areas/" + area[0] + "/papers?name=north.csv&sha256=";
        assertRefused(upload(northPath + sha256(north), ro, north), 409, "area " + area[0] + " is not verified yet");
        http.post("/api/areas/" + area[0] + "/account", ro, "{\"issued\": 30}");
        http.post("/api/areas/" + area[0] + "/verification", ro, "{\"found\": 30}");
        http.post("/api/areas/" + area[1] + "/account", ro, "{\"issued\": 24}");
        http.post("/api/areas/" + area[1] + "/verification", ro, "{\"found\": 24}");

        // The file must be the one its sender hashed, ballot papers of this contest, and the area's alone.
        assertRefused(upload(northPath + sha256(north + "x"), ro, north), 400, "has SHA-256 " + sha256(north) + ", not "
                + sha256(north + "x") + " as sent: it was changed or cut on the way");
        String stranger = north + "Z999,Nobody Known,,,,,\n";
        assertRefused(upload(northPath + sha256(stranger), ro, stranger), 400, "north.csv, line ");
        String elsewhere = "area," + header + "\nSouth," + papers.get(0) + "\n";
        assertRefused(upload(northPath + sha256(elsewhere), ro, elsewhere), 400, "'South' names an area in its area column, but this file is uploaded for 'North'");
        assertRefused(http.post("/api/areas/" + area[0] + "/returns/1", ro, "{\"votes\": {}}"), 409, "counted from its ballot papers");
        // A gzip file that unzips to far more than the area's 30 papers could fill is refused before its papers are read.
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bomb)) {
            gzip.write(header.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] row = ("\n" + papers.get(0)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < 200_000; i++) {
                gzip.write(row);
            }
        }
        java.net.http.HttpResponse<String> refusedBomb = http.exchangeBytes("POST", "/api/areas/" + area[0] + "/papers?name=north.csv.gz&sha256="
                + org.teller.formats.internal.Sha256.ofBytes(bomb.toByteArray()), bomb.toByteArray(), "Content-Type", "application/gzip",
                "Authorization", "Bearer " + ro);
        assertThat(refusedBomb.statusCode()).isEqualTo(400);
        assertThat(refusedBomb.body()).contains("north.csv.gz: unzips to more than 311296 bytes");

        Http.Response taken = upload(northPath + sha256(north), ro, north);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.json().path("papers").asLong()).isEqualTo(30);
        assertRefused(upload(northPath + sha256(north), ro, north), 409, "has its papers already");
        assertThat(http.get("/api/contests/" + contest + "/result").json().path("areasIn").get(0).asString()).isEqualTo("North");
        assertRefused(http.post("/api/contests/" + contest + "/declare/1", ro, "{}"), 409, "South: no file of its ballot papers");
        // No paper is counted in two areas: not the same file, nor a paper another area's file holds (by its id).
        assertRefused(upload("/api/areas/" + area[1] + "/papers?name=south.csv&sha256=" + sha256(north), ro, north), 409,
                "south.csv is the same file as area " + area[0] + "'s (north.csv");
        String borrowed = header + "\n" + papers.get(0) + "\n" + String.join("\n", papers.subList(31, papers.size())) + "\n";
        assertRefused(upload("/api/areas/" + area[1] + "/papers?name=south.csv&sha256=" + sha256(borrowed), ro, borrowed), 409,
                "south.csv holds paper '" + papers.get(0).split(",")[0] + "', which area " + area[0] + "'s file (north.csv) holds already");
        assertThat(upload("/api/areas/" + area[1] + "/papers?name=south.csv&sha256=" + sha256(south), ro, south).status())
                .isEqualTo(201);
        // An area with no papers at all (an empty postal batch) takes its file of a header alone.
        long empty = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Postal 2\", \"kind\": \"postal\"}").json()
                .path("id").asLong();
        http.post("/api/areas/" + empty + "/account", ro, "{\"issued\": 0}");
        http.post("/api/areas/" + empty + "/verification", ro, "{\"found\": 0}");
        Http.Response none = upload("/api/areas/" + empty + "/papers?name=Postal%202%20(empty).CSV&sha256=" + sha256(header + "\n"), ro,
                header + "\n");
        assertThat(none.status()).as(none.body()).isEqualTo(201);
        assertThat(none.json().path("papers").asLong()).isZero();
        assertRefused(http.post("/api/contests/" + contest + "/declare/2", ro, "{}"), 409, "the whole count is declared at once");
        Http.Response declared = http.post("/api/contests/" + contest + "/declare/1", ro, "{}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);

        // The same as teller count of the same papers in one file with an area column, but for the inputs.
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("teller-av");
        java.nio.file.Files.copy(example.resolve("contest.yaml"), folder.resolve("contest.yaml"));
        StringBuilder both = new StringBuilder("area," + header + "\n");
        papers.subList(0, 30).forEach(row -> both.append("North,").append(row).append('\n'));
        papers.subList(30, papers.size()).forEach(row -> both.append("South,").append(row).append('\n'));
        // teller count has no area of no papers: the declaration's per-area table differs by that row alone.
        java.nio.file.Files.writeString(folder.resolve("ballots.csv"), both);
        tools.jackson.databind.node.ObjectNode counted = (tools.jackson.databind.node.ObjectNode) JSON.readTree(declared.body());
        tools.jackson.databind.node.ArrayNode byArea = (tools.jackson.databind.node.ArrayNode) counted.get("areas");
        assertThat(byArea.get(1).path("area").asString()).isEqualTo("Postal 2"); // areas in the order of their names
        assertThat(byArea.get(1).path("validFirstPreferences").asLong()).isZero();
        byArea.remove(1);
        assertThat(withoutInputs(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(counted)))
                .isEqualTo(withoutInputs(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(TellerCount.json(folder)))));
        assertThat(declared.body()).contains("North: north.csv").contains(sha256(north));
        // The public page gives every round: Carys Cole, second on first preferences, elected in the fourth.
        assertThat(http.get("/results/" + contest).body()).contains("Carys Cole is elected.").contains("Round by round")
                .contains("54 ballot papers counted, 6 of them rejected; turnout 67.50% of an electorate of 80")
                .contains("<th scope=\"col\" class=\"n\">Round 4</th>").contains("Papers exhausted");
        assertRefused(http.post("/api/areas/" + area[0] + "/papers/reopen", ro, "{\"reason\": \"x\"}"), 409, "declared");
        assertThat(AuditVerifier.verify(database.jdbi()).intact()).isTrue();
        // The stored file is the evidence: a byte changed in the database is found against the log.
        database.jdbi().useHandle(handle -> handle.execute("UPDATE area_papers SET content = ? WHERE area_id = ?",
                south.replace("P0", "Q0").getBytes(java.nio.charset.StandardCharsets.UTF_8), area[1]));
        assertThat(AuditVerifier.verify(database.jdbi()).breaks()).singleElement().asString()
                .contains("'s papers, version 1 is not as audit entry");
    }

    @Test
    void theReturningOfficerReopensAnAreasPapersForACorrectedFile() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"E\", \"pollingDay\": \"2026-05-07\"}").json().path("id").asLong();
        long contest = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"C\", \"system\": \"supplementary-vote\","
                + " \"countedFrom\": \"ballot-papers\", \"candidates\": [{\"name\": \"Ann\"}, {\"name\": \"Bo\"}, {\"name\": \"Cy\"}]}")
                .json().path("contests").get(0).path("id").asLong();
        long box = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Box\"}").json().path("id").asLong();
        http.post("/api/areas/" + box + "/account", ro, "{\"issued\": 5}");
        http.post("/api/areas/" + box + "/verification", ro, "{\"found\": 5}");
        String wrong = "first,second\nAnn,Bo\nAnn,Cy\nBo,Ann\n";
        String right = "first,second\nAnn,Bo\nAnn,Cy\nBo,Ann\nBo,Cy\nCy,Ann\n";
        assertThat(upload("/api/areas/" + box + "/papers?sha256=" + sha256(wrong), ro, wrong).status()).isEqualTo(201);
        assertThat(http.post("/api/areas/" + box + "/papers/reopen", ro, "{\"reason\": \"a batch was left out\"}").status())
                .isEqualTo(201);
        assertThat(http.get("/api/contests/" + contest + "/result").json().path("areasIn").size()).isZero();
        Http.Response corrected = upload("/api/areas/" + box + "/papers?sha256=" + sha256(right), ro, right);
        assertThat(corrected.json().path("version").asInt()).isEqualTo(2);
        // The Supplementary Vote, even from papers, declares its first stage first: Ann 2, Bo 2, Cy 1; Ann and Bo go forward.
        assertRefused(http.post("/api/contests/" + contest + "/declare/2", ro, "{}"), 409, "the first stage is not declared yet");
        Http.Response first = http.post("/api/contests/" + contest + "/declare/1", ro, "{}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().path("elected").isNull()).isTrue();
        assertThat(first.json().path("forward").toString()).isEqualTo("[\"Ann\",\"Bo\"]");
        assertRefused(http.post("/api/areas/" + box + "/papers/reopen", ro, "{\"reason\": \"x\"}"), 409, "declared");
        // Then the whole count from the papers: Cy's second preference goes to Ann, 3 to 2.
        Http.Response declared = http.post("/api/contests/" + contest + "/declare/2", ro, "{}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        assertThat(declared.json().path("elected").asString()).isEqualTo("Ann");
        assertThat(http.get("/api/contests/" + contest + "/declaration").body()).isEqualTo(declared.body());
        assertThat(AuditVerifier.verify(database.jdbi()).intact()).isTrue();
    }

    @Test
    void anAreaMayGiveARankedTallyWithItsRejectedPapersStated() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"E\", \"pollingDay\": \"2026-05-07\"}").json().path("id").asLong();
        long contest = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"C\", \"system\": \"alternative-vote\","
                + " \"candidates\": [{\"name\": \"Ann\"}, {\"name\": \"Bo\"}, {\"name\": \"Cy\"}]}").json().path("contests").get(0)
                .path("id").asLong();
        long box = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Box\"}").json().path("id").asLong();
        http.post("/api/areas/" + box + "/account", ro, "{\"issued\": 10}");
        http.post("/api/areas/" + box + "/verification", ro, "{\"found\": 10}");
        String tally = "rank1,rank2,votes\nAnn,,3\nBo,Ann,2\nCy,Bo,3\n";
        String path = "/api/areas/" + box + "/papers?name=box.csv&sha256=" + sha256(tally);
        assertRefused(upload(path + "&rejected.unmarked=2", ro, tally), 400, "rejected.unmarked: a file of ballot papers or cast vote"
                + " records holds its rejected papers");
        assertRefused(upload(path + "&format=tally", ro, tally), 400, "format: 'ballot-papers'");
        assertRefused(upload(path + "&format=ranked-tally&rejected.unmarked=-1", ro, tally), 400, "rejected.unmarked: a whole number");
        Http.Response taken = upload(path + "&format=ranked-tally&rejected.unmarked=2", ro, tally);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.json().path("papers").asLong()).isEqualTo(10);
        assertThat(taken.json().path("figures").path("rejected").path("unmarked").asLong()).isEqualTo(2);
        // Bo Baker is out first; his two papers go to Ann, who has 5 of the 8 continuing.
        Http.Response declared = http.post("/api/contests/" + contest + "/declare/1", ro, "{}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        assertThat(declared.json().path("elected").asString()).isEqualTo("Ann");
        assertThat(declared.json().path("ballotPapers").asLong()).isEqualTo(10);
        assertThat(declared.json().path("rejected").path("byHead").path("unmarked").asLong()).isEqualTo(2);
        assertThat(AuditVerifier.verify(database.jdbi()).intact()).isTrue();
    }

    @Test
    void anAreaMayGiveItsCastVoteRecordsInTheCommonDataFormat() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"E\", \"pollingDay\": \"2026-05-07\"}").json().path("id").asLong();
        long contest = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"C\", \"system\": \"alternative-vote\","
                + " \"candidates\": [{\"name\": \"Ann\"}, {\"name\": \"Bo\"}, {\"name\": \"Cy\"}]}").json().path("contests").get(0)
                .path("id").asLong();
        long box = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Box\"}").json().path("id").asLong();
        http.post("/api/areas/" + box + "/account", ro, "{\"issued\": 4}");
        http.post("/api/areas/" + box + "/verification", ro, "{\"found\": 4}");
        // Four records: Ann then Bo; Ann; Cy then Bo; Ann and Bo both first (an overvote: rejected).
        String[][] records = {{"a", "b"}, {"a"}, {"c", "b"}, {"a|b"}};
        StringBuilder cvr = new StringBuilder("{\"CVR\": [");
        for (int r = 0; r < records.length; r++) {
            cvr.append(r == 0 ? "" : ", ").append("{\"CVRSnapshot\": [{\"@id\": \"s").append(r).append("\", \"CVRContest\": [{\"ContestId\":"
                    + " \"c1\", \"CVRContestSelection\": [");
            List<String> selections = new ArrayList<>();
            for (int rank = 0; rank < records[r].length; rank++) {
                for (String candidate : records[r][rank].split("\\|")) {
                    selections.add("{\"ContestSelectionId\": \"cs-" + candidate + "\", \"SelectionPosition\": [{\"HasIndication\":"
                            + " \"yes\", \"IsAllocable\": \"unknown\", \"Rank\": " + (rank + 1) + "}]}");
                }
            }
            cvr.append(String.join(", ", selections)).append("]}]}], \"CurrentSnapshotId\": \"s").append(r).append("\"}");
        }
        cvr.append("], \"Election\": [{\"@id\": \"e1\", \"Candidate\": [{\"@id\": \"a\", \"Name\": \"Ann\"}, {\"@id\": \"b\","
                + " \"Name\": \"Bo\"}, {\"@id\": \"c\", \"Name\": \"Cy\"}], \"Contest\": [{\"@id\": \"c1\", \"Name\": \"C\","
                + " \"ContestSelection\": [{\"@id\": \"cs-a\", \"CandidateIds\": [\"a\"]}, {\"@id\": \"cs-b\", \"CandidateIds\":"
                + " [\"b\"]}, {\"@id\": \"cs-c\", \"CandidateIds\": [\"c\"]}]}]}]}");
        String json = cvr.toString();
        // A record naming someone not standing here is refused, by the file's name; so is another contest's name.
        String stranger = json.replace("\"Name\": \"Cy\"", "\"Name\": \"Dee\"");
        assertRefused(upload("/api/areas/" + box + "/papers?format=cdf-cvr&name=box.json&sha256=" + sha256(stranger), ro, stranger),
                400, "box.json");
        assertRefused(upload("/api/areas/" + box + "/papers?format=cdf-cvr&name=box.json&cdfContest=Governor&sha256=" + sha256(json),
                ro, json), 400, "box.json");
        assertRefused(upload("/api/areas/" + box + "/papers?format=cdf-cvr&name=box.csv&sha256=" + sha256(json), ro, json), 400,
                "name: the file's name, ending .json");
        Http.Response taken = upload("/api/areas/" + box + "/papers?format=cdf-cvr&name=box.json&sha256=" + sha256(json), ro, json);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.json().path("papers").asLong()).isEqualTo(4);
        assertThat(taken.json().path("figures").path("votes").path("Ann").asLong()).isEqualTo(2);
        assertThat(taken.json().path("figures").path("rejected").path("voting-for-too-many").asLong()).isEqualTo(1);
        JsonNode declared = http.post("/api/contests/" + contest + "/declare/1", ro, "{}").json();
        assertThat(declared.path("elected").asString()).isEqualTo("Ann");
        assertThat(declared.toString()).contains("Box: box.json");
        assertThat(AuditVerifier.verify(database.jdbi()).intact()).isTrue();
    }

    @Test
    void theSamePapersWrittenOtherwiseAreNotTakenForASecondArea() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"E\", \"pollingDay\": \"2026-05-07\"}").json().path("id").asLong();
        long contest = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"C\", \"system\": \"alternative-vote\","
                + " \"candidates\": [{\"name\": \"Ann\"}, {\"name\": \"Bo\"}]}").json().path("contests").get(0).path("id").asLong();
        long[] area = new long[2];
        for (int a = 0; a < 2; a++) {
            area[a] = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Area " + a + "\"}").json().path("id").asLong();
            http.post("/api/areas/" + area[a] + "/account", ro, "{\"issued\": 3}");
            http.post("/api/areas/" + area[a] + "/verification", ro, "{\"found\": 3}");
        }
        String tally = "rank1,rank2,votes\nAnn,Bo,2\nBo,,1\n";
        String ranked = "/papers?format=ranked-tally&name=t.csv&sha256=";
        assertThat(upload("/api/areas/" + area[0] + ranked + sha256(tally), ro, tally).status()).isEqualTo(201);
        String again = tally.replace("\n", "\r\n") + "\r\n";
        assertRefused(upload("/api/areas/" + area[1] + ranked + sha256(again), ro, again), 409,
                "t.csv holds the same papers as area " + area[0] + "'s file (t.csv), written otherwise");
        assertRefused(upload("/api/areas/" + area[1] + ranked + sha256(again) + "&rejected.Unmarked=1", ro, again), 400,
                "rejected.Unmarked: not a head of rejected papers");
    }

    private Http.Response upload(String path, String token, String csv) {
        java.net.http.HttpResponse<String> response = http.exchange("POST", path, csv, "Content-Type", "text/csv",
                "Authorization", "Bearer " + token);
        return new Http.Response(response.statusCode(), response.body());
    }

    private static String sha256(String text) {
        return org.teller.formats.internal.Sha256.ofText(text);
    }

    /** Tower Hamlets 2015's first preferences (the seed's figures), in ballot order, split between two areas. */
    private static final String[] TOWER_HAMLETS = {"Elaine Bagshaw", "John Biggs", "Andy Erlam", "John Foster", "Peter Golds",
        "Vanessa Helen Hudson", "Hafiz Abdul Kadir", "Rabina Khan", "Nicholas McQueen", "Md Motiur Nanu Rahman"};
    private static final long[] FIRST = {2152, 27255, 1768, 2678, 5940, 305, 316, 25763, 1669, 292};
    private static final long[] NORTH = {1000, 14000, 800, 1300, 3000, 150, 160, 12000, 800, 140};

    private static String figures(long[] votes, long unmarked) {
        StringBuilder json = new StringBuilder("{\"votes\": {");
        for (int c = 0; c < votes.length; c++) {
            json.append(c == 0 ? "" : ", ").append('"').append(TOWER_HAMLETS[c]).append("\": ").append(votes[c]);
        }
        return json.append("}, \"rejected\": {\"unmarked\": ").append(unmarked).append("}}").toString();
    }

    @Test
    void aDeclarationGivesEachCandidatesChangeInShareSinceThePreviousContest() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"Tower Hamlets 2015\", \"pollingDay\": \"2015-06-11\"}").json()
                .path("id").asLong();
        String[] parties = {"Liberal Democrats", "Labour", "Red Flag - Anti Corruption", "Green", "Conservative", "Animal Welfare Party",
            "Independent", "Independent", "UKIP", "Independent"};
        StringBuilder candidates = new StringBuilder();
        StringBuilder votes = new StringBuilder();
        long papers = 0;
        for (int c = 0; c < TOWER_HAMLETS.length; c++) {
            candidates.append(c == 0 ? "" : ", ").append("{\"name\": \"").append(TOWER_HAMLETS[c]).append("\", \"party\": \"")
                    .append(parties[c]).append("\"}");
            votes.append(c == 0 ? "" : ", ").append('"').append(TOWER_HAMLETS[c]).append("\": ").append(FIRST[c]);
            papers += FIRST[c];
        }
        // 2010's published first preferences (examples/tower-hamlets-2010), typed as the previous contest.
        String previous = "{\"title\": \"Mayor of Tower Hamlets\", \"pollingDay\": \"2010-10-21\", \"system\": \"supplementary-vote\","
                + " \"candidates\": [{\"name\": \"Helal Uddin Abbas\", \"party\": \"Labour\", \"votes\": 11254}, {\"name\":"
                + " \"Alan Duffell\", \"party\": \"Green\", \"votes\": 2300}, {\"name\": \"John David Macleod Griffiths\", \"party\":"
                + " \"Liberal Democrats\", \"votes\": 2800}, {\"name\": \"Neil Anthony King\", \"party\": \"Conservative\", \"votes\":"
                + " 5348}, {\"name\": \"Lutfur Rahman\", \"party\": \"Independent\", \"votes\": 23283}]}";
        String contests = "/api/elections/" + election + "/contests";
        assertRefused(http.post(contests, ro, "{\"name\": \"X\", \"system\": \"first-past-the-post\", \"candidates\": [" + candidates
                + "], \"previous\": {\"title\": \"T\", \"pollingDay\": \"2010-10-21\", \"system\": \"first-past-the-post\","
                + " \"candidates\": [{\"name\": \"A\", \"votes\": 0}, {\"name\": \"B\", \"votes\": 0}]}}"), 400, "no votes at all");
        // Counted by first past the post, so that the first stage is the declaration.
        long contest = http.post(contests, ro, "{\"name\": \"Mayor of Tower Hamlets\", \"system\": \"first-past-the-post\","
                + " \"candidates\": [" + candidates + "], \"previous\": " + previous + "}").json().path("contests").get(0).path("id").asLong();
        long area = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Borough\"}").json().path("id").asLong();
        http.post("/api/users", ro, "{\"username\": \"deputy\", \"password\": \"password-deputy\", \"role\": \"returning-officer\"}");
        String deputy = http.signIn("deputy", "password-deputy");
        http.post("/api/areas/" + area + "/account", ro, "{\"issued\": " + papers + "}");
        http.post("/api/areas/" + area + "/verification", ro, "{\"found\": " + papers + "}");
        http.post("/api/areas/" + area + "/returns/1", ro, "{\"votes\": {" + votes + "}}");
        assertThat(http.post("/api/areas/" + area + "/returns/1", deputy, "{\"votes\": {" + votes + "}}").status()).isEqualTo(201);
        Http.Response declared = http.post("/api/contests/" + contest + "/declare/1", ro, "{}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        JsonNode first = declared.json().path("rounds").get(0).path("results");
        Map<String, String> changes = new java.util.HashMap<>();
        first.forEach(row -> changes.put(row.path("candidate").asString(), row.path("change").toString()));
        // The seed's figures: Labour's Biggs 40.00%, +14.98 on Labour's 25.02% in 2010; Golds -3.17 on the Conservatives'.
        assertThat(changes.get("John Biggs")).isEqualTo("14.98");
        assertThat(changes.get("Peter Golds")).isEqualTo("-3.17");
        assertThat(changes.get("Rabina Khan")).isEqualTo("null"); // an independent, compared with the same person alone
        assertThat(declared.json().path("previous").path("title").asString()).isEqualTo("Mayor of Tower Hamlets");
        assertThat(http.get("/api/contests/" + contest + "/declaration.txt").body()).contains("+14.98");
        assertThat(http.get("/results/" + contest).body()).contains("Change in first-preference share since Mayor of Tower Hamlets")
                .contains("<td class=\"n\">+14.98</td>").contains("<td class=\"n\">-3.17</td>");
        assertThat(AuditVerifier.verify(database.jdbi()).intact()).isTrue();
    }

    @Test
    void theFirstStageIsDeclaredOnlyOnceEveryAreaIsInAndReconciled() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"Tower Hamlets mayoral election 2015\", \"pollingDay\": \"2015-06-11\"}")
                .json().path("id").asLong();
        StringBuilder candidates = new StringBuilder();
        for (String name : TOWER_HAMLETS) {
            candidates.append(candidates.length() == 0 ? "" : ", ").append("{\"name\": \"").append(name).append("\"}");
        }
        long contest = http.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"Mayor of Tower Hamlets\","
                + " \"system\": \"supplementary-vote\", \"candidates\": [" + candidates + "]}").json().path("contests").get(0)
                .path("id").asLong();
        long north = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"North\"}").json().path("id").asLong();
        long south = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"South\"}").json().path("id").asLong();
        http.post("/api/users", ro, "{\"username\": \"teller-1\", \"password\": \"password-1\", \"role\": \"returning-officer\"}");
        String second = http.signIn("teller-1", "password-1");
        long[] south0 = new long[FIRST.length];
        long northPapers = 20;
        long southPapers = 30;
        for (int c = 0; c < FIRST.length; c++) {
            south0[c] = FIRST[c] - NORTH[c];
            northPapers += NORTH[c];
            southPapers += south0[c];
        }
        assertRefused(http.post("/api/contests/" + contest + "/declare/1", ro, "{}"), 409, "North: its return is not accepted (not entered)");

        http.post("/api/areas/" + north + "/account", ro, "{\"issued\": " + northPapers + "}");
        http.post("/api/areas/" + north + "/verification", ro, "{\"found\": " + northPapers + "}");
        http.post("/api/areas/" + south + "/account", ro, "{\"issued\": " + southPapers + "}");
        http.post("/api/areas/" + south + "/verification", ro, "{\"found\": " + (southPapers + 1) + ", \"explanation\": \"one more\"}");
        assertThat(http.post("/api/areas/" + north + "/returns/1", ro, figures(NORTH, 20)).status()).isEqualTo(202);
        assertThat(http.post("/api/areas/" + north + "/returns/1", second, figures(NORTH, 20)).status()).isEqualTo(201);
        assertThat(http.getWith("/results/" + contest, null, null).body()).contains("First preferences, provisional")
                .contains("1 of 2 count areas in").contains("14,000").contains("<th scope=\"row\">North</th>")
                .contains(" ballot papers counted, 20 of them rejected");
        JsonNode provisional = http.get("/api/contests/" + contest + "/result").json();
        assertThat(provisional.path("areasIn").size()).isEqualTo(1);
        assertThat(provisional.path("provisional").path("votes").path("John Biggs").asLong()).isEqualTo(14000);
        assertThat(http.post("/api/areas/" + south + "/returns/1", second, figures(south0, 30)).status()).isEqualTo(202);
        assertThat(http.post("/api/areas/" + south + "/returns/1", ro, figures(south0, 30)).status()).isEqualTo(201);

        assertRefused(http.post("/api/contests/" + contest + "/declare/1", ro, "{}"), 409, "South: the return counts " + southPapers
                + " papers (votes and rejected), the verification found " + (southPapers + 1) + ": they must reconcile");
        http.post("/api/areas/" + south + "/verification", ro, "{\"found\": " + southPapers + "}");
        assertRefused(http.post("/api/contests/" + contest + "/declare/1", null, "{}"), 401, "sign in first");
        assertRefused(http.post("/api/contests/" + contest + "/declare/1", ro, "{\"lotSeed\": 3}"), 400, "lotSeed: not a field");
        Http.Response declared = http.post("/api/contests/" + contest + "/declare/1", ro, "{}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        JsonNode stage = declared.json();
        assertThat(stage.path("elected").isNull()).isTrue();
        assertThat(stage.path("forward").get(0).asString()).isEqualTo("John Biggs");
        assertThat(stage.path("forward").get(1).asString()).isEqualTo("Rabina Khan");
        assertThat(stage.path("forward").size()).isEqualTo(2);
        assertThat(stage.path("votes").path("John Biggs").asLong()).isEqualTo(27255);
        assertThat(stage.path("votes").path("Rabina Khan").asLong()).isEqualTo(25763);
        assertThat(stage.path("valid").asLong()).isEqualTo(68138);
        assertThat(stage.path("rejected").path("unmarked").asLong()).isEqualTo(50);
        assertThat(stage.path("lotSeed").isIntegralNumber()).as("the seed the server drew, recorded").isTrue();
        assertRefused(http.post("/api/contests/" + contest + "/declare/1", ro, "{}"), 409, "declared already");
        // What the first stage counted is final: no return entered again or reopened, no account or area changed.
        assertRefused(http.post("/api/areas/" + north + "/returns/1/reopen", ro, "{\"reason\": \"x\"}"), 409, "stage 1 of this contest is declared");
        assertRefused(http.post("/api/areas/" + north + "/account", ro, "{\"issued\": 1}"), 409, "stage 1 of this contest is declared");
        assertRefused(http.post("/api/areas/" + north + "/verification", ro, "{\"found\": 1}"), 409, "stage 1 of this contest is declared");
        assertRefused(http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Late\"}"), 409, "no area can be added");

        JsonNode result = http.get("/api/contests/" + contest + "/result").json();
        assertThat(result.path("areasIn").size()).isEqualTo(2);
        assertThat(result.path("auditHead").asString()).matches(result.path("revision").asLong() + ":[0-9a-f]{64}");
        assertThat(result.path("provisional").path("votes").path("Rabina Khan").asLong()).isEqualTo(25763);
        assertThat(result.path("declared").path("1").path("forward").size()).isEqualTo(2);
        assertThat(AuditVerifier.verify(database.jdbi()).intact()).isTrue();

        // The second stage: the later preferences added to Biggs and Khan, entered twice in each area.
        assertRefused(http.post("/api/areas/" + north + "/returns/2", ro, "{\"votes\": {\"John Biggs\": 3000}}"), 400,
                "no figure for Rabina Khan");
        assertRefused(http.post("/api/areas/" + north + "/returns/2", ro, "{\"votes\": {\"John Biggs\": 3000, \"Rabina Khan\": 300,"
                + " \"Peter Golds\": 1}}"), 400, "votes.Peter Golds: not a candidate who went forward");
        assertRefused(http.post("/api/contests/" + contest + "/declare/2", ro, "{}"), 409, "North: its second-stage return is not accepted");
        // North's first stage gave 7,350 papers to the eight candidates who are out: no more can be added to the two.
        assertRefused(http.post("/api/areas/" + north + "/returns/2", ro, "{\"votes\": {\"John Biggs\": 7000, \"Rabina Khan\": 351}}"),
                409, "the return adds 7351 papers to the candidates who went forward, but area " + north
                        + "'s first stage gave only 7350 to the candidates who are out");
        String northSecond = "{\"votes\": {\"John Biggs\": 3000, \"Rabina Khan\": 300}}";
        String southSecond = "{\"votes\": {\"Rabina Khan\": 321, \"John Biggs\": 2499}}";
        assertThat(http.post("/api/areas/" + north + "/returns/2", ro, northSecond).status()).isEqualTo(202);
        assertThat(http.post("/api/areas/" + north + "/returns/2", second, northSecond).status()).isEqualTo(201);
        assertThat(http.post("/api/areas/" + south + "/returns/2", ro, southSecond).status()).isEqualTo(202);
        assertThat(http.post("/api/areas/" + south + "/returns/2", second, southSecond).status()).isEqualTo(201);
        Http.Response declaredSecond = http.post("/api/contests/" + contest + "/declare/2", ro, "{}");
        assertThat(declaredSecond.status()).as(declaredSecond.body()).isEqualTo(201);
        String served = http.get("/api/contests/" + contest + "/declaration").body();
        assertThat(served).isEqualTo(declaredSecond.body());

        // The same as teller count --format json of the same returns, but for the input: there a file, here the returns.
        String counted = TellerCount.json("Mayor of Tower Hamlets", TOWER_HAMLETS, new long[][] {NORTH, south0},
                new long[][] {{3000, 300}, {2499, 321}}, new String[] {"John Biggs", "Rabina Khan"}, 50);
        assertThat(withoutInputs(served)).isEqualTo(withoutInputs(counted));
        // The declaration to print: teller count's words, as text and as a PDF (the same bytes each time).
        String text = http.get("/api/contests/" + contest + "/declaration.txt").body();
        assertThat(text).startsWith("Mayor of Tower Hamlets").contains("32,754").contains("26,384");
        byte[] pdf = http.getWith("/api/contests/" + contest + "/declaration.pdf", null, null).body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdfText(contest)).contains("Mayor of Tower Hamlets").contains("32,754").contains("26,384").contains("Returning Officer");
        assertThat(pdfBytes(contest)).isEqualTo(pdfBytes(contest));
        JsonNode declaration = http.get("/api/contests/" + contest + "/declaration").json();
        assertThat(declaration.toString()).contains("32754").contains("26384"); // Biggs 27,255 + 5,499; Khan 25,763 + 621
        assertRefused(http.post("/api/contests/" + contest + "/declare/2", ro, "{}"), 409, "declared already");
        // The public results page: the winner, the final stage's figures and shares, its chart's library served from the jar.
        java.net.http.HttpResponse<String> page = http.getWith("/results/" + contest, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Mayor of Tower Hamlets</h1>").contains("John Biggs is elected.")
                .contains("Final stage, declared").contains("32,754").contains("55.39%").contains("26,384").contains("44.61%")
                .contains("2 of 2 count areas in").doesNotContain("REHEARSAL")
                // The papers counted, rejected by head, and each area's first preferences, as declared.
                .contains("68,188 ballot papers counted, 50 of them rejected").contains("<table id=\"by-area\">")
                .contains("<th scope=\"row\">North</th>").contains("14,000");
        assertThat(http.getWith("/webjars/chart.js/4.5.1/dist/chart.umd.min.js", null, null).statusCode()).isEqualTo(200);
        // The chart to embed: an SVG image (well-formed XML, the same figures) and a live page that may be framed.
        java.net.http.HttpResponse<String> svg = http.getWith("/results/" + contest + "/chart.svg", null, null);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("John Biggs").contains("32,754 (55.39%)").contains("Rabina Khan").contains("26,384 (44.61%)")
                .contains("<desc id=\"d\">John Biggs is elected.");
        assertThat(xml(svg.body()).getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(http.getWith("/results/" + contest + "/chart.svg", "If-None-Match", svg.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(304);
        java.net.http.HttpResponse<String> embed = http.getWith("/results/" + contest + "/embed", null, null);
        assertThat(embed.body()).contains("<svg").contains("32,754").contains("new EventSource('/api/events')");
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(page.body()).contains("Embed this chart").contains("/results/" + contest + "/chart.svg");
        assertRefused(http.post("/api/areas/" + south + "/returns/2/reopen", ro, "{\"reason\": \"x\"}"), 409, "stage 2 of this contest is declared");
        assertThat(AuditVerifier.verify(database.jdbi()).intact()).isTrue();
        // A declaration changed in the database is not the one the log sealed the digest of.
        database.jdbi().useHandle(handle -> handle.execute("UPDATE stage_declaration SET result = REPLACE(result, '32754', '32755')"));
        assertThat(AuditVerifier.verify(database.jdbi()).breaks()).singleElement().asString()
                .startsWith("tables: contest " + contest + "'s stage 2 declaration is not as audit entry");
    }

    @Test
    void whatAHostileReviewFoundIsRefusedClearly() {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"E\", \"pollingDay\": \"2026-05-07\"}").json().path("id").asLong();
        String contests = "/api/elections/" + election + "/contests";
        assertRefused(http.post(contests, ro, "{\"name\": \"C\", \"system\": \"first-past-the-post\", \"candidates\":"
                + " [{\"name\": \"John Biggs\"}, {\"name\": \"john  biggs\"}]}"), 400, "are the same name as a person reads it");
        assertRefused(http.post(contests, ro, "{\"name\": \"C\", \"system\": \"first-past-the-post\", \"candidates\":"
                + " [{\"name\": \"Jos\u00e9\"}, {\"name\": \"Jose\u0301\"}]}"), 400, "are the same name");
        // A name wholly in Cyrillic letters drawn as Latin ones (a second hostile review found it accepted).
        assertRefused(http.post(contests, ro, "{\"name\": \"C\", \"system\": \"first-past-the-post\", \"candidates\":"
                + " [{\"name\": \"TOM COOK\"}, {\"name\": \"\u0422\u041e\u041c \u0421\u041e\u041e\u041a\"}]}"), 400,
                "reads as 'TOM COOK'");
        assertRefused(http.post(contests, ro, "{\"name\": \"C\", \"system\": \"first-past-the-post\", \"candidates\":"
                + " [{\"name\": \"A|B\"}, {\"name\": \"C\"}]}"), 400, "separates candidates");
        assertRefused(http.post(contests, ro, "{\"name\": \"C\", \"system\": \"first-past-the-post\", \"candidates\":"
                + " [{\"name\": \"A\\u200bB\"}, {\"name\": \"C\"}]}"), 400, "which no name or text may hold");
        assertRefused(http.post(contests, ro, "{\"name\": \"C\", \"system\": \"first-past-the-post\", \"candidates\":"
                + " [{\"name\": \"Tab\\tName\"}, {\"name\": \"C\"}]}"), 400, "holds a tab");
        assertRefused(http.post(contests, ro, "{\"name\": \"C\", \"system\": \"alternative-vote\", \"countedFrom\": \"returns\","
                + " \"candidates\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}"), 400, "the alternative vote is counted from ballot papers");
        assertRefused(http.post("/api/elections", ro, "application/jsonfoo", "{\"name\": \"x\"}"), 415, "Content-Type");
        assertRefused(http.post("/api/elections", ro, "application/json; charset=iso-8859-1", "{\"name\": \"x\"}"), 415, "UTF-8");
        assertRefused(http.postBytes("/api/elections", ro, new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'C', 'a', 'f',
                (byte) 0xE9, '"', '}'}), 400, "not UTF-8");
        assertRefused(http.post("/api/elections", ro, "{\"name\": \"x\", \"pollingDay\": \"+12015-02-03\"}"), 400, "not a date");
        assertRefused(http.post("/api/users", ro, "{\"username\": \"" + "u".repeat(150) + "\", \"password\": \"12345678a\","
                + " \"role\": \"returning-officer\"}"), 400, "username: 1 to 100");
        assertRefused(http.get("/api/elections/+" + election), 404, "does not exist");
        assertRefused(http.get("/api/elections/0" + election), 404, "does not exist");
        assertThat(http.getWith("/api/elections/" + election, null, null).statusCode()).isEqualTo(200);
        assertThat(http.postWithScheme("/api/elections", "bearer " + ro, "{\"name\": \"lower-case scheme\", \"pollingDay\": \"2026-05-07\"}").status()).isEqualTo(201);
        long contest = http.post(contests, ro, "{\"name\": \"Majority\", \"system\": \"supplementary-vote\", \"candidates\":"
                + " [{\"name\": \"A\"}, {\"name\": \"B\"}, {\"name\": \"C\"}]}").json().path("contests").get(0).path("id").asLong();
        long area = http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Box\"}").json().path("id").asLong();
        // Areas and usernames are told apart as a person reads them too (the third hostile review found both issued).
        assertRefused(http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"box\"}"), 409,
                "'box' reads as 'Box', an area already in this contest");
        assertRefused(http.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"B\u043ex 2\"}"), 400,
                "mixes Latin and Cyrillic letters");
        http.post("/api/users", ro, "{\"username\": \"second\", \"password\": \"second-password\", \"role\": \"returning-officer\"}");
        assertRefused(http.post("/api/users", ro, "{\"username\": \"Second\", \"password\": \"second-password\","
                + " \"role\": \"returning-officer\"}"), 409, "the username 'Second' is taken");
        String second = http.signIn("second", "second-password");
        http.post("/api/areas/" + area + "/account", ro, "{\"issued\": 10}");
        http.post("/api/areas/" + area + "/verification", ro, "{\"found\": 10}");
        assertRefused(http.post("/api/areas/" + area + "/returns/1", ro, "{\"votes\": {\"a\": 8, \"B\": 1, \"C\": 1}}"), 400,
                "votes.a: not a candidate");
        http.post("/api/areas/" + area + "/returns/1", ro, "{\"votes\": {\"A\": 8, \"B\": 1, \"C\": 1}}");
        http.post("/api/areas/" + area + "/returns/1", second, "{\"votes\": {\"A\": 8, \"B\": 1, \"C\": 1}}");
        http.post("/api/areas/" + area + "/account", ro, "{\"issued\": 999}");
        assertRefused(http.post("/api/contests/" + contest + "/declare/1", ro, "{}"), 409, "differ, unexplained");
        http.post("/api/areas/" + area + "/verification", ro, "{\"found\": 10, \"explanation\": \"the account was mistyped\"}");
        Http.Response final1 = http.post("/api/contests/" + contest + "/declare/1", ro, "{}");
        assertThat(final1.status()).as(final1.body()).isEqualTo(201);
        assertThat(final1.json().path("elected").asString()).isEqualTo("A");
        assertRefused(http.post("/api/areas/" + area + "/returns/2", ro, "{\"votes\": {\"A\": 1}}"), 409, "there is no second stage");
        assertRefused(http.post("/api/contests/" + contest + "/declare/2", ro, "{}"), 409, "there is no second stage");
    }

    @Test
    void theFeedGivesThePublicChangesSinceARevision() throws Exception {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long north = electionWithTwoAreas(ro)[0];
        JsonNode all = http.get("/api/feed?since=0").json();
        assertThat(all.path("changes").findValuesAsString("action")).containsExactly("election.created", "contest.created",
                "area.created", "area.created");
        long revision = all.path("revision").asLong();
        long contest = all.path("changes").get(2).path("contest").asLong();
        // Each change says what it made: the election, the contest, the area.
        assertThat(all.path("changes").get(0).path("election").isIntegralNumber()).isTrue();
        assertThat(all.path("changes").get(1).path("contest").asLong()).isEqualTo(contest);
        assertThat(all.path("changes").get(2).path("area").asLong()).isEqualTo(north);

        JsonNode result = http.get("/api/contests/" + contest + "/result").json();
        String tag = http.getWith("/api/contests/" + contest + "/result", null, null).headers().firstValue("ETag").orElseThrow();
        assertThat(http.getWith("/api/contests/" + contest + "/result", "If-None-Match", tag).statusCode()).isEqualTo(304);
        assertThat(http.getWith("/api/contests/" + contest + "/result", "If-None-Match", "W/" + tag).statusCode()).isEqualTo(304);
        assertThat(http.getWith("/api/contests/" + contest + "/result", "If-None-Match", "\"0\", " + tag).statusCode()).isEqualTo(304);
        assertThat(http.getWith("/api/contests/" + contest + "/result", "If-None-Match", "\"0\"").statusCode()).isEqualTo(200);
        assertRefused(http.get("/results/abc"), 404, "contest abc does not exist");
        assertThat(result.path("revision").asLong()).isEqualTo(revision);

        String a = http.signIn("north-a", "password-north-a");
        String b = http.signIn("north-b", "password-north-b");
        String figures = "{\"votes\": {\"Ann\": 5, \"Bo\": 3, \"Cy\": 1}}";
        http.post("/api/areas/" + north + "/account", a, "{\"issued\": 9}");
        http.post("/api/areas/" + north + "/verification", b, "{\"found\": 9}");
        revision = http.get("/api/feed?since=" + revision).json().path("revision").asLong();
        http.post("/api/areas/" + north + "/returns/1", a, figures);
        JsonNode pending = http.get("/api/feed?since=" + revision).json();
        assertThat(http.getWith("/results/999", null, null).statusCode()).isEqualTo(404);
        assertThat(pending.path("changes").size()).as("an entry awaiting its second is no public change").isZero();
        http.post("/api/areas/" + north + "/returns/1", b, figures);
        JsonNode accepted = http.get("/api/feed?since=" + revision).json();
        assertThat(accepted.path("changes").size()).isEqualTo(1);
        assertThat(accepted.path("changes").get(0).path("action").asString()).isEqualTo("return.accepted");
        assertThat(accepted.path("changes").get(0).path("contest").asLong()).isEqualTo(contest);
        assertThat(accepted.path("changes").get(0).has("figures")).isFalse();
        assertThat(http.getWith("/api/contests/" + contest + "/result", "If-None-Match", tag).statusCode()).isEqualTo(200);
        assertRefused(http.get("/api/feed?since=abc"), 400, "since: a revision");
        assertRefused(http.get("/api/feed?since=-1"), 400, "since: a revision");
        assertRefused(http.get("/api/events"), 406, "Accept: text/event-stream");

        // A rehearsal's changes say so, in the feed as on the page: no client takes test data for results.
        assertThat(all.path("changes").findValuesAsString("rehearsal")).containsOnly("false");
        long rehearsal = http.post("/api/elections", ro, "{\"name\": \"Dress rehearsal\", \"pollingDay\": \"2026-05-07\", \"rehearsal\": true}").json()
                .path("id").asLong();
        JsonNode made = http.get("/api/feed?since=" + accepted.path("revision").asLong()).json().path("changes");
        assertThat(made.size()).isEqualTo(1);
        assertThat(made.get(0).path("election").asLong()).isEqualTo(rehearsal);
        assertThat(made.get(0).path("rehearsal").asBoolean()).isTrue();
        assertThat(accepted.path("changes").get(0).path("rehearsal").isBoolean()).isTrue();
        assertThat(accepted.path("changes").get(0).path("rehearsal").asBoolean()).isFalse();
    }

    @Test
    void listenersAreToldOfEachPublicChangeAsItIsCommitted() throws Exception {
        String ro = http.signIn(Bootstrap.USERNAME, RO_PASSWORD);
        long election = http.post("/api/elections", ro, "{\"name\": \"E\", \"pollingDay\": \"2026-05-07\"}").json().path("id").asLong();
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread listener = new Thread(() -> {
            try (java.util.stream.Stream<String> events = http.events("/api/events")) {
                events.forEach(lines::add);
            } catch (RuntimeException e) {
                // the server stopped
            }
        });
        listener.setDaemon(true);
        listener.start();
        String connected = lines.poll(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(connected).as("the stream opened").isNotNull().startsWith(":");
        assertThat(lines.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("event: revision");
        assertThat(lines.poll(10, java.util.concurrent.TimeUnit.SECONDS)).startsWith("data: {\"revision\":");
        lines.poll(10, java.util.concurrent.TimeUnit.SECONDS); // the blank line that ends the event
        http.post("/api/elections/" + election + "/contests", ro,
                "{\"name\": \"C\", \"system\": \"first-past-the-post\", \"candidates\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}");
        List<String> event = new ArrayList<>();
        for (String line = lines.poll(10, java.util.concurrent.TimeUnit.SECONDS); line != null && !line.isEmpty() || event.isEmpty();
                line = lines.poll(10, java.util.concurrent.TimeUnit.SECONDS)) {
            assertThat(line).as("an event within 10 s").isNotNull();
            if (!line.isEmpty()) {
                event.add(line);
            }
        }
        assertThat(event).contains("event: change");
        assertThat(event).anySatisfy(line -> assertThat(line).startsWith("data: ").contains("\"action\":\"contest.created\"")
                .contains("\"election\":" + election).contains("\"rehearsal\":false"));
    }

    @Test
    void requestsJettyRefusesAreAnsweredInJsonToo() throws Exception {
        for (String request : List.of("GET /api/elections/%00 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/elections HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(10_000) + "\r\n\r\n",
                "GET /api/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/elections HTTP/9.9\r\nHost: x\r\n\r\n")) {
            String answer = raw(request);
            // A 4xx, or 505 for an HTTP version there is none of: in JSON either way.
            assertThat(answer).as(request.substring(0, Math.min(60, request.length()))).matches("(?s)HTTP/1.1 (4\\d\\d|505) .*")
                    .contains("application/json").contains("{\"error\":\"the request cannot be read (HTTP ")
                    .doesNotContain("<html");
        }
    }

    private String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private byte[] pdfBytes(long contest) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    "http://127.0.0.1:" + server.port() + "/api/contests/" + contest + "/declaration.pdf")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String pdfText(long contest) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdfBytes(contest))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static org.w3c.dom.Document xml(String text) {
        try {
            return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(text)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** A declaration's JSON without its list of inputs (a file there, the returns here). */
    private static String withoutInputs(String json) {
        return json.replaceAll("(?s)\"inputs\"\\s*:\\s*\\[.*?\\]", "\"inputs\": []");
    }

    private JsonNode getAs(String path, String token) {
        return http.getAs(path, token).json();
    }

    private static void assertRefused(Http.Response response, int status, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.error()).as(response.body()).contains(message);
    }
}
