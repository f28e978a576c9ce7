package org.teller.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code teller serve --demo}: London's 2016 mayoral election as an example to click through, marked as a
 * rehearsal (test data) everywhere. Its 14 constituencies are count areas; each one's ballot paper account
 * and verification are its counted papers (the accounts themselves are not published), and its first-stage
 * return, the published figures added up from its wards, is entered twice by its two demo tellers, through
 * the server's own API (audited like any other). The first stage is left for the returning officer to declare.
 */
public final class Demo {

    /** The demo tellers' password (count staff of one constituency each: {@code <constituency>-teller-1} and {@code -2}). */
    public static final String TELLER_PASSWORD = "demo-teller-password";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private Demo(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * Loads the demo through the server listening on {@code port}, signed in as the returning officer.
     *
     * @return the contest's results page, or null where the database holds an election already (the demo
     *     goes into an empty database only)
     */
    public static String load(int port, String returningOfficerPassword) {
        Demo demo = new Demo(port);
        String elections = demo.get("/api/elections");
        if (!elections.contains("\"elections\":[]")) {
            if (elections.contains("\"name\":\"Mayor of London 2016 (demo)\"")) {
                int in = tools.jackson.databind.json.JsonMapper.builder().build().readTree(demo.get("/api/contests/1/result"))
                        .path("areasIn").size();
                if (in < 14) {
                    throw new ServerException("the database holds the demo, loaded only in part (" + in + " of 14 constituencies"
                            + " in): start it again in an empty data folder");
                }
            }
            return null;
        }
        String ro = demo.signIn(Bootstrap.USERNAME, returningOfficerPassword);
        List<String[]> rows = rows();
        String[] header = rows.get(0);
        String[] parties = rows.get(1);
        int candidates = header.length - 1 - 5;
        long election = id(demo.post("/api/elections", ro, "{\"name\": \"Mayor of London 2016 (demo)\", \"pollingDay\": \"2016-05-05\","
                + " \"rehearsal\": true}"), "\"id\":");
        StringBuilder list = new StringBuilder();
        for (int c = 1; c <= candidates; c++) {
            list.append(c > 1 ? ", " : "").append("{\"name\": \"").append(header[c]).append("\", \"party\": \"").append(parties[c]).append("\"}");
        }
        long contest = id(demo.post("/api/elections/" + election + "/contests", ro, "{\"name\": \"Mayor of London\", \"system\":"
                + " \"supplementary-vote\", \"rules\": \"london-mayor\", \"candidates\": [" + list + "]}"), "\"contests\":[{\"id\":");
        for (String[] row : rows.subList(2, rows.size())) {
            String name = row[0];
            long area = id(demo.post("/api/contests/" + contest + "/areas", ro, "{\"name\": \"" + name + "\", \"kind\": \"box\"}"), "\"id\":");
            String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            String[] tellers = new String[2];
            for (int t = 0; t < 2; t++) {
                String username = slug + "-teller-" + (t + 1);
                demo.post("/api/users", ro, "{\"username\": \"" + username + "\", \"password\": \"" + TELLER_PASSWORD + "\", \"role\":"
                        + " \"count-staff\", \"area\": " + area + "}");
                tellers[t] = demo.signIn(username, TELLER_PASSWORD);
            }
            long papers = 0;
            StringBuilder votes = new StringBuilder();
            for (int c = 1; c <= candidates; c++) {
                votes.append(c > 1 ? ", " : "").append('"').append(header[c]).append("\": ").append(row[c]);
                papers += Long.parseLong(row[c]);
            }
            StringBuilder rejected = new StringBuilder();
            for (int h = candidates + 1; h < header.length; h++) {
                rejected.append(h > candidates + 1 ? ", " : "").append('"').append(header[h]).append("\": ").append(row[h]);
                papers += Long.parseLong(row[h]);
            }
            demo.post("/api/areas/" + area + "/account", tellers[0], "{\"issued\": " + papers + "}");
            demo.post("/api/areas/" + area + "/verification", tellers[1], "{\"found\": " + papers + "}");
            String figures = "{\"votes\": {" + votes + "}, \"rejected\": {" + rejected + "}}";
            demo.post("/api/areas/" + area + "/returns/1", tellers[0], figures);
            demo.post("/api/areas/" + area + "/returns/1", tellers[1], figures);
        }
        return demo.base + "/results/" + contest;
    }

    /** The demo's figures: the header, the parties, then a row a constituency (comment lines left out). */
    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Demo.class.getResourceAsStream("/demo/london-mayor-2016.csv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("#")) {
                    rows.add(line.split(",", -1)); // the file holds no quoted field
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private String signIn(String username, String password) {
        String body = post("/api/session", null, "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
        return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private String post(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new ServerException("the demo could not be loaded: " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("interrupted while loading the demo");
        }
    }

    private static long id(String json, String after) {
        int at = json.indexOf(after) + after.length();
        int end = at;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Long.parseLong(json.substring(at, end));
    }
}
