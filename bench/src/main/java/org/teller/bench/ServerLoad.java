package org.teller.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.teller.server.Bootstrap;
import org.teller.server.Database;
import org.teller.server.TellerServer;
import org.teller.server.audit.AuditLog;
import org.teller.server.auth.Role;
import org.teller.server.auth.Users;

/**
 * The count-night server under load, on loopback, bounded in time (a benchmark, not a test): requests per
 * second and latency of the public result JSON under many clients polling, and of submissions from 100
 * count areas at once. The server runs in this JVM on the embedded database, as {@code teller serve} does.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.teller.bench.ServerLoad [seconds]</pre>
 */
public final class ServerLoad {

    private static final int AREAS = 100;
    private static final String PASSWORD = "load-test-password";

    private ServerLoad() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path folder = Files.createTempDirectory("teller-load");
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(Database.embeddedUrl(folder), "", "")) {
            Users users = new Users(database.jdbi(), clock);
            Bootstrap.ensureReturningOfficer(database, users, new AuditLog(clock), PASSWORD);
            try (TellerServer server = TellerServer.start(database, "127.0.0.1", 0, clock)) {
                Client client = new Client(server.port());
                String ro = client.signIn(Bootstrap.USERNAME);
                long election = client.id(client.post("/api/elections", ro, "{\"name\": \"Load\", \"pollingDay\": \"2026-05-07\"}"), "\"id\":");
                String contestJson = client.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"Mayor\", \"system\":"
                        + " \"supplementary-vote\", \"candidates\": [{\"name\": \"Ann\"}, {\"name\": \"Bo\"}, {\"name\": \"Cy\"},"
                        + " {\"name\": \"Dee\"}, {\"name\": \"Ed\"}]}");
                long contest = client.id(contestJson, "\"contests\":[{\"id\":");
                long[] areas = new long[AREAS];
                String[] staff = new String[AREAS];
                for (int a = 0; a < AREAS; a++) {
                    areas[a] = client.id(client.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"Box " + a + "\"}"), "\"id\":");
                    long area = areas[a];
                    database.jdbi().useHandle(handle -> users.create(handle, "staff-" + area, PASSWORD, Role.COUNT_STAFF,
                            OptionalLong.of(area)));
                    staff[a] = client.signIn("staff-" + area);
                }
                System.out.printf(Locale.ROOT, "Teller's server under load: %d count areas, loopback, %d s a measurement, %d processors%n",
                        AREAS, seconds, Runtime.getRuntime().availableProcessors());
                submissions(client, areas, staff, seconds);
                publicResult(client, contest, seconds);
            }
        }
    }

    /** Every area submits its ballot paper account over and over (a write with its audit entry), all at once. */
    private static void submissions(Client client, long[] areas, String[] staff, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AREAS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> latencies = new ArrayList<>();
        for (int a = 0; a < AREAS; a++) {
            int area = a;
            latencies.add(pool.submit(() -> {
                List<Long> took = new ArrayList<>();
                // Each area submits about once a second, at its own moments: a count centre's pace, many times over.
                java.util.Random random = new java.util.Random(area);
                while (System.nanoTime() < end) {
                    Thread.sleep(random.nextInt(2000));
                    long start = System.nanoTime();
                    client.post("/api/areas/" + areas[area] + "/account", staff[area], "{\"issued\": " + (1000 + random.nextInt(100)) + "}");
                    took.add(System.nanoTime() - start);
                }
                return took.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> each : latencies) {
            for (long took : each.get()) {
                all.add(took);
            }
        }
        pool.shutdown();
        report("submissions (100 areas at once)", all, seconds);
    }

    /** Clients poll the public result as fast as they can. */
    private static void publicResult(Client client, long contest, int seconds) throws Exception {
        int clients = 32;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> latencies = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            latencies.add(pool.submit(() -> {
                long[] took = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end && n < took.length) {
                    long start = System.nanoTime();
                    client.get("/api/contests/" + contest + "/result");
                    took[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(took, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> each : latencies) {
            for (long took : each.get()) {
                all.add(took);
            }
        }
        pool.shutdown();
        report("public result JSON (" + clients + " clients polling)", all, seconds);
    }

    private static void report(String what, List<Long> latencies, int seconds) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-40s %,9d requests  %,8.0f requests/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n", what,
                sorted.length, sorted.length / (double) seconds, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** An HTTP client of the server, failing on any answer but a success. */
    private static final class Client {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;
        private final AtomicLong failures = new AtomicLong();

        Client(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        String signIn(String username) throws Exception {
            String body = post("/api/session", null, "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}");
            return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        }

        String get(String path) throws Exception {
            return check(http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }

        String post(String path, String token, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return check(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        }

        long id(String json, String after) {
            int at = json.indexOf(after) + after.length();
            int end = at;
            while (end < json.length() && Character.isDigit(json.charAt(end))) {
                end++;
            }
            return Long.parseLong(json.substring(at, end));
        }

        private String check(HttpResponse<String> response) {
            if (response.statusCode() / 100 != 2) {
                failures.incrementAndGet();
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }
}
