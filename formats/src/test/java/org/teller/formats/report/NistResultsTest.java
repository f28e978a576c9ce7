package org.teller.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.SharedData;
import org.teller.formats.contest.ContestCounter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --format nist} of every example is valid against NIST's published JSON Schema for SP 1500-100 v2
 * (read in place from {@code shared/data/schemas}; skipped where it is absent), and gives the count's figures.
 */
class NistResultsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Schema schema() throws IOException {
        Path file = SharedData.require().resolve("schemas/nist-1500-100/NIST_V2_election_results_reporting.json");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(JSON.readTree(Files.readString(file)));
    }

    private static Declaration count(String example) {
        return ContestCounter.count(SharedData.root().resolve("examples").resolve(example), example,
                contest -> new SeededLotDrawer(0).answeringAsks());
    }

    static Stream<String> examples() throws IOException {
        return NewsStoryTest.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleIsValidAgainstNistsSchema(String example) throws IOException {
        JsonNode report = JSON.readTree(ReportFormat.NIST.render(count(example)));
        List<com.networknt.schema.Error> errors = schema().validate(report);
        assertThat(errors).as(example).isEmpty();
    }

    @Test
    void aReportThatBreaksTheSchemaIsRefusedByTheValidator() throws IOException {
        // The test can fail: a report without its issuer, or with a count as text, is not valid.
        tools.jackson.databind.node.ObjectNode report = (tools.jackson.databind.node.ObjectNode) JSON.readTree(
                ReportFormat.NIST.render(count("tower-hamlets-2015")));
        report.remove("Issuer");
        assertThat(schema().validate(report)).isNotEmpty();
    }

    @Test
    void theSecondStageIsRoundTwoAndTheWinnerIsMarked() {
        JsonNode report = JSON.readTree(ReportFormat.NIST.render(count("tower-hamlets-2015")));
        JsonNode contest = report.path("Election").get(0).path("Contest").get(0);
        assertThat(contest.path("VoteVariation").asString()).isEqualTo("other");
        assertThat(contest.path("OtherVoteVariation").asString()).isEqualTo("supplementary-vote");
        // John Biggs is the second candidate in ballot order: 27,255 at round 1, 32,754 at round 2.
        JsonNode biggs = contest.path("ContestSelection").get(1);
        assertThat(biggs.path("CandidateIds").get(0).asString()).isEqualTo("can-2");
        assertThat(biggs.path("VoteCounts").toString()).contains("\"Count\":27255", "\"Round\":1", "\"Count\":32754",
                "\"Round\":2");
        JsonNode candidate = report.path("Election").get(0).path("Candidate").get(1);
        assertThat(candidate.path("BallotName").path("Text").get(0).path("Content").asString()).isEqualTo("John Biggs");
        assertThat(candidate.path("PostElectionStatus").asString()).isEqualTo("winner");
        // A candidate out after the first stage has no second-stage count.
        assertThat(contest.path("ContestSelection").get(4).path("VoteCounts").size()).isEqualTo(1);
    }

    @Test
    void countAreasAreReportingUnitsWithTheirOwnCounts() {
        JsonNode report = JSON.readTree(ReportFormat.NIST.render(count("exampleton-ballots")));
        assertThat(report.path("Format").asString()).isEqualTo("precinct-level");
        assertThat(report.path("GpUnit").size()).isEqualTo(3);
        assertThat(report.path("GpUnit").get(0).path("ComposingGpUnitIds").toString()).isEqualTo("[\"gpu-area-1\",\"gpu-area-2\"]");
        assertThat(report.path("GpUnit").get(0).path("VotersRegistered").asLong()).isEqualTo(60);
        assertThat(report.path("GpUnit").get(0).path("VotersParticipated").asLong()).isEqualTo(33);
    }
}
