package org.teller.server.count;

import org.teller.formats.internal.Sha256;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.contest.RuleSet;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.core.tally.CountReturns;
import org.teller.formats.contest.Declarations;
import org.teller.formats.contest.StatedFigures;
import org.teller.formats.report.ReportFormat;
import org.teller.formats.votes.CountedVotes;

/**
 * A contest's declaration from its areas' accepted returns, made by the same code as {@code teller count}
 * ({@link Declarations}, the formats' declaration of votes held in memory) and written as {@code teller
 * count --format json} writes it. Its one input is the returns themselves, named {@code returns} with the
 * SHA-256 of their canonical text, so that the same returns always give the same bytes.
 */
public final class FinalDeclaration {

    /** One area's accepted figures: first preferences by candidate in ballot order, and the later ones added (empty: none). */
    public record AreaReturns(String area, List<Long> first, List<Optional<Long>> added) {}

    private FinalDeclaration() {}

    /**
     * @param rejected the rejected papers of all areas, by head key
     * @param canonical the returns' canonical text, whose SHA-256 the declaration lists
     * @throws InvalidInputException where the returns do not fit the count (named "the returns")
     */
    /** A final declaration as {@code teller count} writes it: JSON, and the printable text. */
    public record Rendered(String json, String text, Declaration declaration) {}

    public static Rendered json(String title, Optional<LocalDate> pollingDay, String system, String rules, List<Candidate> candidates,
            OptionalLong electorate, List<AreaReturns> areas, Map<String, Long> rejected, long lotSeed, String canonical,
            Optional<String> previous) {
        List<String> names = candidates.stream().map(Candidate::name).toList();
        VotingSystem counted = switch (system) {
            case SupplementaryVote.KEY -> SupplementaryVote.INSTANCE;
            case ContingentVote.KEY -> new ContingentVote(2);
            case FirstPastThePost.KEY -> FirstPastThePost.INSTANCE;
            default -> throw new IllegalArgumentException("no declaration from returns for " + system);
        };
        Contest contest = contest(title, pollingDay, counted, rules, candidates, electorate);
        Map<String, CountReturns> byArea = new LinkedHashMap<>();
        CountReturns total = null;
        for (AreaReturns area : areas) {
            CountReturns returns = CountReturns.of(area.first(), area.added());
            byArea.put(area.area(), returns);
            total = total == null ? returns : total.plus(returns);
        }
        CountedVotes votes = CountedVotes.ofReturns("the returns", byArea, total, mismatch -> new InvalidInputException(
                "the returns", 0, names.get(mismatch.candidate()), mismatch.remains()
                        ? "goes forward to the second stage but the returns give no second-stage figure for this candidate"
                        : mismatch.noSecondStage() ? "has a second-stage figure, but the count has no second stage"
                        : "has a second-stage figure but did not go forward to the second stage"));
        Map<RejectionHead, Long> heads = new EnumMap<>(RejectionHead.class);
        rejected.forEach((key, count) -> heads.put(RejectionHead.ofKey(key), count));
        StatedFigures stated = new StatedFigures(OptionalLong.empty(), Optional.of(new RejectedPapers(heads, 0)), Optional.empty(),
                Map.of());
        Declaration declaration = since(Declarations.count(contest, stated, votes, new SeededLotDrawer(lotSeed),
                List.of(new InputFile("returns", sha256(canonical)))), previous);
        return new Rendered(ReportFormat.JSON.render(declaration), ReportFormat.TEXT.render(declaration), declaration);
    }

