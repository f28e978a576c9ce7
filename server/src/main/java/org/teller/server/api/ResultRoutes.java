package org.teller.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.teller.core.ballot.RejectionHead;
import org.teller.server.auth.User;
import org.teller.server.count.FinalDeclaration;
import org.teller.server.count.StageOne;
import org.teller.server.store.AreaStore;
import org.teller.server.store.AreaStore.ReturnState;
import org.teller.server.store.AreaStore.Stated;
import org.teller.server.store.DeclarationStore;
import org.teller.server.store.DeclarationStore.ContestInfo;

/**
 * A contest's result: provisional totals as returns are accepted (public), and the returning officer's
 * declaration of a stage, made only once every area's return is accepted and reconciles with its
 * verification, counted by Teller's core.
 */
final class ResultRoutes {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final AreaStore areas;
    private final DeclarationStore declarations;
    private final Access access;
    private final Writes writes;

    private final java.util.function.LongSupplier revision;

    ResultRoutes(AreaStore areas, DeclarationStore declarations, Access access, Writes writes, java.util.function.LongSupplier revision) {
        this.revision = revision;
        this.areas = areas;
        this.declarations = declarations;
        this.access = access;
        this.writes = writes;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/contests/{contest}/result", this::result);
        routes.post("/api/contests/{contest}/declare/{stage}", this::declare);
        routes.get("/api/contests/{contest}/declaration", this::finalDeclaration);
        routes.get("/api/contests/{contest}/declaration.txt", ctx -> ctx.contentType("text/plain; charset=utf-8").result(finalText(ctx)));
        routes.get("/api/contests/{contest}/publications", this::publications);
        routes.get("/api/contests/{contest}/publications/{name}", this::publication);
        routes.get("/api/contests/{contest}/declaration.pdf", ctx -> {
            byte[] pdf;
            try {
                pdf = org.teller.publish.DeclarationPdf.of(finalText(ctx));
            } catch (org.teller.publish.UnprintableException e) {
                throw ApiException.conflict(e.getMessage() + ", in this declaration: the text (declaration.txt) and JSON"
                        + " declarations show it");
            }
            ctx.contentType("application/pdf").header("Content-Disposition", "inline; filename=\"declaration.pdf\"").result(pdf);
        });
    }

    /** The final declaration's printable text, as {@code teller count} writes it. */
    private String finalText(Context ctx) {
        long contest = PathParams.id(ctx, "contest");
        return writes.read(handle -> {
            info(handle, contest);
            return declarations.finalText(handle, contest)
                    .orElseThrow(() -> ApiException.notFound("the final declaration of contest " + contest));
        });
    }

    /** The contest's final declaration, byte for byte as {@code teller count --format json} writes it (public). */
    private void finalDeclaration(Context ctx) {
        long contest = PathParams.id(ctx, "contest");
        String json = writes.read(handle -> {
            info(handle, contest);
            Map<Integer, String> made = declarations.declarations(handle, contest);
            for (int stage = 2; stage >= 1; stage--) {
                String declared = made.get(stage);
                if (declared != null && JsonBody.readObject(declared).containsKey("contest")) { // a declaration, not a first stage alone
                    return declared;
                }
            }
            throw ApiException.notFound("the final declaration of contest " + contest);
        });
        ctx.status(200).contentType("application/json").result(json);
    }

    /** A contest's result as last computed, and the revision it was computed at. */
    private record Computed(long revision, String tag, String json, Map<String, Object> result) {}

    /** Each contest's result at the latest revision asked for: a result is computed once a change, not once a request. */
    private final java.util.concurrent.ConcurrentHashMap<Long, Computed> computed = new java.util.concurrent.ConcurrentHashMap<>();

