package org.teller.server.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.teller.formats.internal.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data tables checked against the audit log: every row the server keeps (elections, contests and their
 * candidates, count areas, users, accounts, verifications, returns' entries, outcomes and reopenings,
 * declarations) must be what an audit entry records, by whom it records, and every change the log records
 * must be in the tables. A row changed, added or removed in the database outside the server (which leaves
 * the log's chain whole) is found here. Not checked: passwords' hashes and sessions (never logged), and the
 * times rows were written.
 */
final class TablesAgainstLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Each row as the log says it should be, by its key ("area 7's return, stage 1, version 1, entry 2"). */
    private final Map<String, Recorded> expected = new LinkedHashMap<>();
    /** The version of each (area, stage)'s return being entered, replayed from the log as the server kept it. */
    private final Map<String, Integer> returnVersions = new LinkedHashMap<>();
    private final Map<String, Integer> statementVersions = new LinkedHashMap<>();
    private final Map<String, Integer> papersVersions = new LinkedHashMap<>();

    private record Recorded(long seq, String row) {}

    private TablesAgainstLog() {}

    /** Where the tables and the log differ, one line each; empty when they agree. */
    static List<String> differences(Handle handle) {
        TablesAgainstLog check = new TablesAgainstLog();
        handle.createQuery("SELECT seq, actor, action, payload FROM audit_entry ORDER BY seq")
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .forEach(entry -> check.replay((Long) entry[0], (String) entry[1], (String) entry[2], (String) entry[3]));
        return check.compare(check.rows(handle));
    }

    private void replay(long seq, String actor, String action, String payload) {
        JsonNode said;
        try {
            said = JSON.readTree(payload);
        } catch (RuntimeException e) {
            return; // the chain check says an entry is not what was sealed; here only what it records counts
        }
        switch (action) {
            case "election.created" -> expect(seq, "election " + said.path("election").asLong(), "named " + quoted(said, "name")
                    + ", polling day " + orNone(said.path("pollingDay").asString("")) + ", rehearsal " + said.path("rehearsal").asBoolean());
            case "contest.created" -> {
                StringBuilder candidates = new StringBuilder();
                for (JsonNode candidate : said.path("candidates")) {
                    candidates.append(candidates.isEmpty() ? "" : "; ").append(candidate.path("position").asInt()).append(' ')
                            .append(quoted(candidate, "name")).append(" (").append(candidate.path("party").asString("")).append(')');
                    String label = candidate.path("shortLabel").asString("");
                    candidates.append(label.isEmpty() ? "" : " [" + label + "]");
                }
                expect(seq, "contest " + said.path("contest").asLong(), "of election " + said.path("election").asLong() + ", named "
                        + quoted(said, "name") + ", " + said.path("system").asString("") + (said.path("rules").isString() ? ", rules "
                        + said.path("rules").asString() : "") + (said.path("countedFrom").isString() ? ", counted from "
                        + said.path("countedFrom").asString() : "") + electorate(said) + (said.path("previous").asString("").isEmpty() ? ""
                        : ", previous sha256 " + Sha256.ofText(said.path("previous").asString())) + ", candidates " + candidates);
            }
            case "area.created" -> expect(seq, "area " + said.path("area").asLong(), "of contest " + said.path("contest").asLong()
                    + ", named " + quoted(said, "name") + ", a " + said.path("kind").asString("") + electorate(said));
            case "area.removed" -> expected.remove("area " + said.path("area").asLong());
            case "user.created" -> expect(seq, "user " + quoted(said, "username"), said.path("role").asString("") + area(said));
            case "user.disabled" -> expected.computeIfPresent("user " + quoted(said, "username"),
                    (key, made) -> new Recorded(seq, made.row() + ", withdrawn"));
            case "account.entered", "verification.entered" -> {
                String which = action.startsWith("account") ? "account" : "verification";
                String area = "area " + said.path("area").asLong();
                int version = statementVersions.merge(which + " " + area, 1, Integer::sum);
                expect(seq, area + "'s " + which + ", version " + version, which.equals("account")
                        ? said.path("issued").asLong() + " issued, entered by " + actor
                        : said.path("found").asLong() + " found (" + said.path("explanation").asString("") + ")"
                                + (said.path("issuedWhenVerified").isNumber() ? " against " + said.path("issuedWhenVerified").asLong()
                                        + " issued" : "") + ", entered by " + actor);
            }
            case "return.entered" -> {
                String stage = returnOf(said);
                int version = said.path("version").asInt();
                returnVersions.merge(stage, version, Math::max);
                expect(seq, stage + ", version " + version + ", entry " + said.path("entry").asInt(),
                        said.path("figures").toString() + ", entered by " + actor);
            }
            case "return.accepted", "return.disagreed" -> expect(seq, returnOf(said) + ", version " + said.path("version").asInt()
                    + ": outcome", action.substring("return.".length()));
            case "return.reopened" -> {
                String stage = returnOf(said);
                int version = returnVersions.merge(stage, 2, (was, two) -> was + 1);
                expect(seq, stage + ", version " + version + ": reopened", "because " + quoted(said, "reason") + ", by " + actor);
            }
            case "papers.uploaded" -> {
                String area = "area " + said.path("area").asLong();
                int version = said.path("version").asInt();
                papersVersions.merge(area, version, Math::max);
                String sha256 = said.path("sha256").asString("");
                String cdf = said.path("cdfContest").asString("");
                expect(seq, area + "'s papers, version " + version, quoted(said, "name") + (said.path("format").isString() ? ", "
                        + said.path("format").asString() : "") + (cdf.isEmpty() ? "" : " of contest '" + cdf + "'") + ", sha256 "
                        + sha256 + " (its bytes' "
                        + sha256 + "), " + said.path("papers").asLong() + " papers, " + said.path("figures").toString()
                        + ", uploaded by " + actor);
            }
            case "papers.reopened" -> {
                String area = "area " + said.path("area").asLong();
                int version = papersVersions.merge(area, 2, (was, two) -> was + 1);
                expect(seq, area + "'s papers, version " + version + ": reopened", "because " + quoted(said, "reason") + ", by " + actor);
            }
            case "stage.declared" -> {
                String stage = "contest " + said.path("contest").asLong() + "'s stage " + said.path("stage").asInt();
                expect(seq, stage + " declaration", "lot seed " + said.path("lotSeed").asLong() + digest(said, "result")
                        + digest(said, "text") + ", by " + actor);
                // Each publication made of a final declaration, by its SHA-256 (its bytes must hash to it too).
                said.path("publications").properties().forEach(publication -> expect(seq, stage + " publication "
                        + publication.getKey(), "sha256 " + publication.getValue().asString() + " (its bytes' "
                        + publication.getValue().asString() + ")"));
            }
            default -> { } // an action that writes no row of these tables
        }
    }

    /** Every row of the tables, described as {@link #replay} describes what the log records. */
    private Map<String, String> rows(Handle handle) {
        Map<String, String> rows = new LinkedHashMap<>();
        handle.createQuery("SELECT id, name, polling_day, rehearsal FROM election ORDER BY id").map((rs, ctx) -> {
            rows.put("election " + rs.getLong(1), "named '" + rs.getString(2) + "', polling day "
                    + orNone(rs.getString(3) == null ? "" : rs.getObject(3, java.time.LocalDate.class).toString())
                    + ", rehearsal " + rs.getBoolean(4));
            return 0;
        }).list();
        Map<Long, StringBuilder> candidates = new LinkedHashMap<>();
        handle.createQuery("SELECT contest_id, position, name, party, short_label FROM candidate ORDER BY contest_id, position")
                .map((rs, ctx) -> {
            StringBuilder list = candidates.computeIfAbsent(rs.getLong(1), id -> new StringBuilder());
            list.append(list.isEmpty() ? "" : "; ").append(rs.getInt(2)).append(" '").append(rs.getString(3)).append("' (")
                    .append(rs.getString(4)).append(')').append(rs.getString(5).isEmpty() ? "" : " [" + rs.getString(5) + "]");
            return 0;
        }).list();
        handle.createQuery("SELECT id, election_id, name, system, electorate, rules, counted_from, previous FROM contest ORDER BY id")
                .map((rs, ctx) -> {
            rows.put("contest " + rs.getLong(1), "of election " + rs.getLong(2) + ", named '" + rs.getString(3) + "', "
                    + rs.getString(4) + ", rules " + rs.getString(6) + ", counted from " + rs.getString(7) + electorate(rs.getObject(5) == null ? null : rs.getLong(5))
                    + (rs.getString(8) == null ? "" : ", previous sha256 " + Sha256.ofText(rs.getString(8)))
                    + ", candidates "
                    + Objects.requireNonNullElse(candidates.get(rs.getLong(1)), ""));
            return 0;
        }).list();
        handle.createQuery("SELECT id, contest_id, name, kind, electorate FROM count_area ORDER BY id").map((rs, ctx) -> {
            rows.put("area " + rs.getLong(1), "of contest " + rs.getLong(2) + ", named '" + rs.getString(3) + "', a " + rs.getString(4)
                    + electorate(rs.getObject(5) == null ? null : rs.getLong(5)));
            return 0;
        }).list();
        handle.createQuery("SELECT username, role, area_id, disabled FROM app_user ORDER BY id").map((rs, ctx) -> {
            rows.put("user '" + rs.getString(1) + "'", rs.getString(2) + (rs.getObject(3) == null ? "" : " of area " + rs.getLong(3))
                    + (rs.getBoolean(4) ? ", withdrawn" : ""));
            return 0;
        }).list();
        handle.createQuery("SELECT p.area_id, p.version, p.issued, u.username FROM paper_account p JOIN app_user u ON u.id = p.entered_by")
                .map((rs, ctx) -> rows.put("area " + rs.getLong(1) + "'s account, version " + rs.getInt(2), rs.getLong(3)
                        + " issued, entered by " + rs.getString(4))).list();
        handle.createQuery("SELECT v.area_id, v.version, v.found, v.explanation, u.username, v.issued_when_verified FROM verification v"
                        + " JOIN app_user u ON u.id = v.entered_by")
                .map((rs, ctx) -> rows.put("area " + rs.getLong(1) + "'s verification, version " + rs.getInt(2), rs.getLong(3)
                        + " found (" + rs.getString(4) + ")" + (rs.getObject(6) == null ? "" : " against " + rs.getLong(6) + " issued")
                        + ", entered by " + rs.getString(5))).list();
        handle.createQuery("SELECT r.area_id, r.stage, r.version, r.entry, r.figures, u.username FROM area_return r"
                        + " JOIN app_user u ON u.id = r.entered_by")
                .map((rs, ctx) -> rows.put("area " + rs.getLong(1) + "'s stage " + rs.getInt(2) + " return, version " + rs.getInt(3)
                        + ", entry " + rs.getInt(4), canonical(rs.getString(5)) + ", entered by " + rs.getString(6))).list();
        handle.createQuery("SELECT area_id, stage, version, outcome FROM return_outcome")
                .map((rs, ctx) -> rows.put("area " + rs.getLong(1) + "'s stage " + rs.getInt(2) + " return, version " + rs.getInt(3)
                        + ": outcome", rs.getString(4))).list();
        handle.createQuery("SELECT o.area_id, o.stage, o.version, o.reason, u.username FROM return_reopening o"
                        + " JOIN app_user u ON u.id = o.opened_by")
                .map((rs, ctx) -> rows.put("area " + rs.getLong(1) + "'s stage " + rs.getInt(2) + " return, version " + rs.getInt(3)
                        + ": reopened", "because '" + rs.getString(4) + "', by " + rs.getString(5))).list();
        handle.createQuery("SELECT p.area_id, p.version, p.file_name, p.sha256, p.content, p.papers, p.figures, u.username,"
                        + " p.format, p.cdf_contest FROM area_papers p JOIN app_user u ON u.id = p.uploaded_by")
                .map((rs, ctx) -> rows.put("area " + rs.getLong(1) + "'s papers, version " + rs.getInt(2), "'" + rs.getString(3)
                        + "', " + rs.getString(9) + (rs.getString(10).isEmpty() ? "" : " of contest '" + rs.getString(10) + "'")
                        + ", sha256 " + rs.getString(4) + " (its bytes' " + Sha256.ofBytes(rs.getBytes(5)) + "), " + rs.getLong(6)
                        + " papers, " + canonical(rs.getString(7)) + ", uploaded by " + rs.getString(8))).list();
        handle.createQuery("SELECT o.area_id, o.version, o.reason, u.username FROM papers_reopening o"
                        + " JOIN app_user u ON u.id = o.opened_by")
                .map((rs, ctx) -> rows.put("area " + rs.getLong(1) + "'s papers, version " + rs.getInt(2) + ": reopened", "because '"
                        + rs.getString(3) + "', by " + rs.getString(4))).list();
        handle.createQuery("SELECT contest_id, stage, name, sha256, content FROM publication")
                .map((rs, ctx) -> rows.put("contest " + rs.getLong(1) + "'s stage " + rs.getInt(2) + " publication "
                        + rs.getString(3), "sha256 " + rs.getString(4) + " (its bytes' " + Sha256.ofBytes(rs.getBytes(5)) + ")"))
                .list();
        handle.createQuery("SELECT d.contest_id, d.stage, d.lot_seed, d.result, d.text_declaration, u.username FROM stage_declaration d"
                        + " JOIN app_user u ON u.id = d.declared_by")
                .map((rs, ctx) -> rows.put("contest " + rs.getLong(1) + "'s stage " + rs.getInt(2) + " declaration", "lot seed "
                        + rs.getLong(3) + hashed("result", rs.getString(4)) + hashed("text", rs.getString(5)) + ", by " + rs.getString(6)))
                .list();
        return rows;
    }

    private List<String> compare(Map<String, String> rows) {
        List<String> differences = new ArrayList<>();
        rows.forEach((key, row) -> {
            Recorded recorded = expected.get(key);
            if (recorded == null) {
                differences.add(key + " is in the tables, but no audit entry records it: it was written outside the server");
            } else if (!matches(row, recorded.row())) {
                differences.add(key + " is not as audit entry " + recorded.seq() + " records it: the tables hold " + row
                        + "; the log, " + recorded.row());
            }
        });
        expected.forEach((key, recorded) -> {
            if (!rows.containsKey(key)) {
                differences.add(key + " is recorded by audit entry " + recorded.seq() + " but is not in the tables: it was removed"
                        + " outside the server");
            }
        });
        return differences;
    }

    /**
     * Whether a row is what the log records. A log written before it recorded rules, electorates and
     * declarations' digests is compared on what it records.
     */
    private static boolean matches(String row, String recorded) {
        String comparable = row;
        if (!recorded.contains(" issued, entered by ") && recorded.contains(" found (")) {
            comparable = comparable.replaceFirst(" against [0-9]+ issued, entered by ", ", entered by ");
        }
        if (recorded.contains("(its bytes' ") && !recorded.matches("(?s).*', (ballot-papers|ranked-tally), sha256 .*")) {
            comparable = comparable.replaceFirst("', (ballot-papers|ranked-tally), sha256 ", "', sha256 ");
        }
        if (!recorded.contains(", counted from ")) {
            comparable = comparable.replaceFirst(", counted from [a-z-]+", "");
        }
        if (!recorded.contains(", rules ")) {
            comparable = comparable.replaceFirst(", rules [a-z-]+", "");
        }
        if (!recorded.contains(", electorate ")) {
            comparable = comparable.replaceAll(", electorate (not given|[0-9]+)", "");
        }
        if (recorded.startsWith("lot seed ") && !recorded.contains(" sha256 ")) {
            comparable = comparable.replaceAll(", (result|text) sha256 [0-9a-f]{64}", "");
        }
        return comparable.equals(recorded);
    }

    private void expect(long seq, String key, String row) {
        expected.put(key, new Recorded(seq, row));
    }

    private static String returnOf(JsonNode said) {
        return "area " + said.path("area").asLong() + "'s stage " + said.path("stage").asInt() + " return";
    }

    private static String quoted(JsonNode said, String field) {
        return "'" + said.path(field).asString("") + "'";
    }

    private static String orNone(String day) {
        return day.isEmpty() ? "none" : day;
    }

    /** An electorate as recorded; where the log predates recording it, the row's is compared as unrecorded. */
    private static String electorate(JsonNode said) {
        JsonNode electorate = said.path("electorate");
        return electorate.isMissingNode() ? "" : electorate(electorate.isNumber() ? electorate.asLong() : null);
    }

    private static String electorate(Long electorate) {
        return ", electorate " + (electorate == null ? "not given" : electorate);
    }

    private static String area(JsonNode said) {
        return said.path("area").isNumber() ? " of area " + said.path("area").asLong() : "";
    }

    private static String digest(JsonNode said, String field) {
        JsonNode digest = said.path(field);
        return digest.isString() && !digest.asString().isEmpty() ? ", " + field + " sha256 " + digest.asString() : "";
    }

    private static String hashed(String field, String text) {
        return text == null ? "" : ", " + field + " sha256 " + Sha256.ofText(text);
    }

    /** A return's figures as the log writes them (the same JSON, without spaces), to compare text with text. */
    private static String canonical(String figures) {
        try {
            return JSON.readTree(figures).toString();
        } catch (RuntimeException e) {
            return figures;
        }
    }
}
