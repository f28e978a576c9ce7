package org.teller.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.teller.server.audit.AuditEntry;
import org.teller.server.audit.AuditLog;

/**
 * The public feed of what changed, as news agencies' feeds give it: each change that the public may see
 * (an election, contest or area made, a return accepted, a stage declared) with its revision, the audit
 * log's sequence number. Clients poll {@code GET /api/feed?since=R} for the changes after revision R, or
 * listen to {@code GET /api/events} (server-sent events), told of each change as it is committed. The feed
 * says what changed, never a return's figures before they are accepted; a change to a rehearsal's election
 * says {@code "rehearsal": true}, so that no client takes test data for results.
 */
final class Feed {

    private static final Set<String> PUBLIC = Set.of("election.created", "contest.created", "area.created", "return.accepted",
            "papers.uploaded", "papers.reopened", "return.reopened", "area.removed", "stage.declared");
    /** The most changes one poll returns: a client polls again from the last revision it got. */
    private static final int PAGE = 1000;

    private final Writes writes;
    private final List<SseClient> listeners = new CopyOnWriteArrayList<>();
    /** The latest revision committed: kept here, as this server makes every change (one server to a database). */
    private final java.util.concurrent.atomic.AtomicLong latest = new java.util.concurrent.atomic.AtomicLong(-1);
    /** Whether an election, contest or area ("contest 3") is a rehearsal's: fixed when it is made, so kept once read. */
    private final Map<String, Boolean> rehearsals = new java.util.concurrent.ConcurrentHashMap<>();

    Feed(Writes writes) {
        this.writes = writes;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/feed", this::poll);
        routes.before("/api/events", ctx -> {
            String accept = ctx.header("Accept");
            if (accept == null || !accept.contains("text/event-stream")) {
                throw new ApiException(406, "this is a stream of server-sent events: ask for it with 'Accept: text/event-stream'"
                        + " (a browser's EventSource does), or poll /api/feed?since=REVISION");
            }
        });
        routes.sse("/api/events", client -> {
            client.keepAlive();
            client.onClose(() -> listeners.remove(client));
            listeners.add(client);
            client.sendComment("connected: changes follow as events named 'change'");
            // The latest revision first: a client (re)connecting learns what it missed while it was away.
            client.sendEvent("revision", JsonBody.write(Map.of("revision", revision())));
        });
    }

    /** The latest revision: the audit log's last sequence number (0 before any change), read once, then kept. */
    long revision() {
        long known = latest.get();
        if (known < 0) {
            long read = writes.read(AuditLog::revision);
            latest.compareAndSet(-1, read);
            known = latest.get();
        }
        return known;
    }

    private void poll(Context ctx) {
        String since = ctx.queryParam("since");
        // ASCII digits only, as in paths: not +1, 01, nor another script's digits (which Long.parseLong takes).
        if (since != null && !since.matches("0|[1-9][0-9]{0,17}")) {
            throw ApiException.badRequest("since: a revision (a whole number from 0, in the digits 0-9), not '"
                    + ApiException.shown(since) + "'");
        }
        long after = since == null ? 0 : Long.parseLong(since);
        Map<String, Object> page = writes.read(handle -> {
            List<Map<String, Object>> changes = new ArrayList<>();
            handle.createQuery("SELECT seq, action, payload FROM audit_entry WHERE seq > :after AND action IN (<public>)"
                            + " ORDER BY seq FETCH FIRST " + (PAGE + 1) + " ROWS ONLY")
                    .bind("after", after).bindList("public", List.copyOf(PUBLIC))
                    .map((rs, c) -> change(rs.getLong(1), rs.getString(2), rs.getString(3))).forEach(changes::add);
            changes.forEach(change -> change.put("rehearsal", rehearsal(handle, change)));
            boolean more = changes.size() > PAGE;
            List<Map<String, Object>> shown = more ? changes.subList(0, PAGE) : changes;
            long latest = AuditLog.revision(handle);
            return Responses.fields("revision", more ? shown.get(PAGE - 1).get("revision") : latest, "more", more,
                    "changes", List.copyOf(shown));
        });
        Responses.json(ctx, 200, page);
    }

    /** Tells every listener of the public changes among these entries (just committed). */
    void published(List<AuditEntry> entries) {
        for (AuditEntry entry : entries) {
            latest.accumulateAndGet(entry.seq(), Math::max);
            if (PUBLIC.contains(entry.action()) && !listeners.isEmpty()) {
                Map<String, Object> change = change(entry.seq(), entry.action(), entry.payload());
                change.put("rehearsal", writes.read(handle -> rehearsal(handle, change)));
                String event = JsonBody.write(change);
                for (SseClient listener : listeners) {
                    try {
                        listener.sendEvent("change", event, String.valueOf(entry.seq()));
                    } catch (RuntimeException e) {
                        listeners.remove(listener); // gone: its connection closed
                    }
                }
            }
        }
    }

    /** Whether a change is to a rehearsal's election (false where the change names none: never guessed as test data). */
    private boolean rehearsal(org.jdbi.v3.core.Handle handle, Map<String, Object> change) {
        for (String about : List.of("area", "contest", "election")) {
            if (change.get(about) instanceof Long id) {
                return rehearsals.computeIfAbsent(about + " " + id, key -> handle.createQuery(switch (about) {
                    case "area" -> "SELECT e.rehearsal FROM count_area a JOIN contest c ON c.id = a.contest_id"
                            + " JOIN election e ON e.id = c.election_id WHERE a.id = :id";
                    case "contest" -> "SELECT e.rehearsal FROM contest c JOIN election e ON e.id = c.election_id WHERE c.id = :id";
                    default -> "SELECT rehearsal FROM election WHERE id = :id";
                }).bind("id", id).mapTo(Boolean.class).findFirst().orElse(false));
            }
        }
        return false;
    }

    /** A public change: its revision, what happened, and the election or contest it is about. */
    private static Map<String, Object> change(long seq, String action, String payload) {
        Map<String, Object> said = JsonBody.readObject(payload);
        Map<String, Object> change = Responses.fields("revision", seq, "action", action);
        for (String about : List.of("election", "contest", "area", "stage")) {
            if (said.get(about) instanceof Number number) {
                change.put(about, number.longValue());
            }
        }
        return change;
    }
}
