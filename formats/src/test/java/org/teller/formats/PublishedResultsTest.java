package org.teller.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.contest.Declaration;
import org.teller.core.count.Round;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every real contest in {@code shared/data/published} whose two stages are complete, written as count
 * returns and counted by Teller: it must elect the published winner with the published stage totals.
 */
class PublishedResultsTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    static Stream<Path> completeContests() throws IOException {
        Path published = SharedData.require().resolve("published");
        List<Path> complete = new ArrayList<>();
        try (Stream<Path> files = Files.list(published)) {
            for (Path file : files.sorted().toList()) {
                JsonNode contest = JSON.readTree(file.toFile());
                boolean aggregated = false;
                for (JsonNode candidate : contest.get("candidates")) {
                    aggregated |= candidate.path("aggregate").asBoolean(false) || !candidate.has("first");
                }
                // An aggregated row ("Other candidates (3) combined") is not a candidate that can be counted.
                if (contest.path("complete").asBoolean(false) && !aggregated) {
                    complete.add(file);
                }
            }
        }
        return complete.stream();
    }

    @Test
    void theCompleteContestsAreTheOnesExpected() throws IOException {
        assertThat(completeContests().map(path -> path.getFileName().toString())).containsExactly(
                "hartlepool-mayor-2002.json", "london-mayor-2000.json", "london-mayor-2004.json",
                "london-mayor-2008.json", "london-mayor-2012.json", "london-mayor-2016.json",
                "pcc-northamptonshire-2016.json", "pcc-sussex-2012.json", "tower-hamlets-mayor-2015.json",
                "tower-hamlets-mayor-2022.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completeContests")
    void countedFromReturnsItGivesThePublishedResult(Path file) throws IOException {
        JsonNode published = JSON.readTree(file.toFile());
        Path contest = writeContest(published, "");
        Declaration declaration = ContestCounter.count(contest, "contest", new SeededLotDrawer(0));

        assertThat(declaration.result().electedCandidate().name()).isEqualTo(published.get("winner").asString());
        assertThat(declaration.result().electedInRound()).isEqualTo(2);
        Round stage = declaration.result().rounds().get(1);
        long valid = 0;
        for (JsonNode candidate : published.get("candidates")) {
            valid += candidate.get("first").asLong();
        }
        List<JsonNode> candidates = new ArrayList<>();
        published.get("candidates").forEach(candidates::add);
        int[] checkedFinals = new int[1];
        for (int index = 0; index < candidates.size(); index++) {
            JsonNode candidate = candidates.get(index);
            long first = candidate.get("first").asLong();
            assertThat(declaration.result().firstRound().votes(index)).isEqualTo(first);
            // Share of valid first preferences, worked here independently with BigDecimal.
            BigDecimal share = BigDecimal.valueOf(first * 100).divide(BigDecimal.valueOf(valid), 2, RoundingMode.HALF_UP);
            assertThat(declaration.result().firstRound().share(index).percent()).contains(share);
            if (candidate.has("final")) {
                assertThat(stage.continuing()).contains(index);
                if (candidate.has("second_added")) {
                    // Where the addition is published, the final total is an independent figure to meet; where
                    // only the final total is, the returns were written from it and it proves nothing.
                    assertThat(stage.votes(index)).as(candidate.get("name").asString())
                            .isEqualTo(candidate.get("final").asLong());
                    checkedFinals[0]++;
                }
                JsonNode finalShare = published.path("derived").path("final_shares_pct").path(candidate.get("name").asString());
                if (!finalShare.isMissingNode()) {
                    assertThat(stage.share(index).percent().orElseThrow())
                            .isEqualByComparingTo(new BigDecimal(finalShare.asString()));
                }
            } else {
                assertThat(stage.continuing()).doesNotContain(index);
            }
        }
        assertThat(declaration.result().firstRound().continuingVotes()).isEqualTo(valid);
        if (published.has("valid_first_total_reported") && !published.get("valid_first_total_reported").isNull()) {
            // The declared valid total, published apart from the candidates' figures.
            assertThat(declaration.result().valid()).isEqualTo(published.get("valid_first_total_reported").asLong());
        }
        assertThat(checkedFinals[0] > 0 || candidates.stream().noneMatch(c -> c.has("second_added")))
                .as("a published addition was checked").isTrue();
        JsonNode nonTransferable = published.path("derived").path("non_transferable_or_exhausted");
        assertThat(stage.exhaustedHere()).isEqualTo(nonTransferable.asLong());
    }

    @Test
    void london2016StatesEveryHeadOfRejection() throws IOException {
        JsonNode published = JSON.readTree(SharedData.require().resolve("published/london-mayor-2016.json").toFile());
        JsonNode heads = published.get("rejected_by_reason");
        String statement = "rules: london-mayor\nrejected:\n"
                + "  want-of-official-mark: " + heads.get("want_of_official_mark").asLong() + "\n"
                + "  identifying-mark: " + heads.get("writing_identifying_voter").asLong() + "\n"
                + "  unmarked: " + heads.get("unmarked").asLong() + "\n"
                + "  uncertain: " + heads.get("uncertain").asLong() + "\n"
                + "  voting-for-too-many: " + heads.get("voting_for_too_many").asLong() + "\n"
                + "ballot-papers: 2646832\n";
        Declaration declaration = ContestCounter.count(writeContest(published, statement), "contest", new SeededLotDrawer(0));
        assertThat(declaration.result().firstRound().continuingVotes()).isEqualTo(published.get("valid_first_total_reported").asLong());
        assertThat(declaration.rejected().orElseThrow().total()).isEqualTo(49871);
        assertThat(declaration.rejected().orElseThrow().isComplete()).isTrue();
        assertThat(declaration.result().electedCandidate().name()).isEqualTo("Sadiq Aman KHAN");
    }

    @Test
    void london2008StatesOneHeadAndTurnoutOnPapersCounted() throws IOException {
        JsonNode published = JSON.readTree(SharedData.require().resolve("published/london-mayor-2008.json").toFile());
        // Only the unmarked papers (13,034) of 41,032 rejected are itemised in the source.
        String statement = "rules: london-mayor\nelectorate: " + published.get("electorate").asLong() + "\n"
                + "ballot-papers: " + published.get("ballots_total").asLong() + "\n"
                + "rejected:\n  unmarked: 13034\n  not-stated: 27998\n";
        Declaration declaration = ContestCounter.count(writeContest(published, statement), "contest", new SeededLotDrawer(0));
        assertThat(declaration.rejected().orElseThrow().total()).isEqualTo(published.get("rejected_total").asLong());
        assertThat(declaration.rejected().orElseThrow().isComplete()).isFalse();
        // politicsresources.net: "45.33% on ballot papers".
        assertThat(declaration.turnout()).contains(new BigDecimal("45.33"));
        assertThat(declaration.result().electedCandidate().name()).isEqualTo("Boris Johnson");
    }

    /** Writes a contest file and count returns for a published contest; {@code extra} adds YAML lines. */
    private Path writeContest(JsonNode published, String extra) throws IOException {
        Path folder = Files.createTempDirectory(work, "contest");
        StringBuilder yaml = new StringBuilder()
                .append("title: ").append(quote(published.get("contest_name").asString())).append('\n')
                .append("date: ").append(published.get("date").asString()).append('\n')
                .append("system: supplementary-vote\n")
                .append(extra)
                .append("returns: returns.csv\ncandidates:\n");
        StringBuilder csv = new StringBuilder("candidate,first,second\n");
        for (JsonNode candidate : published.get("candidates")) {
            String name = candidate.get("name").asString();
            yaml.append("  - name: ").append(quote(name)).append('\n')
                    .append("    party: ").append(quote(candidate.path("party").asString(""))).append('\n');
            String second = "";
            if (candidate.has("second_added")) {
                second = candidate.get("second_added").asString();
            } else if (candidate.has("final")) {
                // Where only the final total is published, what was added is final minus first.
                second = Long.toString(candidate.get("final").asLong() - candidate.get("first").asLong());
            }
            csv.append('"').append(name.replace("\"", "\"\"")).append("\",")
                    .append(candidate.get("first").asLong()).append(',').append(second).append('\n');
        }
        Files.writeString(folder.resolve("contest.yaml"), yaml, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("returns.csv"), csv, StandardCharsets.UTF_8);
        return folder;
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
