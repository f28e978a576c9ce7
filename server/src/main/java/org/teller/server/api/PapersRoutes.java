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
    /** Files read at once: one a core; another waits its turn (429), so that uploads cannot take the server's memory. */
    private static final java.util.concurrent.Semaphore READING = new java.util.concurrent.Semaphore(2);

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
        String format = ctx.queryParam("format") == null ? BallotPaperFile.BALLOT_PAPERS : ctx.queryParam("format");
        if (!List.of(BallotPaperFile.BALLOT_PAPERS, BallotPaperFile.RANKED_TALLY, BallotPaperFile.CDF_CVR).contains(format)) {
            throw ApiException.badRequest("format: 'ballot-papers' (a row a paper), 'ranked-tally' (a row a ranking, with its"
                    + " votes) or 'cdf-cvr' (cast vote records, NIST SP 1500-103 JSON), not '" + ApiException.shown(format) + "'");
        }
        String name = ctx.queryParam("name") == null ? (format.equals(BallotPaperFile.CDF_CVR) ? "cvr.json" : "papers.csv")
                : ctx.queryParam("name");
        String lower = name.toLowerCase(Locale.ROOT);
        String ending = format.equals(BallotPaperFile.CDF_CVR) ? ".json" : ".csv";
        if (!name.matches("[A-Za-z0-9._ ()+-]{1,200}") || !(lower.endsWith(ending) || lower.endsWith(ending + ".gz"))) {
            throw ApiException.badRequest("name: the file's name, ending " + ending + " (or " + ending + ".gz, gzipped), in letters"
                    + " A-Z, digits, spaces and . _ - + ( ), not '" + ApiException.shown(name) + "'");
        }
        // A ranked tally holds valid papers alone: its rejected papers are stated beside it, by head.
        for (String parameter : ctx.queryParamMap().keySet()) {
            if (parameter.startsWith("rejected.") && java.util.Arrays.stream(RejectionHead.values())
                    .noneMatch(head -> parameter.equals("rejected." + head.key()))) {
                throw ApiException.badRequest(ApiException.shown(parameter) + ": not a head of rejected papers (want-of-official-mark,"
                        + " voting-for-too-many, identifying-mark, unmarked, uncertain)");
            }
        }
        Map<RejectionHead, Long> rejected = new java.util.EnumMap<>(RejectionHead.class);
        for (RejectionHead head : RejectionHead.values()) {
            String stated = ctx.queryParam("rejected." + head.key());
            if (stated != null) {
                if (!format.equals(BallotPaperFile.RANKED_TALLY)) {
                    throw ApiException.badRequest("rejected." + head.key() + ": a file of ballot papers or cast vote records holds"
                            + " its rejected papers; state them beside a ranked tally only");
                }
                if (!stated.matches("0|[1-9][0-9]{0,17}")) {
                    throw ApiException.badRequest("rejected." + head.key() + ": a whole number from 0, in digits, not '"
                            + ApiException.shown(stated) + "'");
                }
                rejected.put(head, Long.parseLong(stated));
            }
        }
        String type = String.valueOf(ctx.header("Content-Type")).split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!List.of("text/csv", "application/json", "application/gzip", "application/octet-stream").contains(type)) {
            throw new ApiException(415, "send the file's bytes as the body (Content-Type: text/csv, or application/gzip for .csv.gz)");
        }
        byte[] content = ctx.bodyAsBytes();
        String received = Sha256.ofBytes(content);
        if (!received.equals(given.toLowerCase(Locale.ROOT))) {
            throw ApiException.badRequest("the file received (" + content.length + " bytes) has SHA-256 " + received + ", not "
                    + given.toLowerCase(Locale.ROOT) + " as sent: it was changed or cut on the way, or is another file; nothing"
                    + " was taken");
        }
        // Everything that can refuse the file without reading it, first (reading a large file takes a while, and it is
        // read outside the write, so that others' entries need not wait for it).
        Map<String, Object> about = writes.read(handle -> {
            long contest = contest(handle, area);
            ContestInfo info = declarations.contest(handle, contest).orElseThrow();
            if (!info.fromPapers()) {
                throw ApiException.conflict(info.name() + " is counted from returns typed twice, not from files of ballot papers");
            }
            refusedBeforeReading(handle, contest, area);
            Map<Long, PapersStore.Papers> others = new LinkedHashMap<>();
            for (long other : areas.areasOf(handle, contest).keySet()) {
                if (other != area) {
                    areas.papers().state(handle, other).current().ifPresent(file -> others.put(other, file));
                }
            }
            return Map.of("contest", contest, "info", info, "area", handle.createQuery("SELECT name FROM count_area WHERE id = :a")
                    .bind("a", area).mapTo(String.class).one(), "candidates", areas.candidates(handle, contest), "found",
                    areas.verification(handle, area).orElseThrow().figure(), "others", others);
        });
        ContestInfo info = (ContestInfo) about.get("info");
        @SuppressWarnings("unchecked")
        List<String> candidates = (List<String>) about.get("candidates");
        // A paper's row is a few hundred bytes at most: a file far longer than its area's papers could fill is refused unread.
        long largest = Math.min(Long.MAX_VALUE / 2, 64L * 1024 + 8L * 1024 * (Long) about.get("found"));
        // The contest in a file of cast vote records: named as given, or as on the server; none for other files.
        String cdfContest = !format.equals(BallotPaperFile.CDF_CVR) ? ""
                : ctx.queryParam("cdfContest") == null ? info.name() : ctx.queryParam("cdfContest");
        RankingTally tally;
        if (!READING.tryAcquire()) {
            ctx.header("Retry-After", "5");
            throw new ApiException(429, "other files are being read: send this one again in a few seconds");
        }
        try {
            tally = BallotPaperFile.tally(content, name, (String) about.get("area"), info.system(), info.ballot(), largest, format,
                    rejected, cdfContest);
            @SuppressWarnings("unchecked")
            Map<Long, PapersStore.Papers> others = (Map<Long, PapersStore.Papers>) about.get("others");
            notCountedElsewhere(area, name, format, received, content, tally, others);
        } catch (InvalidInputException e) {
            throw ApiException.badRequest(e.getMessage());
        } finally {
            READING.release();
        }
        Map<String, Object> figures = figures(candidates, tally);
        long papers = ReturnFigures.papers(figures);
        long contest = (Long) about.get("contest");
        Map<String, Object> taken = writes.writeAll(user, audit -> handle -> {
            refusedBeforeReading(handle, contest, area); // again: another request may have changed it while this file was read
            PapersStore.State state = areas.papers().state(handle, area);
            bounds.firstStage(handle, area, papers, "the file holds");
            areas.papers().add(handle, area, state.version(), name, format, cdfContest, received, content, papers,
                    JsonBody.write(figures), user.id());
            audit.entry("papers.uploaded", Map.of("area", area, "contest", contest, "version", state.version(), "name", name,
                    "format", format, "cdfContest", cdfContest, "sha256", received, "papers", papers, "figures", figures));
            return Responses.fields("area", area, "version", state.version(), "name", name, "format", format, "sha256", received,
                    "papers", papers, "figures", figures);
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

    /** Refuses a file for an area of a declared contest, an area not verified, or one whose papers are in already. */
    private void refusedBeforeReading(Handle handle, long contest, long area) {
        if (declarations.declared(handle, contest, 1).isPresent()) {
            throw ApiException.conflict("this contest is declared: the papers it counted are final");
        }
        if (areas.verification(handle, area).isEmpty()) {
            throw ApiException.conflict("area " + area + " is not verified yet: enter the papers found in its boxes (POST"
                    + " /api/areas/" + area + "/verification) before its file");
        }
        PapersStore.State state = areas.papers().state(handle, area);
        if (state.current().isPresent()) {
            throw ApiException.conflict("area " + area + " has its papers already (version " + state.version() + ", "
                    + state.current().get().fileName() + ", SHA-256 " + state.current().get().sha256() + "): the returning"
                    + " officer reopens them (POST /api/areas/" + area + "/papers/reopen) before a corrected file is taken");
        }
    }

    /**
     * Refuses a file another area's file holds papers of: the same file (an export picked twice), or a paper
     * whose id another area's file has. A paper is counted in one area, as {@code teller count} counts it once.
     */
    private void notCountedElsewhere(long area, String name, String format, String sha256, byte[] content, RankingTally tally,
            Map<Long, PapersStore.Papers> others) {
        java.util.Set<String> ids = null;
        String fingerprint = null;
        for (Map.Entry<Long, PapersStore.Papers> other : others.entrySet()) {
            PapersStore.Papers file = other.getValue();
            if (tally.ballotPapers() > 0 && !file.sha256().equals(sha256) && file.format().equals(format)) {
                // The same papers in other bytes (a line end added, the JSON laid out again) are the same file.
                if (fingerprint == null) {
                    fingerprint = BallotPaperFile.fingerprint(content, name, format);
                }
                String theirs = BallotPaperFile.fingerprint(writes.read(handle -> areas.papers().content(handle, other.getKey(),
                        file.version())), file.fileName(), file.format());
                if (theirs.equals(fingerprint)) {
                    throw ApiException.conflict(name + " holds the same papers as area " + other.getKey() + "'s file ("
                            + file.fileName() + "), written otherwise: a paper is counted in one area only");
                }
            }
            if (file.sha256().equals(sha256) && tally.ballotPapers() > 0) {
                throw ApiException.conflict(name + " is the same file as area " + other.getKey() + "'s (" + file.fileName()
                        + ", SHA-256 " + sha256 + "): a paper is counted in one area only");
            }
            if (ids == null) {
                ids = format.equals(BallotPaperFile.BALLOT_PAPERS) ? BallotPaperFile.ids(content, name) : java.util.Set.of();
            }
            if (ids.isEmpty() || !file.format().equals(BallotPaperFile.BALLOT_PAPERS)) {
                continue; // no ids to compare: the same file is found by its SHA-256 alone
            }
            java.util.Set<String> theirs = writes.read(handle -> BallotPaperFile.ids(areas.papers().content(handle, other.getKey(),
                    file.version()), file.fileName()));
            for (String id : ids) {
                if (theirs.contains(id)) {
                    throw ApiException.conflict(name + " holds paper '" + ApiException.shown(id) + "', which area " + other.getKey()
                            + "'s file (" + file.fileName() + ") holds already: a paper is counted in one area only");
                }
            }
        }
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
