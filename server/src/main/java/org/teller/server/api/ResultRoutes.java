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

    ResultRoutes(AreaStore areas, DeclarationStore declarations, Access access, Writes writes) {
        this.areas = areas;
        this.declarations = declarations;
        this.access = access;
        this.writes = writes;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/contests/{contest}/result", this::result);
        routes.post("/api/contests/{contest}/declare/{stage}", this::declare);
    }

    private void result(Context ctx) {
        long contest = ElectionRoutes.id(ctx, "contest");
        Map<String, Object> result = writes.read(handle -> {
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
            for (Map.Entry<Long, String> area : all.entrySet()) {
                Optional<String> figures = areas.acceptedFigures(handle, area.getKey(), 1);
                if (figures.isPresent()) {
                    in.add(area.getValue());
                    add(JsonBody.readObject(figures.get()), votes, rejected);
                }
            }
            Map<String, Object> declared = new LinkedHashMap<>();
            declarations.declarations(handle, contest).forEach((stage, json) -> declared.put(String.valueOf(stage),
                    JsonBody.readObject(json)));
            return Responses.fields("contest", contest, "name", info.name(), "system", info.system(), "rehearsal", info.rehearsal(),
                    "areas", all.size(), "areasIn", in, "provisional", Responses.fields("stage", 1, "votes", votes,
                            "rejected", rejected),
                    "declared", declared);
        });
        Responses.json(ctx, 200, result);
    }

    private void declare(Context ctx) {
        long contest = ElectionRoutes.id(ctx, "contest");
        String stageText = ctx.pathParam("stage");
        User officer = access.returningOfficer(ctx);
        long seed = JsonBody.parse(Responses.body(ctx), "lotSeed").optionalCount("lotSeed")
                .orElseGet(() -> SEEDS.nextLong() & Long.MAX_VALUE);
        if (!stageText.equals("1")) {
            throw ApiException.conflict("stage " + stageText + " is declared once its returns are taken: not yet built"
                    + " (the first stage is declared at /declare/1)");
        }
        Map<String, Object> declared = writes.writeAll(officer, audit -> handle -> {
            ContestInfo info = info(handle, contest);
            if (declarations.declared(handle, contest, 1).isPresent()) {
                throw ApiException.conflict("the first stage of " + info.name() + " is declared already: a declaration is made once");
            }
            if (info.system().equals("alternative-vote")) {
                throw ApiException.conflict("the alternative vote is counted from ballot papers, not from count returns");
            }
            List<String> candidates = areas.candidates(handle, contest);
            Map<Long, String> all = areas.areasOf(handle, contest);
            if (all.isEmpty()) {
                throw ApiException.conflict(info.name() + " has no count areas: there is nothing to declare");
            }
            List<String> problems = new ArrayList<>();
            List<List<Long>> votes = new ArrayList<>();
            Map<String, Long> rejected = new LinkedHashMap<>();
            for (RejectionHead head : RejectionHead.values()) {
                rejected.put(head.key(), 0L);
            }
            for (Map.Entry<Long, String> area : all.entrySet()) {
                problems.addAll(check(handle, area.getKey(), area.getValue(), candidates, votes, rejected));
            }
            if (!problems.isEmpty()) {
                throw ApiException.conflict("the first stage cannot be declared yet: " + String.join("; ", problems));
            }
            Map<String, Object> result = StageOne.declare(info.system(), candidates, votes, rejected, seed);
            String json = JsonBody.write(result);
            declarations.declare(handle, contest, 1, seed, json, officer.id());
            audit.entry("stage.declared", Map.of("contest", contest, "stage", 1, "result", result));
            return result;
        });
        Responses.json(ctx, 201, declared);
    }

    /** An area's problems before a declaration (none: its figures are added to {@code votes} and {@code rejected}). */
    private List<String> check(Handle handle, long area, String name, List<String> candidates, List<List<Long>> votes,
            Map<String, Long> rejected) {
        ReturnState state = areas.returnState(handle, area, 1);
        if (!state.outcome().orElse("").equals("accepted")) {
            return List.of(name + ": its return is not accepted (" + state.outcome().orElse(state.entries().isEmpty()
                    ? "not entered" : "awaiting its second entry") + ")");
        }
        Optional<Stated> verification = areas.verification(handle, area);
        if (verification.isEmpty()) {
            return List.of(name + ": not verified");
        }
        Map<String, Object> figures = JsonBody.readObject(state.entries().get(0).figures());
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
