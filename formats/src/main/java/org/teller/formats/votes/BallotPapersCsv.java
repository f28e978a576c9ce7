package org.teller.formats.votes;

import org.teller.formats.internal.StrictGzipInputStream;
import org.teller.formats.internal.RankColumns;
import org.teller.formats.internal.PaperFields;
import org.teller.formats.internal.IdHashes;
import org.teller.formats.internal.VotesFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.BallotRules;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;
import org.teller.core.tally.RankingTally;
import org.teller.formats.votes.CandidateNames;
import org.teller.formats.internal.scan.BallotPapersScanner;

/**
 * Reads ballot papers: one row per paper with a column for each rank ({@code first}, {@code second}...
 * or {@code rank1}, {@code rank2}...: a candidate's name or short label; several marks separated by
 * {@code |}; empty for no mark) and optional {@code area}, {@code id} and {@code flags} (the
 * adjudicator's decisions, {@code |}-separated).
 *
 * <p>Papers are streamed into one {@link RankingTally} per count area: the file is never held in memory. A
 * file whose name ends in {@code .gz} is read through gzip. The {@link BallotPapersScanner} counts
 * ordinary files in parallel from bytes; anything it is not sure of, errors included, is read again
 * here by the reference reader ({@link StrictCsvReader} and the system's {@link BallotRules}), which names the
 * line. Both take the meaning of each field from {@link PaperFields}, so they accept and refuse alike.
 */
public final class BallotPapersCsv {

    private BallotPapersCsv() {}

    public static CountedVotes read(Path path, String file, List<Candidate> candidates) {
        return read(path, file, candidates, Runtime.getRuntime().availableProcessors(), Progress.NONE);
    }

    /** Papers of a Supplementary Vote contest. */
    public static CountedVotes read(Path path, String file, List<Candidate> candidates, int threads, Progress progress) {
        return read(path, file, candidates, SupplementaryVote.INSTANCE, threads, progress);
    }

    /**
     * @param threads how many workers the fast path may use
     * @param progress told of the bytes read
     */
    public static CountedVotes read(Path path, String file, List<Candidate> candidates, VotingSystem system,
            int threads, Progress progress) {
        VotesFiles.requireRegularFile(path, file);
        Map<String, RankingTally> areas = scan(path, file, candidates, system.rules(), threads, progress)
                .orElseGet(() -> readReference(path, file, candidates, system));
        return CountedVotes.ofTallies(file, areas, candidates.size(), true);
    }

    private static Optional<Map<String, RankingTally>> scan(Path path, String file, List<Candidate> candidates,
            BallotRules rules, int threads, Progress progress) {
        Optional<Map<String, RankingTally>> fast;
        try {
            progress.start(file, Files.size(path));
            if (VotesFiles.isGzip(path)) {
                try (InputStream in = new StrictGzipInputStream(new CountingInputStream(Files.newInputStream(path), progress), file)) {
                    fast = BallotPapersScanner.scan(in, candidates, rules, bytes -> {});
                } catch (InvalidInputException damaged) {
                    // A damaged gzip file: the reference reader says so, or names an earlier row's fault first.
                    fast = Optional.empty();
                }
            } else {
                fast = BallotPapersScanner.scan(path, candidates, rules, threads, progress::advance);
            }
        } catch (IOException e) {
            fast = Optional.empty(); // the reference reader reports what is wrong with the file
        } finally {
            progress.finish();
        }
        return fast;
    }

    /**
     * How many rank columns a ballot-paper file's header has (0 when it has none); the file's faults are
     * for its count to report.
     */
    public static int rankColumns(Path path, String file) {
        VotesFiles.requireRegularFile(path, file);
        try (StrictCsvReader reader = new StrictCsvReader(VotesFiles.open(path, file), file)) {
            List<String> header = reader.next(64);
            return header == null ? 0 : (int) header.stream().filter(RankColumns::isRank).count();
        } catch (IOException e) {
            throw VotesFiles.unreadable(file, e);
        }
    }

    /** The reference reader under the Supplementary Vote's rules. */
    public static Map<String, RankingTally> readReference(Path path, String file, List<Candidate> candidates) {
        return readReference(path, file, candidates, SupplementaryVote.INSTANCE);
    }

    /**
     * The reference reader: every row through the strict CSV reader and the ballot paper rules. Ids are
     * checked as {@link IdHashes} finds repeats: in 8 bytes a paper, and a second reading of the file
     * only if some hash repeats, to compare those ids exactly and name the line.
     */
    public static Map<String, RankingTally> readReference(Path path, String file, List<Candidate> candidates,
            VotingSystem system) {
        BallotRules rules = system.rules();
        CandidateNames names = new CandidateNames(candidates);
        List<List<String>> ranks = new ArrayList<>(1);
        CsvTable table = new CsvTable(path, file, List.of(), List.of("area", "id", "flags"), RankColumns::isRank,
                (header, line) -> ranks.add(RankColumns.of(header, file, line, rules.ranksNeeded(), system.title())));
        Map<String, RankingTally> areas = new HashMap<>();
        IdHashes ids = new IdHashes();
        table.forEach(row -> {
            Ballot paper;
            String area;
            String id;
            try {
                id = PaperFields.id(row.get("id"));
                area = area(row);
                List<List<Integer>> marks = new ArrayList<>();
                for (String column : ranks.get(0)) {
                    marks.add(PaperFields.marks(row.get(column), column, names));
                }
                paper = PaperFields.ballot(marks, row.get("flags"));
            } catch (InvalidInputException e) {
                throw row.place(e);
            }
            if (!id.isEmpty()) {
                ids.add(idHash(id));
            }
            areas.computeIfAbsent(area, name -> new RankingTally(candidates.size())).add(rules.judge(paper));
        });
        Set<Long> repeated = IdHashes.repeated(List.of(ids));
        if (!repeated.isEmpty()) {
            findRepeatedId(table, repeated);
        }
        return areas;
    }

    private static long idHash(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return IdHashes.hash(bytes, 0, bytes.length);
    }

    /** Reads the file again, keeping only the ids whose hash repeats, and names the first that does. */
    private static void findRepeatedId(CsvTable table, Set<Long> repeated) {
        Map<String, Long> seen = new HashMap<>();
        table.forEach(row -> {
            String id = PaperFields.id(row.get("id"));
            if (!id.isEmpty() && repeated.contains(idHash(id))) {
                Long earlier = seen.putIfAbsent(id, row.line());
                if (earlier != null) {
                    throw row.error(id, "is the id of an earlier ballot paper (line " + earlier
                            + "): each paper is counted once");
                }
            }
        });
    }

    /** The row's count area, or {@code ""} when the file has no area column. */
    static String area(CsvTable.Row row) {
        try {
            return row.hasColumn("area") ? PaperFields.area(row.get("area")) : "";
        } catch (InvalidInputException e) {
            throw row.place(e);
        }
    }
}
