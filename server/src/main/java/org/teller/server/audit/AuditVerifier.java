package org.teller.server.audit;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Checks the audit log's chain, offline ({@code teller audit verify}): each entry's hash is the hash of its
 * fields and of the entry before it, the sequence runs from 1 without a gap, and the first entry starts
 * from {@link AuditEntry#GENESIS}. An entry edited, removed or inserted breaks the chain from there on. Then
 * the data tables are checked against what the log records ({@link TablesAgainstLog}): a figure changed in
 * the database outside the server leaves the chain whole, but not the tables as the log has them.
 */
public final class AuditVerifier {

    /** What the check found: the entries read, and each break (empty when the chain holds). */
    public record Report(long entries, String lastHash, List<String> breaks) {
        public boolean intact() {
            return breaks.isEmpty();
        }
    }

    private AuditVerifier() {}

    public static Report verify(Jdbi jdbi) {
        return verify(jdbi, java.util.Optional.empty());
    }

    /** A published point of the chain: the entry {@code seq} and its hash (the results page shows the latest). */
    public record Head(long seq, String hash) {
        /** {@code SEQ:HASH}, as the results page writes it. */
        public static Head parse(String text) {
            String[] parts = text.split(":", 2);
            if (parts.length != 2 || !parts[0].matches("[1-9][0-9]{0,17}") || !parts[1].matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("'" + text + "' is not a published head (SEQ:HASH, the hash 64 hex digits)");
            }
            return new Head(Long.parseLong(parts[0]), parts[1]);
        }
    }

    /**
     * Checks the chain, and, where a head was published, that the log still holds it: entries removed from
     * the log's end leave an unbroken chain, which only a hash published before can show to be short.
     */
    public static Report verify(Jdbi jdbi, java.util.Optional<Head> published) {
        Report chained = chain(jdbi);
        List<String> found = new ArrayList<>(chained.breaks());
        jdbi.useHandle(handle -> TablesAgainstLog.differences(handle).forEach(difference -> found.add("tables: " + difference)));
        Report report = new Report(chained.entries(), chained.lastHash(), List.copyOf(found));
        if (published.isEmpty()) {
            return report;
        }
        Head head = published.get();
        java.util.Optional<String> hash = jdbi.withHandle(handle -> handle.createQuery("SELECT hash FROM audit_entry WHERE seq = :seq")
                .bind("seq", head.seq()).mapTo(String.class).findFirst());
        List<String> breaks = new ArrayList<>(report.breaks());
        if (hash.isEmpty()) {
            breaks.add("the log ends at entry " + report.entries() + ", before entry " + head.seq() + " that was published:"
                    + " entries were removed from its end");
        } else if (!hash.get().equals(head.hash())) {
            breaks.add("entry " + head.seq() + "'s hash is " + hash.get() + ", not " + head.hash() + " as published");
        }
        return new Report(report.entries(), report.lastHash(), List.copyOf(breaks));
    }

    private static Report chain(Jdbi jdbi) {
        return jdbi.withHandle(handle -> {
            List<String> breaks = new ArrayList<>();
            long[] count = {0};
            long[] lastSeq = {0};
            String[] previous = {AuditEntry.GENESIS};
            handle.createQuery("SELECT seq, recorded_at, actor, action, payload, previous_hash, hash FROM audit_entry ORDER BY seq")
                    .map((rs, ctx) -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)))
                    .useStream(entries -> entries.forEach(entry -> {
                        if (entry.seq() != lastSeq[0] + 1) {
                            breaks.add("entry " + entry.seq() + " follows entry " + lastSeq[0] + ": entries are missing or"
                                    + " inserted");
                        }
                        if (!entry.previousHash().equals(previous[0])) {
                            breaks.add("entry " + entry.seq() + " does not follow the entry before it (its previous hash"
                                    + " is " + entry.previousHash() + ", that entry's hash " + previous[0] + ")");
                        }
                        if (!entry.sealed()) {
                            breaks.add("entry " + entry.seq() + " (" + entry.action() + " by " + entry.actor()
                                    + ") has been altered: its hash is not the hash of what it holds");
                        }
                        count[0]++;
                        lastSeq[0] = entry.seq();
                        previous[0] = entry.hash();
                    }));
            return new Report(count[0], previous[0], List.copyOf(breaks));
        });
    }
}
