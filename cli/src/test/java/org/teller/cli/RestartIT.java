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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server killed outright (SIGKILL, no shutdown) during a stream of submissions: after a restart every
 * submission it accepted is there, and the audit log holds whole (nothing half-written is visible).
 */
class RestartIT {

    private static final Pattern SERVING = Pattern.compile("teller: serving on http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path work;

    @Test
    void everyAcceptedSubmissionSurvivesAKill() throws Exception {
        String db = "jdbc:h2:file:" + work.resolve("data/teller");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Process server = serve(db);
        int port = port(server);
        String token = signIn(client, port);
        long election = Long.parseLong(send(client, port, "/api/elections", token, "{\"name\": \"E\", \"pollingDay\": \"2026-05-07\"}").body()
                .replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        String contest = send(client, port, "/api/elections/" + election + "/contests", token,
                "{\"name\": \"C\", \"system\": \"first-past-the-post\", \"candidates\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}").body()
                .replaceAll(".*\"contests\":\\[\\{\"id\":(\\d+).*", "$1");

        // Four clients create areas as fast as they can; the server is killed while they do.
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicBoolean go = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            int client0 = c;
            clients.submit(() -> {
                for (int i = 0; go.get(); i++) {
                    String name = "Box " + client0 + "-" + i;
                    try {
                        if (send(client, port, "/api/contests/" + contest + "/areas", token, "{\"name\": \"" + name + "\"}")
                                .statusCode() == 201) {
                            accepted.add(name);
                        }
                    } catch (Exception e) {
                        return; // the server is gone
                    }
                }
            });
        }
        Thread.sleep(1500);
        server.destroyForcibly(); // SIGKILL
        server.waitFor(30, TimeUnit.SECONDS);
        go.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(accepted).as("submissions accepted before the kill").hasSizeGreaterThan(10);

        Process restarted = serve(db);
        try {
            int again = port(restarted);
            String read = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + again + "/api/elections/" + election))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            for (String name : accepted) {
                assertThat(read).as("accepted before the kill: " + name).contains("\"name\":\"" + name + "\"");
            }
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
        Process verify = new ProcessBuilder(jar("audit", "verify", "--db", db)).redirectErrorStream(true).start();
        String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(said).isZero();
        assertThat(said).startsWith("The audit log holds:");
    }

    private static Process serve(String db) throws IOException {
        ProcessBuilder serve = new ProcessBuilder(jar("serve", "--port", "0", "--db", db)).redirectErrorStream(true);
        serve.environment().put("TELLER_RO_PASSWORD", "correct-horse-battery");
        return serve.start();
    }

    private static int port(Process server) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher matcher = SERVING.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            seen.add(line);
        }
        throw new AssertionError("the server did not start: " + seen);
    }

    private static String signIn(HttpClient client, int port) throws Exception {
        return send(client, port, "/api/session", null, "{\"username\": \"returning-officer\", \"password\": \"correct-horse-battery\"}")
                .body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> send(HttpClient client, int port, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> jar(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("teller.jar")));
        command.addAll(List.of(args));
        return command;
    }
}
