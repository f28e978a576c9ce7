package org.teller.formats.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.contest.Declaration;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.tally.Transfer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The result as RCVis draws it: RCTab's summary JSON ({@code jsonFormatVersion} "1"), for every system.
 * Each round gives the tally of the candidates still in the count, and the candidates elected and
 * eliminated once it was counted, each elimination with the papers it passed on to each candidate and
 * to {@code exhausted}. Keys are in Java's string order and votes are strings, as RCTab writes them;
 * the person is elected at the round that elected them, with no transfers.
 *
 * <p>SV's second stage passes on the papers of every candidate eliminated at once: RCVis draws each
 * one's, so a count that knows them only together (count returns, which state the second preferences
 * added to each finalist, not from whom) is refused rather than drawn with flows it does not have.
 */
final class RcvisJson {


    private final Declaration declaration;
    private final Result result;
    private final List<Candidate> candidates;
    private final JsonGenerator json;

    private RcvisJson(Declaration declaration, JsonGenerator json) {
        this.declaration = declaration;
        this.result = declaration.result();
        this.candidates = result.candidates();
        this.json = json;
    }

    static void write(Declaration declaration, Writer out) throws IOException {
        check(declaration);
        try (JsonGenerator json = JsonDeclaration.FACTORY.createGenerator(JsonDeclaration.prettyContext(), out)) {
            new RcvisJson(declaration, json).write();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.write('\n');
    }

    /** Why the declaration cannot be drawn, if it cannot. */
    static java.util.Optional<InvalidInputException> refusal(Declaration declaration) {
        try {
            check(declaration);
            return java.util.Optional.empty();
        } catch (InvalidInputException refused) {
            return java.util.Optional.of(refused);
        }
    }

    /** Refuses, before a byte is written, a count whose transfers are not known by eliminated candidate. */
    private static void check(Declaration declaration) {
        Result result = declaration.result();
        for (Candidate candidate : result.candidates()) {
            if (candidate.name().equalsIgnoreCase("exhausted") || candidate.name().equalsIgnoreCase("residual surplus")) {
                throw new InvalidInputException("--format", 0, "rcvis", "cannot name a candidate '" + candidate.name()
                        + "': RCVis reads that name as papers leaving the count");
            }
        }
        for (int r = 1; r < result.rounds().size(); r++) {
            Round before = result.rounds().get(r - 1);
            for (Transfer transfer : result.rounds().get(r).transfers()) {
                if (transfer.from().isEmpty() && before.eliminated().size() > 1) {
                    throw new InvalidInputException("--format", 0, "rcvis", "needs the papers passed on by each"
                            + " eliminated candidate, but the count of " + declaration.contest().title() + " gives those of the "
                            + before.eliminated().size() + " candidates eliminated at " + Wording.round(result, before.number())
                            + " only together (count returns state what each finalist received, not from whom):"
                            + " count its ballot papers, or a tally of first and second preferences, to draw it");
                }
            }
        }
    }

    private void write() {
        json.writeStartObject();
        json.writeObjectPropertyStart("config");
        json.writeStringProperty("contest", declaration.contest().title() + declaration.statutorySystem()
                .map(statutory -> " (what if: " + Wording.system(result.system()) + ")").orElse(""));
        json.writeStringProperty("date", declaration.contest().date().map(Object::toString).orElse(""));
        json.writeStringProperty("generatedBy", "Teller");
        json.writeStringProperty("jurisdiction", "");
        json.writeStringProperty("office", "");
        json.writeEndObject();
        json.writeStringProperty("jsonFormatVersion", "1");
        json.writeArrayPropertyStart("results");
        for (Round round : result.rounds()) {
            round(round);
        }
        json.writeEndArray();
        json.writeObjectPropertyStart("summary");
        if (!(result.system() instanceof org.teller.core.count.FirstPastThePost)) {
            json.writeStringProperty("finalThreshold", Long.toString(result.lastRound().threshold()));
        }
        json.writeNumberProperty("numCandidates", candidates.size());
        json.writeNumberProperty("numWinners", result.hasElection() ? 1 : 0);
        json.writeStringProperty("totalNumBallots", Long.toString(result.valid()));
        json.writeNumberProperty("undervotes", undervotes());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void round(Round round) {
        json.writeStartObject();
        json.writeObjectPropertyStart("inactiveBallots");
        inactive(round, undervotes()).forEach(json::writeStringProperty);
        json.writeEndObject();
        json.writeNumberProperty("round", round.number());
        json.writeObjectPropertyStart("tally");
        Map<String, String> tally = new TreeMap<>();
        for (int candidate : round.continuing()) {
            tally.put(candidates.get(candidate).name(), Long.toString(round.votes(candidate)));
        }
        tally.forEach(json::writeStringProperty);
        json.writeEndObject();
        json.writeArrayPropertyStart("tallyResults");
        if (result.hasElection() && result.electedInRound() == round.number()) {
            json.writeStartObject();
            json.writeStringProperty("elected", result.electedCandidate().name());
            json.writeObjectPropertyStart("transfers");
            json.writeEndObject();
            json.writeEndObject();
        }
        Optional<Round> next = round.number() < result.rounds().size()
                ? Optional.of(result.rounds().get(round.number())) : Optional.empty();
        for (int eliminated : round.eliminated()) {
            json.writeStartObject();
            json.writeStringProperty("eliminated", candidates.get(eliminated).name());
            json.writeObjectPropertyStart("transfers");
            next.flatMap(after -> transferOf(after, eliminated, round.eliminated().size())).ifPresent(transfer ->
                    transfers(transfer).forEach(json::writeStringProperty));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!(result.system() instanceof org.teller.core.count.FirstPastThePost)) {
            // First past the post elects the most votes: it has no threshold for RCVis to draw.
            json.writeStringProperty("threshold", Long.toString(round.threshold()));
        }
        json.writeEndObject();
    }

    /** The papers a candidate passed on: their own transfer, or the round's only one when they alone were out. */
    private static Optional<Transfer> transferOf(Round after, int candidate, int eliminatedTogether) {
        for (Transfer transfer : after.transfers()) {
            if (transfer.from().isPresent() ? transfer.from().getAsInt() == candidate : eliminatedTogether == 1) {
                return Optional.of(transfer);
            }
        }
        return Optional.empty();
    }

    /** Where a transfer's papers went, by name, and {@code exhausted}; in Java's string order, as RCTab writes. */
    private Map<String, String> transfers(Transfer transfer) {
        Map<String, String> to = new TreeMap<>();
        for (int candidate = 0; candidate < candidates.size(); candidate++) {
            if (transfer.to(candidate) > 0) {
                to.put(candidates.get(candidate).name(), Long.toString(transfer.to(candidate)));
            }
        }
        if (transfer.exhausted() > 0) {
            to.put("exhausted", Long.toString(transfer.exhausted()));
        }
        return to;
    }

    /**
     * RCTab's undervotes: valid papers that rank no one, out of the count from the start (those out at round 1
     * for having no preference marked, or all of them where the reasons are not known).
     */
    private long undervotes() {
        Round first = result.firstRound();
        return first.exhaustedBy().map(by -> by.getOrDefault(RankingEnd.UNMARKED, 0L)).orElse(first.exhausted());
    }

    /**
     * RCTab's inactive ballots so far, undervotes aside: overvotes, repeated and skipped rankings by name, every
     * other reason a ranking ends (no further preference, all ranked out, uncertain, not stated) as exhausted
     * choices.
     */
    private static Map<String, String> inactive(Round round, long undervotes) {
        long overvotes = 0;
        long repeated = 0;
        long skipped = 0;
        if (round.exhaustedBy().isPresent()) {
            Map<RankingEnd, Long> by = round.exhaustedBy().get();
            overvotes = by.getOrDefault(RankingEnd.VOTING_FOR_TOO_MANY, 0L);
            repeated = by.getOrDefault(RankingEnd.REPEATED_CANDIDATE, 0L);
            skipped = by.getOrDefault(RankingEnd.SKIPPED_RANKS, 0L);
        }
        Map<String, String> inactive = new TreeMap<>();
        inactive.put("exhaustedChoices", Long.toString(round.exhausted() - undervotes - overvotes - repeated - skipped));
        inactive.put("overvotes", Long.toString(overvotes));
        inactive.put("repeatedRankings", Long.toString(repeated));
        inactive.put("skippedRankings", Long.toString(skipped));
        return inactive;
    }
}
