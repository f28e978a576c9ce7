package org.teller.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.teller.core.contest.RuleSet;
import org.teller.formats.internal.FieldText;
import org.teller.server.auth.Role;
import org.teller.server.auth.Sessions;
import org.teller.server.auth.User;
import org.teller.server.auth.Users;
import org.teller.server.store.ElectionStore;
import org.teller.server.store.Records;
import org.teller.server.store.Records.Candidate;

/**
 * The API of elections, contests, count areas, users and sessions: reading is public, writing is the
 * returning officer's. Every write is one transaction with its audit entry ({@link Writes}).
 */
final class ElectionRoutes {

    private static final Set<String> SYSTEMS = Set.of("supplementary-vote", "first-past-the-post", "alternative-vote",
            "contingent-vote");
    private static final Set<String> AREA_KINDS = Set.of("box", "ward", "postal");

    private final ElectionStore elections;
    private final Users users;
    private final Sessions sessions;
    private final Access access;
    private final Writes writes;

    ElectionRoutes(ElectionStore elections, Users users, Sessions sessions, Access access, Writes writes) {
        this.elections = elections;
        this.users = users;
        this.sessions = sessions;
        this.access = access;
        this.writes = writes;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/session", this::signIn);
        routes.delete("/api/session", this::signOut);
        routes.get("/api/elections", ctx -> Responses.json(ctx, 200, Map.of("elections", elections.elections())));
        routes.get("/api/elections/{election}", ctx -> Responses.json(ctx, 200, elections.election(PathParams.id(ctx, "election"))
                .orElseThrow(() -> ApiException.notFound("election " + ctx.pathParam("election")))));
        routes.post("/api/elections", this::createElection);
        routes.post("/api/elections/{election}/contests", this::createContest);
        routes.post("/api/contests/{contest}/areas", this::createArea);
        routes.delete("/api/areas/{area}", this::removeArea);
        routes.post("/api/users", this::createUser);
        routes.post("/api/users/{username}/disable", this::disableUser);
    }

    private void signIn(Context ctx) {
        JsonBody body = JsonBody.parse(Responses.body(ctx), "username", "password");
        java.util.Optional<java.time.Duration> locked = sessions.lockedOut(body.string("username"), ctx.ip());
        if (locked.isPresent()) {
            ctx.header("Retry-After", String.valueOf(locked.get().toSeconds()));
            throw new ApiException(429, "too many failed sign-ins as '" + ApiException.shown(body.string("username")) + "': try again in "
                    + locked.get().toSeconds() + " seconds");
        }
        String token = sessions.signIn(body.string("username"), body.password("password"), ctx.ip())
                .orElseThrow(() -> new ApiException(401, "that username and password are not a user's"));
        Responses.json(ctx, 200, Responses.fields("token", token, "expiresInSeconds", Sessions.LIFETIME.toSeconds()));
    }

    private void signOut(Context ctx) {
        access.user(ctx);
        sessions.signOut(access.token(ctx));
        ctx.status(204);
    }

    private void createElection(Context ctx) {
        User officer = access.returningOfficer(ctx);
        JsonBody body = JsonBody.parse(Responses.body(ctx), "name", "pollingDay", "rehearsal");
        String name = body.string("name");
        boolean rehearsal = body.flag("rehearsal", false);
        // Required: a declaration states the day of the poll (and teller count, counting the same returns, needs it).
        Optional<LocalDate> day = Optional.of(date(body.optionalString("pollingDay").orElseThrow(() -> ApiException.badRequest(
                "pollingDay: required (the day of the poll, as 2026-05-07): a declaration states it"))));
        long id = writes.writeAll(officer, audit -> handle -> {
            long made = elections.createElection(handle, name, day, rehearsal);
            audit.entry("election.created", Map.of("election", made, "name", name, "pollingDay",
                    day.map(LocalDate::toString).orElse(""), "rehearsal", rehearsal));
            return made;
        });
        Responses.json(ctx, 201, elections.election(id).orElseThrow());
    }

