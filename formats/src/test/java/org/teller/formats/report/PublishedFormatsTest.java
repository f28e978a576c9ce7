package org.teller.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.RuleSet;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.HowElected;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.SharedData;
import org.teller.formats.contest.ContestCounter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Democracy Club's results CSV and RCVis's JSON, from the examples. */
class PublishedFormatsTest {

    private static Declaration count(String example) {
        return ContestCounter.count(SharedData.root().resolve("examples").resolve(example), example,
                contest -> new SeededLotDrawer(0).answeringAsks());
    }

    @Test
    void democracyClubsColumnsInTheirOrderOneRowPerCandidate() {
        String csv = ReportFormat.DEMOCRACY_CLUB.render(count("tower-hamlets-2015"));
        List<String> lines = csv.lines().toList();
        // The header of Democracy Club's export with field_group=results, column for column.
        assertThat(lines.get(0)).isEqualTo("person_id,person_name,election_id,ballot_paper_id,election_date,"
                + "election_current,party_name,party_id,post_label,cancelled_poll,seats_contested,votes_cast,elected,"
                + "tied_vote_winner,rank,turnout_reported,spoilt_ballots,total_electorate,turnout_percentage,results_source");
        assertThat(lines).hasSize(11);
        assertThat(lines.get(1)).startsWith(",John Biggs,mayor.tower-hamlets.2015-06-11,mayor.tower-hamlets.2015-06-11,"
                + "2015-06-11,,Labour,,Mayor of Tower Hamlets,f,1,27255,t,f,1,,,,37.73,");
        // Which stage's figure votes_cast is, and the second stage that elected.
        assertThat(lines.get(1)).contains("votes_cast: first preferences (the first stage of 2); John Biggs elected at"
                + " the second stage with 32754 to Rabina Khan's 26384; turnout_percentage as stated, not computed");
        assertThat(lines.get(2)).startsWith(",Rabina Khan,mayor.tower-hamlets.2015-06-11,mayor.tower-hamlets.2015-06-11,"
                + "2015-06-11,,Independent,,Mayor of Tower Hamlets,f,1,25763,f,f,2,");
        String y2010 = ReportFormat.DEMOCRACY_CLUB.render(count("tower-hamlets-2010"));
        assertThat(y2010.lines().skip(1).findFirst().orElseThrow())
                .startsWith(",Lutfur Rahman,mayor.tower-hamlets.2010-10-21,mayor.tower-hamlets.2010-10-21,2010-10-21,,"
                        + "Independent,,Mayor of Tower Hamlets,f,1,23283,t,f,1,46719,1734,182482,25.60,");
    }

    @Test
    void ballotPaperIdsFollowDemocracyClubsIdentifiers() {
        assertThat(DemocracyClubCsv.ballotPaperId(declaration("Mayor of London", LocalDate.of(2016, 5, 5))))
                .contains("mayor.london.2016-05-05");
        assertThat(DemocracyClubCsv.ballotPaperId(declaration("Police and Crime Commissioner for Kent", LocalDate.of(2012, 11, 15))))
                .contains("pcc.kent.2012-11-15");
        assertThat(DemocracyClubCsv.ballotPaperId(declaration("Mayor of Brighton & Hove", LocalDate.of(2026, 5, 7))))
                .contains("mayor.brighton-and-hove.2026-05-07");
        assertThat(DemocracyClubCsv.ballotPaperId(declaration("Lakeside Mayor", LocalDate.of(2025, 11, 4)))).isEmpty();
    }

