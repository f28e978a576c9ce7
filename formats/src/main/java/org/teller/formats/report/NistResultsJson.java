package org.teller.formats.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.AreaFigures;
import org.teller.core.contest.Declaration;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The result as NIST SP 1500-100 v2 election results (JSON, the common data format US election systems
 * exchange), valid against NIST's schema. One election, one candidate contest: each candidate's votes at
 * each round ({@code VoteCounts} with {@code Round}, the schema's way of giving ranked counts; first past
 * the post has one count and no round), the person elected as {@code winner}, each count area as a
 * reporting unit with its own counts, the ballot papers counted and rejected, the electorate.
 *
 * <p>What the schema has no field for, Teller says with its own {@code OtherType}s: the system where it
 * is not one of NIST's ({@code supplementary-vote}, {@code contingent-vote}), and the papers exhausted at
 * each round ({@code BallotCounts} of {@code OtherType} {@code exhausted}). The report is dated the day of
 * the poll, so that the same count always gives the same bytes.
 */
final class NistResultsJson {

    private static final String PREFIX = "ElectionResults.";
    private static final String CONTEST_UNIT = "gpu-contest";

    private final Declaration declaration;
    private final Result result;
    private final List<Candidate> candidates;
    private final JsonGenerator json;
    /** Each party description once, in ballot order, with its id. */
    private final Map<String, String> parties = new LinkedHashMap<>();

    private NistResultsJson(Declaration declaration, JsonGenerator json) {
        this.declaration = declaration;
        this.result = declaration.result();
        this.candidates = result.candidates();
        this.json = json;
        for (Candidate candidate : candidates) {
            if (!candidate.party().isEmpty()) {
                parties.putIfAbsent(candidate.party(), "par-" + (parties.size() + 1));
            }
        }
    }

    /** Why the declaration cannot be written so, if it cannot: NIST's results require the day of the poll. */
    static java.util.Optional<InvalidInputException> refusal(Declaration declaration) {
        return declaration.contest().date().isPresent() ? java.util.Optional.empty()
                : java.util.Optional.of(new InvalidInputException("--format", 0, "nist", "needs the day of the poll, which"
                        + " NIST's election results require and " + declaration.contest().title() + " does not give"));
    }

