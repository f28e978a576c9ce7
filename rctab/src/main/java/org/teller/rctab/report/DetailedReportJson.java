package org.teller.rctab.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.teller.core.count.Round;
import org.teller.core.tally.Transfer;
import org.teller.rctab.config.ContestConfig.OutputSettings;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * RCTab's detailed report as JSON ({@code *_detailed_report.json}, the format RCVis reads), of a contest
 * or of one part of it, laid out byte for byte as RCTab's Jackson writes it: two-space indents,
 * {@code " : "} between a key and its value, {@code { }} for an empty object, arrays on the lines of
 * their objects, every object's keys in Java's string order, LF line ends and no final newline. Votes
 * and thresholds are strings (RCTab's decimals), round numbers and candidate counts numbers.
 *
 * <p>A part's report names the part in {@code config}, and gives the part's votes, inactive ballots and
 * transfers with the whole contest's decisions and thresholds.
 */
final class DetailedReportJson {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            // RCTab's Jackson writes a character beyond the BMP as two \\u escapes, not as four UTF-8 bytes.
            .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private DetailedReportJson() {}

    static String render(ContestReport report, ReportScope scope) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(new Layout(), bytes)) {
            json.writeStartObject();
            config(json, report, scope);
            json.writeStringProperty("jsonFormatVersion", "1");
            json.writeName("results");
            json.writeStartArray();
            for (Round round : scope.slice().rounds()) {
                round(json, report, scope, round);
            }
            json.writeEndArray();
            summary(json, report, scope);
            json.writeEndObject();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void config(JsonGenerator json, ContestReport report, ReportScope scope) {
        OutputSettings output = report.tabulation().config().output();
        Map<String, String> config = new TreeMap<>();
        config.put("contest", output.contestName());
        config.put("date", output.contestDate());
        config.put("generatedBy", report.generatedBy());
        config.put("jurisdiction", output.contestJurisdiction());
        config.put("office", output.contestOffice());
        scope.kind().ifPresent(kind -> config.put(kind.word(), scope.id()));
        json.writeName("config");
        strings(json, config);
    }

    private static void round(JsonGenerator json, ContestReport report, ReportScope scope, Round round) {
        int r = round.number();
        InactiveBallots inactive = InactiveBallots.at(round, scope.slice().undervotes());
        json.writeStartObject();
        json.writeName("inactiveBallots");
        strings(json, new TreeMap<>(Map.of("exhaustedChoices", Long.toString(inactive.exhaustedChoices()),
                "overvotes", Long.toString(inactive.overvotes()),
                "repeatedRankings", Long.toString(inactive.repeatedRankings()),
                "skippedRankings", Long.toString(inactive.skippedRankings()))));
        json.writeNumberProperty("round", r);
        Map<String, String> tally = new TreeMap<>();
        for (int candidate : round.continuing()) {
            tally.put(report.name(candidate), Long.toString(round.votes(candidate)));
        }
        json.writeName("tally");
        strings(json, tally);
        json.writeName("tallyResults");
        json.writeStartArray();
        Decisions decisions = report.decisions();
        if (decisions.electedRound() == r) {
            json.writeStartObject();
            json.writeStringProperty("elected", report.name(decisions.elected()));
            json.writeName("transfers");
            strings(json, Map.of());
            json.writeEndObject();
        }
        List<Integer> eliminated = decisions.eliminated().get(r - 1);
        List<Round> rounds = scope.slice().rounds();
        Optional<Round> next = r < rounds.size() ? Optional.of(rounds.get(r)) : Optional.empty();
        for (int candidate : eliminated) {
            json.writeStartObject();
            json.writeStringProperty("eliminated", report.name(candidate));
            json.writeName("transfers");
            strings(json, next.map(after -> transfers(report, scope, after, candidate, eliminated)).orElse(Map.of()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringProperty("threshold", report.threshold(r).toString());
        json.writeEndObject();
    }

    /**
     * Where an eliminated candidate's papers went at the next round: each candidate who received some,
     * and "exhausted" for those that went to no one. A part's rounds may hold the transfers of the
     * candidates eliminated together as one; they are the candidate's when they were eliminated alone,
     * or when nothing was passed on.
     */
    private static Map<String, String> transfers(ContestReport report, ReportScope scope, Round next, int from,
            List<Integer> eliminated) {
        Transfer transfer = null;
        for (Transfer each : next.transfers()) {
            boolean theirs = each.from().isPresent() ? each.from().getAsInt() == from
                    : eliminated.size() == 1 || each.papers() == 0;
            if (theirs) {
                transfer = each;
            } else if (each.from().isEmpty()) {
                throw new IllegalArgumentException(scope.described() + ", round " + next.number()
                        + ": the papers of the " + eliminated.size() + " candidates eliminated together are passed on"
                        + " as one, and RCTab's JSON report gives each one's");
            }
        }
        Map<String, String> went = new TreeMap<>();
        if (transfer == null) {
            return went;
        }
        for (int candidate = 0; candidate < transfer.to().size(); candidate++) {
            if (transfer.to(candidate) > 0) {
                went.put(report.name(candidate), Long.toString(transfer.to(candidate)));
            }
        }
        if (transfer.exhausted() > 0) {
            went.put("exhausted", Long.toString(transfer.exhausted()));
        }
        return went;
    }

    private static void summary(JsonGenerator json, ContestReport report, ReportScope scope) {
        json.writeName("summary");
        json.writeStartObject();
        json.writeStringProperty("finalThreshold", report.threshold(report.rounds()).toString());
        // Every candidate of the configuration, excluded ones too (unlike the CSV's count), and the write-ins.
        json.writeNumberProperty("numCandidates", report.tabulation().names().size());
        json.writeNumberProperty("numWinners", report.rules().numberOfWinners());
        json.writeStringProperty("totalNumBallots", Long.toString(scope.slice().ballots()));
        json.writeNumberProperty("undervotes", scope.slice().undervotes());
        json.writeEndObject();
    }

    /** An object of strings, in the map's order. */
    private static void strings(JsonGenerator json, Map<String, String> values) {
        json.writeStartObject();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            json.writeStringProperty(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    /** RCTab's pretty-printing, spelled out rather than left to the defaults of another Jackson. */
    private static final class Layout extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            Separators separators = new Separators(" ", ':', Separators.Spacing.BOTH, ',', Separators.Spacing.NONE, " ",
                    ',', Separators.Spacing.NONE, " ");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
            printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
            printer.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance());
            return printer;
        }
    }
}