    private void createContest(Context ctx) {
        User officer = access.returningOfficer(ctx);
        long election = PathParams.id(ctx, "election");
        JsonBody body = JsonBody.parse(Responses.body(ctx), "name", "system", "rules", "countedFrom", "electorate", "candidates",
                "previous");
        String name = body.string("name");
        String system = body.string("system");
        if (!SYSTEMS.contains(system)) {
            throw ApiException.badRequest("system: '" + system + "' is not a system Teller counts (" + String.join(", ",
                    SYSTEMS.stream().sorted().toList()) + ")");
        }
        String rules = rules(system, body.optionalString("rules"));
        Optional<String> previous = body.optionalObject("previous").map(ElectionRoutes::previous);
        // The alternative vote's later rounds need each paper's whole ranking: it is counted from the papers.
        String countedFrom = body.optionalString("countedFrom").orElse(system.equals("alternative-vote") ? Records.BALLOT_PAPERS
                : "returns");
        if (!countedFrom.equals("returns") && !countedFrom.equals(Records.BALLOT_PAPERS)) {
            throw ApiException.badRequest("countedFrom: 'returns' (typed twice) or 'ballot-papers' (a file uploaded for each area),"
                    + " not '" + ApiException.shown(countedFrom) + "'");
        }
        if (system.equals("alternative-vote") && countedFrom.equals("returns")) {
            throw ApiException.badRequest("countedFrom: the alternative vote is counted from ballot papers (its later rounds need"
                    + " each paper's ranking), not from returns");
        }
        OptionalLong electorate = body.optionalCount("electorate");
        List<Candidate> candidates = new ArrayList<>();
        for (JsonBody candidate : body.objects("candidates", item -> item.taking("name", "party", "shortLabel"))) {
            String label = candidate.optionalString("shortLabel").orElse("");
            if (label.length() > 20 || label.contains(",") || label.contains("|") || label.contains(">")) {
                throw ApiException.badRequest("candidates: the short label '" + ApiException.shown(label) + "' is at most 20 characters,"
                        + " without , | or >");
            }
            candidates.add(new Candidate(candidates.size() + 1, candidate.string("name"),
                    candidate.optionalString("party").orElse(""), label));
        }
        // A short label names one candidate: not another's name or label, as a person reads them.
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (Candidate candidate : candidates) {
            labels.put(FieldText.key(candidate.name()), candidate.name());
        }
        for (Candidate candidate : candidates) {
            if (!candidate.shortLabel().isEmpty()) {
                String other = labels.putIfAbsent(FieldText.key(candidate.shortLabel()), candidate.name());
                if (other != null) {
                    throw ApiException.badRequest("candidates: the short label '" + candidate.shortLabel() + "' of " + candidate.name()
                            + " reads as " + (other.equals(candidate.name()) ? "their own name" : other + "'s name or label")
                            + ": a label names one candidate, and differs from every name");
                }
            }
        }
        // At most 100: no poll's ballot paper holds more, and each contest's audit entry stays within its column.
        if (candidates.size() < 2 || candidates.size() > 100) {
            throw ApiException.badRequest("candidates: a contest has from two to 100");
        }
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        java.util.Map<String, String> looks = new java.util.HashMap<>();
        for (Candidate candidate : candidates) {
            for (String separator : List.of("|", ">")) {
                if (candidate.name().contains(separator)) {
                    throw ApiException.badRequest("candidates: '" + candidate.name() + "' holds '" + separator + "', which separates"
                            + " candidates in ballot-paper files and lots: leave it out");
                }
            }
            String lookalike = FieldText.lookalike(candidate.name());
            if (lookalike != null) {
                throw ApiException.badRequest("candidates: '" + candidate.name() + "' " + lookalike);
            }
            String other = keys.putIfAbsent(FieldText.key(candidate.name()), candidate.name());
            if (other != null) {
                throw ApiException.badRequest("candidates: '" + candidate.name() + "' and '" + other + "' are the same name as a"
                        + " person reads it (case, spacing and accents written either way)");
            }
            String alike = looks.putIfAbsent(FieldText.skeleton(candidate.name()), candidate.name());
            if (alike != null) {
                throw ApiException.badRequest("candidates: '" + candidate.name() + "' reads as '" + alike + "' (written in letters"
                        + " of another alphabet that look the same): two candidates' names must look different");
            }
        }
        if (elections.election(election).isEmpty()) {
            throw ApiException.notFound("election " + election);
        }
        writes.writeAll(officer, audit -> handle -> {
            requireFree(handle.createQuery("SELECT COUNT(*) FROM contest WHERE election_id = :e AND name = :n")
                    .bind("e", election).bind("n", name).mapTo(Long.class).one() == 0, "a contest named '" + name
                    + "' is already in this election");
            long made = elections.createContest(handle, election, name, system, rules, countedFrom, electorate, candidates, previous);
            audit.entry("contest.created", Map.of("election", election, "contest", made, "name", name, "system", system,
                    "rules", rules, "countedFrom", countedFrom, "candidates", candidates, "electorate",
                    electorate.isPresent() ? electorate.getAsLong() : "", "previous", previous.orElse("")));
            return made;
        });
        // A name the PDF cannot print is taken (the text and JSON declarations show it), and said at once, not on the night.
        StringBuilder names = new StringBuilder(name);
        candidates.forEach(candidate -> names.append('\n').append(candidate.name()).append('\n').append(candidate.party()));
        Map<String, Object> made = JsonBody.readObject(JsonBody.write(elections.election(election).orElseThrow()));
        made.put("warnings", printWarnings(names.toString()));
        Responses.json(ctx, 201, made);
    }

