package org.teller.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.teller.server.auth.User;
import org.teller.server.store.AreaStore;
import org.teller.server.store.AreaStore.ReturnState;
import org.teller.server.store.AreaStore.Statement;
import org.teller.server.store.AreaStore.Stated;
import org.teller.server.store.DeclarationStore;

/**
 * What a count area states and returns: its ballot paper account, its verification (a discrepancy explained
 * or the box recounted), and its returns, each typed twice by two different people and accepted only when
 * the two agree figure for figure. A disagreement is kept and shown, never resolved by the server: the
 * returning officer reopens the return, and it is entered twice again. Count staff write their own area
 * only; the returning officer any.
 */
final class AreaRoutes {

    private final AreaStore areas;
    private final DeclarationStore declarations;
    private final Access access;
    private final Writes writes;
    private final EntryBounds bounds;

    AreaRoutes(AreaStore areas, DeclarationStore declarations, Access access, Writes writes) {
        this.areas = areas;
        this.bounds = new EntryBounds(areas);
        this.declarations = declarations;
        this.access = access;
        this.writes = writes;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/areas/{area}", this::status);
        routes.post("/api/areas/{area}/account", this::account);
        routes.post("/api/areas/{area}/verification", this::verification);
        routes.post("/api/areas/{area}/returns/{stage}", this::enterReturn);
        routes.post("/api/areas/{area}/returns/{stage}/reopen", this::reopen);
    }

    private void status(Context ctx) {
        long area = PathParams.id(ctx, "area");
        access.forArea(ctx, area);
        Map<String, Object> status = writes.read(handle -> {
            long contest = contest(handle, area);
            Optional<Stated> account = areas.account(handle, area);
            Optional<Stated> verification = areas.verification(handle, area);
            boolean fromPapers = declarations.contest(handle, contest).orElseThrow().fromPapers();
            ReturnState first = areas.returnState(handle, area, 1);
            Map<String, Object> returns = new LinkedHashMap<>();
            if (!fromPapers) { // a contest counted from its papers has no typed returns
                returns.put("1", state(first));
            }
            ReturnState second = areas.returnState(handle, area, 2);
            if (!second.entries().isEmpty() || second.version() > 1) {
                returns.put("2", state(second));
            }
            return Responses.fields("area", area, "contest", contest,
                    "account", account.map(a -> Responses.fields("version", a.version(), "issued", a.figure(), "enteredBy", a.enteredBy()))
                            .orElse(null),
                    "verification", verification.map(v -> Responses.fields("version", v.version(), "found", v.figure(),
                            "explanation", v.explanation(), "enteredBy", v.enteredBy())).orElse(null),
                    "discrepancy", account.isPresent() && verification.isPresent()
                            ? verification.get().figure() - account.get().figure() : null,
                    "returns", returns, "papers", fromPapers ? papers(areas.papers().state(handle, area)) : null);
        });
        Responses.json(ctx, 200, status);
    }

    /** Where an area's papers stand, for a contest counted from them. */
    private static Map<String, Object> papers(org.teller.server.store.PapersStore.State state) {
        return Responses.fields("version", state.version(), "status", state.current().isPresent() ? "taken" : "awaiting-file",
                "name", state.current().map(p -> p.fileName()).orElse(null),
                "sha256", state.current().map(p -> p.sha256()).orElse(null),
                "papers", state.current().map(p -> p.papers()).orElse(null),
                "uploadedBy", state.current().map(p -> p.uploadedBy()).orElse(null),
                "reopenedBecause", state.reopenedBecause().orElse(null));
    }

    private static Map<String, Object> state(ReturnState state) {
        List<Map<String, Object>> entries = state.entries().stream().map(entry -> Responses.fields("entry", entry.entry(),
                "enteredBy", entry.enteredBy(), "enteredAt", entry.enteredAt().toString())).toList();
        String status = state.outcome().orElse(state.entries().isEmpty() ? "awaiting-first-entry" : "awaiting-second-entry");
        Map<String, Object> shown = Responses.fields("version", state.version(), "status", status, "entries", entries,
                "figures", status.equals("accepted") ? JsonBody.readObject(state.entries().get(0).figures()) : null);
        if (status.equals("disagreed")) {
            Map<String, Object> first = JsonBody.readObject(state.entries().get(0).figures());
            Map<String, Object> second = JsonBody.readObject(state.entries().get(1).figures());
            shown.put("first", first);
            shown.put("second", second);
            shown.put("differences", ReturnFigures.differences(first, second));
        }
        return shown;
    }

