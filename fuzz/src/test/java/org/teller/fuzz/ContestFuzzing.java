package org.teller.fuzz;

import java.nio.file.Path;
import java.util.List;
import org.teller.core.Candidate;

/**
 * The contest-level fuzz targets share this: a contest folder built from choices (a contest file that
 * means what it was written to mean, and a votes file of one kind) or written out literally, then read
 * and counted, and held to the independent count.
 */
final class ContestFuzzing {

    private ContestFuzzing() {}

    /**
     * @param kind ballots, tally or returns: the votes a built case has
     * @param contestFaults whether built contest files may carry faults (the contest file target) or not
     */
    static void check(byte[] input, String kind, boolean contestFaults) {
        try (Workspace workspace = new Workspace()) {
            ContestYaml intended = build(input, kind, contestFaults, workspace);
            ContestCheck.Expectation expectation = ContestCheck.expect(workspace.dir, intended);
            if (expectation != null) {
                ContestCheck.count(workspace.dir, expectation);
            }
        }
    }

    /** Writes the case's files; returns the contest file's meaning when it was built from choices. */
    static ContestYaml build(byte[] input, String kind, boolean contestFaults, Workspace workspace) {
        if (Literal.is(input)) {
            Literal.parse(input).materialise(workspace);
            return null;
        }
        Choices c = new Choices(input, 0);
        List<Candidate> candidates = Gen.candidates(c);
        String name = switch (kind) {
            case "ballots" -> c.oneIn(8) ? "ballots.csv.gz" : "ballots.csv";
            case "tally" -> "tally.csv";
            default -> "returns.csv";
        };
        byte[] votes = switch (kind) {
            case "ballots" -> BallotPapersFuzzTest.ballots(c, candidates);
            case "tally" -> VotesFiles.tally(c, candidates);
            default -> VotesFiles.returns(c, candidates);
        };
        String shownVotes = ContestCheck.SHOWN + "/" + name;
        Oracle.Read read = ContestCheck.read(switch (kind) {
            case "ballots" -> org.teller.formats.contest.VotesSource.Kind.BALLOTS;
            case "tally" -> org.teller.formats.contest.VotesSource.Kind.TALLY;
            default -> org.teller.formats.contest.VotesSource.Kind.RETURNS;
        }, votes, shownVotes, candidates, false);
        if (name.endsWith(".gz")) {
            votes = Literal.gzip(votes, c.oneIn(8) ? new byte[] {'x'} : new byte[0], c.oneIn(8) ? 1 + c.below(8) : 0);
        }
        workspace.write(name, votes);
        ContestYaml yaml = ContestYaml.build(c, candidates, kind, name, VotesFiles.valid(read, candidates.size()),
                ContestCheck.SHOWN_CONTEST, contestFaults);
        workspace.write(ContestYaml.FILE, yaml.bytes());
        return yaml;
    }

    static Path dir(Workspace workspace) {
        return workspace.dir;
    }
}