    private void createArea(Context ctx) {
        User officer = access.returningOfficer(ctx);
        long contest = PathParams.id(ctx, "contest");
        JsonBody body = JsonBody.parse(Responses.body(ctx), "name", "kind", "electorate");
        String name = body.string("name");
        String lookalike = FieldText.lookalike(name);
        if (lookalike != null) {
            throw ApiException.badRequest("name: '" + name + "' " + lookalike);
        }
        String kind = body.optionalString("kind").orElse("box");
        if (!AREA_KINDS.contains(kind)) {
            throw ApiException.badRequest("kind: '" + kind + "' is not a kind of count area (box, ward, postal)");
        }
        OptionalLong electorate = body.optionalCount("electorate");
        long id = writes.writeAll(officer, audit -> handle -> {
            if (!elections.contestExists(handle, contest)) {
                throw ApiException.notFound("contest " + contest);
            }
            if (handle.createQuery("SELECT COUNT(*) FROM stage_declaration WHERE contest_id = :c").bind("c", contest)
                    .mapTo(Long.class).one() > 0) {
                throw ApiException.conflict("this contest has a stage declared: no area can be added to it");
            }
            // Compared as a person reads them, as candidates' names are: the declaration lists areas by name.
            for (String other : handle.createQuery("SELECT name FROM count_area WHERE contest_id = :c").bind("c", contest)
                    .mapTo(String.class).list()) {
                requireFree(!FieldText.skeleton(other).equals(FieldText.skeleton(name)), other.equals(name)
                        ? "an area named '" + name + "' is already in this contest"
                        : "'" + name + "' reads as '" + other + "', an area already in this contest");
            }
            if (electorate.isPresent()) {
                withinContestElectorate(handle, contest, electorate.getAsLong());
            }
            long made = elections.createArea(handle, contest, name, kind, electorate);
            audit.entry("area.created", Map.of("contest", contest, "area", made, "name", name, "kind", kind, "electorate",
                    electorate.isPresent() ? electorate.getAsLong() : ""));
            return made;
        });
        Responses.json(ctx, 201, Responses.fields("id", id, "contest", contest, "name", name, "kind", kind,
                "warnings", printWarnings(name)));
    }

