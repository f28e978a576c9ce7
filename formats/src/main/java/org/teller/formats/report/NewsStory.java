package org.teller.formats.report;

import static org.teller.formats.report.Figures.votes;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.Majority;
import org.teller.core.contest.Outcome;
import org.teller.core.contest.PreviousContest;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.Result;
import org.teller.core.count.Round;

/**
 * A news story of the result, a few paragraphs as a local paper prints them (the seeds of Tower Hamlets
 * 2010 and 2015), then the results list laid out as they lay it out. Every sentence is a template filled
 * from the declaration: each number in it is one the count gives, and a sentence whose figure the
 * declaration does not have is left out, never guessed.
 */
final class NewsStory {


    private final Declaration declaration;
    private final Result result;
    private final List<Candidate> candidates;
    private final StringBuilder out = new StringBuilder();

    private NewsStory(Declaration declaration) {
        this.declaration = declaration;
        this.result = declaration.result();
        this.candidates = result.candidates();
    }

    static void write(Declaration declaration, Writer sink) throws IOException {
        NewsStory story = new NewsStory(declaration);
        story.write();
        // One line break at the end, not the paragraph break after the last entry.
        sink.append(story.out, 0, story.out.length() - 1);
    }

    private void write() {
        if (!result.hasElection()) {
            Wording.whatIf(declaration).ifPresent(this::paragraph);
            paragraph(Wording.elected(result));
            resultsList();
            return;
        }
        Wording.whatIf(declaration).ifPresent(this::paragraph);
        paragraph(lead());
        paragraph(howWon());
        firstPreferences().ifPresent(this::paragraph);
        others().ifPresent(this::paragraph);
        sinceLastTime().ifPresent(this::paragraph);
        papers().ifPresent(this::paragraph);
        lots().ifPresent(this::paragraph);
        resultsList();
    }

    /** "Labour's John Biggs has been elected Mayor of Tower Hamlets, a Labour gain from Lutfur Rahman (Independent)." */
    private String lead() {
        int winner = result.elected();
        String title = declaration.contest().title();
        Optional<Outcome> outcome = declaration.outcome();
        boolean again = outcome.filter(o -> o.kind() == Outcome.Kind.HOLD)
                .map(o -> declaration.previous().orElseThrow().contest().candidates().get(o.previouslyElected()).name())
                .filter(name -> name.equalsIgnoreCase(candidates.get(winner).name())).isPresent();
        String verb = again ? " has been re-elected " : " has been elected ";
        String lead = Wording.namesOffice(title)
                ? introduce(winner) + verb + title
                : introduce(winner) + " has won the election for " + title;
        if (outcome.isPresent() && !again) {
            Candidate before = declaration.previous().orElseThrow().contest().candidates()
                    .get(outcome.get().previouslyElected());
            lead += outcome.get().kind() == Outcome.Kind.HOLD
                    ? ", holding it for " + Wording.side(candidates.get(winner))
                    : ", gaining it from " + Wording.side(before);
        }
        return lead + ".";
    }

    /** How the count went, by system: the stage or round that elected, the finalists, the majority. */
    private String howWon() {
        int winner = result.elected();
        Optional<Majority> majority = declaration.majority();
        String by = majority.map(m -> ", a majority of " + votes(m.votes())).orElse("");
        Round first = result.firstRound();
        if (result.electedInRound() == 1 && first.votes(winner) >= first.majority()) {
            return name(winner) + " won at " + Wording.round(result, 1) + " with " + Figures.votesOf(first.votes(winner)) + ", "
                    + percent(first, winner) + " of the valid votes" + majority.map(m -> ": a majority of "
                            + votes(m.votes()) + " over " + name(m.runnerUp()) + ", who had " + votes(first.votes(m.runnerUp())))
                            .orElse("")
                    + "." + (result.rounds().size() > 1 ? " The count went on to " + Wording.round(result, result.rounds().size())
                            + ", as its rules say, without changing the result." : "");
        }
        Round deciding = result.rounds().get(result.electedInRound() - 1);
        if (majority.isPresent() && majority.get().votes() == 0) {
            // Level at the end: the lot decided.
            return name(winner) + " and " + name(majority.get().runnerUp()) + " were level on "
                    + Figures.votesOf(deciding.votes(winner)) + (result.rounds().size() == 1 ? "" : " at " + Wording.round(result,
                            majority.get().round())) + ", and " + name(winner) + " was elected by lot.";
        }
        if (result.rounds().size() == 1) {
            return name(winner) + " won with " + Figures.votesOf(first.votes(winner)) + " (" + percent(first, winner) + ")"
                    + majority.map(m -> ", a majority of " + votes(m.votes()) + " over " + name(m.runnerUp()) + " ("
                            + votes(first.votes(m.runnerUp())) + ")").orElse("") + ".";
        }
        String rival = majority.map(m -> name(m.runnerUp()) + " (" + votes(deciding.votes(m.runnerUp())) + ")").orElse("");
        // As the papers say it: SV's second stage is "a second round"; the contingent vote's, "a second count".
        int rounds = result.electedInRound();
        String went = rounds == 2
                ? "The vote went to a second " + (Wording.roundWord(result).equals("count") ? "count" : "round")
                : "The count went to " + rounds + " rounds";
        return went + ", with " + name(winner) + " (" + votes(deciding.votes(winner)) + ")"
                + (rival.isEmpty() ? " elected" : " beating " + rival) + by + ".";
    }

