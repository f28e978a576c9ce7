package org.teller.formats.votes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.Adjudication;
import org.teller.core.ballot.BallotPaper;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.sv.SvTally;
import org.teller.core.sv.SvVotes;
import org.teller.formats.contest.CandidateNames;
import org.teller.formats.votes.scan.BallotPapersScanner;

/**
 * Reads ballot papers: one row per paper with columns {@code first} and {@code second} (a candidate's
 * name or short label; several marks separated by {@code |}; empty for no mark) and optional
 * {@code area}, {@code id} and {@code flags} (the adjudicator's decisions, {@code |}-separated).
 *
 * <p>Papers are streamed into one {@link SvTally} per count area: the file is never held in memory. A
 * file whose name ends in {@code .gz} is read through gzip. The {@link BallotPapersScanner} counts
 * ordinary files in parallel from bytes; anything it is not sure of, errors included, is read again
 * here by the reference reader (FastCSV and the {@link BallotPaper} rules), which names the line.
 */
public final class BallotPapersCsv {

    private BallotPapersCsv() {}

    public static CountedVotes read(Path path, String file, List<Candidate> candidates) {
        return read(path, file, candidates, Runtime.getRuntime().availableProcessors(), Progress.NONE);
    }

    /**
     * @param threads how many workers the fast path may use
     * @param progress told of the bytes read
     */
    public static CountedVotes read(Path path, String file, List<Candidate> candidates, int threads, Progress progress) {
        Optional<Map<String, SvTally>> fast;
        try {
            progress.start(file, Files.size(path));
            if (isGzip(path)) {
                try (InputStream in = new GZIPInputStream(new CountingInputStream(Files.newInputStream(path), progress), 1 << 16)) {
                    fast = BallotPapersScanner.scan(in, candidates, bytes -> {});
                }
            } else {
                fast = BallotPapersScanner.scan(path, candidates, threads, progress::advance);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, 0, "", "does not exist");
        } catch (IOException e) {
            fast = Optional.empty(); // the reference reader reports what is wrong with the file
        } finally {
            progress.finish();
        }
        return votes(fast.orElseGet(() -> readReference(path, file, candidates)), candidates.size());
    }

    static boolean isGzip(Path path) {
        return path.getFileName().toString().endsWith(".gz");
    }

    /** The reference reader: every row through FastCSV and the ballot paper rules. */
    public static Map<String, SvTally> readReference(Path path, String file, List<Candidate> candidates) {
        CandidateNames names = new CandidateNames(candidates);
        CsvTable table = new CsvTable(path, file, List.of("first", "second"), List.of("area", "id", "flags"));
        Map<String, SvTally> areas = new HashMap<>();
        Set<String> ids = new HashSet<>();
        table.forEach(row -> {
            String id = row.get("id");
            if (!id.isEmpty() && !ids.add(id)) {
                throw row.error(id, "is the id of an earlier ballot paper: each paper is counted once");
            }
            String area = area(row);
            BallotPaper paper = new BallotPaper(marks(row, "first", names), marks(row, "second", names), flags(row));
            areas.computeIfAbsent(area, name -> new SvTally(candidates.size())).add(paper);
        });
        return areas;
    }

    private static CountedVotes votes(Map<String, SvTally> areas, int candidates) {
        SvTally total = new SvTally(candidates);
        Map<String, SvVotes> votes = new HashMap<>();
        Map<String, RejectedPapers> rejected = new HashMap<>();
        areas.forEach((area, tally) -> {
            total.merge(tally);
            votes.put(area, tally);
            rejected.put(area, tally.rejected());
        });
        return new CountedVotes(votes, total, rejected, mismatch -> {
            throw new IllegalStateException("a tally answers for any remaining candidates", mismatch);
        });
    }

    static String area(CsvTable.Row row) {
        if (!row.hasColumn("area")) {
            return "";
        }
        String area = row.get("area");
        if (area.isEmpty()) {
            throw row.error(area, "is empty: every row needs an area when the file has an 'area' column");
        }
        return area;
    }

    private static List<Integer> marks(CsvTable.Row row, String column, CandidateNames names) {
        String field = row.get(column);
        List<Integer> marks = new ArrayList<>();
        if (field.isEmpty()) {
            return marks;
        }
        for (String mark : field.split("\\|", -1)) {
            if (mark.isBlank()) {
                throw row.error(field, "in column '" + column + "' has an empty mark: separate candidates with one '|'");
            }
            try {
                marks.add(names.require(mark));
            } catch (InvalidInputException e) {
                throw row.place(e);
            }
        }
        return marks;
    }

    private static Set<Adjudication> flags(CsvTable.Row row) {
        String field = row.get("flags");
        Set<Adjudication> flags = EnumSet.noneOf(Adjudication.class);
        if (field.isEmpty()) {
            return flags;
        }
        for (String flag : field.split("\\|", -1)) {
            flags.add(Adjudication.ofKey(flag.strip()).orElseThrow(() -> row.error(flag.strip(),
                    "is not an adjudication (known: no-official-mark, identifying-mark, uncertain-first, uncertain-second)")));
        }
        return flags;
    }
}
