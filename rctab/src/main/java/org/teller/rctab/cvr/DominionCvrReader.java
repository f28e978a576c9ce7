package org.teller.rctab.cvr;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teller.core.InvalidInputException;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;
import org.teller.rctab.cvr.DominionSession.Mark;
import org.teller.rctab.cvr.DominionSession.Snapshot;

/**
 * Reads a Dominion CVR export as RCTab 2.0.1 does: the source's {@code filePath} is the export's folder,
 * holding {@code CvrExport.json} or {@code CvrExport_1.json}, {@code CvrExport_2.json}... (every one, in
 * the order of their numbers) and the manifests.
 *
 * <ul>
 *   <li>A record is a session whose current state holds the contest ({@code contestId}, a contest's
 *       {@code Id} in {@code ContestManifest.json}); a session that does not hold it is not a record at
 *       all (not an undervote). The current state is {@code Original}, or {@code Modified} (after
 *       adjudication) where {@code Original} is not current; a session with neither is skipped, as
 *       RCTab skips it.
 *   <li>Each mark is the candidate's {@code CandidateId} at its {@code Rank}: the id, as text, is what is
 *       ranked (a configuration names it as an alias), not the manifest's description. A mark the
 *       scanner found ambiguous is dropped; {@code IsVote} is not read. Several marks at one rank are an
 *       overvote, given as they are. The id that equals {@code undeclaredWriteInLabel} (the contest's
 *       write-in candidate) is an undeclared write-in; any other must be a candidate of the contest in
 *       {@code CandidateManifest.json}, and every rank within the contest's {@code NumOfRanks}.
 *   <li>The record's id is {@code tabulator-batch-record}; its batch is the session's {@code BatchId}
 *       alone, as RCTab takes it (so batch 1 of every tabulator is one batch); its precinct is the
 *       description of its {@code PrecinctId} in {@code PrecinctManifest.json}, or "" when the session
 *       names no precinct (as exports that name only a precinct portion do: RCTab reads the portion but
 *       does not tabulate by it).
 * </ul>
 */
public final class DominionCvrReader implements CvrReader {

    private static final Pattern EXPORT = Pattern.compile("CvrExport(?:_(0|[1-9][0-9]{0,8}))?\\.json");