    /**
     * A count of several rounds: who led on first preferences, that no one had more than half, and what the
     * transfers gave the finalists.
     */
    private Optional<String> firstPreferences() {
        if (result.electedInRound() < 2) {
            return Optional.empty();
        }
        Round first = result.firstRound();
        List<Integer> order = Figures.byVotes(first.continuing(), first::votes);
        int leader = order.get(0);
        int next = order.get(1);
        boolean level = first.votes(leader) == first.votes(next);
        StringBuilder text = new StringBuilder("On first preferences ");
        if (level) {
            text.append(name(leader)).append(" and ").append(name(next)).append(" were level with ")
                    .append(Figures.votesOf(first.votes(leader))).append(" each (").append(percent(first, leader)).append(')');
        } else {
            text.append(name(leader)).append(" led with ").append(Figures.votesOf(first.votes(leader))).append(" (")
                    .append(percent(first, leader)).append("), ahead of ").append(name(next)).append(" with ")
                    .append(votes(first.votes(next))).append(" (").append(percent(first, next)).append(')');
        }
        text.append(". No candidate had more than half of the ").append(votes(first.continuingVotes()))
                .append(" valid first-preference votes");
        boolean contingent = result.system() instanceof ContingentVote;
        if (Figures.isSv(result) || contingent) {
            Round second = result.rounds().get(1);
            List<Integer> finalists = Figures.byVotes(second.continuing(), second::votes);
            int out = candidates.size() - finalists.size();
            text.append(", so the ").append(out == 1 ? "other candidate was" : "other " + count(out) + " candidates were")
                    .append(" eliminated and the ").append(contingent ? "later" : "second")
                    .append(" preferences on their ").append(votes(second.papersPassedOn())).append(" papers counted: ");
            List<String> gains = new ArrayList<>();
            for (int finalist : finalists) {
                gains.add(votes(second.received(finalist)) + " for " + name(finalist));
            }
            String neither = finalists.size() == 2 ? "neither finalist" : "none of the finalists";
            text.append(sentence(gains)).append(". Of those papers, ").append(votes(second.exhaustedHere()))
                    .append(second.exhaustedHere() == 1 ? " was" : " were").append(" not transferable: ")
                    .append(contingent ? "they named " + neither + " at a preference counted."
                            : "they named " + neither + ", or no second preference.");
            return Optional.of(text.toString());
        }
        text.append(", so the candidates with the fewest were eliminated and their papers passed on");
        int winner = result.elected();
        if (winner != leader && first.votes(winner) < first.votes(leader)) {
            text.append("; ").append(name(winner)).append(", ").append(place(first, winner))
                    .append(" on first preferences, overtook ").append(name(leader)).append(overtaking(winner, leader));
        }
        return Optional.of(text.append('.').toString());
    }

    /**
     * Where the winner went ahead of the first-preference leader for good, and on whose papers: " at round 4, on
     * the transfers of Bashir Bhatti". Empty if the leader was out before the winner passed them.
     */
    private String overtaking(int winner, int leader) {
        List<Round> rounds = result.rounds();
        int ahead = -1;
        for (int r = rounds.size() - 1; r >= 1; r--) {
            Round round = rounds.get(r);
            if (!round.isContinuing(leader) || round.votes(winner) <= round.votes(leader)) {
                break;
            }
            ahead = r;
        }
        if (ahead < 1) {
            return "";
        }
        List<Integer> from = rounds.get(ahead - 1).eliminated();
        return " at " + Wording.round(result, ahead + 1) + (from.isEmpty() ? ""
                : ", on the transfers of " + Wording.names(candidates, from));
    }

