package org.teller.formats.report;

import static org.teller.formats.report.Figures.votes;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.lot.Lot;

/**
 * The declaration of result of poll as a returning officer posts it, in the words of the statutory forms
 * (SI 2007/1024 Sch.1 r.54, and the PCC and London rules alike): the notice, each candidate's votes in
 * ballot order, the statement of rejected papers under the rules' heads, and the declaration that the person
 * elected is duly elected, over the officer's signature. Its parts are text, for a typesetter
 * ({@code org.teller.publish}) to lay out; every figure is the count's.
 *
 * <p>Only the count the law asks for is declared: a count that stopped before anyone was elected, or a "what
 * if" under another system, is refused.
 *
 * @param heading "Declaration of result of poll"
 * @param election "Election of the Mayor of Tower Hamlets"
 * @param notice the returning officer's notice, up to the candidates' votes
 * @param columns the table's headings: candidate, description, then the figures
 * @param rows each candidate in ballot order: name, description, then the figures (empty where none)
 * @param rejectedNotice the words before the statement of rejected papers
 * @param rejected the statement's lines: a letter, the head and the papers; then the total (empty where not stated)
 * @param notes what else the declaration states: papers not counted at the second stage, lots drawn
 * @param declared "And I do hereby declare that ... is duly elected ..."
 * @param inputs the SHA-256 of each input, for anyone to count them again
 */
