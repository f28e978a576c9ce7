package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.AlternativeVoteRules;
import org.teller.core.ballot.RankingOptions;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;
import org.teller.core.tally.RankingTally;
import org.teller.formats.votes.BallotPapersCsv;
import org.teller.formats.votes.Progress;
import org.teller.formats.internal.scan.BallotPapersScanner;

/**
 * Ballot papers with any number of rank columns, under each system's rules: the fast scanner (on the
 * file and on a gzip stream), the reference reader and the whole read must give the same tallies of
 * rankings area by area, or the same refusal, one line naming the file. (The independent count of
 * {@link BallotPapersFuzzTest} is the Supplementary Vote's; here the two readers are held to each other.)
 *
 * <p>A literal input names its system in a section {@code system}: a key of {@link #SYSTEMS}.
 */
class RankedBallotsFuzzTest {

    static final String NAME = "ballots.csv";

    /** The systems, by a key a literal input may name; the alternative vote reads as many ranks as there are candidates. */
    static final List<String> SYSTEMS = List.of("first-past-the-post", "supplementary-vote", "contingent-vote",
            "alternative-vote", "alternative-vote-rctab", "alternative-vote-keeping-overvotes");

    static VotingSystem system(String key, int candidates) {
        return switch (key) {
            case "first-past-the-post" -> FirstPastThePost.INSTANCE;
            case "supplementary-vote" -> SupplementaryVote.INSTANCE;
            case "contingent-vote" -> new ContingentVote(3);
            case "alternative-vote-rctab" -> new AlternativeVote(new AlternativeVoteRules(new RankingOptions(candidates,
                    RankingOptions.Overvote.SKIP, 1, RankingOptions.Repeated.SKIP,
                    RankingOptions.FirstPreference.LIKE_ANY_RANK)), AlternativeVote.Options.UK);
            case "alternative-vote-keeping-overvotes" -> new AlternativeVote(new AlternativeVoteRules(
                    new RankingOptions(candidates, RankingOptions.Overvote.EXHAUST_IF_SEVERAL_CONTINUING, -1,
                            RankingOptions.Repeated.EXHAUST, RankingOptions.FirstPreference.REJECT_UNLESS_CLEAR)),
                    AlternativeVote.Options.UK);
            default -> AlternativeVote.uk(candidates);
        };
    }

    @FuzzTest(maxDuration = "30s")
    void rankedBallotPapers(byte[] input) {
        Stats.tried("RankedBallotsFuzzTest");
        check(input);
    }

    static void check(byte[] input) {
        List<Candidate> candidates;
        byte[] file;
        String name = NAME;
        String system;
        if (Literal.is(input)) {
            Literal literal = Literal.parse(input);
            candidates = literal.candidates.isEmpty() ? Gen.CANDIDATE_SETS.get(0)
                    : BallotPapersFuzzTest.toCandidates(literal.candidates);
            if (candidates == null) {
                return;
            }
            Literal.Entry entry = literal.file(NAME).or(() -> literal.file(NAME + ".gz")).orElse(null);
            if (entry == null || !entry.kind().equals("file")) {
                return;
            }
            system = literal.file("system").map(s -> new String(s.content(), StandardCharsets.UTF_8).strip())
                    .filter(SYSTEMS::contains).orElse("alternative-vote");
            name = entry.name();
            file = entry.content();
        } else {
            Choices c = new Choices(input, 0);
            candidates = Gen.candidates(c);
            system = c.pick(SYSTEMS);
            boolean gzip = c.oneIn(6);
            file = ballots(c, candidates, system(system, candidates.size()).rules().ranksNeeded());
            if (gzip) {
                name = NAME + ".gz";
                file = Literal.gzip(file, c.oneIn(6) ? new byte[] {'x', '\n'} : new byte[0], c.oneIn(6) ? 1 + c.below(8) : 0);
            }
        }
        try (Workspace workspace = new Workspace()) {
            compare(workspace.write(name, file), name, file, candidates, system(system, candidates.size()));
        }
    }

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh");

