package org.teller.formats.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.teller.core.Candidate;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.contest.AreaFigures;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.count.Equality;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.lot.Lot;
import org.teller.core.tally.Transfer;

/**
 * The declaration as one long ("tidy") CSV table, {@code section,stage,area,subject,measure,value}: one
 * figure per row, so a spreadsheet can filter and pivot it. It holds the same figures as the JSON; a
 * figure that is not known has an empty value. Text that a spreadsheet would take for a formula is
 * written after a single quote (see {@link #cell}).
 */
final class CsvDeclaration {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private final Declaration declaration;
    private final Result result;
    private final List<Candidate> candidates;
    private final CsvWriter csv;

    private CsvDeclaration(Declaration declaration, CsvWriter csv) {
        this.declaration = declaration;
        this.result = declaration.result();
        this.candidates = result.candidates();
        this.csv = csv;
    }

    static void write(Declaration declaration, Writer out) throws IOException {
        // Flushed, not closed: closing the CSV writer would close the caller's writer.
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        try {
            new CsvDeclaration(declaration, csv).write();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private void write() {
        csv.writeRecord("section", "stage", "area", "subject", "measure", "value");
        row("contest", "", "", "", "title", declaration.contest().title());
        row("contest", "", "", "", "date", declaration.contest().date().map(Object::toString).orElse(""));
        row("contest", "", "", "", "system", result.system().key());
        row("contest", "", "", "", "rules", declaration.contest().rules().key());
        declaration.statutorySystem().ifPresent(statutory -> row("contest", "", "", "", "statutory-system", statutory.key()));
        if (result.hasElection()) {
            row("result", "", "", result.electedCandidate().name(), "elected", result.how().key());
            row("result", "", "", "", "elected-at-stage", Integer.toString(result.electedInRound()));
        } else {
            // A count stopped by its rules before anyone was elected.
            row("result", "", "", "", "elected", "count-stopped");
            row("result", "", "", "", "stopped-after-stage", Integer.toString(result.rounds().size()));
        }
        row("papers", "", "", "", "valid-first-preferences", Long.toString(result.valid()));
        row("papers", "", "", "", "ballot-papers", text(declaration.ballotPapers()));
        row("papers", "", "", "", "electorate", declaration.contest().electorate().isPresent()
                ? Long.toString(declaration.contest().electorate().getAsLong()) : "");
        row("papers", "", "", "", "turnout", decimal(declaration.turnout()));
        row("papers", "", "", "", "turnout-from", declaration.turnout().isEmpty() ? ""
                : declaration.isTurnoutComputed() ? "computed" : "stated");
        declaration.rejected().ifPresentOrElse(rejected -> {
            row("rejected", "", "", "", "total", Long.toString(rejected.total()));
            for (RejectionHead head : RejectionHead.values()) {
                if (rejected.isStated(head)) {
                    row("rejected", "", "", "", head.key(), Long.toString(rejected.get(head)));
                }
            }
            if (rejected.unmarkedOrUncertain() > 0) {
                row("rejected", "", "", "", "unmarked-or-uncertain", Long.toString(rejected.unmarkedOrUncertain()));
            }
            if (rejected.headsUnknown() > 0) {
                row("rejected", "", "", "", "unknown", Long.toString(rejected.headsUnknown()));
            }
        }, () -> row("rejected", "", "", "", "total", ""));
        declaration.unusedSecondPreferences().ifPresent(byReason -> {
            for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
                row("second-not-counted", "", "", "", reason.key(), Long.toString(byReason.getOrDefault(reason, 0L)));
            }
        });
        for (Candidate candidate : candidates) {
            row("candidate", "", "", candidate.name(), "party", candidate.party());
            row("candidate", "", "", candidate.name(), "short", candidate.shortLabel());
        }
        if (Figures.isSv(result)) {
            firstStage();
            Figures.secondStage(result).ifPresent(this::secondStage);
        } else {
            rounds();
        }
        declaration.previous().ifPresent(previous -> {
            row("previous", "", "", "", "title", previous.contest().title());
            row("previous", "", "", "", "date", previous.contest().date().map(Object::toString).orElse(""));
            previous.electedCandidate().ifPresent(elected -> row("previous", "", "", elected.name(), "elected",
                    elected.party()));
        });
        declaration.majority().ifPresent(majority -> {
            String round = Integer.toString(majority.round());
            row("analysis", round, "", candidates.get(majority.elected()).name(), "majority", Long.toString(majority.votes()));
            row("analysis", round, "", candidates.get(majority.runnerUp()).name(), "runner-up",
                    Long.toString(result.rounds().get(majority.round() - 1).votes(majority.runnerUp())));
        });
        declaration.outcome().ifPresent(outcome -> row("analysis", "", "", candidates.get(outcome.elected()).name(),
                outcome.kind().key(), Wording.outcome(declaration, outcome)));
        declaration.swing().ifPresent(swing -> {
            row("analysis", "", "", candidates.get(swing.from()).name(), "swing-from", swing.points().toPlainString());
            row("analysis", "", "", candidates.get(swing.to()).name(), "swing-to", swing.points().toPlainString());
        });
        areas();
        lots();
        for (InputFile input : declaration.inputs()) {
            row("input", "", "", input.name(), "sha256", input.sha256());
        }
    }

    private void firstStage() {
        Round stage = result.firstRound();
        for (int candidate : Figures.byVotes(Figures.all(candidates.size()), stage::votes)) {
            String name = candidates.get(candidate).name();
            row("stage", "1", "", name, "votes", Long.toString(stage.votes(candidate)));
            row("stage", "1", "", name, "share", decimal(stage.share(candidate).percent()));
            row("stage", "1", "", name, "change", decimal(declaration.change(candidate)));
            row("stage", "1", "", name, "goes-forward", Boolean.toString(Figures.goesForward(result, candidate)));
        }
        row("stage", "1", "", "", "valid", Long.toString(result.valid()));
        row("stage", "1", "", "", "majority", Long.toString(stage.majority()));
    }

    private void secondStage(Round stage) {
        for (int candidate : Figures.byVotes(stage.continuing(), stage::votes)) {
            String name = candidates.get(candidate).name();
            row("stage", "2", "", name, "first-preferences", Long.toString(result.firstRound().votes(candidate)));
            row("stage", "2", "", name, "added", Long.toString(stage.received(candidate)));
            row("stage", "2", "", name, "votes", Long.toString(stage.votes(candidate)));
            row("stage", "2", "", name, "share", decimal(stage.share(candidate).percent()));
        }
        row("stage", "2", "", "", "papers-of-eliminated", Long.toString(stage.papersPassedOn()));
        row("stage", "2", "", "", "transferred", Long.toString(stage.transferred()));
        row("stage", "2", "", "", "non-transferable", Long.toString(stage.exhaustedHere()));
        stage.exhaustedHereBy().ifPresent(breakdown -> {
            row("stage", "2", "", "", "non-transferable:second-for-eliminated-candidate",
                    Long.toString(breakdown.get(RankingEnd.COMPLETE)));
            java.util.Map<UnusedSecondPreference, Long> unused = Figures.unusedSeconds(breakdown);
            for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
                row("stage", "2", "", "", "non-transferable:" + reason.key(), Long.toString(unused.get(reason)));
            }
        });
    }

