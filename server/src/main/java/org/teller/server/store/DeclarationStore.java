package org.teller.server.store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** The declarations of each stage of a contest: made once, never changed. */
public final class DeclarationStore {

    private final Clock clock;

    public DeclarationStore(Clock clock) {
        this.clock = clock;
    }

    /** @param text the declaration's printable text, for a final declaration (null for a first stage alone) */
    public void declare(Handle handle, long contest, int stage, long lotSeed, String result, String text, long user) {
        handle.createUpdate("INSERT INTO stage_declaration (contest_id, stage, lot_seed, result, text_declaration, declared_by,"
                        + " declared_at) VALUES (:contest, :stage, :seed, :result, :text, :user, :now)")
                .bind("contest", contest).bind("stage", stage).bind("seed", lotSeed).bind("result", result).bind("text", text)
                .bind("user", user)
                .bind("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).execute();
    }

    /** Stores a final declaration's publications, by name. */
    public void publish(Handle handle, long contest, int stage, Map<String, byte[]> publications) {
        publications.forEach((name, content) -> handle.createUpdate("INSERT INTO publication (contest_id, stage, name, sha256,"
                        + " content) VALUES (:contest, :stage, :name, :sha256, :content)")
                .bind("contest", contest).bind("stage", stage).bind("name", name)
                .bind("sha256", org.teller.formats.internal.Sha256.ofBytes(content)).bind("content", content).execute());
    }

    /** A publication of a contest's final declaration as stored: its bytes and the SHA-256 recorded for them. */
    public record Stored(byte[] content, String sha256) {}

    /** A publication of a contest's final declaration, if it was made. */
    public Optional<Stored> publication(Handle handle, long contest, String name) {
        return handle.createQuery("SELECT content, sha256 FROM publication WHERE contest_id = :contest AND name = :name"
                        + " ORDER BY stage DESC").bind("contest", contest).bind("name", name)
                .map((rs, ctx) -> new Stored(rs.getBytes(1), rs.getString(2))).findFirst();
    }

    /** The names and SHA-256 of a contest's publications, in the order made. */
    public Map<String, String> publications(Handle handle, long contest) {
        Map<String, String> made = new java.util.LinkedHashMap<>();
        handle.createQuery("SELECT name, sha256 FROM publication WHERE contest_id = :contest ORDER BY stage, name")
                .bind("contest", contest).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(entry -> made.put(entry.getKey(), entry.getValue()));
        return made;
    }

    /** The declaration of a stage (its result as JSON), if made. */
    public Optional<String> declared(Handle handle, long contest, int stage) {
        return handle.createQuery("SELECT result FROM stage_declaration WHERE contest_id = :contest AND stage = :stage")
                .bind("contest", contest).bind("stage", stage).mapTo(String.class).findFirst();
    }

    /** The printable text of a contest's final declaration, if it is declared. */
    public Optional<String> finalText(Handle handle, long contest) {
        return handle.createQuery("SELECT text_declaration FROM stage_declaration WHERE contest_id = :contest"
                        + " AND text_declaration IS NOT NULL").bind("contest", contest).mapTo(String.class).findFirst();
    }

    /** Every declaration of a contest, by stage. */
    public Map<Integer, String> declarations(Handle handle, long contest) {
        Map<Integer, String> byStage = new TreeMap<>();
        handle.createQuery("SELECT stage, result FROM stage_declaration WHERE contest_id = :contest").bind("contest", contest)
                .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getString(2))).forEach(entry -> byStage.put(entry.getKey(), entry.getValue()));
        return byStage;
    }

    /** The lot seed a stage was declared with. */
    public long lotSeed(Handle handle, long contest, int stage) {
        return handle.createQuery("SELECT lot_seed FROM stage_declaration WHERE contest_id = :contest AND stage = :stage")
                .bind("contest", contest).bind("stage", stage).mapTo(Long.class).one();
    }

    /** What a declaration needs to know of a contest and its election. */
    public record ContestInfo(long id, String name, String system, String rules, boolean rehearsal, Optional<LocalDate> pollingDay,
            OptionalLong electorate, List<org.teller.core.Candidate> ballot, boolean fromPapers, Optional<String> previous) {

        /** Each candidate's party (or description), in ballot order: "" for none. */
        public List<String> parties() {
            return ballot.stream().map(org.teller.core.Candidate::party).toList();
        }
    }

    public Optional<ContestInfo> contest(Handle handle, long contest) {
        List<org.teller.core.Candidate> ballot = handle.createQuery("SELECT name, party, short_label FROM candidate"
                        + " WHERE contest_id = :contest ORDER BY position")
                .bind("contest", contest).map((rs, ctx) -> new org.teller.core.Candidate(rs.getString(1), rs.getString(2),
                        rs.getString(3))).list();
        return handle.createQuery("SELECT c.id, c.name, c.system, e.rehearsal, e.polling_day, c.electorate, c.rules, c.counted_from, c.previous FROM contest c"
                        + " JOIN election e ON e.id = c.election_id WHERE c.id = :contest")
                .bind("contest", contest).map((rs, ctx) -> {
                    Optional<LocalDate> day = Optional.ofNullable(rs.getObject(5, LocalDate.class));
                    return new ContestInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(7), rs.getBoolean(4), day,
                            Columns.optionalLong(rs, 6), ballot, rs.getString(8).equals(Records.BALLOT_PAPERS),
                            Optional.ofNullable(rs.getString(9)));
                }).findFirst();
    }
}
