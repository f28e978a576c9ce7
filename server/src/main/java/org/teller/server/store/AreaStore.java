package org.teller.server.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;

/**
 * What each count area states and returns: its ballot paper account, its verification, and its returns,
 * each entered twice. Only ever inserted: a new figure is a new version, and every version is kept.
 */
public final class AreaStore {

    /** One entry of a return: which of the two, its figures (canonical JSON), who typed it and when. */
    public record Entry(int entry, String figures, String enteredBy, OffsetDateTime enteredAt) {}

    /**
     * Where an area's return at a stage stands: the version being entered (from 1), its entries so far, and
     * its outcome once entered twice ("accepted" or "disagreed"; empty before).
     */
    public record ReturnState(int version, List<Entry> entries, Optional<String> outcome) {}

    /**
     * A stated figure: its version, the figure, its explanation ("" for none), who gave it, and, for a
     * verification, the papers issued as the account said when it was made (empty for an account, or for a
     * verification made before the server kept it).
     */
    public record Stated(int version, long figure, String explanation, String enteredBy, OptionalLong against) {

        /**
         * Whether this verification reconciles with the account: the same papers, or a difference explained
         * when the account said what it says now (an explanation explains one discrepancy, not a later one).
         */
        public boolean reconciles(Stated account) {
            return figure == account.figure() || (!explanation.isEmpty() && against.isPresent()
                    && against.getAsLong() == account.figure());
        }
    }

    private final Clock clock;
    private final PapersStore papers;

    public AreaStore(Clock clock) {
        this.clock = clock;
        this.papers = new PapersStore(clock);
    }

    /** The ballot-paper files of areas whose contest is counted from its papers. */
    public PapersStore papers() {
        return papers;
    }

    /** The contest of an area, if the area exists. */
    public OptionalLong contestOf(Handle handle, long area) {
        return handle.createQuery("SELECT contest_id FROM count_area WHERE id = :area").bind("area", area).mapTo(Long.class)
                .findFirst().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** An area's electorate, where the returning officer gave it. */
    public OptionalLong electorateOf(Handle handle, long area) {
        Long electorate = handle.createQuery("SELECT electorate FROM count_area WHERE id = :area").bind("area", area)
                .mapTo(Long.class).findFirst().orElse(null);
        return electorate == null ? OptionalLong.empty() : OptionalLong.of(electorate);
    }

    public List<String> candidates(Handle handle, long contest) {
        return handle.createQuery("SELECT name FROM candidate WHERE contest_id = :contest ORDER BY position")
                .bind("contest", contest).mapTo(String.class).list();
    }

    /** The areas of a contest, with their names, in the order made. */
    public Map<Long, String> areasOf(Handle handle, long contest) {
        Map<Long, String> areas = new LinkedHashMap<>();
        handle.createQuery("SELECT id, name FROM count_area WHERE contest_id = :contest ORDER BY id").bind("contest", contest)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).forEach(entry -> areas.put(entry.getKey(), entry.getValue()));
        return areas;
    }

    /**
     * The figures of an area's return at a stage (canonical JSON) while its latest version is accepted: a
     * return the returning officer has reopened counts for nothing until it is accepted again.
     */
    public Optional<String> acceptedFigures(Handle handle, long area, int stage) {
        PapersStore.State uploaded = papers.state(handle, area);
        if (uploaded.current().isPresent() || uploaded.version() > 1) {
            // Counted from its papers: the file standing for the area gives its first preferences, and no later stage.
            return stage == 1 ? uploaded.current().map(PapersStore.Papers::figures) : Optional.empty();
        }
        ReturnState state = returnState(handle, area, stage);
        return state.outcome().filter("accepted"::equals).map(accepted -> state.entries().get(0).figures());
    }

    /**
     * Each area's latest stated figure in a contest, by area: its ballot paper account ({@code issued}) or its
     * verification ({@code found}). An area that has stated none is left out.
     */
    public Map<Long, Long> latestOfContest(Handle handle, long contest, Statement statement) {
        String table = statement == Statement.ACCOUNT ? "paper_account" : "verification";
        String column = statement == Statement.ACCOUNT ? "issued" : "found";
        Map<Long, Long> latest = new LinkedHashMap<>();
        handle.createQuery("SELECT s.area_id, s." + column + " FROM " + table + " s JOIN count_area a ON a.id = s.area_id"
                        + " WHERE a.contest_id = :contest AND s.version = (SELECT MAX(version) FROM " + table
                        + " WHERE area_id = s.area_id) ORDER BY s.area_id")
                .bind("contest", contest).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(entry -> latest.put(entry.getKey(), entry.getValue()));
        return latest;
    }

    /** What an area states before its count: the papers issued (its ballot paper account) and found (its verification). */
    public enum Statement { ACCOUNT, VERIFICATION }

    public int addAccount(Handle handle, long area, long issued, long user) {
        int version = next(handle, "paper_account", area);
        handle.createUpdate("INSERT INTO paper_account (area_id, version, issued, entered_by, entered_at)"
                        + " VALUES (:area, :version, :issued, :user, :now)")
                .bind("area", area).bind("version", version).bind("issued", issued).bind("user", user).bind("now", now())
                .execute();
        return version;
    }

