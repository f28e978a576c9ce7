package org.teller.rctab.cvr;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.teller.core.InvalidInputException;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;
import org.teller.rctab.cvr.HartCvr.Contest;
import org.teller.rctab.cvr.HartCvr.Option;

/**
 * Reads Hart Verity's cast vote records as RCTab 2.0.1 does: the source's {@code filePath} is a folder of
 * XML files, one a sheet; every file whose name ends in {@code xml} is read, but for the signatures
 * beside them ({@code .sig.xml}), in the order of their names.
 *
 * <ul>
 *   <li>A record is a file that holds the contest ({@code contestId}, a contest's {@code Id}); a file that
 *       does not hold it (another sheet, another ballot style) is not a record at all.
 *   <li>Each option is ranked at every rank its {@code Value} marks ({@code 010000}: second); an option
 *       marked at several ranks is ranked at each, and several options at one rank are an overvote,
 *       given as they are. What is ranked is the option's {@code Id} (a configuration names it as an
 *       alias), not its {@code Name}. The option whose {@code Id} is {@code undeclaredWriteInLabel} (the
 *       contest's write-in line) is an undeclared write-in. One {@code Id} has one {@code Name} in every
 *       file, as RCTab requires.
 *   <li>The record's id is its {@code CvrGuid}; its precinct, its {@code PrecinctSplit}'s {@code Name};
 *       its batch, its {@code BatchNumber} ("" when it has none: only central scanners write one).
 * </ul>
 *
 * <p>RCTab checks each file's signature ({@code .sig.xml}) only in builds that require them; Teller does
 * not check them.
 */
public final class HartCvrReader implements CvrReader {

    @Override
    public void read(CvrSource source, Consumer<CastVoteRecord> records) {
        SourceSettings.requireContestAndNoCellSettings(source, "Hart");
        Path folder = source.file();
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder.toString(), 0, "",
                    "is not a folder: a Hart source is the folder of its cast vote records, one XML file a sheet");
        }
        Map<String, String> names = new HashMap<>();
        long count = 0;
        for (Path file : files(folder)) {
            HartCvr cvr = HartCvr.read(file, source.contestId());
            if (cvr.contests().isEmpty()) {
                continue;
            }
            if (cvr.contests().size() > 1) {
                throw new InvalidInputException(file.toString(), cvr.contests().get(1).line(), source.contestId(),
                        "is a contest this cast vote record holds twice: a sheet holds a contest once");
            }
            records.accept(record(cvr, cvr.contests().get(0), source, names));
            count++;
        }
        if (count == 0) {
            throw new InvalidInputException(folder.toString(), 0, source.contestId(),
                    "is a contest none of the cast vote records holds");
        }
    }

    /** The cast vote records of the folder, by name: what RCTab reads, without the signatures. */
    private static List<Path> files(Path folder) {
        TreeMap<String, Path> files = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith("xml") || name.endsWith(".sig.xml")) {
                    continue;
                }
                if (!Files.isRegularFile(entry)) {
                    throw new InvalidInputException(entry.toString(), 0, "",
                            "is named as a cast vote record but is not a file");
                }
                files.put(entry.getFileName().toString(), entry);
            }
        } catch (IOException e) {
            throw new InvalidInputException(folder.toString(), 0, "", "cannot be read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InvalidInputException(folder.toString(), 0, "", "holds no cast vote record (an .xml file)");
        }
        return new ArrayList<>(files.values());
    }

    private static CastVoteRecord record(HartCvr cvr, Contest contest, CvrSource source, Map<String, String> names) {
        String file = cvr.file().toString();
        String guid = cvr.guid().orElseThrow(() -> new InvalidInputException(file, 0, "",
                "has no CvrGuid, the id of a Hart cast vote record"));
        String precinct = cvr.precinct().orElseThrow(() -> new InvalidInputException(file, 0, "",
                "has no PrecinctSplit, which RCTab requires of a cast vote record that holds the contest"));
        List<Ranking> rankings = new ArrayList<>();
        for (Option option : contest.options()) {
            boolean writeIn = option.id().equals(source.undeclaredWriteInLabel());
            if (!writeIn) {
                name(option, file, names);
            }
            String value = option.value();
            if (!value.matches("[01]+")) {
                String what = value.isEmpty() ? "the Value of option " + option.id() + " is empty" : "is the Value of option " + option.id();
                throw new InvalidInputException(file, option.line(), value,
                        what + ", but a Value is a digit 0 or 1 a rank (010000: ranked second)");
            }
            for (int rank = 1; rank <= value.length(); rank++) {
                if (value.charAt(rank - 1) == '1') {
                    rankings.add(writeIn ? Ranking.undeclaredWriteIn(rank) : Ranking.of(rank, option.id()));
                }
            }
        }
        return new CastVoteRecord(guid, precinct, cvr.batch().orElse(""), rankings);
    }

    /** Holds each option to one name across the files, as RCTab does. */
    private static void name(Option option, String file, Map<String, String> names) {
        String name = option.name().orElseThrow(() -> new InvalidInputException(file, option.line(), option.id(),
                "is the Id of an option with no Name (a write-in), but is not the source's undeclaredWriteInLabel"));
        String before = names.putIfAbsent(option.id(), name);
        if (before != null && !before.equals(name)) {
            throw new InvalidInputException(file, option.line(), name, "is the Name of option " + option.id()
                    + ", which an earlier cast vote record names '" + before + "': one Id is one candidate");
        }
    }

}