    /**
     * The declaration with each candidate's change in first-preference share since the previous contest, as
     * {@code teller count} gives it from a contest file's {@code previous} ({@code ShareChanges}: a party's
     * candidate against the party's share, an independent against the same person); the previous contest's
     * stated figures are listed among the inputs, by their SHA-256.
     *
     * @param previous canonical JSON: title, pollingDay, system, candidates (name, party, votes), or empty
     */
    static Declaration since(Declaration now, Optional<String> previous) {
        if (previous.isEmpty()) {
            return now;
        }
        tools.jackson.databind.JsonNode before = tools.jackson.databind.json.JsonMapper.builder().build().readTree(previous.get());
        List<Candidate> candidates = new java.util.ArrayList<>();
        List<Long> votes = new java.util.ArrayList<>();
        for (tools.jackson.databind.JsonNode candidate : before.path("candidates")) {
            candidates.add(Candidate.of(candidate.path("name").asString(), candidate.path("party").asString("")));
            votes.add(candidate.path("votes").asLong());
        }
        VotingSystem system = org.teller.formats.contest.VotingSystems.named(before.path("system").asString(), candidates.size())
                .orElseThrow();
        Contest contest = new Contest(before.path("title").asString(), Optional.of(LocalDate.parse(before.path("pollingDay").asString())),
                system, RuleSet.defaultFor(system), candidates, OptionalLong.empty());
        List<Integer> standing = java.util.stream.IntStream.range(0, candidates.size()).boxed().toList();
        org.teller.core.count.Round first = new org.teller.core.count.Round(1, votes, standing, List.of(), 0, Optional.empty(), List.of());
        org.teller.core.contest.PreviousContest earlier = org.teller.core.contest.ShareChanges.previous(now.contest(), contest,
                first, org.teller.core.contest.PreviousContest.electedByFirstPreferences(contest, first), Map.of());
        List<InputFile> inputs = new java.util.ArrayList<>(now.inputs());
        inputs.add(new InputFile("previous", sha256(previous.get())));
        return new Declaration(now.contest(), now.result(), now.rejected(), now.unusedSecondPreferences(), Optional.of(earlier),
                now.areas(), inputs, now.statedTurnout(), now.statutorySystem());
    }

    /** One area's ballot papers: its file's name and SHA-256, and its tally ({@link BallotPaperFile}). */
    public record AreaPapers(String area, String fileName, String sha256, org.teller.core.tally.RankingTally tally) {}

    /**
     * A contest's declaration counted from its areas' ballot papers, as {@code teller count} counts a file of
     * them with an {@code area} column: every round, from the papers' rankings. Its inputs are each area's file
     * ({@code "North: papers.csv"}) with its SHA-256.
     */
    public static Rendered fromPapers(String title, Optional<LocalDate> pollingDay, String system, String rules,
            List<Candidate> candidates, OptionalLong electorate, List<AreaPapers> areas, long lotSeed, Optional<String> previous) {
        List<String> names = candidates.stream().map(Candidate::name).toList();
        VotingSystem counted = org.teller.formats.contest.VotingSystems.named(system, names.size()).orElseThrow();
        Contest contest = contest(title, pollingDay, counted, rules, candidates, electorate);
        Map<String, org.teller.core.tally.RankingTally> byArea = new LinkedHashMap<>();
        List<InputFile> inputs = new java.util.ArrayList<>();
        for (AreaPapers area : areas) {
            byArea.put(area.area(), area.tally());
            inputs.add(new InputFile(area.area() + ": " + area.fileName(), area.sha256()));
        }
        CountedVotes votes = CountedVotes.ofTallies("the ballot papers", byArea, names.size(), true);
        StatedFigures stated = new StatedFigures(OptionalLong.empty(), Optional.empty(), Optional.empty(), Map.of());
        Declaration declaration = since(Declarations.count(contest, stated, votes, new SeededLotDrawer(lotSeed), inputs), previous);
        return new Rendered(ReportFormat.JSON.render(declaration), ReportFormat.TEXT.render(declaration), declaration);
    }

    /** The contest as the core counts it, under its rules (which the server checked were for its system). */
    private static Contest contest(String title, Optional<LocalDate> pollingDay, VotingSystem counted, String rules,
            List<Candidate> candidates, OptionalLong electorate) {
        RuleSet ruleSet = RuleSet.ofKey(rules).filter(r -> r.isFor(counted))
                .orElseThrow(() -> new IllegalArgumentException("no rules " + rules + " for " + counted.key()));
        return new Contest(title, pollingDay, counted, ruleSet, candidates, electorate);
    }

    private static String sha256(String text) {
        return Sha256.ofText(text);
    }
}
