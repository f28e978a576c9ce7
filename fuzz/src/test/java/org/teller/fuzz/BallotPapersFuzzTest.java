package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.SupplementaryVoteRules;
import org.teller.core.tally.RankingTally;
import org.teller.formats.votes.BallotPapersCsv;
import org.teller.formats.internal.FieldText;
import org.teller.formats.votes.Progress;
import org.teller.formats.internal.scan.BallotPapersScanner;

/**
 * Ballot papers, both paths: the fast scanner ({@link BallotPapersScanner#scan}, on the file and on a
 * gzip stream), the reference reader ({@link BallotPapersCsv#readReference}) and the whole read that
 * picks between them must agree with each other and with the independent count ({@link Oracle}): the
 * same tallies area by area (first preferences, second preferences or why not counted, rejected papers
 * by head), or the same refusal: one line naming the file and the line.
 */
class BallotPapersFuzzTest {

    static final String NAME = "ballots.csv";

    @FuzzTest(maxDuration = "30s")
    void ballotPapers(byte[] input) {
        Stats.tried("BallotPapersFuzzTest");
        check(input);
    }

    static void check(byte[] input) {
        List<Candidate> candidates;
        byte[] file;
        String name = NAME;
        if (Literal.is(input)) {
            Literal literal = Literal.parse(input);
            candidates = literal.candidates.isEmpty() ? Gen.CANDIDATE_SETS.get(0) : toCandidates(literal.candidates);
            if (candidates == null) {
                return;
            }
            Literal.Entry entry = literal.file(NAME).or(() -> literal.file(NAME + ".gz")).orElse(null);
            if (entry == null || !entry.kind().equals("file")) {
                return;
            }
            name = entry.name();
            file = entry.content();
        } else {
            Choices c = new Choices(input, 0);
            candidates = Gen.candidates(c);
            boolean gzip = c.oneIn(6);
            file = ballots(c, candidates);
            if (gzip) {
                name = NAME + ".gz";
                file = Literal.gzip(file, c.oneIn(6) ? new byte[] {'x', '\n'} : new byte[0], c.oneIn(6) ? 1 + c.below(8) : 0);
            }
        }
        try (Workspace workspace = new Workspace()) {
            compare(workspace.write(name, file), name, file, candidates);
        }
    }