public record DeclarationOfResult(String heading, String election, String notice, List<String> columns,
        List<List<String>> rows, String rejectedNotice, List<List<String>> rejected, List<String> notes, String declared,
        List<String> inputs) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    public DeclarationOfResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        rejected = rejected.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        inputs = List.copyOf(inputs);
    }

    /**
     * @throws InvalidInputException for a count that is not declared: a what if, or one that elected no one
     */
    public static DeclarationOfResult of(Declaration declaration) {
        Result result = declaration.result();
        if (declaration.statutorySystem().isPresent()) {
            throw new InvalidInputException("--format", 0, "pdf", "is the declaration of result, and a what if under "
                    + Wording.system(result.system()) + " is not declared: the law names "
                    + Wording.system(declaration.statutorySystem().get()) + " (use --format html or text for a what if)");
        }
        if (!result.hasElection()) {
            throw new InvalidInputException("--format", 0, "pdf", "is the declaration of result, and this count stopped"
                    + " before anyone was elected");
        }
        String title = declaration.contest().title();
        boolean office = Wording.namesOffice(title);
        String election = office ? "Election of the " + title : "Election: " + title;
        String held = declaration.contest().date().map(date -> " held on " + DAY.format(date)).orElse("");
        String notice = "I, the undersigned, being the Returning Officer at the above election" + held
                + ", do hereby give notice that the number of votes recorded for each candidate at the said election is"
                + " as follows:";
        List<String> columns = new ArrayList<>(List.of("Name of candidate", "Description (if any)"));
        List<List<String>> rows = new ArrayList<>();
        table(result, columns, rows);
        List<List<String>> rejected = new ArrayList<>();
        String rejectedNotice;
        if (declaration.rejected().isPresent() && declaration.rejected().get().total() == 0) {
            rejectedNotice = "No ballot papers were rejected.";
        } else if (declaration.rejected().isPresent()) {
            rejectedNotice = "The number of ballot papers rejected was as follows:";
            char letter = 'a';
            for (RejectedStatement.Line line : RejectedStatement.lines(declaration.rejected().get(),
                    declaration.contest().rules())) {
                rejected.add(List.of("(" + letter++ + ")", Figures.capitalised(line.text()), votes(line.papers())));
            }
            rejected.add(List.of("", "Total", votes(declaration.rejected().get().total())));
        } else {
            rejectedNotice = "The statement of rejected papers was not given with the figures counted.";
        }
        List<String> notes = notes(declaration);
        Candidate winner = result.electedCandidate();
        String declared = "And I do hereby declare that " + winner.name()
                + (winner.party().isEmpty() ? "" : " (" + winner.party() + ")") + " is duly elected"
                + (office ? " as the " + title : "") + ".";
        List<String> inputs = new ArrayList<>();
        for (InputFile input : declaration.inputs()) {
            inputs.add(input.sha256() + "  " + input.name());
        }
        return new DeclarationOfResult("Declaration of result of poll", election, notice, columns, rows, rejectedNotice,
                rejected, notes, declared, inputs);
    }

    /** The candidates' votes as the system's form gives them, in ballot order. */
    private static void table(Result result, List<String> columns, List<List<String>> rows) {
        List<Round> rounds = result.rounds();
        Round first = result.firstRound();
        Round last = result.lastRound();
        boolean twoStages = rounds.size() == 2 && (Figures.isSv(result) || result.system() instanceof ContingentVote);
        if (rounds.size() == 1) {
            columns.add(Figures.isSv(result) ? "First preference votes" : "Number of votes");
        } else if (twoStages) {
            columns.addAll(List.of("First preference votes", Figures.isSv(result) ? "Second preference votes"
                    : "Later preference votes", "Total votes"));
        } else {
            columns.addAll(List.of("First preference votes", "Votes at " + Wording.round(result, rounds.size())));
        }
        for (int candidate = 0; candidate < result.candidates().size(); candidate++) {
            Candidate c = result.candidates().get(candidate);
            List<String> row = new ArrayList<>(List.of(c.name(), c.party(), votes(first.votes(candidate))));
            if (twoStages) {
                boolean on = last.isContinuing(candidate);
                row.add(on ? votes(last.received(candidate)) : "");
                row.add(on ? votes(last.votes(candidate)) : "");
            } else if (rounds.size() > 1) {
                row.add(last.isContinuing(candidate) ? votes(last.votes(candidate)) : "");
            }
            rows.add(row);
        }
    }

    /** Papers not counted at the second stage (by reason where known), exhausted papers, lots drawn. */
    private static List<String> notes(Declaration declaration) {
        Result result = declaration.result();
        List<String> notes = new ArrayList<>();
        if (result.rounds().size() > 1 && (Figures.isSv(result) || result.system() instanceof ContingentVote)) {
            Round second = result.rounds().get(1);
            StringBuilder text = new StringBuilder("The number of ballot papers of the eliminated candidates not counted at the"
                    + " second stage was ").append(votes(second.exhaustedHere()));
            second.exhaustedHereBy().ifPresent(byEnd -> {
                List<String> reasons = new ArrayList<>();
                if (byEnd.getOrDefault(org.teller.core.ballot.RankingEnd.COMPLETE, 0L) > 0) {
                    reasons.add((Figures.isSv(result) ? "second preference" : "later preferences") + " for an eliminated"
                            + " candidate: " + votes(byEnd.get(org.teller.core.ballot.RankingEnd.COMPLETE)));
                }
                if (Figures.isSv(result)) {
                    Map<UnusedSecondPreference, Long> unused = Figures.unusedSeconds(byEnd);
                    for (UnusedSecondPreference reason : Figures.present(unused)) {
                        reasons.add(Figures.describe(reason) + ": " + votes(unused.get(reason)));
                    }
                } else {
                    // Every other reason a ranking ends, in the words the declaration as read out uses.
                    for (org.teller.core.ballot.RankingEnd end : org.teller.core.ballot.RankingEnd.values()) {
                        long papers = byEnd.getOrDefault(end, 0L);
                        if (end != org.teller.core.ballot.RankingEnd.COMPLETE && papers > 0) {
                            reasons.add(Wording.exhausted(end) + ": " + votes(papers));
                        }
                    }
                }
                if (!reasons.isEmpty()) {
                    text.append(" (").append(String.join("; ", reasons)).append(')');
                }
            });
            notes.add(text.append('.').toString());
        } else if (result.system() instanceof AlternativeVote && result.lastRound().exhausted() > 0) {
            notes.add("The number of ballot papers exhausted by the last round was " + votes(result.lastRound().exhausted())
                    + ".");
        }
        for (Lot lot : result.lots()) {
            notes.add((result.rounds().size() == 1 ? "" : "At " + Wording.round(result, lot.stage()) + ", ")
                    + Wording.lot(result.candidates(), lot));
        }
        Optional<Long> papers = declaration.ballotPapers();
        papers.ifPresent(count -> notes.add("The number of ballot papers counted was " + votes(count)
                + declaration.contest().electorate().stream().mapToObj(electorate -> ", of an electorate of " + votes(electorate))
                        .findFirst().orElse("")
                + declaration.computedTurnout().map(turnout -> " (turnout " + turnout.toPlainString() + "%)").orElse("")
                + "."));
        if (declaration.turnout().isPresent() && !declaration.isTurnoutComputed()) {
            notes.add("The turnout, as stated, was " + declaration.turnout().get().toPlainString() + "%.");
        }
        return notes;
    }
}
