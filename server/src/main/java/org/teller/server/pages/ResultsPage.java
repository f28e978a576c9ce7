package org.teller.server.pages;

import java.util.List;
import java.util.Map;

/**
 * What the public results page of a contest shows (templates/results.jte): its figures so far, already
 * worded and formatted, so that the template only lays them out.
 *
 * @param status one sentence: who is elected, who goes forward, or how many areas are in
 * @param caption what the table and chart show ("First preferences, provisional", "Final stage, declared")
 * @param chartData the rows as JSON for the chart, with {@code <}, {@code >} and {@code &} escaped for a script element
 * @param transfers where the eliminated candidates' papers went at the second stage (to each candidate, and not
 *     transferable), as a table; empty before a second stage is declared
 * @param flowData the same as the nodes and links of a Sankey diagram (JSON, escaped as {@code chartData})
 * @param notAdded the areas whose accepted returns the provisional totals leave out: their figures cannot be added up
 * @param lots each lot drawn, as a sentence (a tie decided by lot is said on the page, not in the declaration alone)
 * @param papers the ballot papers counted, valid and rejected, and the turnout where the electorate is known
 *     ("54 ballot papers counted; turnout 67.50%"), provisional or declared
 * @param rejectedByHead the rejected papers, by head (figure and words), provisional or declared
 * @param byArea each count area's first preferences by candidate (in {@code rows}' order of names: {@code
 *     areaCandidates}), valid and rejected, as accepted (provisional) or declared
 * @param changes each candidate's change in first-preference share since the previous contest, in points ("+14.98"),
 *     once declared; {@code since} names that contest ("" where there is none)
 * @param rounds a declared count of several rounds (the alternative vote's, the contingent vote's), round by
 *     round: each candidate's votes in each round they stood in; empty otherwise
 */
public record ResultsPage(long contest, String title, boolean rehearsal, String status, String caption, long areasIn, long areas,
        long revision, String auditHead, boolean declared, List<Row> rows, String chartData, String chartJsVersion, List<Row> transfers,
        String flowData, List<String> notAdded, List<String> lots, List<RoundRow> rounds, String papers,
        List<Row> rejectedByHead, List<String> areaCandidates, List<AreaLine> byArea, Map<String, String> changes, String since) {

    /** A count area's line: its name, each candidate's first preferences, its valid and rejected papers (printed). */
    public record AreaLine(String area, List<String> first, String valid, String rejected) {}

    /** How many rounds the round-by-round table has (0: none). */
    public int roundCount() {
        return rounds.isEmpty() ? 0 : rounds.get(0).votes().size();
    }

    /** A line of the round-by-round table: a candidate (or the papers exhausted), and the figure of each round ("" once out). */
    public record RoundRow(String candidate, List<String> votes) {}

    /** Whether the page shows the flow of the eliminated candidates' papers (a declared second stage). */
    public boolean hasFlow() {
        return !transfers.isEmpty();
    }

    /** A candidate's line: the figure, and its share to two decimals ("" where there is no total yet). */
    public record Row(String candidate, long figure, String share) {
        /** The figure as printed, thousands separated. */
        public String votes() {
            return String.format(java.util.Locale.ROOT, "%,d", figure);
        }
    }
}
