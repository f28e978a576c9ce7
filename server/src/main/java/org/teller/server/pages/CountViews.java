package org.teller.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.teller.core.ballot.RejectionHead;
import org.teller.publish.DeclarationPdf;
import org.teller.server.api.JsonBody;
import org.teller.server.api.ReturnFigures;
import org.teller.server.auth.User;
import org.teller.server.store.AreaStore;
import org.teller.server.store.AreaStore.ReturnState;
import org.teller.server.store.AreaStore.Stated;
import org.teller.server.store.DeclarationStore;
import org.teller.server.store.ElectionStore;
import org.teller.server.store.PapersStore;
import org.teller.server.store.Records;

/** The returning officer's console and the count areas' pages, read from the stores in one transaction each. */
public final class CountViews {

    /** The heads of rejected papers as an entry form words them (the statute's headings, shortened). */
    private static final Map<RejectionHead, String> HEADS = Map.of(
            RejectionHead.WANT_OF_OFFICIAL_MARK, "Rejected: want of an official mark",
            RejectionHead.VOTING_FOR_TOO_MANY, "Rejected: voting for more candidates than allowed",
            RejectionHead.IDENTIFYING_MARK, "Rejected: writing or mark identifying the voter",
            RejectionHead.UNMARKED, "Rejected: unmarked (no first preference)",
            RejectionHead.UNCERTAIN, "Rejected: void for uncertainty");

    private static final Map<String, String> SYSTEMS = Map.of("supplementary-vote", "Supplementary Vote",
            "first-past-the-post", "First past the post", "contingent-vote", "Contingent vote", "alternative-vote", "Alternative vote");

    private final Jdbi jdbi;
    private final ElectionStore elections;
    private final AreaStore areas;
    private final DeclarationStore declarations;

    public CountViews(Jdbi jdbi, ElectionStore elections, AreaStore areas, DeclarationStore declarations) {
        this.jdbi = jdbi;
        this.elections = elections;
        this.areas = areas;
        this.declarations = declarations;
    }

    public ConsolePage console(User officer) {
        return jdbi.inTransaction(handle -> {
            List<ConsolePage.Election> shown = new ArrayList<>();
            List<ConsolePage.Choice> choices = new ArrayList<>();
            for (Records.Election election : elections.elections()) {
                List<ConsolePage.Contest> contests = new ArrayList<>();
                for (Records.Contest contest : election.contests()) {
                    contests.add(contest(handle, officer, contest));
                    contest.areas().forEach(area -> choices.add(new ConsolePage.Choice(area.id(), area.name() + " (" + contest.name()
                            + ", " + election.name() + ")")));
                }
                shown.add(new ConsolePage.Election(election.id(), election.name(), election.pollingDay().map(Object::toString).orElse(""),
                        election.rehearsal(), contests));
            }
            List<ConsolePage.Staff> staff = handle.createQuery("SELECT u.username, u.role, a.name, u.disabled FROM app_user u"
                            + " LEFT JOIN count_area a ON a.id = u.area_id ORDER BY u.id")
                    .map((rs, ctx) -> new ConsolePage.Staff(rs.getString(1), rs.getString(2).equals("RETURNING_OFFICER")
                            ? "returning officer" : "count staff", rs.getString(3) == null ? "" : rs.getString(3), rs.getBoolean(4),
                            rs.getString(1).equals(officer.username())))
                    .list();
            return new ConsolePage(officer.username(), shown, staff, choices);
        });
    }

