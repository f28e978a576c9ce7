package org.teller.server.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The append-only audit log: every action that changes anything is appended in the same transaction as the
 * change, so that a change without its entry (or an entry without its change) is never committed.
 * Entries are chained by hash ({@link AuditEntry}); {@link AuditVerifier} checks the chain offline.
 */
public final class AuditLog {

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /**
     * Appends an entry inside the caller's transaction. Two transactions appending at once cannot both
     * commit the same sequence number (it is the primary key): the later one fails and is retried whole by
     * the caller's transaction runner.
     */
    public AuditEntry append(Handle handle, String actor, String action, String payload) {
        Optional<AuditEntry> last = last(handle);
        long seq = last.map(entry -> entry.seq() + 1).orElse(1L);
        String previous = last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS);
        String at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS).toString();
        String hash = AuditEntry.hashOf(seq, at, actor, action, payload, previous);
        handle.createUpdate("INSERT INTO audit_entry (seq, recorded_at, actor, action, payload, previous_hash, hash)"
                        + " VALUES (:seq, :at, :actor, :action, :payload, :previous, :hash)")
                .bind("seq", seq).bind("at", at).bind("actor", actor).bind("action", action).bind("payload", payload)
                .bind("previous", previous).bind("hash", hash).execute();
        return new AuditEntry(seq, at, actor, action, payload, previous, hash);
    }

    /** The last entry's sequence number: the revision of everything the server holds (0 before any change). */
    public static long revision(Handle handle) {
        return handle.createQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_entry").mapTo(Long.class).one();
    }

    static Optional<AuditEntry> last(Handle handle) {
        return handle.createQuery("SELECT seq, recorded_at, actor, action, payload, previous_hash, hash FROM audit_entry"
                        + " ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .map((rs, ctx) -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .findFirst();
    }
}
