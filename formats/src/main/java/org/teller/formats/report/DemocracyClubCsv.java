package org.teller.formats.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teller.core.Candidate;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.contest.Declaration;
import org.teller.core.count.Result;
import org.teller.core.count.Round;

/**
 * The result in the shape of Democracy Club's candidates export with its results columns
 * (candidates.democracyclub.org.uk, {@code field_group=results}): one row per candidate, the columns in
 * its order, booleans as {@code t} and {@code f}, a figure not known left empty.
 *
 * <p>Democracy Club holds one figure per candidate. Teller writes first preferences there, the figure
 * every system has for every candidate, ranks the candidates by them, and says so in
 * {@code results_source} with the stage that elected and the winner's votes there, so that a reader of a
 * second-stage win is never left to take first preferences for the final count. What Teller does not know
 * (Democracy Club's own person and party ids, whether the election is current) is left empty.
 *
 * <p>The ballot paper id follows Democracy Club's election identifiers, made from the title where it
 * names the office: {@code Mayor of Tower Hamlets} on 11 June 2015 is {@code mayor.tower-hamlets.2015-06-11},
 * {@code Police and Crime Commissioner for Kent} is {@code pcc.kent.…}. Another title gives no id.
 */
final class DemocracyClubCsv {

    static final List<String> HEADER = List.of("person_id", "person_name", "election_id", "ballot_paper_id",
            "election_date", "election_current", "party_name", "party_id", "post_label", "cancelled_poll",
            "seats_contested", "votes_cast", "elected", "tied_vote_winner", "rank", "turnout_reported", "spoilt_ballots",
            "total_electorate", "turnout_percentage", "results_source");

    private static final Pattern MAYOR = Pattern.compile("Mayor of (?:the )?(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PCC = Pattern.compile("Police(?:,| and) (?:Fire and )?Crime Commissioner (?:for|of) (?:the )?(.+)",
            Pattern.CASE_INSENSITIVE);

    private DemocracyClubCsv() {}

    static void write(Declaration declaration, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        try {
            write(declaration, csv);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private static void write(Declaration declaration, CsvWriter csv) {
        Result result = declaration.result();
        List<Candidate> candidates = result.candidates();
        Round first = result.firstRound();
        String ballot = ballotPaperId(declaration).orElse("");
        String date = declaration.contest().date().map(Object::toString).orElse("");
        String papers = declaration.ballotPapers().map(String::valueOf).orElse("");
        String spoilt = declaration.rejected().map(RejectedPapers::total).map(String::valueOf).orElse("");
        String electorate = declaration.contest().electorate().isPresent()
                ? Long.toString(declaration.contest().electorate().getAsLong()) : "";
        String turnout = declaration.turnout().map(BigDecimal::toPlainString).orElse("");
        String source = source(declaration);
        boolean byLot = result.hasElection() && result.how().byLot();
        csv.writeRecord(HEADER);
        List<Integer> order = Figures.byVotes(Figures.all(candidates.size()), first::votes);
        for (int place = 0; place < order.size(); place++) {
            int candidate = order.get(place);
            Candidate c = candidates.get(candidate);
            boolean elected = result.hasElection() && result.elected() == candidate;
            csv.writeRecord("", CsvDeclaration.cell(c.name()), ballot, ballot, date, "", CsvDeclaration.cell(c.party()), "",
                    CsvDeclaration.cell(declaration.contest().title()), "f", "1", Long.toString(first.votes(candidate)),
                    result.hasElection() ? (elected ? "t" : "f") : "", elected && byLot ? "t" : "f",
                    Integer.toString(place + 1), papers, spoilt, electorate, turnout, CsvDeclaration.cell(source));
        }
    }

    /** What {@code results_source} says: who counted, what {@code votes_cast} holds, and the stage that elected. */
    private static String source(Declaration declaration) {
        Result result = declaration.result();
        StringBuilder text = new StringBuilder("Teller count (").append(result.system().title())
                .append(declaration.statutorySystem().map(statutory -> ", a what if: the law names " + Wording.system(statutory))
                        .orElse(""))
                .append("); votes_cast: first preferences");
        if (result.rounds().size() > 1) {
            text.append(" (").append(Wording.round(result, 1)).append(" of ").append(result.rounds().size()).append(')');
        }
        if (result.hasElection() && result.electedInRound() > 1) {
            Round deciding = result.rounds().get(result.electedInRound() - 1);
            text.append("; ").append(result.electedCandidate().name()).append(" elected at ")
                    .append(Wording.round(result, result.electedInRound())).append(" with ")
                    .append(deciding.votes(result.elected()));
            declaration.majority().ifPresent(majority -> text.append(" to ")
                    .append(result.candidates().get(majority.runnerUp()).name()).append("'s ")
                    .append(deciding.votes(majority.runnerUp())));
        }
        if (declaration.turnout().isPresent() && !declaration.isTurnoutComputed()) {
            text.append("; turnout_percentage as stated, not computed");
        }
        return text.toString();
    }

    /** Democracy Club's id of the ballot, where the title names a mayor or a police and crime commissioner. */
    static Optional<String> ballotPaperId(Declaration declaration) {
        if (declaration.contest().date().isEmpty()) {
            return Optional.empty();
        }
        String title = declaration.contest().title().strip();
        Matcher mayor = MAYOR.matcher(title);
        Matcher pcc = PCC.matcher(title);
        String type;
        String organisation;
        if (mayor.matches()) {
            type = "mayor";
            organisation = mayor.group(1);
        } else if (pcc.matches()) {
            type = "pcc";
            organisation = pcc.group(1);
        } else {
            return Optional.empty();
        }
        // Only a plain place name: "Tower Hamlets by-election" or "Kent (re-run)" would make up an id.
        if (!organisation.matches("[\\p{L} .,'&-]+") || organisation.toLowerCase(Locale.ROOT).matches(".*\\b(by-election|election|re-run)\\b.*")) {
            return Optional.empty();
        }
        String slug = slug(organisation);
        return slug.isEmpty() ? Optional.empty() : Optional.of(type + "." + slug + "." + declaration.contest().date().get());
    }

    /** As Democracy Club's slugs: lower case ASCII letters and digits, runs of anything else one hyphen. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
