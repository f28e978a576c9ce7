package org.teller.core;

/**
 * A candidate as printed on the ballot paper.
 *
 * <p>Inside a count a candidate is known by its index in ballot order; the name and description live
 * here for reports.
 *
 * @param name the candidate's name as on the ballot paper
 * @param party the description as on the ballot paper ("Labour Party", "Independent"), or {@code ""}
 * @param shortLabel an abbreviation for results lists ("Lab"), or {@code ""}
 */
public record Candidate(String name, String party, String shortLabel) {

    /** The most candidates a contest may have: 32,768, a candidate's number in 15 bits. */
    public static final int MOST = 1 << 15;

    public Candidate {
        name = name.strip();
        party = party.strip();
        shortLabel = shortLabel.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a candidate needs a name");
        }
    }

    public static Candidate of(String name, String party) {
        return new Candidate(name, party, "");
    }

    /** The label for results lists: the short label if there is one, else the description. */
    public String label() {
        return shortLabel.isEmpty() ? party : shortLabel;
    }

    /**
     * Whether this candidate stands without a party, so that a change in share is only ever measured
     * against the same person. An empty description counts as independent too.
     */
    public boolean isIndependent() {
        return party.isEmpty() || party.equalsIgnoreCase("Independent");
    }
}