    private ConsolePage.Contest contest(Handle handle, User officer, Records.Contest contest) {
        Map<Integer, String> declared = declarations.declarations(handle, contest.id());
        Optional<List<String>> forward = forward(declared);
        boolean goesOn = forward.isPresent() && !forward.get().isEmpty();
        boolean secondStage = goesOn && !contest.fromPapers(); // counted from papers: no second-stage returns to enter
        int declarable = !declared.containsKey(1) ? 1 : goesOn && !declared.containsKey(2) ? 2 : 0;
        List<ConsolePage.AreaRow> rows = new ArrayList<>();
        long ready = 0;
        for (Records.Area area : contest.areas()) {
            Optional<Stated> account = areas.account(handle, area.id());
            Optional<Stated> verification = areas.verification(handle, area.id());
            ReturnView first = contest.fromPapers() ? papers(handle, officer, area.id(), declared.containsKey(1), verification)
                    : view(handle, officer, area.id(), 1, declared.containsKey(1), verification);
            ReturnView second = secondStage ? view(handle, officer, area.id(), 2, declared.containsKey(2), Optional.empty()) : null;
            boolean discrepancy = account.isPresent() && verification.isPresent() && !verification.get().reconciles(account.get());
            boolean attention = first.disagreed() || (second != null && second.disagreed()) || discrepancy
                    || first.reconcile().startsWith("does not");
            rows.add(new ConsolePage.AreaRow(area.id(), area.name(), area.kind(), account.map(a -> count(a.figure()) + " issued")
                    .orElse("not entered"), verification(account, verification), first, second, attention));
            ReturnView stage = declarable == 2 && second != null ? second : first;
            if (declarable > 0 && stage.status().equals("accepted") && (declarable == 2 || first.reconcile().equals("reconciles"))) {
                ready++;
            }
        }
        return new ConsolePage.Contest(contest.id(), contest.name(), SYSTEMS.getOrDefault(contest.system(), contest.system()),
                contest.rules(), contest.electorate().isPresent()
                ? count(contest.electorate().getAsLong()) : "not given", contest.candidates().stream()
                .map(c -> c.party().isEmpty() ? c.name() : c.name() + " (" + c.party() + ")").toList(), rows, stages(declared, forward),
                declarable, ready, String.join(", ", DeclarationPdf.unprintable(names(contest))), contest.fromPapers());
    }

    /** Every name a contest's declaration prints: its own, its candidates' and parties', its areas'. */
    private static String names(Records.Contest contest) {
        StringBuilder names = new StringBuilder(contest.name());
        contest.candidates().forEach(c -> names.append('\n').append(c.name()).append('\n').append(c.party()));
        contest.areas().forEach(a -> names.append('\n').append(a.name()));
        return names.toString();
    }

    /** The page of a count area, for its count staff or the returning officer (empty where there is no such area). */
    public Optional<AreaPage> area(User user, long area) {
        return jdbi.inTransaction(handle -> {
            Optional<Records.Election> election = elections.elections().stream()
                    .filter(e -> e.contests().stream().anyMatch(c -> c.areas().stream().anyMatch(a -> a.id() == area))).findFirst();
            if (election.isEmpty()) {
                return Optional.empty();
            }
            Records.Contest contest = election.get().contests().stream()
                    .filter(c -> c.areas().stream().anyMatch(a -> a.id() == area)).findFirst().orElseThrow();
            Records.Area shown = contest.areas().stream().filter(a -> a.id() == area).findFirst().orElseThrow();
            Map<Integer, String> declared = declarations.declarations(handle, contest.id());
            Optional<Stated> account = areas.account(handle, area);
            Optional<Stated> verification = areas.verification(handle, area);
            List<AreaPage.Field> firstFields = new ArrayList<>();
            contest.candidates().forEach(c -> firstFields.add(new AreaPage.Field("votes", c.name(), c.party().isEmpty() ? c.name()
                    : c.name() + " (" + c.party() + ")")));
            for (RejectionHead head : RejectionHead.values()) {
                firstFields.add(new AreaPage.Field("rejected", head.key(), HEADS.get(head)));
            }
            ReturnView first = contest.fromPapers() ? papers(handle, user, area, declared.containsKey(1), verification)
                    : view(handle, user, area, 1, declared.containsKey(1), verification);
            Optional<List<String>> forward = forward(declared);
            List<AreaPage.Field> secondFields = forward.orElse(List.of()).stream()
                    .map(name -> new AreaPage.Field("votes", name, name)).toList();
            ReturnView second = secondFields.isEmpty() ? null : view(handle, user, area, 2, declared.containsKey(2), Optional.empty());
            return Optional.of(new AreaPage(user.username(), user.isReturningOfficer(), area, shown.name(), shown.kind(), contest.name(),
                    election.get().name(), election.get().rehearsal(), account.map(a -> count(a.figure()) + " papers issued (entered by "
                            + a.enteredBy() + ")").orElse(""), verification.isPresent() ? verification(account, verification) : "",
                    !declared.containsKey(1) ? "" : contest.fromPapers() ? "The count is declared: the papers it counted are final."
                            : "The first stage is declared: its figures are final.", firstFields, first,
                    secondFields, second, declared.containsKey(2) ? "The second stage is declared: its figures are final." : "",
                    contest.fromPapers()));
        });
    }

