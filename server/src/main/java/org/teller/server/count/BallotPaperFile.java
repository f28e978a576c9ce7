package org.teller.server.count;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.count.VotingSystem;
import org.teller.core.tally.RankingTally;
import org.teller.formats.contest.VotingSystems;
import org.teller.formats.internal.FieldText;
import org.teller.formats.votes.BallotPapersCsv;

/**
 * A count area's file of ballot papers, read as {@code teller count} reads a contest's {@code ballots} file
 * (Teller's ballot-paper CSV, gzipped where its name ends in {@code .gz}): every paper judged by the system's
 * rules, into one tally. The file must be the area's alone: an {@code area} column, where it has one, names
 * the area it is uploaded for.
 */
public final class BallotPaperFile {

    private BallotPaperFile() {}

    /**
     * @param fileName the file's name, as messages name it (its {@code .gz} ending says it is gzipped)
     * @throws InvalidInputException where the file is not ballot papers of this contest, or holds another area's
     */
    /** What a file uploaded is: ballot papers, one row a paper (the default). */
    public static final String BALLOT_PAPERS = "ballot-papers";
    /**
     * A ranked tally (e-counting's export: a row a ranking, with the valid papers that give it, as {@code teller count}
     * reads a contest's {@code rankings}); its rejected papers are stated beside it.
     */
    public static final String RANKED_TALLY = "ranked-tally";
    /**
     * Cast vote records in NIST SP 1500-103's JSON (the Common Data Format, as US election systems and RCTab
     * export them): each record's rankings, read by the RCTab module's reader, judged as a ballot paper.
     */
    public static final String CDF_CVR = "cdf-cvr";

    public static RankingTally tally(byte[] content, String fileName, String area, String system, List<Candidate> candidates) {
        return tally(content, fileName, area, system, candidates, Long.MAX_VALUE, BALLOT_PAPERS, Map.of(), "");
    }

    /** As {@link #tally(byte[], String, String, String, List, long, String, Map, String)}, of ballot papers. */
    public static RankingTally tally(byte[] content, String fileName, String area, String system, List<Candidate> candidates,
            long largest) {
        return tally(content, fileName, area, system, candidates, largest, BALLOT_PAPERS, Map.of(), "");
    }

