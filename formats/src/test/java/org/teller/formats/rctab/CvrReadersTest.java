package org.teller.formats.rctab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test's readers of RCTab's CVR files, on small files written here: what RCTab reads from each. */
class CvrReadersTest {

    @TempDir
    Path work;

    private static CastVote.Ranked at(int rank, String name) {
        return new CastVote.Ranked(rank, name);
    }

    @Test
    void genericCsvCellsAreRanksUnderCandidateColumns() throws IOException {
        Path file = work.resolve("cvr.csv");
        Files.writeString(file, "id,precinct,A,B,Write-In\nr1,p,1,1,2\nr2,p,,,\nr3,, 3 ,,1\n");
        List<CastVote> votes = GenericCsvCvr.read(file, 3, "Write-In");
        assertThat(votes).hasSize(3);
        // Two candidates at rank 1: an overvote. The write-in column is the undeclared write-ins.
        assertThat(votes.get(0).rankings()).containsExactly(at(1, "A"), at(1, "B"), at(2, RctabCase.UNDECLARED_WRITE_INS));
        assertThat(votes.get(1).rankings()).isEmpty();
        assertThat(votes.get(2).rankings()).containsExactly(at(3, "A"), at(1, RctabCase.UNDECLARED_WRITE_INS));

        Files.writeString(file, "id,A,B\nr1,1,first\n");
        assertThatThrownBy(() -> GenericCsvCvr.read(file, 2, "")).hasMessageContaining("expected a rank number");
    }

    @Test
    void cdfJsonRanksBySelectionOrPosition() throws IOException {
        Path file = work.resolve("cvr.json");
        Files.writeString(file, """
                {"Election": [{"@id": "e", "Candidate": [{"@id": "ca", "Name": "A"}, {"@id": "cb", "Name": "B"}],
                  "Contest": [{"@id": "k", "Name": "Mayor", "ContestSelection": [
                    {"@id": "sa", "CandidateIds": ["ca"]}, {"@id": "sb", "CandidateIds": ["cb"]},
                    {"@id": "sw", "CandidateIds": ["nobody"], "IsWriteIn": "true"}]}]}],
                 "CVR": [
                  {"CurrentSnapshotId": "s2", "CVRSnapshot": [
                    {"@id": "s1", "CVRContest": [{"ContestId": "k", "CVRContestSelection": [
                      {"ContestSelectionId": "sb", "Rank": 1}]}]},
                    {"@id": "s2", "CVRContest": [{"ContestId": "k", "CVRContestSelection": [
                      {"ContestSelectionId": "sa", "Rank": 2},
                      {"ContestSelectionId": "sb", "SelectionPosition": [
                        {"HasIndication": "yes", "IsAllocable": "unknown", "Rank": 1},
                        {"HasIndication": "no", "IsAllocable": "unknown", "Rank": 3},
                        {"HasIndication": "yes", "IsAllocable": "unknown", "Rank": 4}]},
                      {"ContestSelectionId": "sw", "SelectionPosition": [{"IsAllocable": "yes", "Rank": 5}]}]}]}]}]}
                """);
        List<CastVote> votes = CdfCvr.read(file, "Mayor", "");
        // The current snapshot only; B at two ranks is a repeated candidate; the position marked "no" is not read.
        assertThat(votes).singleElement().extracting(CastVote::rankings).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly(
                at(2, "A"), at(1, "B"), at(4, "B"), at(5, RctabCase.UNDECLARED_WRITE_INS));
        assertThatThrownBy(() -> CdfCvr.read(file, "Council", "")).hasMessageContaining("no contest named Council");
    }

    @Test
    void cdfXmlIgnoresNamespacesAndRecordsWithoutTheContest() throws IOException {
        Path file = work.resolve("cvr.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <cdf:CastVoteRecordReport xmlns:cdf="NIST_V0_cast_vote_records.xsd">
                  <cdf:CVR><cdf:CurrentSnapshotId>a</cdf:CurrentSnapshotId>
                    <cdf:CVRSnapshot ObjectId="a"><cdf:CVRContest><cdf:ContestId>other</cdf:ContestId></cdf:CVRContest></cdf:CVRSnapshot>
                  </cdf:CVR>
                  <cdf:CVR><cdf:CurrentSnapshotId>b</cdf:CurrentSnapshotId>
                    <cdf:CVRSnapshot ObjectId="b"><cdf:CVRContest><cdf:ContestId>k</cdf:ContestId>
                      <cdf:CVRContestSelection><cdf:ContestSelectionId>sa</cdf:ContestSelectionId>
                        <cdf:SelectionPosition><cdf:HasIndication>yes</cdf:HasIndication><cdf:IsAllocable>unknown</cdf:IsAllocable><cdf:Rank>2</cdf:Rank></cdf:SelectionPosition>
                      </cdf:CVRContestSelection>
                      <cdf:CVRContestSelection><cdf:ContestSelectionId>sb</cdf:ContestSelectionId>
                        <cdf:SelectionPosition><cdf:CVRWriteIn><cdf:Text>Someone</cdf:Text></cdf:CVRWriteIn>
                          <cdf:IsAllocable>unknown</cdf:IsAllocable><cdf:Rank>1</cdf:Rank></cdf:SelectionPosition>
                      </cdf:CVRContestSelection>
                      <cdf:CVRContestSelection><cdf:Status>needs-adjudication</cdf:Status>
                        <cdf:SelectionPosition><cdf:IsAllocable>unknown</cdf:IsAllocable><cdf:Rank>3</cdf:Rank></cdf:SelectionPosition>
                      </cdf:CVRContestSelection>
                    </cdf:CVRContest></cdf:CVRSnapshot>
                  </cdf:CVR>
                  <cdf:CVR><cdf:CurrentSnapshotId>c</cdf:CurrentSnapshotId>
                    <cdf:CVRSnapshot ObjectId="c"><cdf:CVRContest><cdf:ContestId>k</cdf:ContestId></cdf:CVRContest></cdf:CVRSnapshot>
                  </cdf:CVR>
                  <cdf:Election ObjectId="e">
                    <cdf:Candidate ObjectId="ca"><cdf:Name>A</cdf:Name></cdf:Candidate>
                    <cdf:Candidate ObjectId="cb"><cdf:Name>B</cdf:Name></cdf:Candidate>
                    <cdf:Contest ObjectId="k"><cdf:Name>Mayor</cdf:Name>
                      <cdf:ContestSelection ObjectId="sa"><cdf:CandidateIds>ca</cdf:CandidateIds></cdf:ContestSelection>
                      <cdf:ContestSelection ObjectId="sb"><cdf:CandidateIds>cb</cdf:CandidateIds></cdf:ContestSelection>
                    </cdf:Contest>
                  </cdf:Election>
                </cdf:CastVoteRecordReport>
                """);
        List<CastVote> votes = CdfCvr.read(file, "Mayor", "");
        // The first record lacks the contest: not a ballot. The last holds it with no selection: a ballot ranking no one.
        assertThat(votes).hasSize(2);
        assertThat(votes.get(0).rankings()).containsExactly(at(2, "A"), at(1, RctabCase.UNDECLARED_WRITE_INS));
        assertThat(votes.get(1).rankings()).isEmpty();
    }
}
