package org.teller.formats.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.Comparison;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The same votes under several systems side by side ({@code teller compare}): who each elects, in how
 * many rounds, with what final share, and where and why each parts from the first (first past the post).
 * Every figure comes from the counts; the sentences are written from them.
 */
public final class ComparisonReport {

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final List<Declaration> declarations;
    private final Result baseline;
    private final List<Candidate> candidates;

    private ComparisonReport(List<Declaration> declarations) {
        if (declarations.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        this.declarations = List.copyOf(declarations);
        this.baseline = declarations.get(0).result();
        this.candidates = baseline.candidates();
    }

    /** Writes the comparison in a format: {@code text}, {@code json} or {@code csv}. */
    public static void write(ReportFormat format, List<Declaration> declarations, Writer out) throws IOException {
        ComparisonReport report = new ComparisonReport(declarations);
        switch (format) {
            case TEXT -> report.text(out);
            case JSON -> report.json(out);
            case CSV -> {
                try {
                    report.csv(out);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
        out.flush();
    }

    /** A system as the comparison names it: its name, and its depth where it has one. */
    static String systemName(Result result) {
        String name = Figures.capitalised(result.system().title());
        if (result.system() instanceof ContingentVote vote) {
            return name + " (" + vote.preferences() + " preferences)";
        }
        if (result.system() instanceof AlternativeVote vote) {
            return name + " (" + vote.rankingOptions().ranksRead() + " ranks)";
        }
        return name;
    }

    /** The elected candidate's share of the votes at the last round, as counted there. */
    private static Optional<BigDecimal> finalShare(Result result) {
        return result.lastRound().share(result.elected()).percent();
    }

    /** The sentence that says how a system's result parts from the first's, or that it does not, and any lot. */
    String why(Result result) {
        String lots = result.lots().isEmpty() ? "" : " A lot decided an equality"
                + result.lots().get(0).seed().stream().mapToObj(seed -> " (drawn with seed " + seed + ")").findFirst().orElse("")
                + ": with another draw the result may differ.";
        return parts(result) + lots;
    }

    private String parts(Result result) {
        String under = "Under " + (result == baseline ? "" : "the ") + result.system().title() + ", ";
        String share = finalShare(result).map(p -> " with " + p + "%").orElse("");
        String winner = candidates.get(result.elected()).name();
        Optional<Comparison.Difference> difference = Comparison.difference(baseline, result);
        if (result == baseline) {
            return "Under " + result.system().title() + ", " + winner + " wins" + share + " of the votes.";
        }
        if (difference.isEmpty()) {
            return under + winner + " wins too" + share + (result.rounds().size() > 1
                    ? " of the votes at round " + result.electedInRound() + "." : ".");
        }
        Comparison.Difference d = difference.get();
        String overtaken = candidates.get(d.overtaken()).name();
        return under + winner + " wins" + share + ": " + switch (d.how()) {
            case OVERTAKES -> d.round() == 1 || result.rounds().get(d.round() - 1).transfers().isEmpty()
                    ? winner + " has more votes than " + overtaken + " at round " + d.round() + "."
                    : winner + " overtakes " + overtaken + " at round " + d.round()
                            + (d.on().isEmpty() ? " on the transfers of the eliminated candidates"
                                    : " on the transfers of " + names(d.on())) + ".";
            case ELIMINATES -> overtaken + " is out of the count at round " + d.round() + ".";
            case BY_LOT -> winner + " and " + overtaken + " are equal at round " + d.round() + " and a lot decides.";
        };
    }

    private String names(List<Integer> among) {
        List<String> names = among.stream().map(c -> candidates.get(c).name()).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private void text(Writer out) throws IOException {
        Contest contest = declarations.get(0).contest();
        StringBuilder text = new StringBuilder();
        text.append(contest.title()).append(": the same votes under each system\n\n");
        List<String> headers = List.of("System", "Elected", "Rounds", "Final share", "Parts at round");
        List<List<String>> rows = new ArrayList<>();
        for (Declaration declaration : declarations) {
            Result result = declaration.result();
            rows.add(List.of(systemName(result), candidates.get(result.elected()).name(),
                    Integer.toString(result.rounds().size()), finalShare(result).map(p -> p + "%").orElse(""),
                    Comparison.difference(baseline, result).map(d -> Integer.toString(d.round())).orElse("")));
        }
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        row(text, headers, widths);
        rows.forEach(row -> row(text, row, widths));
        text.append('\n');
        for (Declaration declaration : declarations) {
            text.append(why(declaration.result())).append('\n');
        }
        text.append("\nInputs (SHA-256)\n");
        for (InputFile input : inputs()) {
            text.append("  ").append(input.sha256()).append("  ").append(input.name()).append('\n');
        }
        out.append(text);
    }

    private static void row(StringBuilder text, List<String> cells, int[] widths) {
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            if (column == 0 || column == 1) {
                text.append(cell).append(" ".repeat(widths[column] - cell.length() + 2));
            } else {
                text.append(" ".repeat(widths[column] - cell.length())).append(cell).append(column < cells.size() - 1 ? "  " : "");
            }
        }
        // No trailing spaces.
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
        text.append('\n');
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

    private void json(Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(JsonDeclaration.prettyContext(), out)) {
            Contest contest = declarations.get(0).contest();
            json.writeStartObject();
            json.writeObjectPropertyStart("contest");
            json.writeStringProperty("title", contest.title());
            json.writeStringProperty("date", contest.date().toString());
            json.writeEndObject();
            json.writeArrayPropertyStart("systems");
            for (Declaration declaration : declarations) {
                Result result = declaration.result();
                json.writeStartObject();
                json.writeStringProperty("system", result.system().key());
                if (result.system() instanceof ContingentVote vote) {
                    json.writeNumberProperty("preferences", vote.preferences());
                }
                if (result.system() instanceof AlternativeVote vote) {
                    json.writeNumberProperty("ranks", vote.rankingOptions().ranksRead());
                }
                json.writeStringProperty("elected", candidates.get(result.elected()).name());
                json.writeStringProperty("electedBy", result.how().key());
                json.writeNumberProperty("rounds", result.rounds().size());
                Optional<BigDecimal> share = finalShare(result);
                if (share.isPresent()) {
                    json.writeNumberProperty("finalShare", share.get());
                } else {
                    json.writeNullProperty("finalShare");
                }
                Round last = result.lastRound();
                json.writeArrayPropertyStart("finalRound");
                for (int candidate : Figures.byVotes(last.continuing(), last::votes)) {
                    json.writeStartObject();
                    json.writeStringProperty("candidate", candidates.get(candidate).name());
                    json.writeNumberProperty("votes", last.votes(candidate));
                    json.writeEndObject();
                }
                json.writeEndArray();
                Optional<Comparison.Difference> difference = Comparison.difference(baseline, result);
                if (difference.isPresent()) {
                    json.writeNumberProperty("partsAtRound", difference.get().round());
                } else {
                    json.writeNullProperty("partsAtRound");
                }
                json.writeStringProperty("why", why(result));
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

    private void csv(Writer out) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord("system", "measure", "value");
        for (Declaration declaration : declarations) {
            Result result = declaration.result();
            String system = systemName(result);
            csv.writeRecord(system, "elected", CsvDeclaration.cell(candidates.get(result.elected()).name()));
            csv.writeRecord(system, "elected-by", result.how().key());
            csv.writeRecord(system, "rounds", Integer.toString(result.rounds().size()));
            csv.writeRecord(system, "final-share", finalShare(result).map(BigDecimal::toPlainString).orElse(""));
            csv.writeRecord(system, "parts-at-round", Comparison.difference(baseline, result)
                    .map(d -> Integer.toString(d.round())).orElse(""));
            csv.writeRecord(system, "why", CsvDeclaration.cell(why(result)));
        }
        for (InputFile input : inputs()) {
            csv.writeRecord("", "sha256:" + CsvDeclaration.cell(input.name()), input.sha256());
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