    private void result(Context ctx) {
        long contest = PathParams.id(ctx, "contest");
        Computed known = latest(contest);
        // A client polling with the revision it has (If-None-Match) is told only that nothing changed.
        ctx.header("ETag", known.tag());
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), known.tag())) {
            ctx.status(304);
            return;
        }
        ctx.status(200).contentType("application/json").result(known.json());
    }

    /** Whether an If-None-Match header names this tag: a list, weak tags ({@code W/"..."}) and {@code *} as HTTP has them. */
    private static boolean matches(String header, String tag) {
        if (header == null) {
            return false;
        }
        for (String given : header.split(",")) {
            String one = given.strip();
            if (one.equals("*") || (one.startsWith("W/") ? one.substring(2) : one).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** A contest's result at the latest revision, computed once a revision. */
    private Computed latest(long contest) {
        long now = revision.getAsLong();
        Computed known = computed.get(contest);
        if (known == null || known.revision() != now) {
            Map<String, Object> result = compute(contest);
            known = new Computed((Long) result.get("revision"), "\"" + result.get("revision") + "\"", JsonBody.write(result), result);
            computed.put(contest, known);
        }
        return known;
    }

    /** A contest's result as the API gives it, for the pages (404 where there is no such contest). */
    Map<String, Object> resultOf(long contest) {
        return latest(contest).result();
    }

    private Map<String, Object> compute(long contest) {
        return writes.read(handle -> {
            ContestInfo info = info(handle, contest);
            List<String> candidates = areas.candidates(handle, contest);
            Map<Long, String> all = areas.areasOf(handle, contest);
            Map<String, Long> votes = new LinkedHashMap<>();
            candidates.forEach(name -> votes.put(name, 0L));
            Map<String, Long> rejected = new LinkedHashMap<>();
            for (RejectionHead head : RejectionHead.values()) {
                rejected.put(head.key(), 0L);
            }
            List<String> in = new ArrayList<>();
            List<String> notSummed = new ArrayList<>();
            Map<String, Object> byArea = new LinkedHashMap<>();
            for (Map.Entry<Long, String> area : all.entrySet()) {
                Optional<String> figures = areas.acceptedFigures(handle, area.getKey(), 1);
                if (figures.isPresent()) {
                    // Added to copies first: one area whose figures cannot be added up leaves the others' totals whole.
                    Map<String, Long> withVotes = new LinkedHashMap<>(votes);
                    Map<String, Long> withRejected = new LinkedHashMap<>(rejected);
                    try {
                        add(JsonBody.readObject(figures.get()), withVotes, withRejected);
                    } catch (ArithmeticException e) {
                        notSummed.add(area.getValue());
                        continue;
                    }
                    votes.putAll(withVotes);
                    rejected.putAll(withRejected);
                    in.add(area.getValue());
                    byArea.put(area.getValue(), JsonBody.readObject(figures.get())); // accepted: public, as the totals are
                }
            }
            Map<String, Object> declared = new LinkedHashMap<>();
            declarations.declarations(handle, contest).forEach((stage, json) -> declared.put(String.valueOf(stage),
                    JsonBody.readObject(json)));
            long revision = org.teller.server.audit.AuditLog.revision(handle);
            String hash = handle.createQuery("SELECT hash FROM audit_entry WHERE seq = :seq").bind("seq", revision).mapTo(String.class)
                    .findFirst().orElse("");
            return Responses.fields("contest", contest, "revision", revision, "auditHead", revision + ":" + hash, "name", info.name(),
                    "system", info.system(),
                    "rehearsal", info.rehearsal(),
                    "electorate", info.electorate().isPresent() ? info.electorate().getAsLong() : null,
                    "areas", all.size(), "areasIn", in, "areasNotAdded", notSummed, "provisional", Responses.fields("stage", 1, "votes", votes,
                            "rejected", rejected, "byArea", byArea),
                    "declared", declared);
        });
    }

    private void declare(Context ctx) {
        long contest = PathParams.id(ctx, "contest");
        User officer = access.returningOfficer(ctx);
        int stage = PathParams.stage(ctx);
        // The lots' seed is the server's, drawn at the declaration: one given by a person who has seen the figures
        // could be chosen for the winner it draws.
        JsonBody.parse(Responses.body(ctx));
        // A contest counted from its papers: its files are read and tallied first, outside the write, so that a long
        // read holds up no one else's entry; the write then checks that the files it read still stand.
        Map<Long, Tallied> tallied = tallied(contest);
        String declared = writes.writeAll(officer, audit -> handle -> {
            ContestInfo info = info(handle, contest);
            if (declarations.declared(handle, contest, stage).isPresent()) {
                throw ApiException.conflict("stage " + stage + " of " + info.name() + " is declared already: a declaration is made once");
            }
            List<String> candidates = areas.candidates(handle, contest);
            Map<Long, String> all = areas.areasOf(handle, contest);
            if (all.isEmpty()) {
                throw ApiException.conflict(info.name() + " has no count areas: there is nothing to declare");
            }
            // Counted from papers: by the Supplementary Vote or the contingent vote the first stage is still declared first,
            // from the files' first preferences (as from returns), and the second from the papers themselves.
            boolean byStages = info.system().equals("supplementary-vote") || info.system().equals("contingent-vote");
            if (info.fromPapers() && !(byStages && stage == 1)) {
                return fromPapers(handle, info, stage, byStages, candidates, all, tallied, officer, audit);
            }
            List<String> forward = List.of();
            long seed;
            if (stage == 2) {
                Map<String, Object> first = JsonBody.readObject(declarations.declared(handle, contest, 1).orElseThrow(() ->
                        ApiException.conflict("the first stage is not declared yet: it is declared before the second")));
                @SuppressWarnings("unchecked")
                List<String> going = first.containsKey("contest") ? List.of() : (List<String>) first.getOrDefault("forward", List.of());
                if (going.isEmpty()) {
                    throw ApiException.conflict("there is no second stage: the first stage's declaration is final");
                }
                forward = going;
                seed = declarations.lotSeed(handle, contest, 1); // the whole count draws the first stage's lots again
            } else {
                seed = SEEDS.nextLong() & Long.MAX_VALUE;
            }
            List<String> problems = new ArrayList<>();
            List<List<Long>> votes = new ArrayList<>();
            List<FinalDeclaration.AreaReturns> returns = new ArrayList<>();
            Map<String, Long> rejected = new LinkedHashMap<>();
            for (RejectionHead head : RejectionHead.values()) {
                rejected.put(head.key(), 0L);
            }
            Map<String, Object> canonical = new LinkedHashMap<>();
            for (Map.Entry<Long, String> area : all.entrySet()) {
                problems.addAll(check(handle, area.getKey(), area.getValue(), info.fromPapers(), candidates, votes, rejected));
                if (stage == 2 && problems.isEmpty()) {
                    problems.addAll(secondStage(handle, area.getKey(), area.getValue(), candidates, votes.get(votes.size() - 1),
                            returns, canonical));
                }
            }
            if (!problems.isEmpty()) {
                throw ApiException.conflict("stage " + stage + " cannot be declared yet: " + String.join("; ", problems));
            }
            String result;
            String text = null;
            org.teller.core.contest.Declaration published = null;
            if (stage == 1) {
                Map<String, Object> firstStage = StageOne.declare(info.system(), candidates, votes, rejected, seed);
                result = JsonBody.write(firstStage);
                if (firstStage.get("elected") != null && info.fromPapers()) {
                    // Elected at the first stage: the declaration is final, counted from the papers with the same lots.
                    FinalDeclaration.Rendered rendered = papersDeclaration(handle, info, all, tallied, seed);
                    result = rendered.json();
                    text = rendered.text();
                    published = rendered.declaration();
                } else if (firstStage.get("elected") != null) {
                    // Elected at the first stage: the declaration is final, and is the contest's.
                    int i = 0;
                    for (Map.Entry<Long, String> area : all.entrySet()) {
                        List<Long> areaVotes = votes.get(i++);
                        returns.add(new FinalDeclaration.AreaReturns(area.getValue(), areaVotes,
                                areaVotes.stream().map(v -> java.util.Optional.<Long>empty()).toList()));
                        canonical.put(area.getValue(), Responses.fields("first", areaVotes));
                    }
                    FinalDeclaration.Rendered rendered = declaration(info, returns, rejected, seed, canonical);
                    result = rendered.json();
                    text = rendered.text();
                    published = rendered.declaration();
                }
            } else {
                FinalDeclaration.Rendered rendered = declaration(info, returns, rejected, seed, canonical);
                result = rendered.json();
                text = rendered.text();
                published = rendered.declaration();
            }
            return record(handle, audit, contest, stage, seed, result, text, published, officer);
        });
        ctx.status(201).contentType("application/json").result(declared);
    }

    /**
     * The declaration of a contest counted from its ballot papers: the whole count at once (every round, every
     * stage), from each area's file, once every area's file is in and reconciles with its verification.
     */
    /** An area's file as it was read for a declaration: its version, and its papers tallied. */
    private record Tallied(int version, FinalDeclaration.AreaPapers papers) {}

    /** Each area's file, read and tallied (none where the contest is counted from returns, or an area has no file). */
    private Map<Long, Tallied> tallied(long contest) {
        record File(long area, String name, org.teller.server.store.PapersStore.Papers papers, byte[] content) {}
        List<File> files = new ArrayList<>();
        ContestInfo info = writes.read(handle -> {
            ContestInfo found = info(handle, contest);
            if (found.fromPapers()) {
                areas.areasOf(handle, contest).forEach((area, name) -> areas.papers().state(handle, area).current().ifPresent(file ->
                        files.add(new File(area, name, file, areas.papers().content(handle, area, file.version())))));
            }
            return found;
        });
        Map<Long, Tallied> tallied = new LinkedHashMap<>();
        for (File file : files) {
            try {
                tallied.put(file.area(), new Tallied(file.papers().version(), new FinalDeclaration.AreaPapers(file.name(),
                        file.papers().fileName(), file.papers().sha256(), org.teller.server.count.BallotPaperFile.tally(file.content(),
                                file.papers().fileName(), file.name(), info.system(), info.ballot(), Long.MAX_VALUE,
                                file.papers().format(), statedRejected(file.papers()), file.papers().cdfContest()))));
            } catch (org.teller.core.InvalidInputException e) { // taken when uploaded: only a change to the contest since could do it
                throw ApiException.conflict("the papers do not fit the count: " + e.getMessage());
            }
        }
        return tallied;
    }

    /** A ranked tally's rejected papers, as stated when it was uploaded (in its figures); none for a file of ballot papers. */
    @SuppressWarnings("unchecked")
    private static Map<RejectionHead, Long> statedRejected(org.teller.server.store.PapersStore.Papers file) {
        Map<RejectionHead, Long> rejected = new java.util.EnumMap<>(RejectionHead.class);
        if (file.format().equals(org.teller.server.count.BallotPaperFile.RANKED_TALLY)) {
            ((Map<String, Object>) JsonBody.readObject(file.figures()).get("rejected")).forEach((head, papers) ->
                    rejected.put(RejectionHead.ofKey(head), ((Number) papers).longValue()));
        }
        return rejected;
    }

    private String fromPapers(Handle handle, ContestInfo info, int stage, boolean byStages, List<String> candidates,
            Map<Long, String> all, Map<Long, Tallied> tallied, User officer, Writes.Auditor audit) {
        long seed;
        if (!byStages && stage != 1) {
            throw ApiException.conflict(info.name() + " is counted from its ballot papers: the whole count is declared at once"
                    + " (POST .../declare/1)");
        } else if (stage == 2) {
            Map<String, Object> first = JsonBody.readObject(declarations.declared(handle, info.id(), 1).orElseThrow(() ->
                    ApiException.conflict("the first stage is not declared yet: it is declared before the second")));
            if (first.containsKey("contest")) {
                throw ApiException.conflict("there is no second stage: the first stage's declaration is final");
            }
            seed = declarations.lotSeed(handle, info.id(), 1); // the whole count draws the first stage's lots again
        } else {
            seed = SEEDS.nextLong() & Long.MAX_VALUE;
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Long, String> area : all.entrySet()) {
            problems.addAll(check(handle, area.getKey(), area.getValue(), true, candidates, new ArrayList<>(), new LinkedHashMap<>()));
        }
        if (!problems.isEmpty()) {
            throw ApiException.conflict("the count cannot be declared yet: " + String.join("; ", problems));
        }
        FinalDeclaration.Rendered rendered = papersDeclaration(handle, info, all, tallied, seed);
        return record(handle, audit, info.id(), stage, seed, rendered.json(), rendered.text(), rendered.declaration(), officer);
    }

    /**
     * Keeps a stage's declaration (its JSON, and its printable text where it is final) and audits it with both
     * digests: a declaration changed in the database is found against them ({@code teller audit verify}).
     */
    /**
     * Records a stage's declaration and, for a final one, its publications (the web page, the PDF, the story and
     * the formats other tools read), with the SHA-256 of each in the audit entry.
     *
     * @param published the final declaration, or null for a first stage alone
     */
    private String record(Handle handle, Writes.Auditor audit, long contest, int stage, long seed, String json, String text,
            org.teller.core.contest.Declaration published, User officer) {
        declarations.declare(handle, contest, stage, seed, json, text, officer.id());
        Map<String, Object> entry = new LinkedHashMap<>(Map.of("contest", contest, "stage", stage, "lotSeed", seed, "result",
                org.teller.formats.internal.Sha256.ofText(json), "text", text == null ? "" : org.teller.formats.internal.Sha256.ofText(text)));
        if (published != null) {
            Map<String, byte[]> publications = org.teller.server.count.Publications.of(published);
            declarations.publish(handle, contest, stage, publications);
            Map<String, Object> digests = new LinkedHashMap<>();
            publications.forEach((name, content) -> digests.put(name, org.teller.formats.internal.Sha256.ofBytes(content)));
            entry.put("publications", digests);
        }
        audit.entry("stage.declared", entry);
        return json;
    }

    /** A publication of the final declaration, as it was made when declared (public). */
    private void publication(Context ctx) {
        long contest = PathParams.id(ctx, "contest");
        String name = ctx.pathParam("name");
        org.teller.server.count.Publications.Kind kind = org.teller.server.count.Publications.kind(name).orElseThrow(() ->
                ApiException.notFound("a publication called '" + name + "' (the names a publication may have: "
                        + String.join(", ", org.teller.server.count.Publications.KINDS.stream()
                                .map(org.teller.server.count.Publications.Kind::name).toList()) + ")"));
        org.teller.server.store.DeclarationStore.Stored stored = writes.read(handle -> {
            info(handle, contest);
            return declarations.publication(handle, contest, name).orElseThrow(() -> ApiException.notFound(
                    "the " + name + " of contest " + contest + " (not declared yet, or not made for this declaration)"));
        });
        // What is served is what was declared: bytes that no longer hash to what was recorded are not served.
        if (!org.teller.formats.internal.Sha256.ofBytes(stored.content()).equals(stored.sha256())) {
            throw new ApiException(500, "the stored " + name + " of contest " + contest + " does not match the SHA-256"
                    + " recorded when it was declared, and is not served: run teller audit verify");
        }
        if (kind.contentType().startsWith("text/html")) {
            // A page with a script, on the console's origin: never framed, and it may load nothing.
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline';"
                    + " img-src data:; frame-ancestors 'none'").header("X-Frame-Options", "DENY");
        }
        ctx.status(200).contentType(kind.contentType()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"" + name + "\"").result(stored.content());
    }

    /** The publications made of the final declaration: each one's name and SHA-256 (public). */
    private void publications(Context ctx) {
        long contest = PathParams.id(ctx, "contest");
        Map<String, String> made = writes.read(handle -> {
            info(handle, contest);
            return declarations.publications(handle, contest);
        });
        List<Map<String, Object>> list = new ArrayList<>();
        made.forEach((name, sha256) -> {
            if (org.teller.server.count.Publications.kind(name).isPresent()) {
                list.add(Responses.fields("name", name, "sha256", sha256, "href", "/api/contests/" + contest + "/publications/" + name));
            }
        });
        ctx.status(200).contentType("application/json").result(JsonBody.write(Map.of("publications", list)));
    }

    /** A declaration's title: the contest's, marked as test data in a rehearsal. */
    private static String title(ContestInfo info) {
        return info.rehearsal() ? "REHEARSAL (test data): " + info.name() : info.name();
    }

    /** The declaration counted from the areas' files as they were read ({@code tallied}), which must still stand. */
    private FinalDeclaration.Rendered papersDeclaration(Handle handle, ContestInfo info, Map<Long, String> all,
            Map<Long, Tallied> tallied, long seed) {
        List<FinalDeclaration.AreaPapers> papers = new ArrayList<>();
        for (Map.Entry<Long, String> area : all.entrySet()) {
            org.teller.server.store.PapersStore.Papers file = areas.papers().state(handle, area.getKey()).current().orElseThrow();
            Tallied read = tallied.get(area.getKey());
            if (read == null || read.version() != file.version() || !read.papers().sha256().equals(file.sha256())) {
                throw ApiException.conflict(area.getValue() + "'s file changed while the count was being read: declare again");
            }
            papers.add(read.papers());
        }
        try {
            return FinalDeclaration.fromPapers(title(info), info.pollingDay(), info.system(), info.rules(), info.ballot(),
                    info.electorate(), papers, seed, info.previous());
        } catch (org.teller.core.InvalidInputException e) {
            throw ApiException.conflict("the papers do not fit the count: " + e.getMessage());
        }
    }

    /** The final declaration's JSON, as {@code teller count --format json} writes it; a misfit of the returns is a 409. */
    private static FinalDeclaration.Rendered declaration(ContestInfo info, List<FinalDeclaration.AreaReturns> returns,
            Map<String, Long> rejected, long seed, Map<String, Object> canonical) {
        try {
            return FinalDeclaration.json(title(info), info.pollingDay(), info.system(), info.rules(), info.ballot(),
                    info.electorate(), returns, rejected, seed, JsonBody.write(canonical), info.previous());
        } catch (org.teller.core.InvalidInputException e) {
            // The returns are the one input, so the message names the value and the reason, not the source again.
            throw ApiException.conflict("the returns do not fit the count: " + e.value().map(value -> "'" + value + "' ").orElse("")
                    + e.reason());
        }
    }

    /** An area's second-stage problems (none: its returns are added to {@code returns}). */
    @SuppressWarnings("unchecked")
    private List<String> secondStage(Handle handle, long area, String name, List<String> candidates, List<Long> first,
            List<FinalDeclaration.AreaReturns> returns, Map<String, Object> canonical) {
        ReturnState state = areas.returnState(handle, area, 2);
        if (!state.outcome().orElse("").equals("accepted")) {
            return List.of(name + ": its second-stage return is not accepted (" + state.outcome().orElse(state.entries().isEmpty()
                    ? "not entered" : "awaiting its second entry") + ")");
        }
        Map<String, Object> figures = JsonBody.readObject(state.entries().get(0).figures());
        Map<String, Object> added = (Map<String, Object>) figures.get("votes");
        List<java.util.Optional<Long>> byCandidate = candidates.stream().map(candidate -> added.containsKey(candidate)
                ? java.util.Optional.of(((Number) added.get(candidate)).longValue()) : java.util.Optional.<Long>empty()).toList();
        returns.add(new FinalDeclaration.AreaReturns(name, first, byCandidate));
        canonical.put(name, Responses.fields("first", first, "second", added));
        return List.of();
    }

    /** An area's problems before a declaration (none: its figures are added to {@code votes} and {@code rejected}). */
    private List<String> check(Handle handle, long area, String name, boolean fromPapers, List<String> candidates,
            List<List<Long>> votes, Map<String, Long> rejected) {
        Optional<String> accepted = areas.acceptedFigures(handle, area, 1);
        if (accepted.isEmpty() && fromPapers) {
            return List.of(name + ": no file of its ballot papers stands for it (none uploaded, or reopened)");
        }
        if (accepted.isEmpty()) {
            ReturnState state = areas.returnState(handle, area, 1);
            return List.of(name + ": its return is not accepted (" + state.outcome().orElse(state.entries().isEmpty()
                    ? "not entered" : "awaiting its second entry") + ")");
        }
        Optional<Stated> verification = areas.verification(handle, area);
        if (verification.isEmpty()) {
            return List.of(name + ": not verified");
        }
        Optional<Stated> account = areas.account(handle, area);
        if (account.isEmpty()) {
            return List.of(name + ": no ballot paper account");
        }
        if (!verification.get().reconciles(account.get())) {
            return List.of(name + ": the ballot paper account (" + account.get().figure() + " issued) and the verification ("
                    + verification.get().figure() + " found) differ, " + (verification.get().explanation().isEmpty() ? "unexplained"
                    : "and the account has changed since the difference was explained") + ": verify the area again");
        }
        Map<String, Object> figures = JsonBody.readObject(accepted.get());
        Map<String, Long> areaVotes = new LinkedHashMap<>();
        candidates.forEach(candidate -> areaVotes.put(candidate, 0L));
        Map<String, Long> areaRejected = new LinkedHashMap<>();
        add(figures, areaVotes, areaRejected);
        long papers = 0;
        try {
            for (long count : areaVotes.values()) {
                papers = Math.addExact(papers, count);
            }
            for (long count : areaRejected.values()) {
                papers = Math.addExact(papers, count);
            }
        } catch (ArithmeticException e) {
            return List.of(name + ": its figures add up to more than Teller can count");
        }
        if (papers != verification.get().figure()) {
            return List.of(name + ": the return counts " + papers + " papers (votes and rejected), the verification found "
                    + verification.get().figure() + ": they must reconcile");
        }
        votes.add(new ArrayList<>(areaVotes.values()));
        areaRejected.forEach((head, count) -> rejected.merge(head, count, Math::addExact));
        return List.of();
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> figures, Map<String, Long> votes, Map<String, Long> rejected) {
        ((Map<String, Object>) figures.get("votes")).forEach((name, count) -> votes.merge(name, ((Number) count).longValue(),
                Math::addExact));
        ((Map<String, Object>) figures.get("rejected")).forEach((head, count) -> rejected.merge(head, ((Number) count).longValue(),
                Math::addExact));
    }

    private ContestInfo info(Handle handle, long contest) {
        return declarations.contest(handle, contest).orElseThrow(() -> ApiException.notFound("contest " + contest));
    }
}
