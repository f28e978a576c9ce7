package org.teller.formats.report;

import static org.teller.formats.report.Figures.votes;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.contest.AreaFigures;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.lot.Lot;
import org.teller.core.tally.Transfer;

/**
 * The result as one self-contained web page, to look at rather than read: the result at a glance, a bar
 * chart and table for each stage or round, a flow diagram of the transfers, the statement of rejected papers,
 * the count areas in a table that sorts, and the SHA-256 of every input. The charts are SVG drawn here, in the
 * page: it needs no network, prints as it shows, and the same count always gives the same bytes. A few lines
 * of script sort the areas' table; without them the page is whole.
 */
final class HtmlReport {

    private final Declaration declaration;
    private final Result result;
    private final List<Candidate> candidates;
    /** Text not yet written to {@link #sink}: passed on whenever it grows past {@link #CHUNK}. */
    private final StringBuilder out = new StringBuilder(1 << 14);
    private final Writer sink;
    private final List<String> colours;

    private static final int CHUNK = 1 << 16;

    private HtmlReport(Declaration declaration, Writer sink) {
        this.declaration = declaration;
        this.result = declaration.result();
        this.candidates = result.candidates();
        this.colours = Html.colours(candidates);
        this.sink = sink;
    }

    static void write(Declaration declaration, Writer sink) throws IOException {
        try {
            new HtmlReport(declaration, sink).write();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Passes the page made so far on to the writer, when there is enough of it: a page can be 100 MB. */
    private void pass(boolean always) {
        if (always || out.length() > CHUNK) {
            try {
                sink.append(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.setLength(0);
        }
    }

    private void write() {
        String title = declaration.contest().title();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Teller\">\n")
                .append("<title>").append(text(title)).append(": the result</title>\n<style>\n").append(Html.STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<header>\n<h1>").append(text(title)).append("</h1>\n<p class=\"poll\">")
                .append(text(declaration.contest().date().map(date -> "Poll held on " + Figures.LONG_DATE.format(date) + ". ")
                        .orElse("") + Figures.capitalised(result.system().title()) + " (" + declaration.contest().rules().statute()
                        + ")."))
                .append("</p>\n");
        Wording.whatIf(declaration).ifPresent(note -> out.append("<p class=\"whatif\">").append(text(note)).append("</p>\n"));
        out.append("</header>\n");
        glance();
        // The last round first, as the result is read out; then how the votes moved; then the rounds before.
        List<Round> rounds = result.rounds();
        round(rounds.get(rounds.size() - 1));
        if (rounds.size() > 1) {
            transfers();
        }
        for (int r = rounds.size() - 2; r >= 0; r--) {
            round(rounds.get(r));
            pass(false);
        }
        rejected();
        areas();
        lots();
        inputs();
        out.append("<footer><p>Counted by Teller. Shares are of the votes still in the count at each ")
                .append(Wording.roundWord(result)).append(", in percent to two places, rounded half-up from the exact"
                        + " fraction; changes are in percentage points, from the exact shares.</p></footer>\n");
        out.append("</main>\n<script>\n").append(Html.SORTING).append("</script>\n</body>\n</html>\n");
        pass(true);
    }

    /** The result at a glance: who is elected and how, the majority, gain or hold, swing, turnout, papers. */
    private void glance() {
        out.append("<section class=\"glance\" aria-label=\"The result at a glance\">\n<p class=\"winner\">")
                .append(text(Figures.isSv(result) && result.hasElection() ? svElected() : Wording.elected(result)))
                .append("</p>\n<dl>\n");
        declaration.majority().ifPresent(majority -> fact("Majority", Wording.majority(result, majority)));
        declaration.outcome().ifPresent(outcome -> fact("Since last time", Figures.capitalised(Wording.outcome(declaration, outcome))));
        declaration.swing().ifPresent(swing -> fact("Swing", Wording.swing(declaration, swing)));
        declaration.turnout().ifPresent(turnout -> fact("Turnout", turnout.toPlainString() + "%"
                + (declaration.isTurnoutComputed() ? "" : " (as stated)")));
        declaration.ballotPapers().ifPresent(papers -> fact("Ballot papers counted", votes(papers)));
        declaration.contest().electorate().ifPresent(electorate -> fact("Electorate", votes(electorate)));
        fact(result.rounds().size() > 1 ? "Valid first preferences" : "Valid votes", votes(result.firstRound().continuingVotes()));
        declaration.rejected().ifPresent(rejected -> fact("Rejected papers", votes(rejected.total())));
        out.append("</dl>\n</section>\n");
    }

    private String svElected() {
        Candidate winner = result.electedCandidate();
        String who = winner.name() + (winner.party().isEmpty() ? "" : " (" + winner.party() + ")");
        return who + (result.electedInRound() == 1 ? " is elected at the first stage, with more than half of the valid votes."
                : " is elected at the second stage.");
    }

    private void fact(String term, String value) {
        out.append("<div><dt>").append(text(term)).append("</dt><dd>").append(text(value)).append("</dd></div>\n");
    }

    /** A stage or round: its bar chart, then its table of votes, shares and, at the first, changes. */
    private void round(Round round) {
        String name = result.rounds().size() == 1 ? "Votes" : Wording.roundName(result, round.number());
        String id = "round-" + round.number();
        out.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
                .append(text(name)).append("</h2>\n");
        List<Integer> order = Figures.byVotes(round.continuing(), round::votes);
        barChart(round, order, name);
        boolean first = round.number() == 1;
        boolean withChanges = first && declaration.previous().isPresent();
        boolean added = round.number() > 1 && !round.transfers().isEmpty();
        out.append("<table>\n<thead><tr><th scope=\"col\">Candidate</th><th scope=\"col\">Description</th>");
        if (added) {
            out.append("<th scope=\"col\" class=\"n\">Before</th><th scope=\"col\" class=\"n\">Added</th>");
        }
        out.append("<th scope=\"col\" class=\"n\">Votes</th><th scope=\"col\" class=\"n\">Share</th>");
        if (withChanges) {
            out.append("<th scope=\"col\" class=\"n\">Change</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        Round before = round.number() > 1 ? result.rounds().get(round.number() - 2) : null;
        for (int candidate : order) {
            boolean elected = result.hasElection() && result.elected() == candidate && round.number() == result.electedInRound();
            out.append(elected ? "<tr class=\"elected\">" : "<tr>").append("<th scope=\"row\">")
                    .append(swatch(candidate)).append(text(candidates.get(candidate).name()))
                    .append(elected ? " <span class=\"tag\">elected</span>" : "").append("</th><td>")
                    .append(text(candidates.get(candidate).party())).append("</td>");
            if (added) {
                cell(votes(before.votes(candidate)));
                cell("+" + votes(round.received(candidate)));
            }
            cell(votes(round.votes(candidate)));
            cell(round.share(candidate).percent().map(p -> p.toPlainString() + "%").orElse(""));
            if (withChanges) {
                cell(declaration.change(candidate).map(Figures::signed).orElse(""));
            }
            out.append("</tr>\n");
            pass(false);
        }
        out.append("</tbody>\n</table>\n");
        List<String> notes = new ArrayList<>();
        notes.add((first ? (result.rounds().size() > 1 ? "Valid first-preference votes: " : "Valid votes: ")
                : "Votes of continuing candidates: ") + votes(round.continuingVotes()) + ".");
        if (result.rounds().size() > 1 || round.majority() != round.threshold()) {
            notes.add("More than half is " + votes(round.majority()) + ".");
        }
        if (round.exhausted() > 0) {
            notes.add((twoStages() ? "Not transferable: " : "Papers exhausted so far: ") + votes(round.exhausted()) + ".");
        }
        if (!round.eliminated().isEmpty()) {
            notes.add(Wording.names(candidates, round.eliminated())
                    + (round.eliminated().size() == 1 ? " is" : " are") + " eliminated.");
        }
        if (withChanges) {
            notes.add("Changes are in percentage points of share since " + Wording.previous(declaration.previous().get()) + ".");
        }
        out.append("<p class=\"note\">").append(text(String.join(" ", notes))).append("</p>\n</section>\n");
    }

    private void cell(String value) {
        out.append("<td class=\"n\">").append(text(value)).append("</td>");
    }

    /** Horizontal bars, most votes first. */
    private void barChart(Round round, List<Integer> order, String name) {
        List<Html.Bar> bars = new ArrayList<>();
        for (int candidate : order) {
            long value = round.votes(candidate);
            String share = round.share(candidate).percent().map(p -> " (" + p.toPlainString() + "%)").orElse("");
            bars.add(new Html.Bar(candidates.get(candidate).name(), value, votes(value) + share, colour(candidate)));
        }
        Html.bars(out, name + ": votes by candidate", bars);
    }

    /**
     * The flow of the count as a Sankey diagram: a column for each round, each candidate in it as tall as
     * their votes (with the papers exhausted so far at the foot), and bands between columns for the votes a
     * candidate keeps, and for the papers each eliminated candidate passes on, to whom and to no one. Papers
     * passed on together (count returns state what each finalist received, not from whom) flow from the
     * eliminated candidates' block as one. A table gives the same figures.
     */
    private void transfers() {
        out.append("<section aria-labelledby=\"transfers\">\n<h2 id=\"transfers\">Transfers</h2>\n");
        new Sankey().draw();
        out.append("<table>\n<thead><tr><th scope=\"col\">").append(text(Figures.capitalised(Wording.roundWord(result))))
                .append("</th><th scope=\"col\">Papers of</th><th scope=\"col\" class=\"n\">Papers</th>")
                .append("<th scope=\"col\">To</th><th scope=\"col\" class=\"n\">Exhausted</th></tr></thead>\n<tbody>\n");
        for (Round round : result.rounds()) {
            for (Transfer transfer : round.transfers()) {
                List<String> to = new ArrayList<>();
                for (int candidate = 0; candidate < candidates.size(); candidate++) {
                    if (transfer.to(candidate) > 0) {
                        to.add(candidates.get(candidate).name() + " +" + votes(transfer.to(candidate)));
                    }
                }
                String from = transfer.from().isPresent() ? candidates.get(transfer.from().getAsInt()).name()
                        : Wording.names(candidates, result.rounds().get(round.number() - 2).eliminated());
                out.append("<tr><td>").append(round.number()).append("</td><td>").append(text(from)).append("</td>");
                cell(votes(transfer.papers()));
                out.append("<td>").append(text(to.isEmpty() ? "none" : String.join(", ", to))).append("</td>");
                cell(votes(transfer.exhausted()));
                out.append("</tr>\n");
            }
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** The Sankey diagram's layout: columns of nodes, and bands stacked on each node's two sides. */
    private final class Sankey {
        static final int WIDTH = 900;
        static final int HEIGHT = 420;
        static final int NODE = 14;
        static final int GAP = 6;
        static final int LABELS = 210;

        private final List<Round> rounds = result.rounds();
        private final int columns = rounds.size();
        private final double scale;
        /** By round and candidate (the last index: exhausted), the top of the node; -1 when not in the column. */
        private final double[][] top;
        /** How far down each node's left (incoming) and right (outgoing) sides bands have been stacked. */
        private final double[][] in;
        private final double[][] outgoing;

        Sankey() {
            long total = result.valid();
            int most = 0;
            for (Round round : rounds) {
                most = Math.max(most, round.continuing().size() + 1);
            }
            scale = total == 0 ? 0 : (HEIGHT - GAP * (most - 1)) / (double) total;
            top = new double[columns][candidates.size() + 1];
            in = new double[columns][candidates.size() + 1];
            outgoing = new double[columns][candidates.size() + 1];
            for (int r = 0; r < columns; r++) {
                java.util.Arrays.fill(top[r], -1);
                double y = 0;
                for (int candidate : order(rounds.get(r))) {
                    top[r][candidate] = y;
                    y += height(rounds.get(r).votes(candidate)) + GAP;
                }
                top[r][candidates.size()] = y;
                in[r] = top[r].clone();
                outgoing[r] = top[r].clone();
            }
        }

        /** A column's order: those going on to the next round by votes, then those eliminated, by votes. */
        private List<Integer> order(Round round) {
            List<Integer> staying = new ArrayList<>();
            List<Integer> leaving = new ArrayList<>();
            for (int candidate : round.continuing()) {
                (round.eliminated().contains(candidate) ? leaving : staying).add(candidate);
            }
            List<Integer> order = new ArrayList<>(Figures.byVotes(staying, round::votes));
            order.addAll(Figures.byVotes(leaving, round::votes));
            return order;
        }

        private double height(long votes) {
            return votes * scale;
        }

        private double x(int column) {
            return LABELS + (WIDTH - 2 * LABELS - NODE) * (columns == 1 ? 0 : column / (double) (columns - 1));
        }

        void draw() {
            out.append("<figure>\n<svg class=\"sankey\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                    .append(' ').append(HEIGHT + 30).append("\" role=\"img\" aria-label=\"")
                    .append(text("How the votes moved from " + Wording.round(result, 1) + " to " + Wording.round(result, columns)))
                    .append("\">\n<g class=\"bands\">\n");
            int exhausted = candidates.size();
            for (int r = 0; r + 1 < columns; r++) {
                Round round = rounds.get(r);
                Round next = rounds.get(r + 1);
                for (int candidate : order(round)) {
                    if (next.isContinuing(candidate)) {
                        band(r, candidate, candidate, round.votes(candidate), candidates.get(candidate).name() + " keeps "
                                + votes(round.votes(candidate)));
                    }
                }
                for (Transfer transfer : next.transfers()) {
                    int source = transfer.from().isPresent() ? transfer.from().getAsInt() : round.eliminated().get(0);
                    String from = transfer.from().isPresent() ? candidates.get(source).name()
                            : Wording.names(candidates, round.eliminated());
                    for (int candidate : order(next)) {
                        if (transfer.to(candidate) > 0) {
                            band(r, source, candidate, transfer.to(candidate), from + " to " + candidates.get(candidate).name()
                                    + ": " + votes(transfer.to(candidate)));
                        }
                    }
                    if (transfer.exhausted() > 0) {
                        band(r, source, exhausted, transfer.exhausted(), from + ", exhausted: " + votes(transfer.exhausted()));
                    }
                }
                if (round.exhausted() > 0) {
                    band(r, exhausted, exhausted, round.exhausted(), "exhausted before: " + votes(round.exhausted()));
                }
            }
            out.append("</g>\n<g class=\"nodes\">\n");
            for (int r = 0; r < columns; r++) {
                Round round = rounds.get(r);
                for (int candidate : order(round)) {
                    node(r, candidate, round.votes(candidate), colour(candidate), candidates.get(candidate).name());
                }
                if (round.exhausted() > 0) {
                    node(r, exhausted, round.exhausted(), "#9a9a9a", twoStages() ? "Not transferable" : "Exhausted");
                }
                // Many rounds are numbered only, or their names would run into each other.
                out.append("<text x=\"").append(number(x(r) + NODE / 2.0)).append("\" y=\"").append(HEIGHT + 24)
                        .append("\" class=\"column\">").append(text(columns > 6 ? Integer.toString(r + 1)
                                : Wording.roundName(result, r + 1))).append("</text>\n");
            }
            out.append("</g>\n</svg>\n</figure>\n");
        }

        /**
         * A band of {@code votes} from a node of column {@code r} to a node of the next. Papers passed on
         * together leave from the top of the eliminated candidates' block, which is stacked as one.
         */
        private void band(int r, int from, int to, long votes, String title) {
            double thickness = height(votes);
            double y0 = outgoing[r][from];
            if (from < candidates.size() && rounds.get(r).eliminated().contains(from)
                    && rounds.get(r + 1).transfers().stream().anyMatch(t -> t.from().isEmpty())) {
                // One block: the eliminated candidates' papers leave together.
                y0 = blockOutgoing(r);
                advanceBlock(r, thickness);
            } else {
                outgoing[r][from] += thickness;
            }
            double y1 = in[r + 1][to];
            in[r + 1][to] += thickness;
            double x0 = x(r) + NODE;
            double x1 = x(r + 1);
            double middle = (x0 + x1) / 2;
            double t = Math.max(thickness, 0.5);
            // A band as an area between two curves, so that a steep one keeps its width and stays between its nodes.
            out.append("<path d=\"M").append(number(x0)).append(',').append(number(y0)).append(" C").append(number(middle))
                    .append(',').append(number(y0)).append(' ').append(number(middle)).append(',').append(number(y1)).append(' ')
                    .append(number(x1)).append(',').append(number(y1)).append(" L").append(number(x1)).append(',')
                    .append(number(y1 + t)).append(" C").append(number(middle)).append(',').append(number(y1 + t)).append(' ')
                    .append(number(middle)).append(',').append(number(y0 + t)).append(' ').append(number(x0)).append(',')
                    .append(number(y0 + t)).append(" Z\" fill=\"").append(to == candidates.size() ? "#9a9a9a" : colour(to))
                    .append("\" fill-opacity=\"0.45\"><title>").append(text(title)).append("</title></path>\n");
        }

        private double blockTop = -1;
        private int blockRound = -1;

        /** Where the next band leaves the eliminated block of column {@code r}: its top, then below the last. */
        private double blockOutgoing(int r) {
            if (blockRound != r) {
                blockRound = r;
                blockTop = Double.MAX_VALUE;
                for (int eliminated : rounds.get(r).eliminated()) {
                    blockTop = Math.min(blockTop, top[r][eliminated]);
                }
            }
            return blockTop;
        }

        private void advanceBlock(int r, double thickness) {
            blockTop += thickness;
            // The gaps between the block's nodes are crossed as the bands pass them.
            for (int eliminated : rounds.get(r).eliminated()) {
                double bottom = top[r][eliminated] + height(rounds.get(r).votes(eliminated));
                if (blockTop > bottom && blockTop < bottom + GAP) {
                    blockTop = bottom + GAP;
                }
            }
        }

        private void node(int r, int candidate, long votes, String colour, String name) {
            double y = top[r][candidate];
            double h = Math.max(height(votes), 0.5);
            out.append("<g><title>").append(text(name + ", " + Wording.roundName(result, r + 1).toLowerCase(java.util.Locale.ROOT)
                    + ": " + Figures.votes(votes))).append("</title><rect x=\"").append(number(x(r))).append("\" y=\"")
                    .append(number(y)).append("\" width=\"").append(NODE).append("\" height=\"").append(number(h))
                    .append("\" fill=\"").append(colour).append("\"/>");
            // Names beside the first and the last column only: between, they would cover the bands (each node's
            // title still names it).
            if (h >= 9 && (r == 0 || r == columns - 1)) {
                boolean right = r == columns - 1;
                out.append("<text x=\"").append(number(right ? x(r) + NODE + 4 : x(r) - 4)).append("\" y=\"")
                        .append(number(y + h / 2 + 4)).append("\" class=\"").append(right ? "end" : "start").append("\">")
                        // The name isolated, so that a right-to-left name does not carry the figure with it.
                        .append(text("\u2068" + shortened(name) + "\u2069 " + Figures.votes(votes))).append("</text>");
            }
            out.append("</g>\n");
        }
    }

    private void rejected() {
        out.append("<section aria-labelledby=\"rejected\">\n<h2 id=\"rejected\">Rejected papers</h2>\n");
        Optional<RejectedPapers> rejected = declaration.rejected();
        if (rejected.isEmpty()) {
            out.append("<p class=\"note\">Not stated.</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<tbody>\n");
        for (RejectedStatement.Line line : RejectedStatement.lines(rejected.get(), declaration.contest().rules())) {
            out.append("<tr><th scope=\"row\">").append(text(Figures.capitalised(line.text()))).append("</th>");
            cell(votes(line.papers()));
            out.append("</tr>\n");
        }
        out.append("<tr class=\"total\"><th scope=\"row\">Total</th>");
        cell(votes(rejected.get().total()));
        out.append("</tr>\n</tbody>\n</table>\n");
        declaration.unusedSecondPreferences().ifPresent(byReason -> {
            if (!Figures.present(byReason).isEmpty()) {
                out.append("<h3>Second preferences not counted on valid papers</h3>\n<table>\n<tbody>\n");
                for (var reason : Figures.present(byReason)) {
                    out.append("<tr><th scope=\"row\">").append(text(Figures.capitalised(Figures.describe(reason)))).append("</th>");
                    cell(votes(byReason.get(reason)));
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n</table>\n");
            }
        });
        out.append("</section>\n");
    }

    /** Each count area's first preferences (and, after several rounds, its votes at the last), sortable. */
    private void areas() {
        List<AreaFigures> areas = declaration.areas();
        if (areas.isEmpty()) {
            return;
        }
        boolean withRejected = areas.stream().anyMatch(area -> area.rejected().isPresent());
        boolean several = result.rounds().size() > 1;
        List<Integer> finalists = several ? result.lastRound().continuing() : List.of();
        out.append("<section aria-labelledby=\"areas\">\n<h2 id=\"areas\">By count area</h2>\n")
                .append("<p class=\"note\">First preferences").append(several ? "; at the last " + Wording.roundWord(result)
                        + ", the votes of those still in the count" : "")
                .append(". Select a column's heading to sort by it.</p>\n<div class=\"wide\"><table class=\"sortable\">\n<thead><tr>")
                .append("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\">Area</button></th>");
        List<String> headings = new ArrayList<>(List.of("Valid"));
        if (withRejected) {
            headings.add("Rejected");
        }
        candidates.forEach(candidate -> headings.add(candidate.name()));
        finalists.forEach(finalist -> headings.add(candidates.get(finalist).name() + " (" + Wording.roundName(result,
                result.rounds().size()).toLowerCase(java.util.Locale.ROOT) + ")"));
        for (String heading : headings) {
            out.append("<th scope=\"col\" class=\"n\" aria-sort=\"none\"><button type=\"button\">").append(text(heading))
                    .append("</button></th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (AreaFigures area : areas) {
            out.append("<tr><th scope=\"row\">").append(text(area.area())).append("</th>");
            figureCell(area.validFirstPreferences());
            if (withRejected) {
                if (area.rejected().isPresent()) {
                    figureCell(area.rejected().get().total());
                } else {
                    out.append("<td class=\"n\" data-value=\"-1\"></td>");
                }
            }
            for (int candidate = 0; candidate < candidates.size(); candidate++) {
                figureCell(area.firstPreferences().get(candidate));
            }
            Round last = area.rounds().get(area.rounds().size() - 1);
            for (int finalist : finalists) {
                figureCell(last.votes(finalist));
            }
            out.append("</tr>\n");
            pass(false);
        }
        out.append("</tbody>\n</table></div>\n</section>\n");
    }

    /** A cell of a figure that sorts by its value. */
    private void figureCell(long value) {
        out.append("<td class=\"n\" data-value=\"").append(value).append("\">").append(votes(value)).append("</td>");
    }

    private void lots() {
        if (result.lots().isEmpty()) {
            return;
        }
        out.append("<section aria-labelledby=\"lots\">\n<h2 id=\"lots\">Lots drawn</h2>\n<ul>\n");
        for (Lot lot : result.lots()) {
            out.append("<li>").append(text(Wording.roundName(result, lot.stage()) + ": " + Wording.lot(candidates, lot)))
                    .append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private void inputs() {
        out.append("<section aria-labelledby=\"inputs\">\n<h2 id=\"inputs\">Inputs</h2>\n<p class=\"note\">Each file counted,"
                + " with its SHA-256: anyone holding the same files can count them again and check.</p>\n<table class=\"hashes\">"
                + "\n<tbody>\n");
        for (InputFile input : declaration.inputs()) {
            out.append("<tr><th scope=\"row\">").append(text(input.name())).append("</th><td><code>").append(input.sha256())
                    .append("</code></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** Whether the count is SV's or the contingent vote's, whose papers that go to no one are "not transferable". */
    private boolean twoStages() {
        return Figures.isSv(result) || result.system() instanceof org.teller.core.count.ContingentVote;
    }

    /** A name short enough for a label beside the flow diagram; the node's title gives it whole. */
    private static String shortened(String name) {
        return name.length() <= 24 ? name : name.substring(0, 23).strip() + "\u2026";
    }

    private static String text(String value) {
        return Html.text(value);
    }

    /** The candidate's colour, which their bars, bands and swatches share: their party's where it is well known. */
    private String colour(int candidate) {
        return colours.get(candidate);
    }

    private static String number(double value) {
        return Html.number(value);
    }

    /** A small square of the candidate's colour, which their bars and bands share. */
    private String swatch(int candidate) {
        return "<span class=\"swatch\" style=\"background:" + colour(candidate) + "\"></span>";
    }





}