    /**
     * The previous contest's first preferences, as published, in canonical JSON: its title, polling day and
     * system, and each candidate's name, party and votes. A candidate is compared with their party's share last
     * time, an independent with the same person, as {@code teller count} compares them.
     */
    private static String previous(JsonBody previous) {
        previous.taking("title", "pollingDay", "system", "candidates");
        String system = previous.string("system");
        if (!SYSTEMS.contains(system)) {
            throw ApiException.badRequest("previous.system: '" + ApiException.shown(system) + "' is not a system Teller counts");
        }
        Map<String, Object> canonical = new java.util.LinkedHashMap<>();
        canonical.put("title", previous.string("title"));
        canonical.put("pollingDay", date(previous.string("pollingDay")).toString());
        canonical.put("system", system);
        java.util.Set<String> names = new java.util.HashSet<>();
        List<Map<String, Object>> candidates = previous.objects("candidates", candidate -> {
            candidate.taking("name", "party", "votes");
            String name = candidate.string("name");
            if (!names.add(FieldText.key(name))) {
                throw ApiException.badRequest("previous.candidates: '" + ApiException.shown(name) + "' is given twice");
            }
            Map<String, Object> one = new java.util.LinkedHashMap<>();
            one.put("name", name);
            one.put("party", candidate.optionalString("party").orElse(""));
            one.put("votes", candidate.count("votes"));
            return one;
        });
        if (candidates.size() < 2) {
            throw ApiException.badRequest("previous.candidates: the previous contest had two candidates or more");
        }
        long total = 0;
        for (Map<String, Object> candidate : candidates) {
            try {
                total = Math.addExact(total, (Long) candidate.get("votes"));
            } catch (ArithmeticException e) {
                throw ApiException.badRequest("previous.candidates: the votes add up to more than Teller can count");
            }
        }
        if (total == 0) {
            throw ApiException.badRequest("previous.candidates: no votes at all: a share since cannot be worked out");
        }
        canonical.put("candidates", candidates);
        return JsonBody.write(canonical);
    }

    /**
     * The rules a contest is declared under: those given, which must be for its system, or its system's first
     * (a council's mayor for the Supplementary Vote). They decide the statute its declaration cites and how
     * the statement of rejected papers heads them.
     */
    private static String rules(String system, Optional<String> given) {
        List<RuleSet> forSystem = java.util.Arrays.stream(RuleSet.values()).filter(r -> r.system().equals(system)
                && r != RuleSet.RCTAB).toList();
        if (given.isEmpty()) {
            return forSystem.get(0).key();
        }
        RuleSet rules = RuleSet.ofKey(given.get()).filter(forSystem::contains).orElseThrow(() -> ApiException.badRequest("rules: '"
                + ApiException.shown(given.get()) + "' are not rules for " + system + " (" + String.join(", ",
                        forSystem.stream().map(RuleSet::key).toList()) + ")"));
        return rules.key();
    }

    /** What the declaration's PDF will not be able to print of these names (none: an empty list). */
    private static List<String> printWarnings(String names) {
        List<String> cannot = org.teller.publish.DeclarationPdf.unprintable(names);
        return cannot.isEmpty() ? List.of() : List.of("the declaration's PDF cannot print " + String.join(", ", cannot)
                + ": print the text declaration (declaration.txt) instead, or write the name in letters the PDF has");
    }

    /** The electorates of a contest's areas add up to no more than the contest's, where both are given. */
    private static void withinContestElectorate(Handle handle, long contest, long electorate) {
        Long ofContest = handle.createQuery("SELECT electorate FROM contest WHERE id = :c").bind("c", contest).mapTo(Long.class)
                .findFirst().orElse(null);
        long total = electorate;
        for (long other : handle.createQuery("SELECT electorate FROM count_area WHERE contest_id = :c AND electorate IS NOT NULL")
                .bind("c", contest).mapTo(Long.class).list()) {
            try {
                total = Math.addExact(total, other);
            } catch (ArithmeticException e) {
                throw ApiException.conflict("electorate: the areas' electorates would add up to more than Teller can count");
            }
        }
        if (ofContest != null && total > ofContest) {
            throw ApiException.conflict("electorate: " + electorate + " would make the areas' electorates " + total
                    + ", more than the contest's " + ofContest);
        }
    }

    /** Withdraws an account (the returning officer): it can no longer sign in, its sessions end; what it did stays. */
    private void disableUser(Context ctx) {
        User officer = access.returningOfficer(ctx);
        String username = ctx.pathParam("username");
        String reason = JsonBody.parse(Responses.body(ctx), "reason").string("reason");
        if (username.equals(officer.username())) {
            throw ApiException.conflict("you cannot withdraw your own account");
        }
        writes.write(officer, "user.disabled", Map.of("username", username, "reason", reason), handle -> {
            Role role = users.disable(handle, username).orElseThrow(() -> ApiException.notFound("user '" + ApiException.shown(username) + "'"));
            if (role == Role.RETURNING_OFFICER && handle.createQuery("SELECT COUNT(*) FROM app_user WHERE role = 'RETURNING_OFFICER'"
                    + " AND NOT disabled").mapTo(Long.class).one() == 0) {
                throw ApiException.conflict("that is the last returning officer's account: the count would have no one to declare it");
            }
            return role;
        });
        Responses.json(ctx, 201, Responses.fields("username", username, "disabled", true));
    }

