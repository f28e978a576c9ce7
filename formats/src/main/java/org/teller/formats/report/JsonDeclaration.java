package org.teller.formats.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.contest.AreaFigures;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.Majority;
import org.teller.core.contest.Outcome;
import org.teller.core.contest.PreviousContest;
import org.teller.core.contest.Swing;
import org.teller.core.contest.InputFile;
import org.teller.core.count.Equality;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.lot.Lot;
import org.teller.core.tally.Transfer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The declaration as JSON; the fields are documented in the README. Numbers are JSON numbers, shares
 * and changes decimals with two places; a figure that is not known is {@code null}. Keys are always
 * written in the same order, and lines end in {@code \n} on every platform.
 */
final class JsonDeclaration {

    /** The caller's writer is left open: it may be standard output. */
    static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Declaration declaration;
    private final Result result;
    private final List<Candidate> candidates;
    private final JsonGenerator json;

    private JsonDeclaration(Declaration declaration, JsonGenerator json) {
        this.declaration = declaration;
        this.result = declaration.result();
        this.candidates = result.candidates();
        this.json = json;
    }

    /** How Teller's JSON is laid out: two-space indents, "key": value, one value a line. */
    static ObjectWriteContext prettyContext() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        return new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return printer;
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
    }

    static void write(Declaration declaration, Writer out) throws IOException {
        ObjectWriteContext context = prettyContext();
        try (JsonGenerator json = FACTORY.createGenerator(context, out)) {
            new JsonDeclaration(declaration, json).write();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.write('\n');
    }

    private void write() {
        json.writeStartObject();
        json.writeObjectPropertyStart("contest");
        json.writeStringProperty("title", declaration.contest().title());
        dateProperty(json, declaration.contest().date());
        json.writeStringProperty("system", result.system().key());
        json.writeStringProperty("rules", declaration.contest().rules().key());
        if (declaration.statutorySystem().isPresent()) {
            // A what if: the system the contest's law names, which this count is not.
            json.writeStringProperty("statutorySystem", declaration.statutorySystem().get().key());
        }
        json.writeEndObject();

        if (result.hasElection()) {
            json.writeStringProperty("elected", result.electedCandidate().name());
            json.writeStringProperty("electedParty", result.electedCandidate().party());
            json.writeNumberProperty("electedAtStage", result.electedInRound());
            json.writeStringProperty("electedBy", result.how().key());
        } else {
            // A count stopped by its rules before anyone was elected.
            json.writeNullProperty("elected");
            json.writeNullProperty("electedParty");
            json.writeNullProperty("electedAtStage");
            json.writeStringProperty("electedBy", "count-stopped");
        }
        json.writeNumberProperty("validFirstPreferences", result.firstRound().continuingVotes());
        nullable("ballotPapers", declaration.ballotPapers());
        nullable("electorate", declaration.contest().electorate().isPresent()
                ? Optional.of(declaration.contest().electorate().getAsLong()) : Optional.empty());
        decimal("turnout", declaration.turnout());
        json.writeStringProperty("turnoutFrom", declaration.turnout().isEmpty() ? null
                : declaration.isTurnoutComputed() ? "computed" : "stated");
        rejected();
        unused("secondPreferencesNotCounted", declaration.unusedSecondPreferences());

        if (Figures.isSv(result)) {
            json.writeArrayPropertyStart("stages");
            firstStage();
            Figures.secondStage(result).ifPresent(this::secondStage);
            json.writeEndArray();
        } else {
            rounds();
        }

        json.writeArrayPropertyStart("candidates");
        for (Candidate candidate : candidates) {
            json.writeStartObject();
            json.writeStringProperty("name", candidate.name());
            json.writeStringProperty("party", candidate.party());
            json.writeStringProperty("short", candidate.shortLabel());
            json.writeEndObject();
        }
        json.writeEndArray();

        if (declaration.previous().isPresent()) {
            PreviousContest previous = declaration.previous().get();
            json.writeObjectPropertyStart("previous");
            json.writeStringProperty("title", previous.contest().title());
            dateProperty(json, previous.contest().date());
            if (previous.electedCandidate().isPresent()) {
                json.writeStringProperty("elected", previous.electedCandidate().get().name());
                json.writeStringProperty("electedParty", previous.electedCandidate().get().party());
            } else {
                json.writeNullProperty("elected");
                json.writeNullProperty("electedParty");
            }
            json.writeEndObject();
        } else {
            json.writeNullProperty("previous");
        }
        analysis();
        areas();
        lots();
        json.writeArrayPropertyStart("inputs");
        for (InputFile input : declaration.inputs()) {
            json.writeStartObject();
            json.writeStringProperty("file", input.name());
            json.writeStringProperty("sha256", input.sha256());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The majority, the gain or hold and the swing: each null where there is none. */
    private void analysis() {
        json.writeObjectPropertyStart("analysis");
        Optional<Majority> majority = declaration.majority();
        if (majority.isPresent()) {
            json.writeObjectPropertyStart("majority");
            json.writeNumberProperty("votes", majority.get().votes());
            json.writeStringProperty("over", candidates.get(majority.get().runnerUp()).name());
            json.writeNumberProperty("atStage", majority.get().round());
            json.writeEndObject();
        } else {
            json.writeNullProperty("majority");
        }
        Optional<Outcome> outcome = declaration.outcome();
        if (outcome.isPresent()) {
            json.writeObjectPropertyStart("outcome");
            json.writeStringProperty("kind", outcome.get().kind().key());
            json.writeStringProperty("text", Wording.outcome(declaration, outcome.get()));
            json.writeEndObject();
        } else {
            json.writeNullProperty("outcome");
        }
        Optional<Swing> swing = declaration.swing();
        if (swing.isPresent()) {
            json.writeObjectPropertyStart("swing");
            json.writeStringProperty("from", candidates.get(swing.get().from()).name());
            json.writeStringProperty("fromParty", candidates.get(swing.get().from()).party());
            json.writeStringProperty("to", candidates.get(swing.get().to()).name());
            json.writeStringProperty("toParty", candidates.get(swing.get().to()).party());
            json.writeNumberProperty("points", swing.get().points());
            json.writeEndObject();
        } else {
            json.writeNullProperty("swing");
        }
        json.writeEndObject();
    }

    private void rejected() {
        Optional<RejectedPapers> rejected = declaration.rejected();
        if (rejected.isEmpty()) {
            json.writeNullProperty("rejected");
            return;
        }
        json.writeObjectPropertyStart("rejected");
        json.writeNumberProperty("total", rejected.get().total());
        json.writeObjectPropertyStart("byHead");
        for (RejectionHead head : RejectionHead.values()) {
            if (rejected.get().isStated(head)) {
                json.writeNumberProperty(head.key(), rejected.get().get(head));
            }
        }
        if (rejected.get().unmarkedOrUncertain() > 0) {
            json.writeNumberProperty("unmarked-or-uncertain", rejected.get().unmarkedOrUncertain());
        }
        if (rejected.get().headsUnknown() > 0) {
            json.writeNumberProperty("unknown", rejected.get().headsUnknown());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void firstStage() {
        Round stage = result.firstRound();
        json.writeStartObject();
        json.writeNumberProperty("stage", 1);
        json.writeArrayPropertyStart("results");
        for (int candidate : Figures.byVotes(Figures.all(candidates.size()), stage::votes)) {
            json.writeStartObject();
            json.writeStringProperty("candidate", candidates.get(candidate).name());
            json.writeStringProperty("party", candidates.get(candidate).party());
            json.writeNumberProperty("votes", stage.votes(candidate));
            decimal("share", stage.share(candidate).percent());
            decimal("change", declaration.change(candidate));
            json.writeBooleanProperty("goesForward", Figures.goesForward(result, candidate));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberProperty("valid", result.valid());
        json.writeNumberProperty("majority", stage.majority());
        json.writeEndObject();
    }

    private void secondStage(Round stage) {
        json.writeStartObject();
        json.writeNumberProperty("stage", 2);
        json.writeArrayPropertyStart("results");
        for (int candidate : Figures.byVotes(stage.continuing(), stage::votes)) {
            json.writeStartObject();
            json.writeStringProperty("candidate", candidates.get(candidate).name());
            json.writeStringProperty("party", candidates.get(candidate).party());
            json.writeNumberProperty("firstPreferences", result.firstRound().votes(candidate));
            json.writeNumberProperty("added", stage.received(candidate));
            json.writeNumberProperty("votes", stage.votes(candidate));
            decimal("share", stage.share(candidate).percent());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberProperty("papersOfEliminated", stage.papersPassedOn());
        json.writeNumberProperty("transferred", stage.transferred());
        json.writeNumberProperty("nonTransferable", stage.exhaustedHere());
        Optional<Map<RankingEnd, Long>> breakdown = stage.exhaustedHereBy();
        if (breakdown.isPresent()) {
            json.writeObjectPropertyStart("nonTransferableByReason");
            json.writeNumberProperty("second-for-eliminated-candidate", breakdown.get().get(RankingEnd.COMPLETE));
            Map<UnusedSecondPreference, Long> unused = Figures.unusedSeconds(breakdown.get());
            for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
                json.writeNumberProperty(reason.key(), unused.get(reason));
            }
            json.writeEndObject();
        } else {
            json.writeNullProperty("nonTransferableByReason");
        }
        json.writeEndObject();
    }

    /** Every round: votes and shares, transfers from each eliminated candidate, exhausted papers, eliminations. */
    private void rounds() {
        json.writeArrayPropertyStart("rounds");
        for (Round round : result.rounds()) {
            json.writeStartObject();
            json.writeNumberProperty("round", round.number());
            json.writeArrayPropertyStart("results");
            for (int candidate : Figures.byVotes(round.continuing(), round::votes)) {
                json.writeStartObject();
                json.writeStringProperty("candidate", candidates.get(candidate).name());
                json.writeStringProperty("party", candidates.get(candidate).party());
                json.writeNumberProperty("votes", round.votes(candidate));
                decimal("share", round.share(candidate).percent());
                if (round.number() == 1) {
                    decimal("change", declaration.change(candidate));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberProperty("continuingVotes", round.continuingVotes());
            json.writeNumberProperty("majority", round.majority());
            json.writeNumberProperty("exhausted", round.exhausted());
            exhaustedBy("exhaustedByReason", round.exhaustedBy());
            json.writeArrayPropertyStart("transfers");
            for (Transfer transfer : round.transfers()) {
                json.writeStartObject();
                if (transfer.from().isPresent()) {
                    json.writeStringProperty("from", candidates.get(transfer.from().getAsInt()).name());
                } else {
                    json.writeNullProperty("from");
                }
                json.writeNumberProperty("papers", transfer.papers());
                json.writeObjectPropertyStart("to");
                for (int candidate = 0; candidate < candidates.size(); candidate++) {
                    if (transfer.to(candidate) > 0) {
                        json.writeNumberProperty(candidates.get(candidate).name(), transfer.to(candidate));
                    }
                }
                json.writeEndObject();
                json.writeNumberProperty("exhausted", transfer.exhausted());
                exhaustedBy("exhaustedByReason", transfer.exhaustedBy());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("eliminated");
            round.eliminated().forEach(candidate -> json.writeString(candidates.get(candidate).name()));
            json.writeEndArray();
            round.equality().ifPresent(this::tie);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Only at a round where an equality for the fewest votes was decided: how. */
    private void tie(Equality equality) {
        json.writeObjectPropertyStart("tie");
        names("tied", equality.tied());
        json.writeNumberProperty("votes", equality.votes());
        json.writeStringProperty("brokenBy", equality.brokenBy().key());
        json.writeArrayPropertyStart("earlierRounds");
        for (Equality.EarlierRound earlier : equality.earlierRounds()) {
            json.writeStartObject();
            json.writeNumberProperty("round", earlier.round());
            names("fewest", earlier.fewest());
            json.writeNumberProperty("votes", earlier.votes());
            json.writeEndObject();
        }
        json.writeEndArray();
        names("byLot", equality.byLot());
        json.writeEndObject();
    }

    private void names(String name, List<Integer> among) {
        json.writeArrayPropertyStart(name);
        among.forEach(candidate -> json.writeString(candidates.get(candidate).name()));
        json.writeEndArray();
    }

    private void exhaustedBy(String name, Optional<Map<RankingEnd, Long>> byEnd) {
        if (byEnd.isEmpty()) {
            json.writeNullProperty(name);
            return;
        }
        json.writeObjectPropertyStart(name);
        for (RankingEnd end : RankingEnd.values()) {
            json.writeNumberProperty(end.key(), byEnd.get().getOrDefault(end, 0L));
        }
        json.writeEndObject();
    }

    private void areas() {
        json.writeArrayPropertyStart("areas");
        for (AreaFigures area : declaration.areas()) {
            json.writeStartObject();
            json.writeStringProperty("area", area.area());
            json.writeNumberProperty("validFirstPreferences", area.validFirstPreferences());
            if (area.rejected().isPresent()) {
                json.writeNumberProperty("rejected", area.rejected().get().total());
            } else {
                json.writeNullProperty("rejected");
            }
            json.writeArrayPropertyStart("results");
            for (int candidate = 0; candidate < candidates.size(); candidate++) {
                json.writeStartObject();
                json.writeStringProperty("candidate", candidates.get(candidate).name());
                json.writeNumberProperty("first", area.firstPreferences().get(candidate));
                int index = candidate;
                if (Figures.isSv(result)) {
                    boolean remains = Figures.goesForward(result, index);
                    nullable("added", remains && area.rounds().size() > 1
                            ? Optional.of(area.rounds().get(1).received(index)) : Optional.empty());
                } else {
                    Round last = area.rounds().get(area.rounds().size() - 1);
                    nullable("final", last.isContinuing(index) ? Optional.of(last.votes(index)) : Optional.empty());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            if (Figures.isSv(result)) {
                nullable("nonTransferable", area.rounds().size() > 1
                        ? Optional.of(area.rounds().get(1).exhaustedHere()) : Optional.empty());
            } else {
                json.writeNumberProperty("exhausted", area.rounds().get(area.rounds().size() - 1).exhausted());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void lots() {
        json.writeArrayPropertyStart("lots");
        for (Lot lot : result.lots()) {
            json.writeStartObject();
            json.writeNumberProperty("stage", lot.stage());
            json.writeArrayPropertyStart("tied");
            lot.tied().forEach(c -> json.writeString(candidates.get(c).name()));
            json.writeEndArray();
            json.writeArrayPropertyStart("order");
            lot.order().forEach(c -> json.writeString(candidates.get(c).name()));
            json.writeEndArray();
            json.writeStringProperty("drawnBy", lot.drawnByHand() ? "returning-officer" : "seeded-random");
            nullable("seed", lot.seed().isPresent() ? Optional.of(lot.seed().getAsLong()) : Optional.empty());
            json.writeStringProperty("decides", lot.decides().key());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void unused(String name, Optional<Map<UnusedSecondPreference, Long>> byReason) {
        if (byReason.isEmpty()) {
            json.writeNullProperty(name);
            return;
        }
        json.writeObjectPropertyStart(name);
        for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
            json.writeNumberProperty(reason.key(), byReason.get().getOrDefault(reason, 0L));
        }
        json.writeEndObject();
    }

    private void nullable(String name, Optional<Long> value) {
        if (value.isPresent()) {
            json.writeNumberProperty(name, value.get());
        } else {
            json.writeNullProperty(name);
        }
    }

    private void decimal(String name, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            json.writeNumberProperty(name, value.get());
        } else {
            json.writeNullProperty(name);
        }
    }

    /** A contest's date, or null where its file gives none (an RCTab configuration may not). */
    private static void dateProperty(JsonGenerator json, java.util.Optional<java.time.LocalDate> date) {
        if (date.isPresent()) {
            json.writeStringProperty("date", date.get().toString());
        } else {
            json.writeNullProperty("date");
        }
    }
}