    /** Every round's figures, transfers and eliminations. */
    private void rounds() {
        for (Round round : result.rounds()) {
            String number = Integer.toString(round.number());
            for (int candidate : Figures.byVotes(round.continuing(), round::votes)) {
                String name = candidates.get(candidate).name();
                row("round", number, "", name, "votes", Long.toString(round.votes(candidate)));
                row("round", number, "", name, "share", decimal(round.share(candidate).percent()));
                if (round.number() == 1) {
                    row("round", number, "", name, "change", decimal(declaration.change(candidate)));
                }
            }
            row("round", number, "", "", "continuing-votes", Long.toString(round.continuingVotes()));
            row("round", number, "", "", "majority", Long.toString(round.majority()));
            row("round", number, "", "", "exhausted", Long.toString(round.exhausted()));
            round.exhaustedBy().ifPresent(byEnd -> {
                for (RankingEnd end : RankingEnd.values()) {
                    row("round", number, "", "", "exhausted:" + end.key(), Long.toString(byEnd.getOrDefault(end, 0L)));
                }
            });
            for (Transfer transfer : round.transfers()) {
                String from = transfer.from().isPresent() ? candidates.get(transfer.from().getAsInt()).name() : "";
                row("transfer", number, "", from, "papers", Long.toString(transfer.papers()));
                for (int candidate = 0; candidate < candidates.size(); candidate++) {
                    if (transfer.to(candidate) > 0) {
                        row("transfer", number, "", from, "to:" + candidates.get(candidate).name(),
                                Long.toString(transfer.to(candidate)));
                    }
                }
                row("transfer", number, "", from, "exhausted", Long.toString(transfer.exhausted()));
                transfer.exhaustedBy().ifPresent(byEnd -> {
                    for (RankingEnd end : RankingEnd.values()) {
                        row("transfer", number, "", from, "exhausted:" + end.key(), Long.toString(byEnd.getOrDefault(end, 0L)));
                    }
                });
            }
            for (int candidate : round.eliminated()) {
                row("round", number, "", candidates.get(candidate).name(), "eliminated", "true");
            }
            round.equality().ifPresent(equality -> tie(number, equality));
        }
    }