    private void account(Context ctx) {
        long area = PathParams.id(ctx, "area");
        User user = access.forArea(ctx, area);
        long issued = JsonBody.parse(Responses.body(ctx), "issued").count("issued");
        int version = writes.write(user, "account.entered", Map.of("area", area, "issued", issued), handle -> {
            long contest = contest(handle, area);
            notDeclared(handle, contest, 1);
            bounds.statement(handle, contest, electorate(handle, contest), area, Statement.ACCOUNT, "issued", issued);
            return areas.addAccount(handle, area, issued, user.id());
        });
        Responses.json(ctx, 201, Responses.fields("area", area, "version", version, "issued", issued));
    }

    private void verification(Context ctx) {
        long area = PathParams.id(ctx, "area");
        User user = access.forArea(ctx, area);
        JsonBody body = JsonBody.parse(Responses.body(ctx), "found", "explanation");
        long found = body.count("found");
        String explanation = body.optionalString("explanation").orElse("");
        Map<String, Object> result = writes.writeAll(user, audit -> handle -> {
                    long contest = contest(handle, area);
                    notDeclared(handle, contest, 1);
                    Optional<Stated> account = areas.account(handle, area);
                    if (account.isEmpty()) {
                        throw ApiException.conflict("area " + area + " has no ballot paper account yet: enter the papers issued"
                                + " (POST /api/areas/" + area + "/account) before the verification");
                    }
                    long discrepancy = found - account.get().figure();
                    if (discrepancy != 0 && explanation.isEmpty()) {
                        throw ApiException.badRequest("found: " + found + " papers, but the ballot paper account says "
                                + account.get().figure() + " were issued (" + (discrepancy > 0 ? "+" : "") + discrepancy
                                + "): explain the discrepancy (explanation), or recount the box and enter what is found");
                    }
                    bounds.statement(handle, contest, electorate(handle, contest), area, Statement.VERIFICATION, "found", found);
                    bounds.verification(handle, area, found);
                    int version = areas.addVerification(handle, area, found, explanation, account.get().figure(), user.id());
                    audit.entry("verification.entered", Map.of("area", area, "found", found, "explanation", explanation,
                            "issuedWhenVerified", account.get().figure()));
                    return Responses.fields("area", area, "version", version, "found", found, "issued", account.get().figure(),
                            "discrepancy", discrepancy, "explanation", explanation);
                });
        Responses.json(ctx, 201, result);
    }

    private void enterReturn(Context ctx) {
        long area = PathParams.id(ctx, "area");
        int stage = PathParams.stage(ctx);
        User user = access.forArea(ctx, area);
        JsonBody body = JsonBody.parse(Responses.body(ctx), "votes", "rejected");
        Map<String, Long> votes = body.counts("votes", true);
        Map<String, Long> rejected = body.counts("rejected", false);
        Map<String, Object> outcome = writes.writeAll(user, audit -> handle -> {
            long contest = contest(handle, area);
            notDeclared(handle, contest, stage);
            if (declarations.contest(handle, contest).orElseThrow().fromPapers()) {
                throw ApiException.conflict("this contest is counted from its ballot papers, not from typed returns: upload area "
                        + area + "'s file (POST /api/areas/" + area + "/papers)");
            }
            Map<String, Object> figures;
            if (stage == 1) {
                figures = ReturnFigures.firstStage(areas.candidates(handle, contest), votes, rejected);
                bounds.firstStage(handle, area, ReturnFigures.papers(figures));
            } else {
                List<String> forward = forward(handle, contest);
                figures = ReturnFigures.secondStage(forward, votes, rejected);
                bounds.secondStage(handle, area, forward, ReturnFigures.papers(figures));
            }
            String canonical = JsonBody.write(figures);
            ReturnState state = areas.returnState(handle, area, stage);
            if (state.outcome().isPresent()) {
                throw ApiException.conflict("version " + state.version() + " of area " + area + "'s stage " + stage + " return is "
                        + state.outcome().get() + ": the returning officer must reopen it (POST /api/areas/" + area + "/returns/"
                        + stage + "/reopen) before it is entered again");
            }
            int entry = state.entries().size() + 1;
            if (entry == 2 && areas.enteredBy(handle, area, stage, state.version(), 1) == user.id()) {
                throw ApiException.conflict("you entered this return already: a second person must enter it again, figure for"
                        + " figure, before it is accepted");
            }
            areas.addEntry(handle, area, stage, state.version(), entry, canonical, user.id());
            audit.entry("return.entered", Map.of("area", area, "contest", contest, "stage", stage, "version", state.version(),
                    "entry", entry, "figures", figures));
            if (entry == 1) {
                return Responses.fields("status", "awaiting-second-entry", "area", area, "stage", stage, "version", state.version(),
                        "entry", 1);
            }
            String first = state.entries().get(0).figures();
            boolean agree = first.equals(canonical);
            areas.decide(handle, area, stage, state.version(), agree ? "accepted" : "disagreed");
            audit.entry(agree ? "return.accepted" : "return.disagreed", Map.of("area", area, "contest", contest, "stage", stage,
                    "version", state.version()));
            if (agree) {
                return Responses.fields("status", "accepted", "area", area, "stage", stage, "version", state.version(),
                        "figures", figures);
            }
            Map<String, Object> earlier = JsonBody.readObject(first);
            return Responses.fields("status", "disagreement", "error", "the two entries of area " + area + "'s stage " + stage
                    + " return disagree, so neither is accepted: the returning officer must reopen it, and it is entered twice again",
                    "area", area, "stage", stage, "version", state.version(), "first", earlier, "second", figures,
                    "differences", ReturnFigures.differences(earlier, figures));
        });
        int status = switch (String.valueOf(outcome.get("status"))) {
            case "awaiting-second-entry" -> 202;
            case "accepted" -> 201;
            default -> 409;
        };
        Responses.json(ctx, status, outcome);
    }

