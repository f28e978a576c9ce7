package org.teller.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.tally.RankingTally;
import org.teller.formats.internal.Sha256;
import org.teller.server.auth.User;
import org.teller.server.count.BallotPaperFile;
import org.teller.server.store.AreaStore;
import org.teller.server.store.DeclarationStore;
import org.teller.server.store.DeclarationStore.ContestInfo;
import org.teller.server.store.PapersStore;

/**
 * The ballot papers of a count area, uploaded as a file (Teller's ballot-paper CSV, as {@code teller count}
 * reads it) for a contest counted from its papers, such as one by the alternative vote. A file is checked
 * against the SHA-256 its sender gives (the one the scanning system printed, or the sender's browser made):
 * bytes changed or cut on the way are refused. It is then read, every paper judged, before it is taken; it
 * stands for its area until the returning officer reopens the area's papers for a corrected file.
 */
final class PapersRoutes {

    /** The largest file taken: about two million papers of five ranks. */
    static final long LARGEST_FILE = 128L << 20;

    private final AreaStore areas;
    private final DeclarationStore declarations;
    private final Access access;
    private final Writes writes;
    private final EntryBounds bounds;

    PapersRoutes(AreaStore areas, DeclarationStore declarations, Access access, Writes writes) {
        this.areas = areas;
        this.declarations = declarations;
        this.access = access;
        this.writes = writes;
        this.bounds = new EntryBounds(areas);
    }

    void register(RoutesConfig routes) {
        routes.post("/api/areas/{area}/papers", this::upload);
        routes.post("/api/areas/{area}/papers/reopen", this::reopen);
    }

    private void upload(Context ctx) {
        long area = PathParams.id(ctx, "area");
        User user = access.forArea(ctx, area);
        String given = ctx.queryParam("sha256");
        if (given == null || !given.toLowerCase(Locale.ROOT).matches("[0-9a-f]{64}")) {
            throw ApiException.badRequest("sha256: required, the file's SHA-256 as 64 hexadecimal digits (as the scanning system"
                    + " gives it): the server checks the file it receives against it");
        }
        String name = ctx.queryParam("name") == null ? "papers.csv" : ctx.queryParam("name");
        if (!name.matches("[A-Za-z0-9._ -]{1,200}") || !(name.endsWith(".csv") || name.endsWith(".csv.gz"))) {
            throw ApiException.badRequest("name: the file's name, ending .csv (or .csv.gz, gzipped), in letters A-Z, digits, spaces"
                    + " and . _ -, not '" + ApiException.shown(name) + "'");
        }
        String type = String.valueOf(ctx.header("Content-Type")).split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!List.of("text/csv", "application/gzip", "application/octet-stream").contains(type)) {
            throw new ApiException(415, "send the file's bytes as the body (Content-Type: text/csv, or application/gzip for .csv.gz)");
        }
        byte[] content = ctx.bodyAsBytes();
        String received = Sha256.ofBytes(content);
        if (!received.equals(given.toLowerCase(Locale.ROOT))) {
            throw ApiException.badRequest("the file received (" + content.length + " bytes) has SHA-256 " + received + ", not "
                    + given.toLowerCase(Locale.ROOT) + " as sent: it was changed or cut on the way, or is another file; nothing"
                    + " was taken");
        }
        // Read outside the write: a large file takes a while, and others' entries need not wait for it.
        Map<String, Object> about = writes.read(handle -> {
            long contest = contest(handle, area);
            ContestInfo info = declarations.contest(handle, contest).orElseThrow();
            return Map.of("contest", contest, "info", info, "area", handle.createQuery("SELECT name FROM count_area WHERE id = :a")
                    .bind("a", area).mapTo(String.class).one(), "candidates", areas.candidates(handle, contest));
        });
        ContestInfo info = (ContestInfo) about.get("info");
        if (!info.fromPapers()) {
            throw ApiException.conflict(info.name() + " is counted from returns typed twice, not from files of ballot papers");
        }
        @SuppressWarnings("unchecked")
        List<String> candidates = (List<String>) about.get("candidates");
        RankingTally tally;
        try {
            tally = BallotPaperFile.tally(content, name, (String) about.get("area"), info.system(), candidates, info.parties());
        } catch (InvalidInputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        Map<String, Object> figures = figures(candidates, tally);
        long papers = ReturnFigures.papers(figures);
        long contest = (Long) about.get("contest");
        Map<String, Object> taken = writes.writeAll(user, audit -> handle -> {
            if (declarations.declared(handle, contest, 1).isPresent()) {
                throw ApiException.conflict("this contest is declared: the papers it counted are final");
            }
            PapersStore.State state = areas.papers().state(handle, area);
            if (state.current().isPresent()) {
                throw ApiException.conflict("area " + area + " has its papers already (version " + state.version() + ", "
                        + state.current().get().fileName() + ", SHA-256 " + state.current().get().sha256() + "): the returning"
                        + " officer reopens them (POST /api/areas/" + area + "/papers/reopen) before a corrected file is taken");
            }
            bounds.firstStage(handle, area, papers);
            areas.papers().add(handle, area, state.version(), name, received, content, papers, JsonBody.write(figures), user.id());
            audit.entry("papers.uploaded", Map.of("area", area, "contest", contest, "version", state.version(), "name", name,
                    "sha256", received, "papers", papers, "figures", figures));
            return Responses.fields("area", area, "version", state.version(), "name", name, "sha256", received, "papers", papers,
                    "figures", figures);
        });
        Responses.json(ctx, 201, taken);
    }

    private void reopen(Context ctx) {
        long area = PathParams.id(ctx, "area");
        User officer = access.returningOfficer(ctx);
        String reason = JsonBody.parse(Responses.body(ctx), "reason").string("reason");
        int version = writes.writeAll(officer, audit -> handle -> {
            long contest = contest(handle, area);
            if (declarations.declared(handle, contest, 1).isPresent()) {
                throw ApiException.conflict("this contest is declared: the papers it counted are final");
            }
            PapersStore.State state = areas.papers().state(handle, area);
            if (state.current().isEmpty()) {
                throw ApiException.conflict("version " + state.version() + " of area " + area + "'s papers has no file yet: there is"
                        + " nothing to reopen");
            }
            areas.papers().reopen(handle, area, state.version() + 1, reason, officer.id());
            audit.entry("papers.reopened", Map.of("area", area, "contest", contest, "reason", reason));
            return state.version() + 1;
        });
        Responses.json(ctx, 201, Responses.fields("area", area, "version", version, "status", "awaiting-file"));
    }

    /** A tally's first preferences and rejected papers, as a first-stage return's canonical figures. */
    private static Map<String, Object> figures(List<String> candidates, RankingTally tally) {
        Map<String, Long> votes = new LinkedHashMap<>();
        List<Long> first = tally.firstPreferences();
        for (int c = 0; c < candidates.size(); c++) {
            votes.put(candidates.get(c), first.get(c));
        }
        Map<String, Long> rejected = new LinkedHashMap<>();
        for (RejectionHead head : RejectionHead.values()) {
            rejected.put(head.key(), tally.rejected().get(head));
        }
        return ReturnFigures.firstStage(candidates, votes, rejected);
    }

    private long contest(Handle handle, long area) {
        return areas.contestOf(handle, area).orElseThrow(() -> ApiException.notFound("area " + area));
    }
}
