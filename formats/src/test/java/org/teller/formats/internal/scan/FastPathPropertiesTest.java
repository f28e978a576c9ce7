package org.teller.formats.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

/**
 * The fast path and the reference reader agree on every file: seeded random files of ballot papers
 * with the features real files have (quoted fields, CRLF, a byte order mark, blank lines, one to seven
 * rank columns in either style and any order, several marks, gaps, repeated candidates, adjudications
 * and uncertain ranks, areas, ids, names in another case, other white space and normal form, errors of
 * every kind), each counted under one of the systems (first past the post, SV, the contingent vote, the
 * alternative vote under the UK's rules and under RCTab's options), read with tiny blocks and pieces so
 * that rows straddle every boundary. The fast path may decline a file; it may never count one
 * differently, nor count one the reference rejects.
 */
class FastPathPropertiesTest {

    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate("Siân Berry", "Green Party", "Green"),
            new Candidate("Smith, John", "Independent", "Ind"),
            new Candidate("Zac Goldsmith", "Conservative", "C"),
            new Candidate("Sadiq Khan", "Labour", "Lab"),
            new Candidate("Ann O'Neill", "Independent", "Ind"));

    private static final BallotPapersScanner.Tuning[] TUNINGS = {
        BallotPapersScanner.Tuning.DEFAULT,
        new BallotPapersScanner.Tuning(64, 256, 40),
        new BallotPapersScanner.Tuning(300, 1024, 500),
    };

    /** The systems a file is counted under, with RCTab's options for the alternative vote besides the UK's. */
    private static final List<VotingSystem> SYSTEMS = List.of(
            SupplementaryVote.INSTANCE,
            FirstPastThePost.INSTANCE,
            new ContingentVote(3),
            AlternativeVote.uk(5),
            new AlternativeVote(new AlternativeVoteRules(new RankingOptions(4, RankingOptions.Overvote.SKIP, -1,
                    RankingOptions.Repeated.SKIP, RankingOptions.FirstPreference.LIKE_ANY_RANK)), AlternativeVote.Options.UK),
            new AlternativeVote(new AlternativeVoteRules(new RankingOptions(5, RankingOptions.Overvote.EXHAUST, 1,
                    RankingOptions.Repeated.EXHAUST, RankingOptions.FirstPreference.REJECT_UNLESS_CLEAR)), AlternativeVote.Options.UK),
            // Overvotes kept for the count: the fast path declines a file that has one, and counts the rest.
            new AlternativeVote(new AlternativeVoteRules(new RankingOptions(5,
                    RankingOptions.Overvote.EXHAUST_IF_SEVERAL_CONTINUING, 0, RankingOptions.Repeated.EXHAUST,
                    RankingOptions.FirstPreference.LIKE_ANY_RANK)), AlternativeVote.Options.UK));

    private static int fast;
    private static int declined;
    private static int errors;
    /** Files the fast path counted, by system. */
    private static final Map<Integer, Integer> fastBySystem = new TreeMap<>();

    @TempDir
    static Path work;

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFastPathCountsExactlyAsTheReferenceOrDeclines(long seed) throws IOException {
        Random random = new Random(seed);
        int systemIndex = random.nextInt(SYSTEMS.size());
        VotingSystem system = SYSTEMS.get(systemIndex);
        byte[] bytes = file(random, system);
        Path path = work.resolve("ballots-" + seed + ".csv");
        Files.write(path, bytes);

        Optional<String> reference;
        String refusal = null;
        try {
            reference = Optional.of(dump(BallotPapersCsv.readReference(path, "ballots.csv", CANDIDATES, system)));
        } catch (InvalidInputException e) {
            reference = Optional.empty();
            refusal = e.getMessage();
        }
        for (BallotPapersScanner.Tuning tuning : TUNINGS) {
            for (int threads : new int[] {1, 3}) {
                Optional<Map<String, RankingTally>> scanned =
                        BallotPapersScanner.scan(path, CANDIDATES, system.rules(), threads, b -> {}, tuning);
                check(seed, systemIndex, reference, scanned);
            }
            Optional<Map<String, RankingTally>> streamed = BallotPapersScanner.scan(
                    new ByteArrayInputStream(bytes), CANDIDATES, system.rules(), b -> {}, tuning);
            check(seed, systemIndex, reference, streamed);
        }
        // And the whole read, whichever path it takes, gives the reference's answer or its error.
        try {
            String whole = dump(BallotPapersCsv.read(path, "ballots.csv", CANDIDATES, system, 2, Progress.NONE).areas());
            assertThat(reference).as("seed %d", seed).contains(whole);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).as("seed %d", seed).isEqualTo(refusal);
        }
        Files.delete(path);
    }

    private static void check(long seed, int system, Optional<String> reference, Optional<Map<String, RankingTally>> scanned) {
        if (scanned.isPresent()) {
            assertThat(reference).as("seed %d: the fast path counted a file the reference rejects", seed).isPresent();
            assertThat(dump(scanned.get())).as("seed %d", seed).isEqualTo(reference.get());
            fast++;
            fastBySystem.merge(system, 1, Integer::sum);
        } else if (reference.isPresent()) {
            declined++;
        } else {
            errors++;
        }
    }

    @AfterAll
    static void theFastPathWasExercised() {
        // Most generated files are clean: the fast path must count most of them, not decline them all.
        assertThat(fast).as("fast %d, declined %d, errors %d", fast, declined, errors).isGreaterThan(declined + errors);
        assertThat(declined).isPositive();
        assertThat(errors).isPositive();
        assertThat(fastBySystem.keySet()).as("every system took the fast path").hasSize(SYSTEMS.size());
    }

    /** A canonical text of a set of tallies, to compare them. */
    static String dump(Map<String, ?> areas) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, ?> entry : new TreeMap<>(areas).entrySet()) {
            RankingTally tally = (RankingTally) entry.getValue();
            out.append('[').append(entry.getKey()).append("] rejected");
            for (RejectionHead head : RejectionHead.values()) {
                out.append(' ').append(tally.rejected().get(head));
            }
            java.util.List<String> lines = new java.util.ArrayList<>();
            tally.forEach((ranking, end, papers) -> lines.add(ranking + " " + end.key() + ": " + papers));
            java.util.Collections.sort(lines);
            lines.forEach(line -> out.append("\n ").append(line));
            out.append('\n');
        }
        return out.toString();
    }

    // ---- random files ----

    /** What kind of file: most are clean; the others carry spellings, an error, or exotic CSV. */
    private enum Mode { CLEAN, SPELLINGS, ERROR, EXOTIC }

    private static Mode mode;

    /** The one kind of error a file in {@link Mode#ERROR} has, so that no other error can hide it. */
    private enum Fault {
        UNKNOWN_COLUMN, EMPTY_AREA, INVISIBLE_IN_AREA, REPEATED_ID, MISSING_FIELD, EXTRA_FIELD, UNCLOSED_QUOTE,
        CONTROL_CHARACTER, NOT_UTF8, UNKNOWN_NAME, EMPTY_MARK, UNKNOWN_FLAG, TOO_FEW_RANKS, RANK_GAP, MIXED_RANK_STYLES
    }

    private static Fault fault;

    private static boolean faulty(Random random, Fault kind, int oneIn) {
        return mode == Mode.ERROR && fault == kind && random.nextInt(oneIn) == 0;
    }

    private static boolean rarely(Random random, Mode when, int oneIn) {
        return mode == when && random.nextInt(oneIn) == 0;
    }

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh");

    private static byte[] file(Random random, VotingSystem system) {
        int roll = random.nextInt(20);
        mode = roll < 10 ? Mode.CLEAN : roll < 12 ? Mode.SPELLINGS : roll < 17 ? Mode.ERROR : Mode.EXOTIC;
        fault = Fault.values()[random.nextInt(Fault.values().length)];
        boolean crlf = random.nextInt(4) == 0;
        boolean bom = random.nextInt(6) == 0;
        boolean noFinalNewline = random.nextInt(4) == 0;
        // As many rank columns as the system needs, or a few more (SV files with two, as most are).
        int needed = system.rules().ranksNeeded();
        int rankCount = system instanceof SupplementaryVote && random.nextInt(3) > 0 ? 2 : needed + random.nextInt(8 - needed);
        if (faulty(random, Fault.TOO_FEW_RANKS, 1) && needed > 1) {
            rankCount = needed - 1;
        }
        boolean ordinals = random.nextBoolean();
        List<String> rankColumns = new ArrayList<>();
        for (int rank = 1; rank <= rankCount; rank++) {
            rankColumns.add(ordinals ? ORDINALS.get(rank - 1) : "rank" + rank);
        }
        if (rankCount > 1 && faulty(random, Fault.RANK_GAP, 1)) {
            rankColumns.remove(random.nextInt(rankCount - 1)); // a rank column missing before a later one
        }
        if (rankCount > 1 && faulty(random, Fault.MIXED_RANK_STYLES, 1)) {
            int rank = random.nextInt(rankCount);
            rankColumns.set(rank, ordinals ? "rank" + (rank + 1) : ORDINALS.get(rank)); // one column in the other style
        }
        List<String> columns = new ArrayList<>(rankColumns);
        if (random.nextInt(6) == 0) {
            Collections.shuffle(columns, random); // rank columns in any order: the header says which is which
        }
        for (String optional : List.of("area", "id", "flags")) {
            if (random.nextBoolean()) {
                columns.add(random.nextInt(columns.size() + 1), optional);
            }
        }
        if (faulty(random, Fault.UNKNOWN_COLUMN, 2)) {
            columns.add("flag"); // an unknown column
        }
        String newline = crlf ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder(String.join(",", columns)).append(newline);
        int rows = random.nextInt(12) == 0 ? random.nextInt(3) : random.nextInt(300);
        List<String> areas = List.of("North", "South", "East End", "Ward 7", "Tower, Hamlets");
        int area = random.nextInt(areas.size());
        for (int row = 0; row < rows; row++) {
            if (random.nextInt(30) == 0) {
                text.append(random.nextBoolean() ? newline : "\n"); // blank lines
            }
            // How far the voter ranked: rank 1 nearly always, each later rank less often, rarely after a gap.
            Map<String, Integer> marked = new TreeMap<>();
            boolean going = random.nextInt(25) > 0;
            for (String column : rankColumns) {
                marked.put(column, going || random.nextInt(15) == 0 ? 1 : 0);
                going = going && random.nextInt(4) > 0;
            }
            List<String> fields = new ArrayList<>();
            for (String column : columns) {
                fields.add(switch (column) {
                    case "area" -> {
                        if (random.nextInt(10) == 0) {
                            area = random.nextInt(areas.size());
                        }
                        String name = rarely(random, Mode.SPELLINGS, 10) ? areas.get(area) + "\u00A0" : areas.get(area);
                        yield csv(random, faulty(random, Fault.EMPTY_AREA, 60) ? "" : faulty(random, Fault.INVISIBLE_IN_AREA, 60)
                                ? name.replace("o", "o\u200B") : pad(random, name));
                    }
                    // Which workers read the papers with a repeated id is the scheduler's choice here;
                    // RepeatedIdsAcrossWorkersTest makes it two different workers, every time.
                    case "id" -> csv(random, faulty(random, Fault.REPEATED_ID, 60) ? "P0" : random.nextInt(20) == 0 ? "" : "P" + row);
                    case "flags" -> csv(random, flags(random));
                    default -> csv(random, marks(random, marked.getOrDefault(column, 0)));
                });
            }
            if (faulty(random, Fault.MISSING_FIELD, 60)) {
                fields.remove(fields.size() - 1); // a missing field
            }
            if (faulty(random, Fault.EXTRA_FIELD, 60)) {
                fields.add("no-official-mark"); // a field beyond the header
            }
            if (faulty(random, Fault.UNCLOSED_QUOTE, 80)) {
                fields.set(0, "\"" + fields.get(0)); // a quote that never closes
            }
            if (faulty(random, Fault.CONTROL_CHARACTER, 60)) {
                int field = random.nextInt(fields.size());
                fields.set(field, fields.get(field) + "\u0000"); // a control character
            }
            text.append(String.join(",", fields));
            if (row < rows - 1 || !noFinalNewline) {
                text.append(rarely(random, Mode.EXOTIC, 100) ? "\r" : newline);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(0xEF);
            out.write(0xBB);
            out.write(0xBF);
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        if (body.length > 0 && faulty(random, Fault.NOT_UTF8, 1)) {
            body[random.nextInt(body.length)] = (byte) 0xC3; // a byte that breaks UTF-8 (or starts a letter)
        }
        out.write(body, 0, body.length);
        return out.toByteArray();
    }

    private static String marks(Random random, int usual) {
        int count = random.nextInt(12) == 0 ? 2 + random.nextInt(2) : usual;
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Candidate candidate = CANDIDATES.get(skewed(random));
            String label = switch (random.nextInt(10)) {
                // "Ind" names no one candidate: an error
                case 0, 1, 2 -> candidate.shortLabel().equals("Ind") && !faulty(random, Fault.UNKNOWN_NAME, 1) ? candidate.name() : candidate.shortLabel();
                case 3 -> mode == Mode.SPELLINGS ? candidate.name().toUpperCase() : candidate.name(); // the reference's to match
                case 4 -> " " + candidate.name() + " ";
                // Spellings a person would take for the name: other white space, the other normal form.
                case 5 -> mode == Mode.SPELLINGS ? "\u00A0" + candidate.name().replace(" ", "\u2003 ").toLowerCase() : candidate.name();
                case 6 -> mode == Mode.SPELLINGS ? Normalizer.normalize(candidate.name(), Normalizer.Form.NFD) : candidate.name();
                default -> candidate.name();
            };
            if (faulty(random, Fault.UNKNOWN_NAME, 80)) {
                label = "Nobody";
            }
            marks.add(label);
        }
        if (faulty(random, Fault.EMPTY_MARK, 80)) {
            marks.add(""); // an empty mark: an error
        }
        return String.join("|", marks);
    }

    private static int skewed(Random random) {
        int candidate = (int) Math.floor(Math.pow(random.nextDouble(), 1.7) * CANDIDATES.size());
        return Math.min(candidate, CANDIDATES.size() - 1);
    }

    private static String flags(Random random) {
        if (random.nextInt(6) != 0) {
            return "";
        }
        List<String> all = List.of("no-official-mark", "identifying-mark", "uncertain-first", "uncertain-second",
                "uncertain-third", "uncertain-rank2", "uncertain-rank4", "uncertain-rank7", "uncertain-first");
        String flags = all.get(random.nextInt(all.size()));
        if (random.nextInt(4) == 0) {
            flags += "| " + all.get(random.nextInt(all.size()));
        }
        return faulty(random, Fault.UNKNOWN_FLAG, 50) ? "spoilt" : flags;
    }

    private static String pad(Random random, String text) {
        return switch (random.nextInt(12)) {
            case 0 -> " " + text;
            case 1 -> text + "\t";
            case 2 -> mode == Mode.EXOTIC ? text + "\u2003" : text; // Unicode white space: stripped by the reference reader
            default -> text;
        };
    }

    /** A field as a CSV writer might write it: quoted when it must be, and sometimes when it need not. */
    private static String csv(Random random, String value) {
        boolean must = value.contains(",") || value.contains("\"");
        if (rarely(random, Mode.EXOTIC, 200)) {
            return "\"" + value.replace("\"", "\"\"") + "\n" + "\""; // a quoted field across lines
        }
        if (must || random.nextInt(8) == 0) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
