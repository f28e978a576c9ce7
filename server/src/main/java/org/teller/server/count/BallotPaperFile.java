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
    public static RankingTally tally(byte[] content, String fileName, String area, String system, List<String> names,
            List<String> parties) {
        VotingSystem counted = VotingSystems.named(system, names.size()).orElseThrow();
        List<Candidate> candidates = new java.util.ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            candidates.add(Candidate.of(names.get(c), parties.get(c)));
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("teller-papers");
            Path file = folder.resolve(fileName.endsWith(".gz") ? "papers.csv.gz" : "papers.csv");
            Files.write(file, content);
            Map<String, RankingTally> areas = BallotPapersCsv.readReference(file, fileName, candidates, counted);
            for (String named : areas.keySet()) {
                if (!named.isEmpty() && !named.equals(area)) {
                    throw new InvalidInputException(fileName, 0, named, "is another count area's: this file is uploaded for '" + area
                            + "', and holds its papers alone");
                }
            }
            RankingTally tally = new RankingTally(candidates.size());
            areas.values().forEach(tally::merge);
            return tally;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
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