    @Override
    public void read(CvrSource source, Consumer<CastVoteRecord> records) {
        Path folder = source.file();
        SourceSettings.requireContestAndNoCellSettings(source, "Dominion");
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder.toString(), 0, "",
                    "is not a folder: a Dominion source is the folder of a CVR export and its manifests");
        }
        DominionManifests manifests = DominionManifests.read(folder);
        int contest = contest(source, manifests);
        Records reading = new Records(source, manifests, contest, records);
        for (Path file : exports(folder)) {
            DominionExport.read(file, contest, session -> reading.session(file, session));
        }
        if (reading.count == 0) {
            throw new InvalidInputException(folder.toString(), 0, source.contestId(),
                    "is a contest no session of the CVR export holds");
        }
    }

    /** The contest to read: its id must be one of {@code ContestManifest.json}'s. */
    private static int contest(CvrSource source, DominionManifests manifests) {
        String id = source.contestId();
        Path file = source.file().resolve(DominionManifests.CONTESTS);
        if (!id.matches("0|-?[1-9][0-9]{0,9}")) {
            throw new InvalidInputException(file.toString(), 0, id, "is not a Dominion contest id (a whole number)");
        }
        long number = Long.parseLong(id);
        if (number != (int) number || !manifests.contestRanks().containsKey((int) number)) {
            throw new InvalidInputException(file.toString(), 0, id, "is not the Id of a contest in the manifest");
        }
        return (int) number;
    }

    /** The export files, in the order of their numbers. */
    private static List<Path> exports(Path folder) {
        TreeMap<Integer, Path> numbered = new TreeMap<>();
        Path single = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "CvrExport*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Matcher matcher = EXPORT.matcher(name);
                if (!matcher.matches()) {
                    if (name.endsWith(".json")) {
                        throw new InvalidInputException(entry.toString(), 0, "",
                                "is not named as Dominion names the files of a CVR export (CvrExport.json, or"
                                        + " CvrExport_1.json, CvrExport_2.json...): it could be a copy of one");
                    }
                    continue;
                }
                if (matcher.group(1) == null) {
                    single = entry;
                } else {
                    numbered.put(Integer.parseInt(matcher.group(1)), entry);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(folder.toString(), 0, "", "cannot be read: " + e.getMessage());
        }
        if (single != null && !numbered.isEmpty()) {
            throw new InvalidInputException(folder.toString(), 0, "", "holds both CvrExport.json and "
                    + numbered.firstEntry().getValue().getFileName() + ": one export is in one file or in numbered files");
        }
        if (single == null && numbered.isEmpty()) {
            throw new InvalidInputException(folder.toString(), 0, "",
                    "holds no CVR export (CvrExport.json, or CvrExport_1.json, CvrExport_2.json...)");
        }
        return single != null ? List.of(single) : new ArrayList<>(numbered.values());
    }

    /** The sessions of every file, as records of the contest. */
    private static final class Records {

        private final CvrSource source;
        private final DominionManifests manifests;
        private final int contest;
        private final int ranks;
        private final Consumer<CastVoteRecord> records;
        private long count;

        Records(CvrSource source, DominionManifests manifests, int contest, Consumer<CastVoteRecord> records) {
            this.source = source;
            this.manifests = manifests;
            this.contest = contest;
            this.ranks = Math.max(1, manifests.contestRanks().get(contest).orElse(Integer.MAX_VALUE));
            this.records = records;
        }

        void session(Path file, DominionSession session) {
            String where = "session " + session.number() + " (" + session.id() + ")";
            Optional<Snapshot> current = current(file, session, where);
            if (current.isEmpty()) {
                return;
            }
            Snapshot state = current.get();
            String precinct = place(file, state.precinctId(), manifests.precincts(), DominionManifests.PRECINCTS, state, where);
            place(file, state.precinctPortionId(), Optional.of(manifests.precinctPortions()),
                    DominionManifests.PRECINCT_PORTIONS, state, where);
            if (state.contests().isEmpty()) {
                return;
            }
            if (state.contests().size() > 1) {
                throw new InvalidInputException(file.toString(), state.line(), Integer.toString(contest),
                        "is a contest " + where + " holds twice: a ballot holds a contest once");
            }
            List<Ranking> rankings = new ArrayList<>();
            for (Mark mark : state.contests().get(0)) {
                if (!mark.ambiguous()) {
                    rankings.add(ranking(file, mark, where));
                }
            }
            records.accept(new CastVoteRecord(session.id(), precinct, Integer.toString(session.batchId()), rankings));
            count++;
        }

        /**
         * The state RCTab reads: {@code Original} when current, else {@code Modified}; none when there
         * is no {@code Modified} (RCTab skips such a session). Exactly one of the two may be current.
         */
        private Optional<Snapshot> current(Path file, DominionSession session, String where) {
            Snapshot original = session.original();
            Optional<Snapshot> modified = session.modified();
            if (original.current() && modified.isPresent() && modified.get().current()) {
                throw new InvalidInputException(file.toString(), session.line(), "",
                        "both the Original and the Modified state of " + where + " say they are current (IsCurrent)");
            }
            if (!original.current() && modified.isPresent() && !modified.get().current()) {
                throw new InvalidInputException(file.toString(), session.line(), "",
                        "neither the Original nor the Modified state of " + where + " says it is current (IsCurrent)");
            }
            return original.current() ? Optional.of(original) : modified;
        }

        /** The description of a precinct or portion the state names ("" when it names none). */
        private String place(Path file, OptionalInt id, Optional<Map<Integer, String>> manifest, String manifestName,
                Snapshot state, String where) {
            if (id.isEmpty()) {
                return "";
            }
            String name = manifest.map(names -> names.get(id.getAsInt())).orElse(null);
            if (name == null) {
                throw new InvalidInputException(file.toString(), state.line(), Integer.toString(id.getAsInt()),
                        "is the " + (manifestName.equals(DominionManifests.PRECINCTS) ? "PrecinctId" : "PrecinctPortionId")
                                + " of " + where + ", but " + manifestName
                                + (manifest.isEmpty() ? " is missing" : " has no entry of that Id"));
            }
            return name;
        }

        private Ranking ranking(Path file, Mark mark, String where) {
            if (mark.rank() < 1 || mark.rank() > ranks) {
                throw new InvalidInputException(file.toString(), mark.line(), Integer.toString(mark.rank()),
                        "is the Rank of a mark of " + where + ", but the ranks of contest " + contest + (ranks == Integer.MAX_VALUE
                                ? " start at 1" : " are 1 to " + ranks + " (NumOfRanks in " + DominionManifests.CONTESTS + ")"));
            }
            String candidate = Integer.toString(mark.candidateId());
            if (candidate.equals(source.undeclaredWriteInLabel())) {
                return Ranking.undeclaredWriteIn(mark.rank());
            }
            Integer ofContest = manifests.candidateContests().get(mark.candidateId());
            if (ofContest == null || ofContest != contest) {
                throw new InvalidInputException(file.toString(), mark.line(), candidate,
                        "is the CandidateId of a mark of " + where + ", but " + DominionManifests.CANDIDATES
                                + (ofContest == null ? " has no candidate of that Id"
                                        : " makes it a candidate of contest " + ofContest + ", not of contest " + contest));
            }
            return Ranking.of(mark.rank(), candidate);
        }
    }

}