    private void reopen(Context ctx) {
        long area = PathParams.id(ctx, "area");
        int stage = PathParams.stage(ctx);
        User officer = access.returningOfficer(ctx);
        String reason = JsonBody.parse(Responses.body(ctx), "reason").string("reason");
        int version = writes.writeAll(officer, audit -> handle -> {
            long contest = contest(handle, area);
            notDeclared(handle, contest, stage);
            if (stage == 2) {
                forward(handle, contest); // 409 where there is no second stage yet
            }
            ReturnState state = areas.returnState(handle, area, stage);
            if (state.entries().isEmpty()) {
                throw ApiException.conflict("version " + state.version() + " of this return has no entry yet: there is nothing"
                        + " to reopen");
            }
            // Reopened with one entry only: a first entry known to be wrong is set aside, not made to disagree on purpose.
            areas.reopen(handle, area, stage, state.version() + 1, reason, officer.id());
            // The contest named: its provisional totals change (the return counts for nothing until accepted again).
            audit.entry("return.reopened", Map.of("area", area, "contest", contest, "stage", stage, "reason", reason));
            return state.version() + 1;
        });
        Responses.json(ctx, 201, Responses.fields("area", area, "stage", stage, "version", version, "status", "awaiting-first-entry"));
    }

    /** Refuses a change to figures a declared stage has counted: a declaration is final. */
    private void notDeclared(Handle handle, long contest, int stage) {
        if (declarations.declared(handle, contest, stage).isPresent()) {
            throw ApiException.conflict("stage " + stage + " of this contest is declared: the figures it counted are final and"
                    + " cannot be entered again, corrected or reopened");
        }
    }

    /** Who went forward to the second stage, as the first stage's declaration says; 409 where there is no second stage yet. */
    @SuppressWarnings("unchecked")
    private List<String> forward(Handle handle, long contest) {
        String declared = declarations.declared(handle, contest, 1).orElseThrow(() -> ApiException.conflict("the first stage is"
                + " not declared yet: second-stage returns are taken once the returning officer has declared it"));
        Map<String, Object> first = JsonBody.readObject(declared);
        List<String> forward = (List<String>) first.getOrDefault("forward", List.of());
        if (forward.isEmpty()) {
            throw ApiException.conflict("there is no second stage: " + first.get("elected") + " was elected at the first stage");
        }
        return forward;
    }

    private OptionalLong electorate(Handle handle, long contest) {
        return declarations.contest(handle, contest).orElseThrow().electorate();
    }

    private long contest(Handle handle, long area) {
        return areas.contestOf(handle, area).orElseThrow(() -> ApiException.notFound("area " + area));
    }
}