    static void write(Declaration declaration, Writer out) throws IOException {
        java.util.Optional<InvalidInputException> refused = refusal(declaration);
        if (refused.isPresent()) {
            throw refused.get();
        }
        try (JsonGenerator json = JsonDeclaration.FACTORY.createGenerator(JsonDeclaration.prettyContext(), out)) {
            new NistResultsJson(declaration, json).write();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.write('\n');
    }

    private void write() {
        LocalDate date = declaration.contest().date().orElseThrow();
        json.writeStartObject();
        type("ElectionReport");
        json.writeArrayPropertyStart("Election");
        election(date);
        json.writeEndArray();
        json.writeStringProperty("Format", declaration.areas().isEmpty() ? "summary-contest" : "precinct-level");
        json.writeStringProperty("GeneratedDate", date + "T00:00:00Z");
        json.writeArrayPropertyStart("GpUnit");
        units();
        json.writeEndArray();
        json.writeStringProperty("Issuer", "Teller");
        json.writeStringProperty("IssuerAbbreviation", "Teller");
        Wording.whatIf(declaration).ifPresent(note -> json.writeStringProperty("Notes", note));
        json.writeArrayPropertyStart("Party");
        parties.forEach((party, id) -> {
            json.writeStartObject();
            json.writeStringProperty("@id", id);
            type("Party");
            text("Name", party);
            json.writeEndObject();
        });
        json.writeEndArray();
        json.writeNumberProperty("SequenceEnd", 1);
        json.writeNumberProperty("SequenceStart", 1);
        // Teller counts; the returning officer's declaration is what certifies.
        json.writeStringProperty("Status", "unofficial-complete");
        json.writeStringProperty("VendorApplicationId", "Teller");
        json.writeEndObject();
    }

    private void election(LocalDate date) {
        json.writeStartObject();
        type("Election");
        json.writeArrayPropertyStart("BallotCounts");
        ballotCounts(CONTEST_UNIT, declaration.ballotPapers(), declaration.rejected().map(r -> r.total()), result.rounds());
        for (int area = 0; area < declaration.areas().size(); area++) {
            AreaFigures figures = declaration.areas().get(area);
            ballotCounts(areaId(area), Optional.empty(), figures.rejected().map(r -> r.total()), figures.rounds());
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("Candidate");
        for (int candidate = 0; candidate < candidates.size(); candidate++) {
            Candidate c = candidates.get(candidate);
            json.writeStartObject();
            json.writeStringProperty("@id", candidateId(candidate));
            type("Candidate");
            text("BallotName", c.name());
            if (!c.party().isEmpty()) {
                json.writeStringProperty("PartyId", parties.get(c.party()));
            }
            if (result.hasElection()) {
                json.writeStringProperty("PostElectionStatus", result.elected() == candidate ? "winner" : "defeated");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("Contest");
        contest();
        json.writeEndArray();
        json.writeStringProperty("ElectionScopeId", CONTEST_UNIT);
        json.writeStringProperty("EndDate", date.toString());
        text("Name", declaration.contest().title());
        json.writeStringProperty("StartDate", date.toString());
        json.writeStringProperty("Type", "general");
        json.writeEndObject();
    }

    /** Papers counted and rejected, where known, and the papers exhausted at each round of a count of several. */
    private void ballotCounts(String unit, Optional<Long> papers, Optional<Long> rejected, List<Round> rounds) {
        if (papers.isPresent() || rejected.isPresent()) {
            json.writeStartObject();
            type("BallotCounts");
            papers.ifPresent(cast -> json.writeNumberProperty("BallotsCast", cast));
            rejected.ifPresent(count -> json.writeNumberProperty("BallotsRejected", count));
            json.writeStringProperty("GpUnitId", unit);
            json.writeStringProperty("Type", "total");
            json.writeEndObject();
        }
        if (rounds.size() > 1) {
            for (Round round : rounds) {
                json.writeStartObject();
                type("BallotCounts");
                json.writeNumberProperty("BallotsCast", round.exhausted());
                json.writeStringProperty("GpUnitId", unit);
                json.writeStringProperty("OtherType", "exhausted");
                json.writeNumberProperty("Round", round.number());
                json.writeStringProperty("Type", "other");
                json.writeEndObject();
            }
        }
    }

    private void contest() {
        json.writeStartObject();
        json.writeStringProperty("@id", "con-1");
        type("CandidateContest");
        json.writeArrayPropertyStart("ContestSelection");
        for (int candidate = 0; candidate < candidates.size(); candidate++) {
            json.writeStartObject();
            json.writeStringProperty("@id", "sel-" + (candidate + 1));
            type("CandidateSelection");
            json.writeArrayPropertyStart("CandidateIds");
            json.writeString(candidateId(candidate));
            json.writeEndArray();
            json.writeArrayPropertyStart("VoteCounts");
            voteCounts(CONTEST_UNIT, result.rounds(), candidate);
            for (int area = 0; area < declaration.areas().size(); area++) {
                voteCounts(areaId(area), declaration.areas().get(area).rounds(), candidate);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringProperty("ElectionDistrictId", CONTEST_UNIT);
        json.writeStringProperty("Name", declaration.contest().title());
        json.writeNumberProperty("NumberElected", 1);
        variation();
        json.writeNumberProperty("VotesAllowed", 1);
        json.writeEndObject();
    }

    /** A candidate's votes in a unit at each round they were in the count; one count, with no round, for one round. */
    private void voteCounts(String unit, List<Round> rounds, int candidate) {
        for (Round round : rounds) {
            if (!round.isContinuing(candidate)) {
                continue;
            }
            json.writeStartObject();
            type("VoteCounts");
            json.writeNumberProperty("Count", round.votes(candidate));
            json.writeStringProperty("GpUnitId", unit);
            if (result.rounds().size() > 1) {
                json.writeNumberProperty("Round", round.number());
            }
            json.writeStringProperty("Type", "total");
            json.writeEndObject();
        }
    }

    /** NIST's vote variation, or "other" and Teller's name for a system NIST does not list. */
    private void variation() {
        if (result.system() instanceof FirstPastThePost) {
            json.writeStringProperty("VoteVariation", "plurality");
        } else if (result.system() instanceof AlternativeVote) {
            json.writeStringProperty("VoteVariation", "rcv");
        } else {
            // Teller's key: supplementary-vote, contingent-vote.
            json.writeStringProperty("OtherVoteVariation", result.system().key());
            json.writeStringProperty("VoteVariation", "other");
        }
    }

    /** The contest's area and, where there are count areas, each of them, composing it. */
    private void units() {
        json.writeStartObject();
        json.writeStringProperty("@id", CONTEST_UNIT);
        type("ReportingUnit");
        if (!declaration.areas().isEmpty()) {
            json.writeArrayPropertyStart("ComposingGpUnitIds");
            for (int area = 0; area < declaration.areas().size(); area++) {
                json.writeString(areaId(area));
            }
            json.writeEndArray();
        }
        text("Name", declaration.contest().title());
        json.writeStringProperty("OtherType", "electoral-area");
        json.writeStringProperty("Type", "other");
        declaration.ballotPapers().ifPresent(papers -> json.writeNumberProperty("VotersParticipated", papers));
        if (declaration.contest().electorate().isPresent()) {
            json.writeNumberProperty("VotersRegistered", declaration.contest().electorate().getAsLong());
        }
        json.writeEndObject();
        List<AreaFigures> areas = new ArrayList<>(declaration.areas());
        for (int area = 0; area < areas.size(); area++) {
            json.writeStartObject();
            json.writeStringProperty("@id", areaId(area));
            type("ReportingUnit");
            text("Name", areas.get(area).area());
            json.writeStringProperty("OtherType", "count-area");
            json.writeStringProperty("Type", "other");
            json.writeEndObject();
        }
    }

    private static String candidateId(int candidate) {
        return "can-" + (candidate + 1);
    }

    private static String areaId(int area) {
        return "gpu-area-" + (area + 1);
    }

    private void type(String type) {
        json.writeStringProperty("@type", PREFIX + type);
    }

    /** NIST's internationalised text, in English. */
    private void text(String name, String content) {
        json.writeObjectPropertyStart(name);
        type("InternationalizedText");
        json.writeArrayPropertyStart("Text");
        json.writeStartObject();
        type("LanguageString");
        json.writeStringProperty("Content", content);
        json.writeStringProperty("Language", "en");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }
}