    private static Declaration declaration(String title, LocalDate date) {
        List<Candidate> candidates = List.of(Candidate.of("A", "P"), Candidate.of("B", "Q"));
        Round round = new Round(1, List.of(3L, 2L), List.of(0, 1), List.of(), 0, Optional.empty(), List.of());
        Result result = new Result(FirstPastThePost.INSTANCE, candidates, List.of(round), 0, HowElected.MOST_VOTES, List.of());
        Contest contest = new Contest(title, date, FirstPastThePost.INSTANCE, RuleSet.COUNCIL_MAYOR, candidates,
                OptionalLong.empty());
        return new Declaration(contest, result, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), Optional.empty());
    }

    /** The examples RCVis can draw: all but count returns of a second stage. */
    static List<String> drawable() {
        return List.of("exampleton-av", "exampleton-av-ties", "exampleton-ballots", "exampleton-contingent",
                "exampleton-fptp", "exampleton-tally", "tower-hamlets-2010");
    }

    /**
     * What RCVis's reader needs: every name in round 1's tally, candidates eliminated gone from later tallies,
     * transfers only to names of round 1 or "exhausted", and each tally the last plus what it received.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("drawable")
    void rcvisDrawsEveryFlowAndTheTalliesAddUp(String example) {
        Declaration declaration = count(example);
        JsonNode json = JsonMapper.builder().build().readTree(ReportFormat.RCVIS.render(declaration));
        assertThat(json.path("config").path("contest").asString()).isEqualTo(declaration.contest().title());
        JsonNode results = json.path("results");
        assertThat(results.size()).isEqualTo(declaration.result().rounds().size());
        Set<String> names = new HashSet<>();
        results.get(0).path("tally").propertyNames().forEach(names::add);
        assertThat(names).hasSize(declaration.contest().candidates().size());
        Set<String> out = new HashSet<>();
        Map<String, Long> previous = null;
        Map<String, Long> received = new HashMap<>();
        for (JsonNode round : results) {
            Map<String, Long> tally = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = round.path("tally").properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                assertThat(out).doesNotContain(entry.getKey());
                tally.put(entry.getKey(), Long.parseLong(entry.getValue().asString()));
            }
            if (previous != null) {
                for (Map.Entry<String, Long> entry : tally.entrySet()) {
                    assertThat(entry.getValue()).as(entry.getKey() + " at round " + round.path("round").asInt())
                            .isEqualTo(previous.get(entry.getKey()) + received.getOrDefault(entry.getKey(), 0L));
                }
            }
            received.clear();
            for (JsonNode action : round.path("tallyResults")) {
                if (action.has("eliminated")) {
                    String eliminated = action.path("eliminated").asString();
                    out.add(eliminated);
                    long passedOn = 0;
                    for (Iterator<Map.Entry<String, JsonNode>> it = action.path("transfers").properties().iterator(); it.hasNext();) {
                        Map.Entry<String, JsonNode> to = it.next();
                        assertThat(names.contains(to.getKey()) || to.getKey().equals("exhausted")).as(to.getKey()).isTrue();
                        long papers = Long.parseLong(to.getValue().asString());
                        passedOn += papers;
                        received.merge(to.getKey(), papers, Long::sum);
                    }
                    // Every paper of the eliminated candidate goes somewhere: to a candidate, or exhausted.
                    assertThat(passedOn).as(eliminated + "'s papers").isEqualTo(tally.get(eliminated));
                }
            }
            previous = tally;
        }
        // The person elected, at the last round of a count that went on to the end.
        JsonNode last = results.get(results.size() - 1).path("tallyResults");
        assertThat(last.toString()).contains("\"elected\":\"" + declaration.result().electedCandidate().name() + "\"");
    }

    @Test
    void rcvisRefusesTransfersKnownOnlyTogetherBeforeWritingAnything() {
        StringBuilder written = new StringBuilder();
        assertThatThrownBy(() -> ReportFormat.RCVIS.write(count("tower-hamlets-2015"), new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                written.append(buffer, offset, length);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("needs the papers passed on by each eliminated"
                + " candidate, but the count of Mayor of Tower Hamlets gives those of the 8 candidates eliminated at the first"
                + " stage only together");
        assertThat(written).isEmpty();
        assertThat(ReportFormat.RCVIS.canWrite(count("tower-hamlets-2015"))).isFalse();
        assertThat(ReportFormat.RCVIS.canWrite(count("exampleton-ballots"))).isTrue();
    }
}