    /** Where an area's file of ballot papers stands, as a return's view shows it (for a contest counted from its papers). */
    private ReturnView papers(Handle handle, User viewer, long area, boolean declared, Optional<Stated> verification) {
        PapersStore.State state = areas.papers().state(handle, area);
        String reopened = state.reopenedBecause().map(reason -> " (version " + state.version() + ", reopened: " + reason + ")")
                .orElse("");
        if (state.current().isEmpty()) {
            return new ReturnView(state.version(), "awaiting-file", "No file of its ballot papers yet" + reopened + ".", List.of(),
                    List.of(), "", false, false, "");
        }
        PapersStore.Papers file = state.current().get();
        Map<String, Object> counted = JsonBody.readObject(file.figures());
        String reconcile = verification.map(v -> file.papers() == v.figure() ? "reconciles" : "does not reconcile: it holds "
                + count(file.papers()) + " papers, the verification found " + count(v.figure())).orElse("");
        return new ReturnView(state.version(), "accepted", "File " + file.fileName() + reopened + ": " + count(file.papers())
                + " papers, uploaded by " + file.uploadedBy() + "; SHA-256 " + file.sha256() + ".", figures(counted), List.of(),
                reconcile, false, viewer.isReturningOfficer() && !declared, "/api/areas/" + area + "/papers/reopen");
    }

    private ReturnView view(Handle handle, User viewer, long area, int stage, boolean declared, Optional<Stated> verification) {
        ReturnState state = areas.returnState(handle, area, stage);
        String status = state.outcome().orElse(state.entries().isEmpty() ? "awaiting-first-entry" : "awaiting-second-entry");
        List<String> by = state.entries().stream().map(AreaStore.Entry::enteredBy).toList();
        String version = state.version() > 1 ? " (version " + state.version() + ", reopened: "
                + areas.reopenedBecause(handle, area, stage, state.version()).orElse("") + ")" : "";
        List<ReturnView.Figure> figures = new ArrayList<>();
        List<String> differences = List.of();
        String reconcile = "";
        String text = switch (status) {
            case "awaiting-first-entry" -> "Not entered yet" + version + ".";
            case "awaiting-second-entry" -> "Entered once, by " + by.get(0) + version + ": a second person enters it again.";
            case "accepted" -> "Accepted" + version + ": entered by " + by.get(0) + " and " + by.get(1) + ", figure for figure.";
            default -> "The two entries disagree" + version + " (" + by.get(0) + " and " + by.get(1) + "): the returning officer"
                    + " reopens it, and it is entered twice again.";
        };
        if (status.equals("accepted")) {
            Map<String, Object> accepted = JsonBody.readObject(state.entries().get(0).figures());
            figures.addAll(figures(accepted));
            if (stage == 1 && verification.isPresent()) {
                long papers = ReturnFigures.papers(accepted);
                reconcile = papers == verification.get().figure() ? "reconciles"
                        : "does not reconcile: it counts " + count(papers) + " papers, the verification found "
                                + count(verification.get().figure());
            }
        } else if (status.equals("disagreed")) {
            differences = ReturnFigures.differences(JsonBody.readObject(state.entries().get(0).figures()),
                    JsonBody.readObject(state.entries().get(1).figures())).stream()
                    .map(difference -> worded(difference, by.get(0), by.get(1))).toList();
        }
        boolean youEntered = status.equals("awaiting-second-entry") && by.get(0).equals(viewer.username());
        boolean reopenable = viewer.isReturningOfficer() && !declared && !state.entries().isEmpty();
        return new ReturnView(state.version(), status, text, figures, differences, reconcile, youEntered, reopenable,
                "/api/areas/" + area + "/returns/" + stage + "/reopen");
    }