    /** The third-placed candidate, then everyone else with their votes: no one is left out of the story. */
    private Optional<String> others() {
        Round first = result.firstRound();
        List<Integer> order = Figures.byVotes(first.continuing(), first::votes);
        List<Integer> named = new ArrayList<>();
        declaration.majority().ifPresent(m -> named.add(m.runnerUp()));
        named.add(result.elected());
        if (result.electedInRound() > 1) {
            named.add(order.get(0));
            named.add(order.get(1));
        }
        List<Integer> rest = order.stream().filter(c -> !named.contains(c)).toList();
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        int third = rest.get(0);
        StringBuilder text = new StringBuilder(nameAndSide(third)).append(" came ")
                .append(place(first, third))
                .append(result.rounds().size() > 1 ? " on first preferences" : "").append(" with ").append(Figures.votesOf(first.votes(third)))
                .append(" (").append(percent(first, third)).append(')');
        List<String> after = new ArrayList<>();
        for (int candidate : rest.subList(1, rest.size())) {
            after.add(nameAndSide(candidate) + " " + votes(first.votes(candidate)));
        }
        if (!after.isEmpty()) {
            text.append("; then ").append(sentence(after));
        }
        return Optional.of(text.append('.').toString());
    }

    /** The biggest rise and fall in share since the previous contest, and the swing. */
    private Optional<String> sinceLastTime() {
        if (declaration.previous().isEmpty()) {
            return Optional.empty();
        }
        PreviousContest previous = declaration.previous().get();
        Map<Integer, BigDecimal> changes = declaration.changes();
        List<String> sentences = new ArrayList<>();
        Optional<Map.Entry<Integer, BigDecimal>> rise = changes.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                .max(Map.Entry.<Integer, BigDecimal>comparingByValue().thenComparing(Map.Entry::getKey,
                        Comparator.reverseOrder()));
        Optional<Map.Entry<Integer, BigDecimal>> fall = changes.entrySet().stream().filter(e -> e.getValue().signum() < 0)
                .min(Map.Entry.<Integer, BigDecimal>comparingByValue().thenComparing(Map.Entry::getKey));
        String when = previous.contest().date().map(date -> " on " + Figures.LONG_DATE.format(date)).orElse("");
        String since = previous.contest().title().equalsIgnoreCase(declaration.contest().title())
                ? "Since the last election" + when : "Since the election for " + previous.contest().title() + when;
        List<String> moves = new ArrayList<>();
        rise.ifPresent(e -> moves.add(shareOf(e.getKey()) + " of the first-preference vote rose by "
                + e.getValue().toPlainString() + " points"));
        fall.ifPresent(e -> moves.add(shareOf(e.getKey()) + (moves.isEmpty() ? " of the first-preference vote" : "")
                + " fell by " + e.getValue().negate().toPlainString() + (moves.isEmpty() ? " points" : "")));
        if (!moves.isEmpty()) {
            sentences.add(since + ", " + String.join(" and ", moves) + ".");
        }
        declaration.swing().ifPresent(swing -> {
            String between = previous.swingBetween().isPresent()
                    ? "Between " + Wording.side(declaration.contest(), swing.from()) + " and "
                            + Wording.side(declaration.contest(), swing.to())
                    : "Between the two best-placed parties that stood last time too";
            sentences.add(between + (swing.points().signum() == 0 ? ", there was no swing."
                    : ", the swing was " + Wording.swing(declaration, swing) + "."));
        });
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }

    /** Turnout, the papers counted and the electorate, and the rejected papers, as far as they are known. */
    private Optional<String> papers() {
        List<String> sentences = new ArrayList<>();
        Optional<Long> papers = declaration.ballotPapers();
        declaration.turnout().ifPresent(turnout -> sentences.add("Turnout was " + turnout.toPlainString() + "%"
                + (declaration.isTurnoutComputed()
                        ? ": " + votes(papers.orElseThrow()) + (papers.orElseThrow() == 1 ? " ballot paper was" : " ballot papers were")
                                + " counted of an electorate of "
                                + votes(declaration.contest().electorate().getAsLong())
                        : "")
                + "."));
        if (sentences.isEmpty() && papers.isPresent()) {
            sentences.add("In all, " + votes(papers.get()) + (papers.get() == 1 ? " ballot paper was" : " ballot papers were")
                    + " counted.");
        }
        declaration.rejected().filter(rejected -> rejected.total() > 0).ifPresent(rejected -> sentences.add(
                papers.isPresent() ? "Of these, " + votes(rejected.total()) + (rejected.total() == 1 ? " was" : " were")
                        + " rejected." : "In all, " + votes(rejected.total()) + (rejected.total() == 1 ? " ballot paper was"
                        : " ballot papers were") + " rejected."));
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }

