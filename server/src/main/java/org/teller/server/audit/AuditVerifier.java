package org.teller.server.audit;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Checks the audit log's chain, offline ({@code teller audit verify}): each entry's hash is the hash of its
 * fields and of the entry before it, the sequence runs from 1 without a gap, and the first entry starts
 * from {@link AuditEntry#GENESIS}. An entry edited, removed or inserted breaks the chain from there on.
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
