package org.teller.server.pages;

import java.util.List;

/**
 * The returning officer's console: every election with its contests, each contest's count areas and where
 * each stands (account, verification, returns entered, disagreements, discrepancies), the declarations
 * made or to make, and the count staff's accounts.
 *
 * @param areas every count area, for the form that gives count staff an account
 */
public record ConsolePage(String username, List<Election> elections, List<Staff> staff, List<Choice> areas) {

    public record Election(long id, String name, String pollingDay, boolean rehearsal, List<Contest> contests) {}

    /**
     * @param stages what is declared (or "Nothing declared yet.")
     * @param declarable the stage the returning officer can declare next (1 or 2), or 0 for none
     * @param ready how many areas are ready for that stage: accepted and reconciled
     * @param unprintable the characters of its names the declaration's PDF cannot print ("" for none)
     * @param fromPapers whether it is counted from a file of each area's ballot papers (declared at once)
     */
    public record Contest(long id, String name, String system, String rules, String electorate, List<String> candidates, List<AreaRow> areas,
            String stages, int declarable, long ready, String unprintable, boolean fromPapers) {

        /** What the declare button declares: a stage, or the whole count of a contest counted from its papers. */
        public String declaring() {
            boolean byStages = system.equals("Supplementary Vote") || system.equals("Contingent vote");
            return fromPapers && !byStages ? "count" : declarable == 1 ? "first stage" : "second stage";
        }
    }

    /**
     * One count area's line.
     *
     * @param attention whether something waits on the returning officer: a disagreement, or a discrepancy
     */
    public record AreaRow(long id, String name, String kind, String account, String verification, ReturnView first,
            ReturnView second, boolean attention) {}

    /** An account: {@code withdrawn} once the returning officer has withdrawn it; {@code you}, the one signed in. */
    public record Staff(String username, String role, String area, boolean withdrawn, boolean you) {}

    public record Choice(long id, String label) {}
}
