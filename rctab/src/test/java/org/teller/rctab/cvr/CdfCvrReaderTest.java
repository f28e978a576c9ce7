package org.teller.rctab.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teller.core.InvalidInputException;

/**
 * CDF JSON reports laid out in the ways a file may be: the election after the records (found from the
 * file's end), before them, with the word "Election" as a value after it, and twice (refused).
 */
class CdfCvrReaderTest {

    private static final String RECORDS = "\"CVR\": [{\"CVRSnapshot\": [{\"@id\": \"s1\", \"CVRContest\": [{\"ContestId\": \"c1\","
            + " \"CVRContestSelection\": [{\"ContestSelectionId\": \"cs-a\", \"SelectionPosition\": [{\"HasIndication\": \"yes\","
            + " \"IsAllocable\": \"unknown\", \"Rank\": 1}]}, {\"ContestSelectionId\": \"cs-b\", \"SelectionPosition\":"
            + " [{\"HasIndication\": \"yes\", \"IsAllocable\": \"unknown\", \"Rank\": 2}]}]}]}], \"CurrentSnapshotId\": \"s1\"}]";
    private static final String ELECTION = "\"Election\": [{\"@id\": \"e1\", \"Candidate\": [{\"@id\": \"a\", \"Name\": \"Ann\"},"
            + " {\"@id\": \"b\", \"Name\": \"Bo\"}], \"Contest\": [{\"@id\": \"c1\", \"Name\": \"Mayor\", \"ContestSelection\":"
            + " [{\"@id\": \"cs-a\", \"CandidateIds\": [\"a\"]}, {\"@id\": \"cs-b\", \"CandidateIds\": [\"b\"]}]}]}]";

    @TempDir
    Path folder;

    private List<CastVoteRecord> read(String json) throws IOException {
        Path file = folder.resolve("cvr.json");
        Files.writeString(file, json);
        CvrSource source = new CvrSource(file, CvrProvider.CDF, "Mayor", OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "", "", "", "", false);
        List<CastVoteRecord> records = new ArrayList<>();
        new CdfCvrReader().read(source, records::add);
        return records;
    }

    private static List<CastVoteRecord.Ranking> annThenBo() {
        return List.of(CastVoteRecord.Ranking.of(1, "Ann"), CastVoteRecord.Ranking.of(2, "Bo"));
    }

    @Test
    void theElectionIsFoundWhereverTheReportWritesIt() throws IOException {
        assertThat(read("{" + RECORDS + ", " + ELECTION + ", \"Version\": \"1.0.0\"}").get(0).rankings()).isEqualTo(annThenBo());
        assertThat(read("{" + ELECTION + ", " + RECORDS + "}").get(0).rankings()).isEqualTo(annThenBo());
        // "Election" written as a value after the election is no election.
        assertThat(read("{" + RECORDS + ", " + ELECTION + ", \"GpUnit\": [{\"Name\": \"Election\"}]}\n").get(0).rankings())
                .isEqualTo(annThenBo());
    }

    @Test
    void aReportWithTwoElectionsIsRefused() {
        assertThatThrownBy(() -> read("{" + RECORDS + ", " + ELECTION + ", " + ELECTION + "}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'Election' is a key of the report given twice");
        assertThatThrownBy(() -> read("{" + ELECTION + ", " + RECORDS + ", " + ELECTION + "}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("given twice");
    }
}
