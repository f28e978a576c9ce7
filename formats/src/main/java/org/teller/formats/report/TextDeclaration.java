package org.teller.formats.report;

import static org.teller.formats.report.Figures.votes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.contest.AreaFigures;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.count.Equality;
import org.teller.core.count.HowElected;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.lot.Lot;
import org.teller.core.tally.Transfer;

/**
 * The declaration as a returning officer could read it out, with results lists laid out as newspapers
 * print them: {@code John Biggs (Lab) 27,255 (40.00%, +14.98)}.
 */
final class TextDeclaration {

    private final Declaration declaration;
    private final Result result;
    private final List<Candidate> candidates;
    /** Text not yet written to {@link #sink}: passed on whenever it grows past {@link #CHUNK}. */
    private final StringBuilder out = new StringBuilder();
    private final Writer sink;

    private static final int CHUNK = 1 << 16;

    private TextDeclaration(Declaration declaration, Writer sink) {
        this.declaration = declaration;
        this.result = declaration.result();
        this.candidates = result.candidates();
        this.sink = sink;
    }

    static void write(Declaration declaration, Writer sink) throws IOException {
        try {
            new TextDeclaration(declaration, sink).write();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void write() {
        Contest contest = declaration.contest();
        line(contest.title());
        line(contest.date().map(date -> "Poll held on " + Figures.LONG_DATE.format(date) + ". ").orElse("") + Figures.capitalised(result.system().title())
                + " (" + contest.rules().statute() + ").");
        Wording.whatIf(declaration).ifPresent(this::line);
        line("");
        if (Figures.isSv(result)) {
            line(elected());
            Figures.secondStage(result).ifPresent(this::secondStage);
            firstStage();
            analysis();
            papers();
            unusedSecondPreferences();
        } else {
            line(Wording.elected(result));
            if (result.rounds().size() > 1) {
                lastRound();
                rounds();
                transfers();
            }
            firstRound();
            analysis();
            papers();
        }
        areas();
        lots();
        inputs();
        pass();
    }

    /** The final round of a count of several rounds: the candidates left and their shares. */
    private void lastRound() {
        Round last = result.lastRound();
        line("");
        line(Wording.roundName(result, last.number()));
        for (int candidate : Figures.byVotes(last.continuing(), last::votes)) {
            String share = last.share(candidate).percent().map(p -> " (" + p + "%)").orElse("");
            line(name(candidate) + " " + votes(last.votes(candidate)) + share);
        }
        line("Votes of continuing candidates: " + votes(last.continuingVotes()) + "; more than half is "
                + votes(last.majority()) + "; exhausted papers: " + votes(last.exhausted()) + ".");
    }

    /** Every candidate's votes at every round, and who was eliminated after each. */
    private void rounds() {
        List<Round> rounds = result.rounds();
        List<String> headers = new ArrayList<>(List.of("Round"));
        rounds.forEach(round -> headers.add(Integer.toString(round.number())));
        List<List<String>> rows = new ArrayList<>();
        for (int candidate : Figures.byLastRound(result)) {
            List<String> row = new ArrayList<>(List.of(name(candidate)));
            for (Round round : rounds) {
                row.add(round.isContinuing(candidate) ? votes(round.votes(candidate)) : "");
            }
            rows.add(row);
        }
        List<String> exhausted = new ArrayList<>(List.of("Exhausted"));
        rounds.forEach(round -> exhausted.add(votes(round.exhausted())));
        rows.add(exhausted);
        line("");
        line("Votes at each round");
        table(headers, rows);
        for (Round round : rounds) {
            if (!round.eliminated().isEmpty()) {
                line("After round " + round.number() + ": " + names(round.eliminated()) + " eliminated."
                        + round.equality().map(this::equality).orElse(""));
            }
        }
    }

    /**
     * How an equality for the fewest votes was decided: "Ann Archer, Bo Brown and Cy Cole were equal with 12
     * votes, the fewest; at round 1, Bo Brown and Cy Cole had the fewest (11); a lot decided between them."
     * Of the earlier rounds looked at (the latest first), those at which the candidates still in question
     * were all equal are named together.
     */
    private String equality(Equality equality) {
        StringBuilder text = new StringBuilder(" ").append(names(equality.tied())).append(" were equal with ")
                .append(Figures.votesOf(equality.votes())).append(", the fewest");
        List<Integer> inQuestion = equality.tied();
        List<Integer> equalAgain = new ArrayList<>();
        for (Equality.EarlierRound earlier : equality.earlierRounds()) {
            if (earlier.fewest().size() == inQuestion.size()) {
                equalAgain.add(earlier.round());
                continue;
            }
            equalAgain(text, equalAgain);
            text.append("; at round ").append(earlier.round()).append(", ").append(names(earlier.fewest()))
                    .append(" had the fewest (").append(votes(earlier.votes())).append(')');
            inQuestion = earlier.fewest();
        }
        equalAgain(text, equalAgain);
        if (!equality.byLot().isEmpty()) {
            text.append("; a lot decided between them");
        }
        return text.append('.').toString();
    }

    private static void equalAgain(StringBuilder text, List<Integer> rounds) {
        if (rounds.isEmpty()) {
            return;
        }
        List<String> numbers = rounds.stream().map(String::valueOf).toList();
        text.append("; equal again at round").append(rounds.size() == 1 ? " " : "s ")
                .append(rounds.size() == 1 ? numbers.get(0)
                        : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1));
        rounds.clear();
    }


    /** The papers of each eliminated candidate: where they went. */
    private void transfers() {
        line("");
        line("Transfers");
        for (Round round : result.rounds()) {
            for (Transfer transfer : round.transfers()) {
                String from = transfer.from().isPresent() ? candidates.get(transfer.from().getAsInt()).name() + "'s papers"
                        : "Papers of the eliminated candidates";
                List<String> to = new ArrayList<>();
                for (int candidate = 0; candidate < candidates.size(); candidate++) {
                    if (transfer.to(candidate) > 0) {
                        to.add(candidates.get(candidate).name() + " +" + votes(transfer.to(candidate)));
                    }
                }
                line("Round " + round.number() + ": " + from + ", " + votes(transfer.papers()) + ": "
                        + (to.isEmpty() ? "none transferred" : String.join(", ", to)) + "; exhausted "
                        + votes(transfer.exhausted()) + transfer.exhaustedBy().map(this::exhaustedReasons).orElse("") + ".");
            }
        }
    }

    private String exhaustedReasons(Map<RankingEnd, Long> byEnd) {
        List<String> reasons = new ArrayList<>();
        for (RankingEnd end : RankingEnd.values()) {
            long papers = byEnd.getOrDefault(end, 0L);
            if (papers > 0) {
                reasons.add(Wording.exhausted(end) + " " + votes(papers));
            }
        }
        return reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")";
    }

    /** The first round: every candidate's first preferences, shares and changes. */
    private void firstRound() {
        Round first = result.firstRound();
        boolean several = result.rounds().size() > 1;
        line("");
        line(several ? "First preferences" : "Votes");
        for (int candidate : Figures.byVotes(Figures.all(candidates.size()), first::votes)) {
            StringBuilder figures = new StringBuilder();
            first.share(candidate).percent().ifPresent(share -> figures.append(share).append('%'));
            declaration.change(candidate).ifPresent(change -> figures.append(", ").append(Figures.signed(change)));
            line(name(candidate) + " " + votes(first.votes(candidate))
                    + (figures.length() == 0 ? "" : " (" + figures + ")"));
        }
        // The votes counted at the first round: papers valid but with no preference that counts (an RCTab
        // ballot ranking no one) are said apart, on the next line.
        line((several ? "Valid first-preference votes: " : "Valid votes: ") + votes(first.continuingVotes()) + ".");
        if (first.exhausted() > 0) {
            line("Valid papers with no preference that counts: " + votes(first.exhausted()) + ".");
        }
        declaration.previous().ifPresent(previous -> line("Changes are in percentage points of share since "
                + Wording.previous(previous) + "."));
    }

    /** A table: the first column to the left, the others to the right. */
    private void table(List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        for (int column = 0; column < widths.length; column++) {
            cell(headers.get(column), widths[column], column == 0);
        }
        out.append('\n');
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                cell(row.get(column), widths[column], column == 0);
            }
            out.append('\n');
        }
    }

    /** Passes the text made so far on to the writer. */
    private void pass() {
        try {
            sink.append(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.setLength(0);
    }

    private String elected() {
        Candidate winner = result.electedCandidate();
        String who = winner.name() + (winner.party().isEmpty() ? "" : " (" + winner.party() + ")");
        return who + switch (result.how()) {
            case MAJORITY_AT_FIRST_STAGE -> " is elected at " + Wording.round(result, 1)
                    + ", with more than half of the valid first-preference votes.";
            case MOST_VOTES_AT_SECOND_STAGE -> " is elected at " + Wording.round(result, 2) + ".";
            case LOT_AT_SECOND_STAGE -> " is elected at " + Wording.round(result, 2) + ", by lot after an equality of votes.";
            case MORE_VOTES_OF_TWO -> " is elected, with more votes of the two candidates.";
            case LOT_BETWEEN_TWO -> " is elected by lot after an equality of votes between the two candidates.";
            default -> throw new IllegalStateException("not an SV result: " + result.how());
        };
    }

    private void secondStage(Round stage) {
        Round first = result.firstRound();
        line("");
        line(Wording.roundName(result, 2));
        for (int candidate : Figures.byVotes(stage.continuing(), stage::votes)) {
            String share = stage.share(candidate).percent().map(p -> " (" + p + "%)").orElse("");
            line(name(candidate) + " " + votes(first.votes(candidate)) + " + "
                    + votes(stage.received(candidate)) + " = " + votes(stage.votes(candidate)) + share);
        }
        line("Papers of eliminated candidates: " + votes(stage.papersPassedOn())
                + "; second preferences added: " + votes(stage.transferred())
                + "; not transferable: " + votes(stage.exhaustedHere()) + ".");
        stage.exhaustedHereBy().ifPresent(this::nonTransferable);
    }

    private void nonTransferable(Map<RankingEnd, Long> byEnd) {
        if (byEnd.get(RankingEnd.COMPLETE) > 0) {
            line("  second preference for an eliminated candidate: " + votes(byEnd.get(RankingEnd.COMPLETE)));
        }
        Map<UnusedSecondPreference, Long> unused = Figures.unusedSeconds(byEnd);
        for (UnusedSecondPreference reason : Figures.present(unused)) {
            line("  " + Figures.describe(reason) + ": " + votes(unused.get(reason)));
        }
    }

    private void firstStage() {
        Round stage = result.firstRound();
        Optional<Round> second = Figures.secondStage(result);
        line("");
        line(second.isPresent() || result.how() == HowElected.MAJORITY_AT_FIRST_STAGE
                ? Wording.roundName(result, 1) : "Votes");
        for (int candidate : Figures.byVotes(Figures.all(candidates.size()), stage::votes)) {
            StringBuilder figures = new StringBuilder();
            stage.share(candidate).percent().ifPresent(share -> figures.append(share).append('%'));
            declaration.change(candidate).ifPresent(change -> figures.append(", ").append(Figures.signed(change)));
            line(name(candidate) + " " + votes(stage.votes(candidate))
                    + (figures.length() == 0 ? "" : " (" + figures + ")"));
        }
        line("Valid first-preference votes: " + votes(result.valid()) + ".");
        switch (result.how()) {
            case MAJORITY_AT_FIRST_STAGE -> line("More than half is " + votes(stage.majority()) + " or more: "
                    + result.electedCandidate().name() + " has " + votes(stage.votes(result.elected())) + ".");
            case MORE_VOTES_OF_TWO, LOT_BETWEEN_TWO -> line("Two candidates stood: there is no second stage.");
            default -> {
                line("More than half is " + votes(stage.majority()) + " or more: no candidate has it.");
                line(names(second.orElseThrow().continuing())
                        + " go forward to " + Wording.round(result, 2) + "; every other candidate is eliminated.");
            }
        }
        declaration.previous().ifPresent(previous -> line("Changes are in percentage points of share since "
                + Wording.previous(previous) + "."));
    }

    /** The majority, and against the previous contest a gain or a hold and the swing, where there are. */
    private void analysis() {
        List<String> lines = new ArrayList<>();
        declaration.majority().ifPresent(majority -> lines.add("Majority: " + Wording.majority(result, majority) + "."));
        declaration.outcome().ifPresent(outcome -> lines.add(Figures.capitalised(Wording.outcome(declaration, outcome))
                + declaration.previous().orElseThrow().contest().date()
                        .map(date -> ", the winner on " + Figures.LONG_DATE.format(date)).orElse(", the previous winner")
                + "."));
        declaration.swing().ifPresent(swing -> lines.add("Swing: " + Wording.swing(declaration, swing)
                + ", in first-preference shares."));
        if (!lines.isEmpty()) {
            line("");
            lines.forEach(this::line);
        }
    }

    private void papers() {
        line("");
        line("Ballot papers");
        declaration.ballotPapers().ifPresentOrElse(
                papers -> line("Ballot papers counted: " + votes(papers)),
                () -> line("Ballot papers counted: not stated"));
        declaration.contest().electorate().ifPresent(electorate -> line("Electorate: " + votes(electorate)));
        declaration.turnout().ifPresent(turnout -> line("Turnout: " + turnout.toPlainString() + "%"
                + (declaration.isTurnoutComputed() ? "" : " (as stated)")));
        declaration.rejected().ifPresentOrElse(this::rejected, () -> line("Rejected papers: not stated"));
    }

    private void rejected(RejectedPapers rejected) {
        line("Rejected papers: " + votes(rejected.total()));
        for (RejectedStatement.Line statement : RejectedStatement.lines(rejected, declaration.contest().rules())) {
            line("  " + statement.text() + ": " + votes(statement.papers()));
        }
    }

    private void unusedSecondPreferences() {
        declaration.unusedSecondPreferences().ifPresent(byReason -> {
            List<UnusedSecondPreference> present = Figures.present(byReason);
            if (present.isEmpty()) {
                return;
            }
            line("");
            line("Second preferences not counted on valid papers");
            for (UnusedSecondPreference reason : present) {
                line("  " + Figures.describe(reason) + ": " + votes(byReason.get(reason)));
            }
        });
    }

    /**
     * One row per count area: its valid first preferences, its rejected papers where known, each
     * candidate's first preferences and, after a second stage, what its papers added to each finalist.
     * Numbers go straight into the text: a count can have tens of thousands of areas.
     */
    private void areas() {
        List<AreaFigures> areas = declaration.areas();
        if (areas.isEmpty()) {
            return;
        }
        List<Integer> finalists = Figures.isSv(result)
                ? Figures.secondStage(result).map(Round::continuing).orElse(List.of()) : List.of();
        boolean withRejected = areas.stream().anyMatch(area -> area.rejected().isPresent());
        List<String> headers = new ArrayList<>(List.of("Area", "Valid"));
        if (withRejected) {
            headers.add("Rejected");
        }
        candidates.forEach(candidate -> headers.add(columnLabel(candidate)));
        finalists.forEach(finalist -> headers.add("+" + columnLabel(candidates.get(finalist))));

        // Each row's numbers (-1: not known), then each column's width.
        long[][] numbers = new long[areas.size()][headers.size() - 1];
        for (int row = 0; row < areas.size(); row++) {
            AreaFigures area = areas.get(row);
            long[] cells = numbers[row];
            int column = 0;
            cells[column++] = area.validFirstPreferences();
            if (withRejected) {
                cells[column++] = area.rejected().map(RejectedPapers::total).orElse(-1L);
            }
            for (int candidate = 0; candidate < candidates.size(); candidate++) {
                cells[column++] = area.firstPreferences().get(candidate);
            }
            for (int finalist : finalists) {
                cells[column++] = area.rounds().size() > 1 ? area.rounds().get(1).received(finalist) : -1L;
            }
        }
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
        }
        for (int row = 0; row < areas.size(); row++) {
            widths[0] = Math.max(widths[0], areas.get(row).area().length());
            for (int column = 1; column < widths.length; column++) {
                long value = numbers[row][column - 1];
                widths[column] = Math.max(widths[column], value < 0 ? 0 : Figures.votesWidth(value));
            }
        }
        line("");
        line("By count area (first preferences" + (finalists.isEmpty() ? ")" : "; +: second preferences added)"));
        for (int column = 0; column < widths.length; column++) {
            cell(headers.get(column), widths[column], column == 0);
        }
        out.append('\n');
        for (int row = 0; row < areas.size(); row++) {
            cell(areas.get(row).area(), widths[0], true);
            for (int column = 1; column < widths.length; column++) {
                long value = numbers[row][column - 1];
                if (value < 0) {
                    cell("", widths[column], false);
                } else {
                    pad(widths[column] - Figures.votesWidth(value) + 2);
                    Figures.appendVotes(out, value);
                }
            }
            out.append('\n');
            if (out.length() > CHUNK) {
                pass();
            }
        }
    }

    /** A cell of a table: the first column to the left, the others to the right after two spaces. */
    private void cell(String text, int width, boolean first) {
        if (first) {
            out.append(text);
            pad(width - text.length());
        } else {
            pad(width - text.length() + 2);
            out.append(text);
        }
    }

    private void pad(int spaces) {
        for (int i = 0; i < spaces; i++) {
            out.append(' ');
        }
    }

    private static String columnLabel(Candidate candidate) {
        return candidate.shortLabel().isEmpty() ? candidate.name() : candidate.shortLabel();
    }

    private void lots() {
        if (result.lots().isEmpty()) {
            return;
        }
        line("");
        line("Lots drawn");
        for (Lot lot : result.lots()) {
            line((Figures.isSv(result) ? "Stage " : "Round ") + lot.stage() + ": " + Wording.lot(candidates, lot));
        }
    }

    private void inputs() {
        line("");
        line("Inputs (SHA-256)");
        for (InputFile input : declaration.inputs()) {
            line("  " + input.sha256() + "  " + input.name());
        }
    }

    private String name(int candidate) {
        Candidate c = candidates.get(candidate);
        return c.label().isEmpty() ? c.name() : c.name() + " (" + c.label() + ")";
    }

    private String names(List<Integer> among) {
        return Wording.names(candidates, among);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
