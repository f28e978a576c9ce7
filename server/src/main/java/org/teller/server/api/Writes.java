package org.teller.server.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.teller.server.audit.AuditEntry;
import org.teller.server.audit.AuditLog;
import org.teller.server.auth.User;

/**
 * Every change, in one transaction with its audit entry: both are committed, or neither. Changes are made
 * one at a time (a lock), so that the audit log's order is the order of the changes. A payload's keys are
 * written in alphabetical order: the same change gives the same entry.
 */
final class Writes {

    /** The change itself, inside the transaction. */
    interface Change<T> {
        T apply(Handle handle);
    }

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final java.util.function.Consumer<List<AuditEntry>> committed;

    /** @param committed told of each change's audit entries once it is committed (the public feed) */
    Writes(Jdbi jdbi, AuditLog audit, java.util.function.Consumer<List<AuditEntry>> committed) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.committed = committed;
    }

    /** Appends an audit entry of the change being made. */
    interface Auditor {
        void entry(String action, Map<String, ?> payload);
    }

    /** A change that writes its own audit entries (several, or one that depends on what it finds). */
    <T> T writeAll(User actor, java.util.function.Function<Auditor, Change<T>> change) {
        List<AuditEntry> entries = new ArrayList<>();
        T result;
        lock.lock();
        try {
            result = jdbi.inTransaction(handle -> {
                entries.clear(); // a transaction retried starts again
                Auditor auditor = (action, payload) -> entries.add(audit.append(handle, actor.username(), action,
                        JsonBody.write(new TreeMap<>(payload))));
                return change.apply(auditor).apply(handle);
            });
            // Told while the lock is held: listeners hear of changes in the order they were made.
            committed.accept(List.copyOf(entries));
        } finally {
            lock.unlock();
        }
        return result;
    }

    /** Reads, in one transaction (a consistent view), without writing. */
    <T> T read(Change<T> query) {
        return jdbi.inTransaction(query::apply);
    }

    <T> T write(User actor, String action, Map<String, ?> payload, Change<T> change) {
        return writeAll(actor, auditor -> handle -> {
            T result = change.apply(handle);
            auditor.entry(action, payload);
            return result;
        });
    }
}