    /** Removes a count area made by mistake (the returning officer): only while nothing is entered for it, before any declaration. */
    private void removeArea(Context ctx) {
        User officer = access.returningOfficer(ctx);
        long area = PathParams.id(ctx, "area");
        writes.writeAll(officer, audit -> handle -> {
            Long contest = handle.createQuery("SELECT contest_id FROM count_area WHERE id = :a").bind("a", area).mapTo(Long.class)
                    .findFirst().orElseThrow(() -> ApiException.notFound("area " + area));
            if (handle.createQuery("SELECT COUNT(*) FROM stage_declaration WHERE contest_id = :c").bind("c", contest)
                    .mapTo(Long.class).one() > 0) {
                throw ApiException.conflict("this contest has a stage declared: its areas are final");
            }
            elections.removeArea(handle, area).ifPresent(why -> {
                throw ApiException.conflict("area " + area + " cannot be removed: " + why);
            });
            audit.entry("area.removed", Map.of("contest", contest, "area", area));
            return area;
        });
        ctx.status(204);
    }

    private void createUser(Context ctx) {
        User officer = access.returningOfficer(ctx);
        JsonBody body = JsonBody.parse(Responses.body(ctx), "username", "password", "role", "area");
        String username = body.string("username");
        if (!username.matches("[A-Za-z0-9._-]{1,100}")) {
            throw ApiException.badRequest("username: 1 to 100 letters (A-Z, a-z), digits and . _ -");
        }
        String password = body.password("password");
        if (password.length() < Users.SHORTEST_PASSWORD) {
            throw ApiException.badRequest("password: at least " + Users.SHORTEST_PASSWORD + " characters");
        }
        if (password.isBlank() || password.equalsIgnoreCase(username) || password.chars().distinct().count() == 1) {
            throw ApiException.badRequest("password: not spaces alone, one character repeated, or the username");
        }
        Role role = switch (body.string("role")) {
            case "count-staff" -> Role.COUNT_STAFF;
            case "returning-officer" -> Role.RETURNING_OFFICER;
            default -> throw ApiException.badRequest("role: 'count-staff' or 'returning-officer'");
        };
        OptionalLong area = body.optionalCount("area");
        if (role == Role.COUNT_STAFF && area.isEmpty()) {
            throw ApiException.badRequest("area: count staff work on one count area: give its id");
        }
        if (role == Role.RETURNING_OFFICER && area.isPresent()) {
            throw ApiException.badRequest("area: the returning officer works on every area: give none");
        }
        long id = writes.write(officer, "user.created", Map.of("username", username, "role", role.name(),
                "area", area.isPresent() ? area.getAsLong() : ""), handle -> {
                    requireFree(!users.exists(handle, username), "the username '" + username + "' is taken");
                    if (area.isPresent() && !elections.areaExists(handle, area.getAsLong())) {
                        throw ApiException.notFound("area " + area.getAsLong());
                    }
                    return users.create(handle, username, password, role, area);
                });
        Responses.json(ctx, 201, Responses.fields("id", id, "username", username, "role", body.string("role"),
                "area", area.isPresent() ? area.getAsLong() : null));
    }

    private static void requireFree(boolean free, String message) {
        if (!free) {
            throw ApiException.conflict(message);
        }
    }

    private static LocalDate date(String text) {
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw ApiException.badRequest("pollingDay: '" + text + "' is not a date (YYYY-MM-DD)");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("pollingDay: '" + text + "' is not a date (YYYY-MM-DD)");
        }
        if (day.getYear() < 1900 || day.getYear() > 2200) {
            throw ApiException.badRequest("pollingDay: " + text + " is not a day a poll this server counts is held on (1900 to 2200)");
        }
        return day;
    }
}
