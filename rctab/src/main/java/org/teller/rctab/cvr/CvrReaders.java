package org.teller.rctab.cvr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.teller.core.InvalidInputException;
import org.teller.formats.internal.Sha256;

/** The reader of each provider's files, and the files a source names. */
public final class CvrReaders {

    private CvrReaders() {}

    /**
     * The reader of {@code provider}'s files.
     *
     * @param maxRankingsAllowed the rules' {@code maxRankingsAllowed}, empty for "max" (ES&S reads that many
     *     rank columns, or every column to the right under "max")
     * @param ranksRead the ranks the rules read (RCTab refuses a Clear Ballot file with a column beyond them)
     */
    public static CvrReader of(CvrProvider provider, OptionalInt maxRankingsAllowed, int ranksRead) {
        return switch (provider) {
            case GENERIC_CSV -> new GenericCsvCvrReader();
            case CDF -> new CdfCvrReader();
            case DOMINION -> new DominionCvrReader();
            case HART -> new HartCvrReader();
            case CLEAR_BALLOT -> new ClearBallotCvrReader(ranksRead);
            case ESS -> new EssCvrReader(maxRankingsAllowed);
        };
    }

    /**
     * The files of a source, each with its SHA-256 computed beside the reading: the file, or every file in
     * the folder that Dominion and Hart sources name (in name order, at any depth).
     */
    public static List<Hashing> hashesOf(CvrSource source) {
        Path path = source.file();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> found = Files.walk(path)) {
                found.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new InvalidInputException(path.toString(), 0, "", "cannot be read: " + e.getMessage());
            }
        } else {
            files.add(path);
        }
        List<Hashing> hashes = new ArrayList<>();
        for (Path file : files) {
            hashes.add(new Hashing(file, Sha256.inBackground(file, file.toString())));
        }
        return hashes;
    }

    /** A file and its SHA-256, being computed. */
    public record Hashing(Path file, CompletableFuture<String> sha256) {}
}
