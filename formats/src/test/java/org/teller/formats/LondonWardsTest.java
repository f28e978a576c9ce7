package org.teller.formats;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teller.core.Candidate;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.formats.votes.CountedVotes;
import org.teller.formats.votes.ReturnsCsv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2016 Mayor of London count by ward and postal batch: 663 count areas whose returns must add up to
 * the declared first-stage totals and statement of rejected papers.
 */
class LondonWardsTest {

    private static final Map<String, RejectionHead> HEADS = Map.of(
            "first_rej_want_of_official_mark", RejectionHead.WANT_OF_OFFICIAL_MARK,
            "first_rej_writing_identifying_voter", RejectionHead.IDENTIFYING_MARK,
            "first_rej_unmarked", RejectionHead.UNMARKED,
            "first_rej_uncertain", RejectionHead.UNCERTAIN,
            "first_rej_voting_for_too_many", RejectionHead.VOTING_FOR_TOO_MANY);

    @TempDir
    Path work;

    @Test
    void theWardReturnsAddUpToTheDeclaredTotals() throws IOException {
        Path data = SharedData.require();
        JsonNode declared = JsonMapper.builder().build().readTree(data.resolve("published/london-mayor-2016.json").toFile());
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode candidate : declared.get("candidates")) {
            candidates.add(Candidate.of(candidate.get("name").asString(), candidate.get("party").asString()));
        }

        // Each ward's first preferences as a count return with an area, read back through Teller's reader.
        StringBuilder returns = new StringBuilder("area,candidate,first,second\n");
        RejectedPapers rejected = RejectedPapers.none();
        long secondGood = 0;
        long secondUnmarked = 0;
        long secondUncertain = 0;
        long secondTooMany = 0;
        int areas = 0;
        try (CsvReader<NamedCsvRecord> wards = CsvReader.builder().ofNamedCsvRecord(data.resolve("london-mayor-2016-wards/wards.csv"))) {
            for (NamedCsvRecord ward : wards) {
                areas++;
                String area = ward.getField("constituency") + " / " + ward.getField("borough") + " / " + ward.getField("ward");
                long good = 0;
                for (Candidate candidate : candidates) {
                    String first = ward.getField("first:" + candidate.name());
                    good += Long.parseLong(first);
                    returns.append('"').append(area).append("\",\"").append(candidate.name()).append("\",").append(first).append(",\n");
                }
                assertThat(good).as("good votes in %s", area).isEqualTo(Long.parseLong(ward.getField("first_total_good")));
                Map<RejectionHead, Long> byHead = new EnumMap<>(RejectionHead.class);
                HEADS.forEach((column, head) -> byHead.put(head, Long.parseLong(ward.getField(column))));
                rejected = rejected.plus(new RejectedPapers(byHead, 0));
                secondGood += Long.parseLong(ward.getField("second_total_good"));
                secondUnmarked += Long.parseLong(ward.getField("second_unused_unmarked"));
                secondUncertain += Long.parseLong(ward.getField("second_unused_uncertain"));
                secondTooMany += Long.parseLong(ward.getField("second_unused_voting_for_too_many"));
            }
        }
        assertThat(areas).isEqualTo(663);
        Path file = work.resolve("returns.csv");
        Files.writeString(file, returns, StandardCharsets.UTF_8);
        CountedVotes votes = ReturnsCsv.read(file, "returns.csv", candidates);

        assertThat(votes.areas()).hasSize(663);
        int index = 0;
        for (JsonNode candidate : declared.get("candidates")) {
            assertThat(votes.total().first().votes(index++)).as(candidate.get("name").asString())
                    .isEqualTo(candidate.get("first").asLong());
        }
        assertThat(votes.total().valid()).isEqualTo(declared.get("valid_first_total_reported").asLong());

        JsonNode heads = declared.get("rejected_by_reason");
        assertThat(rejected.get(RejectionHead.WANT_OF_OFFICIAL_MARK)).isEqualTo(heads.get("want_of_official_mark").asLong());
        assertThat(rejected.get(RejectionHead.IDENTIFYING_MARK)).isEqualTo(heads.get("writing_identifying_voter").asLong());
        assertThat(rejected.get(RejectionHead.UNMARKED)).isEqualTo(heads.get("unmarked").asLong());
        assertThat(rejected.get(RejectionHead.UNCERTAIN)).isEqualTo(heads.get("uncertain").asLong());
        assertThat(rejected.get(RejectionHead.VOTING_FOR_TOO_MANY)).isEqualTo(heads.get("voting_for_too_many").asLong());
        assertThat(rejected.isComplete()).isTrue();

        JsonNode seconds = declared.get("second_pref_statement");
        assertThat(secondGood).isEqualTo(seconds.get("good_second_preference_votes_all_candidates").asLong());
        assertThat(secondUnmarked).isEqualTo(seconds.get("second_unused_unmarked").asLong());
        assertThat(secondUncertain).isEqualTo(seconds.get("second_rejected_uncertain").asLong());
        assertThat(secondTooMany).isEqualTo(seconds.get("second_rejected_voting_for_too_many").asLong());
    }
}