    /**
     * The candidates a fuzzed list names, as a contest file would give them (stripped, in composed
     * form), or null for a list no contest file can have (README, "Strict input"): a name or label with
     * a control or invisible character, '|' or '>', or two names (or a label and another's name) that are
     * the same as names are compared. Ballot papers are only ever counted against a valid contest.
     */
    static List<Candidate> toCandidates(List<String[]> rows) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (String[] row : rows) {
            for (String text : row) {
                if (FieldText.forbidden(text) >= 0 || text.contains("|") || text.contains(">")) {
                    return null;
                }
            }
            String name = FieldText.normal(row[0]);
            if (name.isEmpty() || names.putIfAbsent(FieldText.key(name), candidates.size()) != null) {
                return null;
            }
            candidates.add(new Candidate(name, FieldText.normal(row[1]), FieldText.normal(row[2])));
        }
        for (int i = 0; i < candidates.size(); i++) {
            String label = candidates.get(i).shortLabel();
            Integer named = label.isEmpty() ? null : names.get(FieldText.key(label));
            if (named != null && named != i) {
                return null;
            }
        }
        return candidates.size() >= 2 ? candidates : null;
    }

    /** A ballot-paper file built from choices: mostly papers the README allows, with rare faults. */
    static byte[] ballots(Choices c, List<Candidate> candidates) {
        List<String> columns = Gen.header(c, List.of("first", "second"), List.of("area", "id", "flags"));
        Gen.Csv csv = new Gen.Csv(c, true);
        csv.row(columns);
        int rows = c.oneIn(10) ? c.below(3) : 1 + c.below(24);
        int area = 0;
        for (int row = 0; row < rows; row++) {
            if (c.oneIn(6)) {
                area++;
            }
            Map<String, String> values = new HashMap<>();
            values.put("first", marks(c, candidates, c.oneIn(10) ? 0 : c.oneIn(12) ? 2 : 1));
            values.put("second", marks(c, candidates, c.oneIn(5) ? 0 : c.oneIn(10) ? 2 : 1));
            values.put("area", c.oneIn(60) ? "" : Gen.area(c, area));
            values.put("id", c.oneIn(40) ? "P1" : c.oneIn(20) ? "" : "P" + (row + 1));
            values.put("flags", Gen.flags(c));
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

    static String marks(Choices c, List<Candidate> candidates, int count) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            marks.add(Gen.spelling(c, candidates, c.below(candidates.size())));
        }
        return String.join("|", marks);
    }

    static void compare(Path path, String name, byte[] bytes, List<Candidate> candidates) {
        boolean gz = name.endsWith(".gz");
        // The independent count, strictly and up to look-alikes.
        Oracle.Read strict;
        Oracle.Read loose = null;
        Refusal.Kind[] why = new Refusal.Kind[1];
        byte[] content = gz ? Gzip.strict(bytes, why) : bytes;
        if (content == null) {
            strict = new Oracle.Read(null, null, new Refusal(why[0], name, 0, "not a whole gzip stream"));
        } else {
            strict = Oracle.ballots(content, name, candidates, false);
            if (strict.refused() && strict.refusal().kind() == Refusal.Kind.UNKNOWN_CANDIDATE) {
                loose = Oracle.ballots(content, name, candidates, true);
            }
        }

        // The reference reader.
        String reference;
        InvalidInputException referenceRefusal = null;
        try {
            reference = Check.dump(BallotPapersCsv.readReference(path, name, candidates));
        } catch (InvalidInputException e) {
            reference = null;
            referenceRefusal = e;
        } catch (RuntimeException | Error e) {
            throw Check.unexpected(e, "the reference reader");
        }

        // The fast path, which may decline but never count otherwise.
        Optional<Map<String, RankingTally>> fast;
        try {
            if (gz) {
                // As Teller reads a .gz file: through its strict gzip stream, which refuses what follows the data.
                try (InputStream in = org.teller.formats.internal.VotesFiles.open(path, name)) {
                    fast = BallotPapersScanner.scan(in, candidates, SupplementaryVoteRules.INSTANCE, b -> {});
                } catch (IOException | InvalidInputException e) {
                    fast = Optional.empty();
                }
            } else {
                fast = BallotPapersScanner.scan(path, candidates, SupplementaryVoteRules.INSTANCE, 1 + (bytes.length & 1), b -> {});
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
            if (!Check.dump(fast.get()).equals(reference)) {
                throw Check.fail("the fast path and the reference reader differ:\nfast:\n" + Check.dump(fast.get())
                        + "reference:\n" + reference);
            }
        }

        // The whole read gives the reference's answer, whichever path it takes.
        try {
            String whole = Check.dump(BallotPapersCsv.read(path, name, candidates, 2, Progress.NONE).areas());
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

        // Both against the independent count.
        List<String> files = List.of(name);
        if (strict.refused()) {
            if (reference != null) {
                if (loose != null && !loose.refused() && Check.dumpPapers(loose.papers()).equals(reference)) {
                    return; // a look-alike counted for the candidate it looks like: allowed
                }
                Check.acceptedButRefused(strict.refusal(), "ballot papers");
            } else {
                Check.refusal(referenceRefusal, strict.refusal(), files);
            }
        } else {
            if (reference == null) {
                Check.refusedButValid(referenceRefusal, "ballot papers");
            } else if (!Check.dumpPapers(strict.papers()).equals(reference)) {
                throw Check.fail("silently wrong count: Teller counted\n" + reference + "the independent count\n"
                        + Check.dumpPapers(strict.papers()));
            }
        }
    }
}
