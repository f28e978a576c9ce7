package org.teller.server.audit;

import org.teller.formats.internal.Sha256;

/**
 * One entry of the audit log: who did what, when, with what (a JSON payload), chained to the entry before it.
 *
 * @param seq from 1, without gaps
 * @param recordedAt when, as an ISO-8601 instant (the text is what is hashed)
 * @param actor the user who acted ("system" for the server itself)
 * @param action what was done ({@code election.created}, {@code return.entered}...)
 * @param payload what was done, as JSON
 * @param previousHash the hash of entry {@code seq - 1} ({@link #GENESIS} for the first)
 * @param hash this entry's hash, {@link #hashOf} its fields and the previous hash
 */
public record AuditEntry(long seq, String recordedAt, String actor, String action, String payload, String previousHash,
        String hash) {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * The SHA-256 of an entry: its fields, each preceded by its length in characters (so that no two
     * different entries give the same text), after the previous entry's hash.
     */
    public static String hashOf(long seq, String recordedAt, String actor, String action, String payload,
            String previousHash) {
        StringBuilder text = new StringBuilder(previousHash);
        for (String field : new String[] {Long.toString(seq), recordedAt, actor, action, payload}) {
            text.append('\n').append(field.length()).append(':').append(field);
        }
        return Sha256.ofText(text.toString());
    }

    /** Whether the entry's hash is the hash of its own fields. */
    public boolean sealed() {
        return hash.equals(hashOf(seq, recordedAt, actor, action, payload, previousHash));
    }
}