    public int addVerification(Handle handle, long area, long found, String explanation, long issued, long user) {
        int version = next(handle, "verification", area);
        handle.createUpdate("INSERT INTO verification (area_id, version, found, explanation, issued_when_verified, entered_by,"
                        + " entered_at) VALUES (:area, :version, :found, :explanation, :issued, :user, :now)")
                .bind("area", area).bind("version", version).bind("found", found).bind("explanation", explanation)
                .bind("issued", issued)
                .bind("user", user).bind("now", now()).execute();
        return version;
    }

    public Optional<Stated> account(Handle handle, long area) {
        return handle.createQuery("SELECT a.version, a.issued, u.username FROM paper_account a JOIN app_user u ON u.id = a.entered_by"
                        + " WHERE a.area_id = :area ORDER BY a.version DESC FETCH FIRST 1 ROWS ONLY")
                .bind("area", area).map((rs, ctx) -> new Stated(rs.getInt(1), rs.getLong(2), "", rs.getString(3), OptionalLong.empty()))
                .findFirst();
    }

    public Optional<Stated> verification(Handle handle, long area) {
        return handle.createQuery("SELECT v.version, v.found, v.explanation, u.username, v.issued_when_verified FROM verification v"
                        + " JOIN app_user u ON u.id = v.entered_by WHERE v.area_id = :area ORDER BY v.version DESC FETCH FIRST 1 ROWS ONLY")
                .bind("area", area).map((rs, ctx) -> new Stated(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Columns.optionalLong(rs, 5)))
                .findFirst();
    }

    public ReturnState returnState(Handle handle, long area, int stage) {
        int entered = handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM area_return WHERE area_id = :area AND stage = :stage")
                .bind("area", area).bind("stage", stage).mapTo(Integer.class).one();
        int reopened = handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM return_reopening WHERE area_id = :area AND stage = :stage")
                .bind("area", area).bind("stage", stage).mapTo(Integer.class).one();
        int version = Math.max(1, Math.max(entered, reopened));
        List<Entry> entries = handle.createQuery("SELECT r.entry, r.figures, u.username, r.entered_at FROM area_return r"
                        + " JOIN app_user u ON u.id = r.entered_by WHERE r.area_id = :area AND r.stage = :stage AND r.version = :version"
                        + " ORDER BY r.entry")
                .bind("area", area).bind("stage", stage).bind("version", version)
                .map((rs, ctx) -> new Entry(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .list();
        Optional<String> outcome = handle.createQuery("SELECT outcome FROM return_outcome WHERE area_id = :area AND stage = :stage"
                        + " AND version = :version")
                .bind("area", area).bind("stage", stage).bind("version", version).mapTo(String.class).findFirst();
        return new ReturnState(version, entries, outcome);
    }

    /** Why the returning officer reopened a return into this version, if they did. */
    public Optional<String> reopenedBecause(Handle handle, long area, int stage, int version) {
        return handle.createQuery("SELECT reason FROM return_reopening WHERE area_id = :area AND stage = :stage AND version = :version")
                .bind("area", area).bind("stage", stage).bind("version", version).mapTo(String.class).findFirst();
    }

    /** The user who typed an entry (to refuse the same user entering a return twice). */
    public long enteredBy(Handle handle, long area, int stage, int version, int entry) {
        return handle.createQuery("SELECT entered_by FROM area_return WHERE area_id = :area AND stage = :stage AND version = :version"
                        + " AND entry = :entry")
                .bind("area", area).bind("stage", stage).bind("version", version).bind("entry", entry).mapTo(Long.class).one();
    }

    public void addEntry(Handle handle, long area, int stage, int version, int entry, String figures, long user) {
        handle.createUpdate("INSERT INTO area_return (area_id, stage, version, entry, figures, entered_by, entered_at)"
                        + " VALUES (:area, :stage, :version, :entry, :figures, :user, :now)")
                .bind("area", area).bind("stage", stage).bind("version", version).bind("entry", entry).bind("figures", figures)
                .bind("user", user).bind("now", now()).execute();
    }

    public void decide(Handle handle, long area, int stage, int version, String outcome) {
        handle.createUpdate("INSERT INTO return_outcome (area_id, stage, version, outcome, decided_at)"
                        + " VALUES (:area, :stage, :version, :outcome, :now)")
                .bind("area", area).bind("stage", stage).bind("version", version).bind("outcome", outcome).bind("now", now())
                .execute();
    }

    public void reopen(Handle handle, long area, int stage, int version, String reason, long user) {
        handle.createUpdate("INSERT INTO return_reopening (area_id, stage, version, reason, opened_by, opened_at)"
                        + " VALUES (:area, :stage, :version, :reason, :user, :now)")
                .bind("area", area).bind("stage", stage).bind("version", version).bind("reason", reason).bind("user", user)
                .bind("now", now()).execute();
    }

    private static int next(Handle handle, String table, long area) {
        return handle.createQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM " + table + " WHERE area_id = :area")
                .bind("area", area).mapTo(Integer.class).one();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
