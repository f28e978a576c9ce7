package org.teller.formats.report;

import static org.teller.formats.report.Figures.votes;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.Comparison;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.count.VotingSystem;
import org.teller.core.lot.Lot;
import tools.jackson.core.JsonGenerator;

/**
 * The same votes under several systems side by side ({@code teller compare}): who each elects, in how
 * many rounds, every candidate's votes and share at each count's final round, where and why every two
 * systems that elect different people part ({@link Comparison}), the systems left out and why, and any
 * lots drawn. Text, JSON and CSV carry the same figures; every figure comes from the counts, and the
 * sentences are written from them in each system's own words ({@link Wording}).
 */
public final class ComparisonReport {


    private final List<Declaration> declarations;
    private final List<Result> results;
    private final List<Candidate> candidates;
    private final List<Comparison.Parting> partings;
    private final List<Comparison.LeftOut> leftOut;
    /** Each candidate's colour in the page's charts. */
    private final List<String> colours;

    private ComparisonReport(List<Declaration> declarations, List<Comparison.LeftOut> leftOut) {
        if (declarations.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        this.declarations = List.copyOf(declarations);
        this.results = declarations.stream().map(Declaration::result).toList();
        this.candidates = results.get(0).candidates();
        this.partings = Comparison.partings(results);
        this.leftOut = List.copyOf(leftOut);
        this.colours = Html.colours(candidates);
    }

    /**
     * Writes the comparison in a format: {@code text}, {@code json} or {@code csv}.
     *
     * @param declarations the same votes counted under each system, first past the post first
     * @param leftOut the systems the votes do not allow, and why
     */
    public static void write(ReportFormat format, List<Declaration> declarations, List<Comparison.LeftOut> leftOut,
            Writer out) throws IOException {
        ComparisonReport report = new ComparisonReport(declarations, leftOut);
        switch (format) {
            case TEXT -> report.text(out);
            case JSON -> report.json(out);
            case HTML -> report.html(out);
            case CSV -> {
                try {
                    report.csv(out);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            default -> throw new IllegalArgumentException("a comparison is not written as " + format.key());
        }
        out.flush();
    }

    /** The formats a comparison is written in. */
    public static final java.util.Set<ReportFormat> FORMATS =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.CSV, ReportFormat.HTML));

    /** A system as the comparison names it: its name, and its depth where it has one. */
    static String systemName(VotingSystem system) {
        return Figures.capitalised(system.title()) + depth(system).map(d -> " (" + d + ")").orElse("");
    }

    /** How deep a system reads the papers, where that is a setting: "4 preferences", "5 ranks". */
    private static Optional<String> depth(VotingSystem system) {
        if (system instanceof ContingentVote vote) {
            return Optional.of(vote.preferences() + " preferences");
        }
        if (system instanceof AlternativeVote vote) {
            return Optional.of(vote.rankingOptions().ranksRead() + " ranks");
        }
        return Optional.empty();
    }

    /** A system as a sentence names it: "first past the post", "the alternative vote". */
    private static String called(VotingSystem system) {
        return system instanceof FirstPastThePost ? system.title() : "the " + system.title();
    }

    /** The elected candidate's share of the votes at the last round, as counted there. */
    private static Optional<BigDecimal> finalShare(Result result) {
        return result.hasElection() ? result.lastRound().share(result.elected()).percent() : Optional.empty();
    }

    /** Who a count elects, by name, or "no one" for a count that stopped before anyone was elected. */
    private String electedName(Result result) {
        return result.hasElection() ? name(result.elected()) : "no one";
    }

    /** How a count elected its winner, as a key; {@value #STOPPED} for a count that stopped before. */
    private static String electedBy(Result result) {
        return result.hasElection() ? result.how().key() : STOPPED;
    }

    private static final String STOPPED = "count-stopped";

    private String name(int candidate) {
        return candidates.get(candidate).name();
    }


    // ---- Sentences ----

    /**
     * Where two systems part and why, in each one's words: "First past the post and the alternative vote
     * part at round 4: under first past the post, ...; under the alternative vote, Carys Cole overtakes
     * Alice Ashdown at round 4 on the transfers of Bashir Bhatti, 22 to 19."
     */
    String why(Comparison.Parting parting) {
        Result first = results.get(parting.first());
        Result second = results.get(parting.second());
        return Figures.capitalised(called(first.system())) + " and " + called(second.system()) + " part at "
                + Wording.round(results.get(parting.decisive()), parting.round()) + ": under " + called(first.system())
                + ", " + account(first, parting.firstAccount()) + "; under " + called(second.system()) + ", "
                + account(second, parting.secondAccount()) + ".";
    }

    /** How one count keeps its winner ahead of the other system's. */
    private String account(Result result, Comparison.Account account) {
        String elected = name(account.elected());
        String other = name(account.other());
        String figures = votes(account.electedVotes()) + " to " + votes(account.otherVotes());
        if (account.how() == Comparison.How.OTHER_ELIMINATED || account.how() == Comparison.How.AHEAD_THROUGHOUT
                && account.otherEliminatedAfter().isPresent()) {
            return other + " is eliminated after " + Wording.round(result, account.figuresAt())
                    + (account.otherVotes() == account.electedVotes()
                            ? ", level with " + elected + " on " + Figures.votesOf(account.otherVotes())
                            : " with " + Figures.votesOf(account.otherVotes()) + " to " + elected + "'s " + votes(account.electedVotes()));
        }
        String at = " at " + Wording.round(result, account.round());
        return switch (account.how()) {
            case AHEAD_THROUGHOUT -> result.rounds().size() == 1
                    ? elected + " has more votes than " + other + ", " + figures
                    : elected + " is ahead of " + other + " " + Wording.atEveryRound(result) + ", " + figures + " at "
                            + Wording.round(result, account.figuresAt());
            case OVERTAKES -> elected + " overtakes " + other + at + transfers(result, account) + ", " + figures;
            case DRAWS_AHEAD -> elected + " draws ahead of " + other + at + transfers(result, account) + ", " + figures;
            case BY_LOT -> elected + " and " + other + " are equal" + (result.rounds().size() == 1 ? "" : at) + ", "
                    + Figures.votesOf(account.electedVotes()) + " each, and a lot elects " + elected;
            case OTHER_ELIMINATED -> throw new IllegalStateException("worded above");
        };
    }

    /** Whose papers did it: " on the transfers of Bashir Bhatti". */
    private String transfers(Result result, Comparison.Account account) {
        if (result.rounds().get(account.round() - 1).transfers().isEmpty()) {
            return "";
        }
        return " on the transfers of " + (account.on().isEmpty() ? "the eliminated candidates"
                : Wording.names(candidates, account.on()));
    }

    /** What the text says when no two systems part. */
    private Optional<String> noParting() {
        if (results.size() < 2 || !partings.isEmpty() || !results.stream().allMatch(Result::hasElection)) {
            return Optional.empty();
        }
        String winner = name(results.get(0).elected());
        return Optional.of((results.size() == 2 ? "Both systems elect " : "Every system elects ") + winner + ".");
    }

    /** The systems left out, a sentence for each reason. */
    private List<String> leftOutSentences() {
        Map<Comparison.Reason, List<VotingSystem>> byReason = new LinkedHashMap<>();
        for (Comparison.LeftOut out : leftOut) {
            byReason.computeIfAbsent(out.reason(), reason -> new ArrayList<>()).add(out.system());
        }
        List<String> sentences = new ArrayList<>();
        byReason.forEach((reason, systems) -> {
            List<String> names = systems.stream().map(ComparisonReport::called).toList();
            String list = names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
            boolean one = names.size() == 1;
            sentences.add(Figures.capitalised(list) + (one ? " is" : " are") + " left out: " + switch (reason) {
                case FIRST_PREFERENCES_ONLY -> "the votes give first preferences only, and " + (one ? "it needs" : "they need")
                        + " later preferences too.";
                case COUNT_RETURNS -> "count returns state only the count they were made for; " + (one ? "it needs" : "they need")
                        + " ballot papers or a tally.";
            });
        });
        return sentences;
    }

    /** A lot as the comparison lists it: "Alternative vote (5 ranks) at round 3: ... were equal; the lot, ...". */
    private String lot(Result result, Lot lot) {
        return systemName(result.system()) + (result.system() instanceof FirstPastThePost ? ""
                : " at " + Wording.round(result, lot.stage())) + ": " + Wording.lot(candidates, lot);
    }

    /** Every input once, in the order first met. */
    private List<InputFile> inputs() {
        List<InputFile> inputs = new ArrayList<>();
        for (Declaration declaration : declarations) {
            for (InputFile input : declaration.inputs()) {
                if (!inputs.contains(input)) {
                    inputs.add(input);
                }
            }
        }
        return inputs;
    }

    /** Every candidate, by first preferences (the first count's first round), most first. */
    private List<Integer> byFirstPreferences() {
        Round first = results.get(0).firstRound();
        return Figures.byVotes(Figures.all(candidates.size()), first::votes);
    }

    // ---- HTML ----

    /**
     * One self-contained page: the systems side by side (who each elects, in how many rounds, with what
     * share), each count's final round as a bar chart, every candidate's figures in one table, where the
     * results part and why, what is left out, lots and inputs. Drawn as SVG by Teller, as the report is.
     */
    private void html(Writer out) throws IOException {
        Contest contest = declarations.get(0).contest();
        String title = contest.title() + ": the same votes under each system";
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Teller\">\n<title>").append(Html.text(title))
                .append("</title>\n<style>\n").append(Html.STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<h1>").append(Html.text(title)).append("</h1>\n<p class=\"poll\">")
                .append(Html.text(contest.date().map(date -> "Poll held on " + Figures.LONG_DATE.format(date) + ". ").orElse("")
                        + "A comparison, not a declaration: any lot is drawn with a fixed seed, the same every time."))
                .append("</p>\n</header>\n");
        page.append("<section aria-labelledby=\"systems\">\n<h2 id=\"systems\">Who each system elects</h2>\n<table>\n<thead><tr>")
                .append("<th scope=\"col\">System</th><th scope=\"col\">Elected</th><th scope=\"col\" class=\"n\">Rounds</th>")
                .append("<th scope=\"col\" class=\"n\">Final share</th></tr></thead>\n<tbody>\n");
        for (Result result : results) {
            page.append("<tr><th scope=\"row\">").append(Html.text(systemName(result.system()))).append("</th><td>")
                    .append(result.hasElection() ? swatch(result.elected()) : "").append(Html.text(electedName(result)))
                    .append("</td><td class=\"n\">").append(result.rounds().size()).append("</td><td class=\"n\">")
                    .append(Html.text(finalShare(result).map(p -> p + "%").orElse(""))).append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n");
        if (!partings.isEmpty() || noParting().isPresent()) {
            page.append("<h3>Where the results part</h3>\n<ul>\n");
            partings.forEach(parting -> page.append("<li>").append(Html.text(why(parting))).append("</li>\n"));
            noParting().ifPresent(line -> page.append("<li>").append(Html.text(line)).append("</li>\n"));
            page.append("</ul>\n");
        }
        page.append("</section>\n");
        for (int system = 0; system < results.size(); system++) {
            Result result = results.get(system);
            Round last = result.lastRound();
            String name = systemName(result.system());
            String id = "system-" + (system + 1);
            page.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
                    .append(Html.text(name)).append("</h2>\n<p class=\"note\">")
                    .append(Html.text((result.rounds().size() == 1 ? "The count" : "The final round, "
                            + Wording.round(result, last.number())) + ": votes, and share of the votes still in the count."))
                    .append("</p>\n");
            List<Html.Bar> bars = new ArrayList<>();
            for (int candidate : Figures.byVotes(last.continuing(), last::votes)) {
                bars.add(new Html.Bar(name(candidate) + (result.hasElection() && result.elected() == candidate ? " (elected)" : ""),
                        last.votes(candidate), votes(last.votes(candidate)) + " (" + share(last, candidate) + ")",
                        colours.get(candidate)));
            }
            Html.bars(page, name + ": votes at the final round", bars);
            page.append("</section>\n");
        }
        page.append("<section aria-labelledby=\"figures\">\n<h2 id=\"figures\">Every candidate under each system</h2>\n")
                .append("<div class=\"wide\"><table>\n<thead><tr><th scope=\"col\">Candidate</th>");
        for (Result result : results) {
            page.append("<th scope=\"col\" class=\"n\">").append(Html.text(systemName(result.system()))).append("</th>");
        }
        page.append("</tr></thead>\n<tbody>\n");
        for (int candidate : byFirstPreferences()) {
            page.append("<tr><th scope=\"row\">").append(swatch(candidate)).append(Html.text(name(candidate))).append("</th>");
            for (Result result : results) {
                Round last = result.lastRound();
                boolean elected = result.hasElection() && result.elected() == candidate;
                page.append(elected ? "<td class=\"n elected\">" : "<td class=\"n\">")
                        .append(last.isContinuing(candidate) ? Html.text(votes(last.votes(candidate)) + " " + share(last, candidate))
                                + (elected ? " <span class=\"tag\">elected</span>" : "") : "")
                        .append("</td>");
            }
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table></div>\n<p class=\"note\">At each count's final round; blank where the candidate"
                + " is out of the count by then.</p>\n</section>\n");
        if (!leftOut.isEmpty()) {
            page.append("<section aria-labelledby=\"left-out\">\n<h2 id=\"left-out\">Left out</h2>\n");
            leftOutSentences().forEach(line -> page.append("<p>").append(Html.text(line)).append("</p>\n"));
            page.append("</section>\n");
        }
        if (results.stream().anyMatch(result -> !result.lots().isEmpty())) {
            page.append("<section aria-labelledby=\"lots\">\n<h2 id=\"lots\">Lots drawn</h2>\n<p class=\"note\">With"
                    + " another draw the result may differ.</p>\n<ul>\n");
            for (Result result : results) {
                result.lots().forEach(lot -> page.append("<li>").append(Html.text(lot(result, lot))).append("</li>\n"));
            }
            page.append("</ul>\n</section>\n");
        }
        page.append("<section aria-labelledby=\"inputs\">\n<h2 id=\"inputs\">Inputs</h2>\n<table class=\"hashes\">\n<tbody>\n");
        for (InputFile input : inputs()) {
            page.append("<tr><th scope=\"row\">").append(Html.text(input.name())).append("</th><td><code>").append(input.sha256())
                    .append("</code></td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</section>\n<footer><p>Compared by Teller. Shares are of the votes still in the"
                + " count at each count's final round, in percent to two places, rounded half-up.</p></footer>\n</main>\n"
                + "</body>\n</html>\n");
        out.append(page);
    }

    private String swatch(int candidate) {
        return "<span class=\"swatch\" style=\"background:" + colours.get(candidate) + "\"></span>";
    }

    // ---- Text ----

    private void text(Writer out) throws IOException {
        Contest contest = declarations.get(0).contest();
        StringBuilder text = new StringBuilder();
        text.append(contest.title()).append(": the same votes under each system\n\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("System", "Elected", "Rounds", "Final share"));
        for (Result result : results) {
            rows.add(List.of(systemName(result.system()), electedName(result), Integer.toString(result.rounds().size()),
                    finalShare(result).map(p -> p + "%").orElse("")));
        }
        table(text, rows, 2);
        finalRounds(text);
        if (!partings.isEmpty() || noParting().isPresent()) {
            text.append("\nWhere the results part\n");
            partings.forEach(parting -> text.append(why(parting)).append('\n'));
            noParting().ifPresent(line -> text.append(line).append('\n'));
        }
        if (!leftOut.isEmpty()) {
            text.append("\nLeft out\n");
            leftOutSentences().forEach(line -> text.append(line).append('\n'));
        }
        if (results.stream().anyMatch(result -> !result.lots().isEmpty())) {
            text.append("\nLots drawn (with another draw the result may differ)\n");
            for (Result result : results) {
                result.lots().forEach(lot -> text.append(lot(result, lot)).append('\n'));
            }
        }
        text.append("\nInputs (SHA-256)\n");
        for (InputFile input : inputs()) {
            text.append("  ").append(input.sha256()).append("  ").append(input.name()).append('\n');
        }
        out.append(text);
    }

    /**
     * Candidates by systems: each candidate's votes and share at each count's final round, the one elected
     * marked; blank where the candidate is out of the count by then.
     */
    private void finalRounds(StringBuilder text) {
        boolean deep = results.stream().anyMatch(result -> depth(result.system()).isPresent());
        List<List<String>> rows = new ArrayList<>();
        List<String> titles = new ArrayList<>(List.of(deep ? "" : "Candidate"));
        List<String> depths = new ArrayList<>(List.of("Candidate"));
        for (Result result : results) {
            titles.add(Figures.capitalised(result.system().title()) + "  ");
            depths.add(depth(result.system()).map(d -> "(" + d + ")").orElse("") + "  ");
        }
        rows.add(titles);
        if (deep) {
            rows.add(depths);
        }
        // Each system's votes and shares in columns of their own width, so that the figures line up.
        int[] votesWidth = new int[results.size()];
        int[] shareWidth = new int[results.size()];
        for (int system = 0; system < results.size(); system++) {
            Round last = results.get(system).lastRound();
            for (int candidate : last.continuing()) {
                votesWidth[system] = Math.max(votesWidth[system], votes(last.votes(candidate)).length());
                shareWidth[system] = Math.max(shareWidth[system], share(last, candidate).length());
            }
        }
        for (int candidate : byFirstPreferences()) {
            List<String> row = new ArrayList<>(List.of(name(candidate)));
            for (int system = 0; system < results.size(); system++) {
                Result result = results.get(system);
                Round last = result.lastRound();
                if (!last.isContinuing(candidate)) {
                    row.add("");
                    continue;
                }
                String figures = votes(last.votes(candidate));
                String share = share(last, candidate);
                row.add(" ".repeat(votesWidth[system] - figures.length()) + figures + "  "
                        + " ".repeat(shareWidth[system] - share.length()) + share
                        + (result.hasElection() && candidate == result.elected() ? " *" : "  "));
            }
            rows.add(row);
        }
        text.append("\nAt each count's final round: votes, and share of the votes still in the count (* elected)\n");
        table(text, rows, 1);
    }

    private static String share(Round round, int candidate) {
        return round.share(candidate).percent().map(p -> p + "%").orElse("");
    }

    /** A table: the first {@code left} columns to the left, the others to the right; no trailing spaces. */
    private static void table(StringBuilder text, List<List<String>> rows, int left) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                String cell = row.get(column);
                String pad = " ".repeat(widths[column] - cell.length());
                text.append(column < left ? cell + pad : pad + cell).append(column < widths.length - 1 ? "  " : "");
            }
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            text.setLength(end);
            text.append('\n');
        }
    }

