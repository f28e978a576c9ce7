package org.teller.server.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** What the server keeps of an election, as the API gives it. */
public final class Records {

    private Records() {}

    /** An election: its contests in the order made. {@code rehearsal}: test data, marked so wherever shown. */
    public record Election(long id, String name, Optional<LocalDate> pollingDay, boolean rehearsal, List<Contest> contests) {}

    /**
     * A contest: its system's key ({@code supplementary-vote}...), the rules it is declared under ({@code
     * london-mayor}...), what it is counted from ({@code returns} typed twice, or {@code ballot-papers}
     * uploaded), candidates on the ballot paper's order, count areas.
     */
    public record Contest(long id, String name, String system, String rules, String countedFrom, OptionalLong electorate,
            List<Candidate> candidates, List<Area> areas) {

        public boolean fromPapers() {
            return countedFrom.equals(BALLOT_PAPERS);
        }
    }

    /** What a contest counted from uploaded files of ballot papers is counted from. */
    public static final String BALLOT_PAPERS = "ballot-papers";

    /** A candidate: {@code shortLabel} is what a ballot-paper file may name them by ("" for none), as a contest file's short. */
    public record Candidate(int position, String name, String party, String shortLabel) {}

    /** A count area: {@code kind} is {@code box}, {@code ward} or {@code postal}. */
    public record Area(long id, String name, String kind, OptionalLong electorate) {}
}