    private Optional<String> lots() {
        if (result.lots().isEmpty()) {
            return Optional.empty();
        }
        List<String> drawn = new ArrayList<>();
        result.lots().forEach(lot -> drawn.add(Wording.lot(candidates, lot)));
        return Optional.of((drawn.size() == 1 ? "A lot was drawn: " : "Lots were drawn: ") + String.join(" ", drawn));
    }

    /** The results list, as the seeds print it: the last round, then the first, with shares and changes. */
    private void resultsList() {
        Round first = result.firstRound();
        if (result.rounds().size() > 1) {
            Round last = result.lastRound();
            heading(Figures.isSv(result) ? "Second round" : result.system() instanceof ContingentVote ? "Second count"
                    : "Final round (round " + last.number() + ")");
            for (int candidate : Figures.byVotes(last.continuing(), last::votes)) {
                entry(label(candidate) + " " + votes(last.votes(candidate)));
            }
            heading(Figures.isSv(result) ? "First round" : result.system() instanceof ContingentVote ? "First count"
                    : "First round");
        } else {
            heading("Result");
        }
        for (int candidate : Figures.byVotes(Figures.all(candidates.size()), first::votes)) {
            StringBuilder figures = new StringBuilder();
            first.share(candidate).percent().ifPresent(share -> figures.append(share.toPlainString()).append('%'));
            declaration.change(candidate).ifPresent(change -> figures.append(", ").append(Figures.signed(change)).append('%'));
            entry(label(candidate) + " " + votes(first.votes(candidate)) + (figures.length() == 0 ? "" : " (" + figures + ")"));
        }
    }

    /** "Labour's John Biggs", "Independent candidate Rabina Khan", "John Smith". */
    private String introduce(int candidate) {
        Candidate c = candidates.get(candidate);
        if (c.party().isEmpty()) {
            return c.name();
        }
        if (c.isIndependent()) {
            return "Independent candidate " + c.name();
        }
        // "Labour's John Biggs"; a description that will not take a possessive ("Liberal Democrats", "The
        // Conservative Party Candidate") follows the name instead.
        return possessive(c.party()) ? c.party() + "'s " + c.name() : c.name() + " (" + c.party() + ")";
    }

    private static boolean possessive(String party) {
        return !party.endsWith("s") && !party.startsWith("The ") && party.split(" ").length <= 3;
    }

    /** Whose share: "the Labour share", "the Conservative share", "Rabina Khan's share". */
    private String shareOf(int candidate) {
        Candidate c = candidates.get(candidate);
        if (c.isIndependent() || !declaration.contest().standsAlone(candidate)) {
            // An independent's own share; or, where a party stands several, the candidate's, whose comparison it is.
            return c.name() + (c.name().endsWith("s") ? "'" : "'s") + " share";
        }
        return possessive(c.party()) ? "the " + c.party() + " share" : "the share of " + c.party();
    }

    private String name(int candidate) {
        return candidates.get(candidate).name();
    }

    private String nameAndSide(int candidate) {
        Candidate c = candidates.get(candidate);
        return c.party().isEmpty() ? c.name() : c.name() + " (" + c.party() + ")";
    }

    /** As in the seeds' lists: "John Biggs (Lab)". */
    private String label(int candidate) {
        Candidate c = candidates.get(candidate);
        return c.label().isEmpty() ? c.name() : c.name() + " (" + c.label() + ")";
    }

    /** A candidate's place on first preferences: "third", or "joint third" when level with another. */
    private static String place(Round first, int candidate) {
        int above = 0;
        int level = 0;
        for (int other : first.continuing()) {
            if (first.votes(other) > first.votes(candidate)) {
                above++;
            } else if (other != candidate && first.votes(other) == first.votes(candidate)) {
                level++;
            }
        }
        return (level > 0 ? "joint " : "") + ordinal(above + 1);
    }

    /** Items as a sentence lists them: "a", "a and b", "a, b and c". */
    private static String sentence(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String percent(Round round, int candidate) {
        return round.share(candidate).percent().map(p -> p.toPlainString() + "%").orElse("no share");
    }


    private static final List<String> COUNTS = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    private static String count(int n) {
        return n < COUNTS.size() ? COUNTS.get(n) : votes(n);
    }

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth");

    private static String ordinal(int place) {
        if (place <= ORDINALS.size()) {
            return ORDINALS.get(place - 1);
        }
        String suffix = place % 100 >= 11 && place % 100 <= 13 ? "th"
                : switch (place % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return place + suffix;
    }

    private void paragraph(String text) {
        out.append(text).append("\n\n");
    }

    private void heading(String text) {
        out.append(text).append("\n\n");
    }

    private void entry(String text) {
        out.append(text).append("\n\n");
    }
}
