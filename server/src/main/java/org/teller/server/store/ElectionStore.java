package org.teller.server.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.teller.server.store.Records.Area;
import org.teller.server.store.Records.Candidate;
import org.teller.server.store.Records.Contest;
import org.teller.server.store.Records.Election;

/** Elections, contests, candidates and count areas in the database: plain SQL, each write in the caller's transaction. */
public final class ElectionStore {

    private final Jdbi jdbi;
    private final Clock clock;

    public ElectionStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public long createElection(Handle handle, String name, Optional<LocalDate> pollingDay, boolean rehearsal) {
        return handle.createUpdate("INSERT INTO election (name, polling_day, rehearsal, created_at)"
                        + " VALUES (:name, :day, :rehearsal, :now)")
                .bind("name", name).bind("day", pollingDay.orElse(null)).bind("rehearsal", rehearsal).bind("now", now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public long createContest(Handle handle, long election, String name, String system, String rules, String countedFrom,
            OptionalLong electorate, List<Candidate> candidates, Optional<String> previous) {
        long id = handle.createUpdate("INSERT INTO contest (election_id, name, system, rules, counted_from, electorate, previous,"
                        + " created_at) VALUES (:election, :name, :system, :rules, :from, :electorate, :previous, :now)")
                .bind("previous", previous.orElse(null))
                .bind("election", election).bind("name", name).bind("system", system).bind("rules", rules).bind("from", countedFrom)
                .bind("electorate", electorate.isPresent() ? electorate.getAsLong() : null).bind("now", now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (Candidate candidate : candidates) {
            handle.createUpdate("INSERT INTO candidate (contest_id, position, name, party, short_label)"
                            + " VALUES (:contest, :position, :name, :party, :short)")
                    .bind("contest", id).bind("position", candidate.position()).bind("name", candidate.name())
                    .bind("party", candidate.party()).bind("short", candidate.shortLabel()).execute();
        }
        return id;
    }

    /**
     * Removes a count area made by mistake, if nothing was ever entered for it nor anyone given it: what it
     * held would otherwise be lost. Returns why it cannot be removed, or empty once removed.
     */
    public Optional<String> removeArea(Handle handle, long area) {
        for (String[] held : new String[][] {{"paper_account", "a ballot paper account"}, {"verification", "a verification"},
            {"area_return", "a return entered"}, {"area_papers", "a file of papers"}, {"app_user", "an account of count staff"}}) {
            if (handle.createQuery("SELECT COUNT(*) FROM " + held[0] + " WHERE area_id = :area").bind("area", area).mapTo(Long.class)
                    .one() > 0) {
                return Optional.of("it has " + held[1] + " (every figure entered is kept)");
            }
        }
        handle.createUpdate("DELETE FROM count_area WHERE id = :area").bind("area", area).execute();
        return Optional.empty();
    }

    public long createArea(Handle handle, long contest, String name, String kind, OptionalLong electorate) {
        return handle.createUpdate("INSERT INTO count_area (contest_id, name, kind, electorate) VALUES (:contest, :name, :kind, :electorate)")
                .bind("contest", contest).bind("name", name).bind("kind", kind)
                .bind("electorate", electorate.isPresent() ? electorate.getAsLong() : null)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public List<Election> elections() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM election ORDER BY id").mapTo(Long.class).list()
                .stream().map(id -> election(handle, id).orElseThrow()).toList());
    }

    public Optional<Election> election(long id) {
        return jdbi.withHandle(handle -> election(handle, id));
    }

    public boolean contestExists(Handle handle, long contest) {
        return handle.createQuery("SELECT COUNT(*) FROM contest WHERE id = :id").bind("id", contest).mapTo(Long.class).one() > 0;
    }

    public boolean areaExists(Handle handle, long area) {
        return handle.createQuery("SELECT COUNT(*) FROM count_area WHERE id = :id").bind("id", area).mapTo(Long.class).one() > 0;
    }

    private Optional<Election> election(Handle handle, long id) {
        return handle.createQuery("SELECT id, name, polling_day, rehearsal FROM election WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Election(rs.getLong(1), rs.getString(2),
                        Optional.ofNullable(rs.getObject(3, LocalDate.class)), rs.getBoolean(4), contests(handle, rs.getLong(1))))
                .findFirst();
    }

    private List<Contest> contests(Handle handle, long election) {
        return handle.createQuery("SELECT id, name, system, rules, counted_from, electorate FROM contest WHERE election_id = :election"
                        + " ORDER BY id")
                .bind("election", election)
                .map((rs, ctx) -> new Contest(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Columns.optionalLong(rs, 6), List.of(), List.of()))
                .list().stream()
                .map(contest -> new Contest(contest.id(), contest.name(), contest.system(), contest.rules(), contest.countedFrom(),
                        contest.electorate(),
                        candidates(handle, contest.id()), areas(handle, contest.id())))
                .toList();
    }

    private List<Candidate> candidates(Handle handle, long contest) {
        return handle.createQuery("SELECT position, name, party, short_label FROM candidate WHERE contest_id = :contest ORDER BY position")
                .bind("contest", contest).map((rs, ctx) -> new Candidate(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private List<Area> areas(Handle handle, long contest) {
        return handle.createQuery("SELECT id, name, kind, electorate FROM count_area WHERE contest_id = :contest ORDER BY id")
                .bind("contest", contest)
                .map((rs, ctx) -> new Area(rs.getLong(1), rs.getString(2), rs.getString(3), Columns.optionalLong(rs, 4)))
                .list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