    /**
     * A difference as a person reads it: {@code votes.Bo Baker: 330 and 303} becomes {@code Bo Baker: 330 (entered by
     * ward2-teller2), 303 (by ward2-teller1)}; a head of rejected papers by its words.
     */
    private static String worded(String difference, String first, String second) {
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("(votes|rejected)\\.(.*): (\\S+) and (\\S+)").matcher(difference);
        if (!parts.matches()) {
            return difference;
        }
        String what = parts.group(1).equals("votes") ? parts.group(2)
                : HEADS.get(RejectionHead.ofKey(parts.group(2)));
        return what + ": " + count(Long.parseLong(parts.group(3))) + " (entered by " + first + "), " + count(Long.parseLong(parts.group(4)))
                + " (by " + second + ")";
    }

    @SuppressWarnings("unchecked")
    private static List<ReturnView.Figure> figures(Map<String, Object> accepted) {
        List<ReturnView.Figure> figures = new ArrayList<>();
        ((Map<String, Object>) accepted.get("votes")).forEach((name, votes) -> figures.add(new ReturnView.Figure(name,
                count(((Number) votes).longValue()))));
        Map<String, Object> rejected = (Map<String, Object>) accepted.getOrDefault("rejected", Map.of());
        for (RejectionHead head : RejectionHead.values()) {
            if (rejected.get(head.key()) instanceof Number papers && papers.longValue() > 0) {
                figures.add(new ReturnView.Figure(HEADS.get(head), count(papers.longValue())));
            }
        }
        return figures;
    }

    private static String verification(Optional<Stated> account, Optional<Stated> verification) {
        if (verification.isEmpty()) {
            return "not verified";
        }
        long found = verification.get().figure();
        String text = count(found) + " found";
        if (account.isPresent() && account.get().figure() != found) {
            long difference = found - account.get().figure();
            text += " (" + (difference > 0 ? "+" : "") + count(difference) + " on the account: "
                    + (verification.get().explanation().isEmpty() ? "NOT EXPLAINED"
                    : verification.get().reconciles(account.get()) ? verification.get().explanation()
                    : "explained as '" + verification.get().explanation() + "' when the account said "
                            + count(verification.get().against().orElse(0)) + ": NOT EXPLAINED since the account changed; verify again")
                    + ")";
        }
        return text + ", by " + verification.get().enteredBy();
    }

    /** Who went forward to the second stage, where the first stage is declared (empty list: elected at it). */
    @SuppressWarnings("unchecked")
    private static Optional<List<String>> forward(Map<Integer, String> declared) {
        String first = declared.get(1);
        if (first == null) {
            return Optional.empty();
        }
        Map<String, Object> stage = JsonBody.readObject(first);
        return Optional.of(stage.containsKey("contest") ? List.of() : (List<String>) stage.getOrDefault("forward", List.of()));
    }

    @SuppressWarnings("unchecked")
    private static String stages(Map<Integer, String> declared, Optional<List<String>> forward) {
        if (declared.isEmpty()) {
            return "Nothing declared yet.";
        }
        for (int stage = 2; stage >= 1; stage--) {
            String made = declared.get(stage);
            if (made != null && JsonBody.readObject(made).containsKey("contest")) {
                return "Declared: " + JsonBody.readObject(made).get("elected") + " is elected.";
            }
        }
        return "First stage declared: " + String.join(" and ", forward.orElse(List.of())) + " go forward to the second stage.";
    }

    private static String count(long figure) {
        return String.format(Locale.ROOT, "%,d", figure);
    }
}