    /** An equality for the fewest votes at a round, and how it was decided. */
    private void tie(String number, Equality equality) {
        for (int candidate : equality.tied()) {
            row("tie", number, "", candidates.get(candidate).name(), "tied", Long.toString(equality.votes()));
        }
        for (Equality.EarlierRound earlier : equality.earlierRounds()) {
            for (int candidate : earlier.fewest()) {
                row("tie", number, "", candidates.get(candidate).name(), "fewest-at-round:" + earlier.round(),
                        Long.toString(earlier.votes()));
            }
        }
        for (int candidate : equality.byLot()) {
            row("tie", number, "", candidates.get(candidate).name(), "by-lot", "true");
        }
        row("tie", number, "", "", "broken-by", equality.brokenBy().key());
    }

    private void areas() {
        for (AreaFigures area : declaration.areas()) {
            row("area", "", area.area(), "", "valid-first-preferences", Long.toString(area.validFirstPreferences()));
            area.rejected().ifPresent(rejected -> row("area", "", area.area(), "", "rejected", Long.toString(rejected.total())));
            for (int candidate = 0; candidate < candidates.size(); candidate++) {
                String name = candidates.get(candidate).name();
                row("area", "1", area.area(), name, "first", Long.toString(area.firstPreferences().get(candidate)));
                int index = candidate;
                if (!Figures.isSv(result)) {
                    Round last = area.rounds().get(area.rounds().size() - 1);
                    if (result.rounds().size() > 1 && last.isContinuing(index)) {
                        row("area", Integer.toString(last.number()), area.area(), name, "votes", Long.toString(last.votes(index)));
                    }
                } else if (Figures.goesForward(result, index)) {
                    row("area", "2", area.area(), name, "added", area.rounds().size() > 1
                            ? Long.toString(area.rounds().get(1).received(index)) : "");
                }
            }
            if (Figures.isSv(result) && area.rounds().size() > 1) {
                row("area", "2", area.area(), "", "non-transferable", Long.toString(area.rounds().get(1).exhaustedHere()));
            }
        }
    }

    private void lots() {
        for (Lot lot : result.lots()) {
            String stage = Integer.toString(lot.stage());
            for (int place = 0; place < lot.order().size(); place++) {
                row("lot", stage, "", candidates.get(lot.order().get(place)).name(), "place", Integer.toString(place + 1));
            }
            row("lot", stage, "", "", "drawn-by", lot.drawnByHand() ? "returning-officer" : "seeded-random");
            row("lot", stage, "", "", "seed", lot.seed().isPresent() ? Long.toString(lot.seed().getAsLong()) : "");
            row("lot", stage, "", "", "decides", lot.decides().key());
        }
    }

    private void row(String section, String stage, String area, String subject, String measure, String value) {
        csv.writeRecord(section, stage, cell(area), cell(subject), measure, cell(value));
    }

    /**
     * The value as a cell a spreadsheet shows as text: one that begins with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return would be run as a formula ("CSV injection"), so it
     * is written after a single quote, as OWASP recommends. A number, such as a change of -3.17, stays a
     * number.
     */
    static String cell(String value) {
        if (value.isEmpty() || FORMULA_START.indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    private static String text(Optional<Long> value) {
        return value.map(String::valueOf).orElse("");
    }

    private static String decimal(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }
}
