package org.teller.rctab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * NIST SP 1500-103 cast vote records ({@code provider: cdf}), JSON or XML, read as RCTab 2.0.1 reads them.
 *
 * <p>The contest is the one whose {@code Name} is the source's {@code contestId}; each record's votes in
 * it are those of its current snapshot ({@code CurrentSnapshotId}). Each selection names a contest
 * selection, which names a candidate (its first {@code CandidateIds}), whose {@code Name} is the string
 * ranked; a write-in selection ({@code IsWriteIn} "true", or a position holding {@code CVRWriteIn}) is
 * RCTab's {@value TestCount#UNDECLARED_WRITE_INS}. A selection with a {@code Rank} is one ranking;
 * otherwise each of its positions is, at the position's {@code Rank}, unless it has {@code HasIndication}
 * or {@code IsAllocable} "no". Two selections at one rank are an overvote; one selection at two ranks is
 * a repeated candidate; a rank no selection uses is skipped.
 *
 * <p>Where the two encodings differ in RCTab: in XML ids are {@code ObjectId} attributes, a record whose
 * current snapshot lacks the contest is not a ballot at all, and a selection whose {@code Status} is
 * "needs-adjudication" is passed over; in JSON ids are {@code @id} and every record must hold the contest.
 *
 * <p>Test code, copied from formats' tests ({@code org.teller.formats.rctab}) to count RCTab's cases here.
 */
final class TestCdf {

    private TestCdf() {}