    // ---- JSON ----

    private void json(Writer out) throws IOException {
        try (JsonGenerator json = JsonDeclaration.FACTORY.createGenerator(JsonDeclaration.prettyContext(), out)) {
            Contest contest = declarations.get(0).contest();
            json.writeStartObject();
            json.writeObjectPropertyStart("contest");
            json.writeStringProperty("title", contest.title());
            if (contest.date().isPresent()) {
                json.writeStringProperty("date", contest.date().get().toString());
            } else {
                json.writeNullProperty("date");
            }
            json.writeEndObject();
            json.writeArrayPropertyStart("systems");
            for (Result result : results) {
                system(json, result);
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("leftOut");
            for (Comparison.LeftOut system : leftOut) {
                json.writeStartObject();
                json.writeStringProperty("system", system.system().key());
                json.writeStringProperty("reason", system.reason().key());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("whereTheyPart");
            for (Comparison.Parting parting : partings) {
                json.writeStartObject();
                json.writeArrayPropertyStart("systems");
                json.writeString(results.get(parting.first()).system().key());
                json.writeString(results.get(parting.second()).system().key());
                json.writeEndArray();
                json.writeNumberProperty("partsAtRound", parting.round());
                json.writeStringProperty("why", why(parting));
                json.writeArrayPropertyStart("counts");
                account(json, results.get(parting.first()), parting.firstAccount());
                account(json, results.get(parting.second()), parting.secondAccount());
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("inputs");
            for (InputFile input : inputs()) {
                json.writeStartObject();
                json.writeStringProperty("file", input.name());
                json.writeStringProperty("sha256", input.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (tools.jackson.core.exc.JacksonIOException e) {
            throw e.getCause();
        }
        out.write('\n');
    }

    private void system(JsonGenerator json, Result result) {
        json.writeStartObject();
        json.writeStringProperty("system", result.system().key());
        if (result.system() instanceof ContingentVote vote) {
            json.writeNumberProperty("preferences", vote.preferences());
        }
        if (result.system() instanceof AlternativeVote vote) {
            json.writeNumberProperty("ranks", vote.rankingOptions().ranksRead());
        }
        json.writeStringProperty("name", systemName(result.system()));
        json.writeStringProperty("elected", electedName(result));
        json.writeStringProperty("electedBy", electedBy(result));
        json.writeNumberProperty("rounds", result.rounds().size());
        decimal(json, "finalShare", finalShare(result));
        Round last = result.lastRound();
        json.writeArrayPropertyStart("finalRound");
        for (int candidate : Figures.byVotes(last.continuing(), last::votes)) {
            json.writeStartObject();
            json.writeStringProperty("candidate", name(candidate));
            json.writeNumberProperty("votes", last.votes(candidate));
            decimal(json, "share", last.share(candidate).percent());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("lots");
        for (Lot lot : result.lots()) {
            json.writeStartObject();
            json.writeNumberProperty("stage", lot.stage());
            json.writeArrayPropertyStart("tied");
            lot.tied().forEach(c -> json.writeString(name(c)));
            json.writeEndArray();
            json.writeArrayPropertyStart("order");
            lot.order().forEach(c -> json.writeString(name(c)));
            json.writeEndArray();
            json.writeStringProperty("drawnBy", lot.drawnByHand() ? "returning-officer" : "seeded-random");
            if (lot.seed().isPresent()) {
                json.writeNumberProperty("seed", lot.seed().getAsLong());
            } else {
                json.writeNullProperty("seed");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void account(JsonGenerator json, Result result, Comparison.Account account) {
        json.writeStartObject();
        json.writeStringProperty("system", result.system().key());
        json.writeStringProperty("elected", name(account.elected()));
        json.writeStringProperty("other", name(account.other()));
        json.writeStringProperty("how", account.how().key());
        json.writeNumberProperty("aheadFromRound", account.round());
        json.writeArrayPropertyStart("transfersFrom");
        account.on().forEach(c -> json.writeString(name(c)));
        json.writeEndArray();
        json.writeNumberProperty("figuresAtRound", account.figuresAt());
        json.writeNumberProperty("votes", account.electedVotes());
        json.writeNumberProperty("otherVotes", account.otherVotes());
        if (account.otherEliminatedAfter().isPresent()) {
            json.writeNumberProperty("otherEliminatedAfterRound", account.otherEliminatedAfter().getAsInt());
        } else {
            json.writeNullProperty("otherEliminatedAfterRound");
        }
        json.writeEndObject();
    }

    private static void decimal(JsonGenerator json, String name, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            json.writeNumberProperty(name, value.get());
        } else {
            json.writeNullProperty(name);
        }
    }

    // ---- CSV ----

    /**
     * One figure a row, {@code section,system,versus,round,subject,measure,value}, as the declaration's CSV:
     * text a spreadsheet would take for a formula is written after a single quote ({@link CsvDeclaration#cell}).
     */
    private void csv(Writer out) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord("section", "system", "versus", "round", "subject", "measure", "value");
        Contest contest = declarations.get(0).contest();
        row(csv, "contest", "", "", "", "", "title", contest.title());
        row(csv, "contest", "", "", "", "", "date", contest.date().map(Object::toString).orElse(""));
        for (Result result : results) {
            String system = result.system().key();
            row(csv, "system", system, "", "", "", "name", systemName(result.system()));
            if (result.system() instanceof ContingentVote vote) {
                row(csv, "system", system, "", "", "", "preferences", Integer.toString(vote.preferences()));
            }
            if (result.system() instanceof AlternativeVote vote) {
                row(csv, "system", system, "", "", "", "ranks", Integer.toString(vote.rankingOptions().ranksRead()));
            }
            row(csv, "system", system, "", "", electedName(result), "elected", electedBy(result));
            row(csv, "system", system, "", "", "", "rounds", Integer.toString(result.rounds().size()));
            row(csv, "system", system, "", "", "", "final-share", finalShare(result).map(BigDecimal::toPlainString).orElse(""));
            Round last = result.lastRound();
            String round = Integer.toString(last.number());
            for (int candidate : Figures.byVotes(last.continuing(), last::votes)) {
                row(csv, "final-round", system, "", round, name(candidate), "votes", Long.toString(last.votes(candidate)));
                row(csv, "final-round", system, "", round, name(candidate), "share",
                        last.share(candidate).percent().map(BigDecimal::toPlainString).orElse(""));
            }
            for (Lot lot : result.lots()) {
                String stage = Integer.toString(lot.stage());
                for (int place = 0; place < lot.order().size(); place++) {
                    row(csv, "lot", system, "", stage, name(lot.order().get(place)), "place", Integer.toString(place + 1));
                }
                row(csv, "lot", system, "", stage, "", "drawn-by", lot.drawnByHand() ? "returning-officer" : "seeded-random");
                row(csv, "lot", system, "", stage, "", "seed", lot.seed().isPresent() ? Long.toString(lot.seed().getAsLong()) : "");
            }
        }
        for (Comparison.LeftOut system : leftOut) {
            row(csv, "left-out", system.system().key(), "", "", "", "reason", system.reason().key());
        }
        for (Comparison.Parting parting : partings) {
            Result first = results.get(parting.first());
            Result second = results.get(parting.second());
            row(csv, "parting", first.system().key(), second.system().key(), "", "", "parts-at-round",
                    Integer.toString(parting.round()));
            row(csv, "parting", first.system().key(), second.system().key(), "", "", "why", why(parting));
            account(csv, first, second, parting.firstAccount());
            account(csv, second, first, parting.secondAccount());
        }
        for (InputFile input : inputs()) {
            row(csv, "input", "", "", "", input.name(), "sha256", input.sha256());
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void account(CsvWriter csv, Result result, Result versus, Comparison.Account account) {
        String system = result.system().key();
        String other = versus.system().key();
        String elected = name(account.elected());
        row(csv, "account", system, other, "", elected, "how", account.how().key());
        row(csv, "account", system, other, "", elected, "ahead-from-round", Integer.toString(account.round()));
        for (int from : account.on()) {
            row(csv, "account", system, other, Integer.toString(account.round()), elected, "transfers-from", name(from));
        }
        String at = Integer.toString(account.figuresAt());
        row(csv, "account", system, other, at, elected, "votes", Long.toString(account.electedVotes()));
        row(csv, "account", system, other, at, name(account.other()), "votes", Long.toString(account.otherVotes()));
        account.otherEliminatedAfter().ifPresent(round -> row(csv, "account", system, other, "", name(account.other()),
                "eliminated-after-round", Integer.toString(round)));
    }

    private static void row(CsvWriter csv, String section, String system, String versus, String round, String subject,
            String measure, String value) {
        csv.writeRecord(section, system, versus, round, CsvDeclaration.cell(subject), measure, CsvDeclaration.cell(value));
    }
}
