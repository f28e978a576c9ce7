package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code teller serve} and {@code teller audit verify} as a user runs them: the packaged jar as a process,
 * its API over HTTP, then the audit log checked offline, intact and after an entry was altered in the database.
 */
class ServeIT {

    @TempDir
    Path work;

    @Test
    void theServerKeepsAnAuditLogThatAuditVerifyChecks() throws Exception {
        String db = "jdbc:h2:file:" + work.resolve("data/teller");
        ProcessBuilder serve = new ProcessBuilder(jar("serve", "--port", "0", "--db", db)).redirectErrorStream(true);
        serve.environment().put("TELLER_RO_PASSWORD", "correct-horse-battery");
        Process server = serve.start();
        int port;
        try {
            port = port(server);
            HttpClient client = HttpClient.newHttpClient();
            String token = post(client, port, "/api/session", null,
                    "{\"username\": \"returning-officer\", \"password\": \"correct-horse-battery\"}")
                    .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            assertThat(post(client, port, "/api/elections", token, "{\"name\": \"Tower Hamlets 2015\", \"pollingDay\": \"2026-05-07\", \"rehearsal\": true}"))
                    .contains("\"rehearsal\":true");
        } finally {
            server.destroy(); // SIGTERM: the server stops as on Ctrl-C
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Run intact = run(jar("audit", "verify", "--db", db));
        assertThat(intact.err()).isEmpty();
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).startsWith("The audit log holds: 2 entries");
        String head = "2:" + intact.out().replaceAll("(?s).*the last hash is ([0-9a-f]{64}).*", "$1");
        Run withHead = run(jar("audit", "verify", "--db", db, "--head", head));
        assertThat(withHead.exitCode()).isZero();
        assertThat(withHead.out()).contains("It still holds the head published as " + head + ", as it was.");

        // Started again with another password: the account keeps its own, and the server says the one given is not used.
        ProcessBuilder again = new ProcessBuilder(jar("serve", "--port", "0", "--db", db)).redirectErrorStream(true);
        again.environment().put("TELLER_RO_PASSWORD", "another-password");
        Process restarted = again.start();
        List<String> said = new ArrayList<>();
        try {
            port(restarted, said);
        } finally {
            restarted.destroy();
            assertThat(restarted.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(said).anyMatch(line -> line.startsWith("teller: TELLER_RO_PASSWORD is not the returning officer's password"));
        Run badHead = run(jar("audit", "verify", "--db", db, "--head", "2:xyz"));
        assertThat(badHead.exitCode()).isEqualTo(2);
        assertThat(badHead.err()).contains("is not a published head (SEQ:HASH");

        try (Connection connection = DriverManager.getConnection(db); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE audit_entry SET payload = REPLACE(payload, 'Tower', 'Power') WHERE seq = 2");
        }
        Run tampered = run(jar("audit", "verify", "--db", db));
        assertThat(tampered.exitCode()).isEqualTo(3);
        assertThat(tampered.err()).contains("teller: audit log: entry 2 (election.created by returning-officer) has been altered")
                .contains("teller: audit log: tables: election 1 is not as audit entry 2 records it")
                .contains("the audit log does NOT hold: 2 break(s) in 2 entries");

        Run missing = run(jar("audit", "verify", "--db", "jdbc:h2:file:" + work.resolve("nothing/teller")));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("teller: --db jdbc:h2:file:").doesNotContain("Exception").hasLineCount(1);
        assertThat(work.resolve("nothing")).doesNotExist();
    }

    @Test
    void theDemoLoadsLondon2016ToClickThrough() throws Exception {
        String db = "jdbc:h2:file:" + work.resolve("demo/teller");
        ProcessBuilder serve = new ProcessBuilder(jar("serve", "--port", "0", "--db", db, "--demo")).redirectErrorStream(true);
        serve.environment().put("TELLER_RO_PASSWORD", "correct-horse-battery");
        Process server = serve.start();
        try {
            int port = port(server);
            HttpClient client = HttpClient.newHttpClient();
            String result = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/contests/1/result")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            // London 2016's published first preferences, added up from the 14 constituencies' returns.
            assertThat(result).contains("\"rehearsal\":true").contains("\"areas\":14").contains("\"Sadiq Aman KHAN\":1148716")
                    .contains("\"Zac GOLDSMITH\":909755").contains("\"voting-for-too-many\":32217");
            String token = post(client, port, "/api/session", null,
                    "{\"username\": \"returning-officer\", \"password\": \"correct-horse-battery\"}")
                    .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            assertThat(post(client, port, "/api/contests/1/declare/1", token, "{}"))
                    .contains("\"forward\":[\"Zac GOLDSMITH\",\"Sadiq Aman KHAN\"]").contains("\"valid\":2596961");
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** The port the server says it serves on. */
    private static int port(Process server) throws IOException {
        return port(server, new ArrayList<>());
    }

    /** The port the server says it serves on; {@code seen} gains what it said before. */
    private static int port(Process server, List<String> seen) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("teller: serving on http://127\\.0\\.0\\.1:(\\d+)/");
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher matcher = serving.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            seen.add(line);
        }
        throw new AssertionError("the server did not start: " + seen);
    }

    private static String post(HttpClient client, int port, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body();
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "teller", ".out");
        Path err = Files.createTempFile(work, "teller", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<String> jar(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("teller.jar")));
        command.addAll(List.of(args));
        return command;
    }
}