    /**
     * As {@link #tally(byte[], String, String, String, List, List)}, refusing a file whose text (once
     * unzipped) is longer than {@code largest} bytes before reading its papers: a small gzip file can unzip to
     * gigabytes, and its area's verification says how many papers it can hold.
     */
    /**
     * @param format {@link #BALLOT_PAPERS} or {@link #RANKED_TALLY}
     * @param rejected a ranked tally's rejected papers by head (a file of ballot papers judges its own)
     * @param cdfContest the name of the contest in a file of cast vote records (which may hold several)
     */
    public static RankingTally tally(byte[] content, String fileName, String area, String system, List<Candidate> candidates,
            long largest, String format, Map<org.teller.core.ballot.RejectionHead, Long> rejected, String cdfContest) {
        byte[] text = text(content, fileName, largest);
        VotingSystem counted = VotingSystems.named(system, candidates.size()).orElseThrow();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("teller-papers");
            Path file = folder.resolve(format.equals(CDF_CVR) ? "papers.json" : "papers.csv");
            Files.write(file, text);
            if (format.equals(CDF_CVR)) {
                RankingTally tally = castVoteRecords(file, fileName, cdfContest, candidates, counted);
                rejected.forEach(tally::addRejected);
                return tally;
            }
            Map<String, RankingTally> areas;
            try {
                areas = format.equals(RANKED_TALLY)
                        ? org.teller.formats.votes.RankingsCsv.read(file, fileName, candidates, counted).tallies().orElseThrow()
                        : BallotPapersCsv.readReference(file, fileName, candidates, counted);
            } catch (InvalidInputException e) {
                if (!e.reason().startsWith("has a header but no rows")) {
                    throw e;
                }
                areas = Map.of(); // an area with no papers (its header read and checked)
            }
            for (String named : areas.keySet()) {
                // The area as a person reads its name: the server's areas are told apart that way.
                if (!named.isEmpty() && !FieldText.key(named).equals(FieldText.key(area))) {
                    throw new InvalidInputException(fileName, 0, named, "names an area in its area column, but this file is uploaded"
                            + " for '" + area + "' and holds that area's papers alone");
                }
            }
            RankingTally tally = new RankingTally(candidates.size());
            areas.values().forEach(tally::merge);
            rejected.forEach(tally::addRejected);
            return tally;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    /**
     * Cast vote records judged as ballot papers: each record's candidates at each rank (two at one rank are
     * an overvote, which the rules judge); a write-in, or a candidate the contest does not have, is refused.
     */
    private static RankingTally castVoteRecords(Path file, String fileName, String contest, List<Candidate> candidates,
            VotingSystem counted) {
        try {
            return readRecords(file, fileName, contest, candidates, counted);
        } catch (InvalidInputException e) {
            // The file as its sender named it, not the copy read ("papers.json, record 3" as "box.json, record 3").
            throw e.source().startsWith(file.toString()) ? new InvalidInputException(fileName
                    + e.source().substring(file.toString().length()), e.line(), e.value().orElse(""), e.reason()) : e;
        }
    }

    private static RankingTally readRecords(Path file, String fileName, String contest, List<Candidate> candidates,
            VotingSystem counted) {
        org.teller.formats.votes.CandidateNames names = new org.teller.formats.votes.CandidateNames(candidates);
        RankingTally tally = new RankingTally(candidates.size());
        long[] record = {0};
        org.teller.rctab.cvr.CvrSource source = new org.teller.rctab.cvr.CvrSource(file, org.teller.rctab.cvr.CvrProvider.CDF, contest,
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(), "", "", "", "", false);
        new org.teller.rctab.cvr.CdfCvrReader().read(source,
                cvr -> {
                    record[0]++;
                    int ranks = cvr.rankings().stream().mapToInt(org.teller.rctab.cvr.CastVoteRecord.Ranking::rank).max().orElse(0);
                    if (ranks > candidates.size()) {
                        throw new InvalidInputException(fileName, 0, cvr.id(), "ranks " + ranks + " places, more than the "
                                + candidates.size() + " candidates");
                    }
                    List<List<Integer>> marks = new java.util.ArrayList<>();
                    for (int rank = 0; rank < Math.max(ranks, counted.rules().ranksNeeded()); rank++) {
                        marks.add(new java.util.ArrayList<>());
                    }
                    for (org.teller.rctab.cvr.CastVoteRecord.Ranking ranking : cvr.rankings()) {
                        if (ranking.kind() != org.teller.rctab.cvr.CastVoteRecord.Kind.CANDIDATE) {
                            throw new InvalidInputException(fileName, 0, cvr.id(), "holds " + (ranking.kind()
                                    == org.teller.rctab.cvr.CastVoteRecord.Kind.UNDECLARED_WRITE_IN ? "a write-in" : "an overvote")
                                    + " at rank " + ranking.rank() + ": a count here has its candidates alone");
                        }
                        try {
                            marks.get(ranking.rank() - 1).addAll(org.teller.formats.internal.PaperFields.marks(ranking.candidate(),
                                    "rank " + ranking.rank(), names));
                        } catch (InvalidInputException e) {
                            throw new InvalidInputException(fileName, 0, cvr.id(), "(cast vote record " + record[0] + "): "
                                    + e.getMessage());
                        }
                    }
                    tally.add(counted.rules().judge(new org.teller.core.ballot.Ballot(marks, java.util.Set.of(), java.util.Set.of())));
                });
        return tally;
    }

    /** A file's text: unzipped where its name ends {@code .gz}, and no longer than {@code largest} bytes. */
    private static byte[] text(byte[] content, String fileName, long largest) {
        if (!fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            if (content.length > largest) {
                throw new InvalidInputException(fileName, 0, "", "is " + content.length + " bytes, more than " + largest
                        + " that the area's papers (as verified) could fill");
            }
            return content;
        }
        try (java.io.InputStream in = new org.teller.formats.internal.StrictGzipInputStream(
                new java.io.ByteArrayInputStream(content), fileName)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                if (out.size() > largest) {
                    throw new InvalidInputException(fileName, 0, "", "unzips to more than " + largest + " bytes, more than the area's"
                            + " papers (as verified) could fill");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new InvalidInputException(fileName, 0, "", "is not a whole gzip file: " + e.getMessage());
        }
    }

    /**
     * The papers' ids in a file the reader has taken ({@code id} column; none where it has no such column):
     * so that no paper is counted in two areas. The file is already known to be strict CSV without a line
     * break in a field, so a line is a row.
     */
    public static java.util.Set<String> ids(byte[] content, String fileName) {
        String text = new String(text(content, fileName, Long.MAX_VALUE), java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        int column = -1;
        for (String line : text.split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> fields = fields(line);
            if (column < 0) {
                column = fields.indexOf("id");
                if (column < 0) {
                    return ids;
                }
                continue;
            }
            if (column < fields.size() && !fields.get(column).isEmpty()) {
                ids.add(fields.get(column));
            }
        }
        return ids;
    }

    /**
     * What a file holds, as a SHA-256 that a copy with other white space or line ends shares: the JSON of cast
     * vote records as parsed, a CSV file with its byte order mark, line ends and trailing blank lines set aside.
     * Two areas' files with the same fingerprint hold the same papers.
     */
    public static String fingerprint(byte[] content, String fileName, String format) {
        String text = new String(text(content, fileName, Long.MAX_VALUE), java.nio.charset.StandardCharsets.UTF_8);
        if (format.equals(CDF_CVR)) {
            try {
                text = tools.jackson.databind.json.JsonMapper.builder().build().readTree(text).toString();
            } catch (RuntimeException e) {
                // taken by the reader, so JSON; compared as text if it cannot be parsed here
            }
        } else {
            text = text.replace("\uFEFF", "").replace("\r\n", "\n").stripTrailing();
        }
        return org.teller.formats.internal.Sha256.ofText(text);
    }

    /** A CSV line's fields (quoted fields unquoted, {@code ""} inside them a quote). */
    private static List<String> fields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary file left behind is the system's to clear
        }
    }
}