    /** A file of ranked papers built from choices: mostly what the README allows, with rare faults. */
    static byte[] ballots(Choices c, List<Candidate> candidates, int needed) {
        int ranks = Math.max(1, c.oneIn(20) ? needed - 1 : needed + c.below(8 - needed));
        boolean ordinals = c.below(2) == 0;
        List<String> rankColumns = new ArrayList<>();
        for (int rank = 1; rank <= ranks; rank++) {
            rankColumns.add(ordinals ? ORDINALS.get(rank - 1) : "rank" + rank);
        }
        if (c.oneIn(30) && ranks > 1) {
            rankColumns.remove(c.below(ranks - 1)); // a gap
        }
        if (c.oneIn(30)) {
            int rank = c.below(rankColumns.size());
            rankColumns.set(rank, ordinals ? "rank" + (rank + 1) : ORDINALS.get(rank)); // the other style
        }
        List<String> columns = Gen.header(c, rankColumns, List.of("area", "id", "flags"));
        Gen.Csv csv = new Gen.Csv(c, true);
        csv.row(columns);
        int rows = c.oneIn(10) ? c.below(3) : 1 + c.below(24);
        int area = 0;
        for (int row = 0; row < rows; row++) {
            if (c.oneIn(6)) {
                area++;
            }
            Map<String, String> values = new HashMap<>();
            boolean going = !c.oneIn(10);
            for (String column : rankColumns) {
                int marks = going || c.oneIn(8) ? (c.oneIn(12) ? 2 : 1) : 0;
                values.put(column, BallotPapersFuzzTest.marks(c, candidates, marks));
                going = going && !c.oneIn(3);
            }
            values.put("area", c.oneIn(60) ? "" : Gen.area(c, area));
            values.put("id", c.oneIn(40) ? "P1" : c.oneIn(20) ? "" : "P" + (row + 1));
            String flags = Gen.flags(c);
            if (c.oneIn(4)) {
                String uncertain = "uncertain-" + c.pick(List.of("third", "rank3", "rank2", "fifth", "rank6", "rank9",
                        "rank0", "eleventh", "rank1000"));
                flags = flags.isEmpty() ? uncertain : flags + "|" + uncertain;
            }
            values.put("flags", flags);
            int copies = c.oneIn(8) ? 1 + c.below(50) : 1; // the scanner caches a row it has seen
            for (int copy = 0; copy < copies; copy++) {
                if (copies > 1) {
                    values.put("id", "");
                }
                csv.row(Gen.fieldsOf(columns, values));
            }
        }
        return csv.bytes();
    }

    static void compare(Path path, String name, byte[] bytes, List<Candidate> candidates, VotingSystem system) {
        boolean gz = name.endsWith(".gz");
        String reference;
        InvalidInputException referenceRefusal = null;
        try {
            reference = dump(BallotPapersCsv.readReference(path, name, candidates, system));
        } catch (InvalidInputException e) {
            reference = null;
            referenceRefusal = e;
            Check.refusal(e, null, List.of(name));
        } catch (RuntimeException | Error e) {
            throw Check.unexpected(e, "the reference reader");
        }

        // The fast path, which may decline but never count otherwise.
        Optional<Map<String, RankingTally>> fast;
        try {
            if (gz) {
                try (InputStream in = org.teller.formats.internal.VotesFiles.open(path, name)) {
                    fast = BallotPapersScanner.scan(in, candidates, system.rules(), b -> {});
                } catch (IOException | InvalidInputException e) {
                    fast = Optional.empty();
                }
            } else {
                fast = BallotPapersScanner.scan(path, candidates, system.rules(), 1 + (bytes.length & 1), b -> {});
            }
        } catch (IOException e) {
            fast = Optional.empty();
        } catch (RuntimeException | Error e) {
            throw Check.unexpected(e, "the fast path");
        }
        if (fast.isPresent()) {
            if (reference == null) {
                throw Check.fail("the fast path counted a file the reference reader refuses: " + referenceRefusal.getMessage());
            }
            if (!dump(fast.get()).equals(reference)) {
                throw Check.fail("the fast path and the reference reader differ under the " + system.title()
                        + ":\nfast:\n" + dump(fast.get()) + "reference:\n" + reference);
            }
        }

        // The whole read gives the reference's answer, whichever path it takes.
        try {
            String whole = dump(BallotPapersCsv.read(path, name, candidates, system, 2, Progress.NONE).areas());
            if (reference == null || !whole.equals(reference)) {
                throw Check.fail("the whole read counted " + whole + " where the reference "
                        + (reference == null ? "refuses: " + referenceRefusal.getMessage() : "counted " + reference));
            }
        } catch (InvalidInputException e) {
            if (referenceRefusal == null || !e.getMessage().equals(referenceRefusal.getMessage())) {
                throw Check.fail("the whole read refused (" + e.getMessage() + ") where the reference "
                        + (referenceRefusal == null ? "counted" : "refused: " + referenceRefusal.getMessage()));
            }
        } catch (RuntimeException | Error e) {
            throw Check.unexpected(e, "BallotPapersCsv.read");
        }
    }

    /** A canonical text of tallies of rankings by area: rejected papers by head, and each distinct ranking. */
    static String dump(Map<String, ?> areas) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, ?> entry : new TreeMap<>(areas).entrySet()) {
            RankingTally tally = (RankingTally) entry.getValue();
            out.append('[').append(entry.getKey()).append("] rejected");
            for (RejectionHead head : RejectionHead.values()) {
                out.append(' ').append(tally.rejected().get(head));
            }
            List<String> lines = new ArrayList<>();
            tally.forEach((ranking, end, papers) -> lines.add(ranking + " " + end.key() + ": " + papers));
            lines.sort(null);
            lines.forEach(line -> out.append("\n ").append(line));
            out.append('\n');
        }
        return out.toString();
    }
}