    static List<TestCastVote> read(Path file, String contestName, String overvoteLabel) {
        if (!overvoteLabel.isBlank()) {
            throw new IllegalStateException("a CDF overvote label is not converted (no case here uses one)");
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".xml")) {
            return xml(file, contestName);
        }
        if (name.endsWith(".json")) {
            return json(file, contestName);
        }
        throw new IllegalStateException(file + ": RCTab reads CDF files ending .xml or .json");
    }

    // JSON

    private static List<TestCastVote> json(Path file, String contestName) {
        JsonNode report = JsonMapper.builder().build().readTree(file.toFile());
        Map<String, JsonNode> candidates = new HashMap<>();
        JsonNode contest = null;
        for (JsonNode election : report.path("Election")) {
            for (JsonNode candidate : election.path("Candidate")) {
                unique(candidates, candidate.path("@id").asString(), candidate, file);
            }
            for (JsonNode each : election.path("Contest")) {
                if (each.path("Name").asString().equals(contestName)) {
                    contest = each;
                    break;
                }
            }
        }
        if (contest == null) {
            throw new IllegalStateException(file + ": no contest named " + contestName);
        }
        String contestId = contest.path("@id").asString();
        Map<String, JsonNode> selections = new HashMap<>();
        for (JsonNode selection : contest.path("ContestSelection")) {
            unique(selections, selection.path("@id").asString(), selection, file);
        }
        List<TestCastVote> votes = new ArrayList<>();
        int index = 0;
        for (JsonNode cvr : report.path("CVR")) {
            String id = file.getFileName() + "(" + ++index + ")";
            JsonNode snapshot = null;
            for (JsonNode each : cvr.path("CVRSnapshot")) {
                if (each.path("@id").asString().equals(cvr.path("CurrentSnapshotId").asString())) {
                    snapshot = each;
                    break;
                }
            }
            JsonNode cvrContest = null;
            if (snapshot != null) {
                for (JsonNode each : snapshot.path("CVRContest")) {
                    if (each.path("ContestId").asString().equals(contestId)) {
                        cvrContest = each;
                        break;
                    }
                }
            }
            if (cvrContest == null) {
                throw new IllegalStateException(id + ": the record does not hold contest " + contestName
                        + " (RCTab refuses such a JSON file)");
            }
            List<TestCastVote.Ranked> rankings = new ArrayList<>();
            for (JsonNode selected : cvrContest.path("CVRContestSelection")) {
                String selectionId = selected.path("ContestSelectionId").asString();
                JsonNode selection = selections.get(selectionId);
                if (selection == null) {
                    throw new IllegalStateException(id + ": no contest selection " + selectionId);
                }
                String ranked = candidateName(string(selection.path("IsWriteIn")),
                        selection.path("CandidateIds").path(0).asString(null), candidates, id,
                        candidate -> candidate.path("Name").asString());
                if (selected.has("Rank")) {
                    rankings.add(new TestCastVote.Ranked(selected.get("Rank").asInt(), ranked));
                    continue;
                }
                for (JsonNode position : selected.path("SelectionPosition")) {
                    if (position.has("CVRWriteIn")) {
                        ranked = TestCount.UNDECLARED_WRITE_INS;
                    }
                    if (string(position.path("HasIndication")).equals("no") || string(position.path("IsAllocable")).equals("no")) {
                        continue;
                    }
                    if (!position.has("Rank")) {
                        throw new IllegalStateException(id + ": a selection position without a rank");
                    }
                    rankings.add(new TestCastVote.Ranked(position.get("Rank").asInt(), ranked));
                }
            }
            votes.add(new TestCastVote(id, "", "", rankings));
        }
        return votes;
    }

    // XML

    private static List<TestCastVote> xml(Path file, String contestName) {
        TestXml report = TestXml.read(file);
        Map<String, TestXml> candidates = new HashMap<>();
        TestXml contest = null;
        for (TestXml election : report.all("Election")) {
            for (TestXml candidate : election.all("Candidate")) {
                unique(candidates, candidate.attribute("ObjectId").orElse(""), candidate, file);
            }
            for (TestXml each : election.all("Contest")) {
                if (each.textOf("Name").orElse("").equals(contestName)) {
                    contest = each;
                    break;
                }
            }
        }
        if (contest == null) {
            throw new IllegalStateException(file + ": no contest named " + contestName);
        }
        String contestId = contest.attribute("ObjectId").orElse("");
        Map<String, TestXml> selections = new HashMap<>();
        for (TestXml selection : contest.all("ContestSelection")) {
            unique(selections, selection.attribute("ObjectId").orElse(""), selection, file);
        }
        List<TestCastVote> votes = new ArrayList<>();
        int index = 0;
        for (TestXml cvr : report.all("CVR")) {
            String current = cvr.textOf("CurrentSnapshotId").orElse("");
            Optional<TestXml> cvrContest = cvr.all("CVRSnapshot").stream()
                    .filter(snapshot -> snapshot.attribute("ObjectId").orElse("").equals(current)).findFirst()
                    .flatMap(snapshot -> snapshot.all("CVRContest").stream()
                            .filter(each -> each.textOf("ContestId").orElse("").equals(contestId)).findFirst());
            if (cvrContest.isEmpty()) {
                continue; // not a ballot of this contest
            }
            String id = file.getFileName() + "(" + ++index + ")";
            List<TestCastVote.Ranked> rankings = new ArrayList<>();
            for (TestXml selected : cvrContest.get().all("CVRContestSelection")) {
                if (selected.textOf("Status").orElse("").equals("needs-adjudication")) {
                    continue;
                }
                String selectionId = selected.textOf("ContestSelectionId").orElse("");
                TestXml selection = selections.get(selectionId);
                if (selection == null) {
                    throw new IllegalStateException(id + ": no contest selection " + selectionId);
                }
                String ranked = candidateName(selection.textOf("IsWriteIn").orElse(""),
                        selection.textOf("CandidateIds").orElse(null), candidates, id,
                        candidate -> candidate.textOf("Name").orElse(""));
                Optional<String> rank = selected.textOf("Rank");
                if (rank.isPresent()) {
                    rankings.add(new TestCastVote.Ranked(Integer.parseInt(rank.get()), ranked));
                    continue;
                }
                for (TestXml position : selected.all("SelectionPosition")) {
                    if (position.first("CVRWriteIn").isPresent()) {
                        ranked = TestCount.UNDECLARED_WRITE_INS;
                    }
                    String allocable = position.textOf("IsAllocable").orElseThrow(
                            () -> new IllegalStateException(id + ": a selection position without IsAllocable"));
                    if (position.textOf("HasIndication").orElse("").equals("no") || allocable.equals("no")) {
                        continue;
                    }
                    String at = position.textOf("Rank").orElseThrow(
                            () -> new IllegalStateException(id + ": a selection position without a rank"));
                    rankings.add(new TestCastVote.Ranked(Integer.parseInt(at), ranked));
                }
            }
            votes.add(new TestCastVote(id, "", "", rankings));
        }
        return votes;
    }

    /** A JSON string's value; "" for anything else (RCTab compares the parsed value with a string). */
    private static String string(JsonNode node) {
        return node.isString() ? node.asString() : "";
    }

    // Both

    private static <T> String candidateName(String isWriteIn, String candidateId, Map<String, T> candidates, String id,
            java.util.function.Function<T, String> name) {
        if (isWriteIn.equals("true")) {
            return TestCount.UNDECLARED_WRITE_INS;
        }
        if (candidateId == null) {
            throw new IllegalStateException(id + ": a contest selection without a candidate");
        }
        T candidate = candidates.get(candidateId);
        if (candidate == null) {
            throw new IllegalStateException(id + ": no candidate " + candidateId);
        }
        return name.apply(candidate);
    }

    private static <T> void unique(Map<String, T> byId, String id, T value, Path file) {
        if (byId.put(id, value) != null) {
            throw new IllegalStateException(file + ": id " + id + " appears more than once");
        }
    }
}
