package org.teller.rctab.cvr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.teller.core.InvalidInputException;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * NIST SP 1500-103 cast vote records ({@code provider: cdf}), JSON or XML by the file's ending, read as
 * RCTab 2.0.1 reads them, in two streaming passes: the first reads the {@code Election} (which files may
 * write after the records), the second each {@code CVR} in turn, so a file is never held whole.
 *
 * <p>The contest is the one whose {@code Name} is the source's {@code contestId}; a record's votes are
 * those of its current snapshot ({@code CurrentSnapshotId}). Each selection names a contest selection,
 * which names a candidate (its first {@code CandidateIds}, whose {@code Name} is ranked), or is a write-in
 * ({@code IsWriteIn} true, or a position holding {@code CVRWriteIn}): an undeclared write-in. A selection
 * with a {@code Rank} is one ranking; otherwise each of its positions is, at the position's {@code Rank},
 * unless it has {@code HasIndication} or {@code IsAllocable} "no". Two selections at one rank are an
 * overvote; one selection at two ranks a repeated candidate; a rank no selection uses is skipped.
 *
 * <p>Where the encodings differ in RCTab: in XML, ids are {@code ObjectId} attributes, a record whose
 * current snapshot lacks the contest is not a ballot of it, and a selection whose {@code Status} is
 * "needs-adjudication" is passed over; in JSON, ids are {@code @id} and every record must hold the contest.
 * The precinct of a record is its {@code BallotStyleUnitId}, by the reporting unit's name where the file
 * names it.
 */
public final class CdfCvrReader implements CvrReader {

    /** Reads one element of a file at a time: what follows it in the file is the next pass's. */
    /** How much of a report's end is looked at for its election: far more than any election takes. */
    private static final int TAIL = 16 << 20;

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    @Override
    public void read(CvrSource source, Consumer<CastVoteRecord> records) {
        String file = source.file().toString();
        if (!source.overvoteLabel().isEmpty()) {
            throw new InvalidInputException(file, 0, source.overvoteLabel(),
                    "overvoteLabel is not for CDF files: their overvotes are selections at one rank");
        }
        String name = source.file().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            json(source, file, records);
        } else if (name.endsWith(".xml")) {
            xml(source, file, records);
        } else {
            throw new InvalidInputException(file, 0, "", "is not a CDF file RCTab reads (a name ending .json or .xml)");
        }
    }

    // JSON

    private static void json(CvrSource source, String file, Consumer<CastVoteRecord> records) {
        CdfElection election = new CdfElection(file);
        List<JsonNode> atEnd = electionAtEnd(source);
        if (atEnd != null) {
            atEnd.forEach(node -> election(node, source.contestId(), election));
        } else {
            jsonPass(source, file, "Election", parser -> election(JSON.readTree(parser), source.contestId(), election));
        }
        election.require(source.contestId());
        int[] index = {0};
        jsonPass(source, file, "CVR", parser -> records.accept(CdfJsonRecord.read(parser, ++index[0], source, election, file)));
    }

    /**
     * The election of a JSON report that writes it last (see {@link #electionAtEnd}), for
     * {@link CdfJsonFastReader}; null where it is not plainly there.
     *
     * @throws InvalidInputException where the election does not hold the source's contest
     */
    static CdfElection plainElection(CvrSource source) {
        List<JsonNode> atEnd = electionAtEnd(source);
        if (atEnd == null) {
            return null;
        }
        CdfElection election = new CdfElection(source.file().toString());
        atEnd.forEach(node -> election(node, source.contestId(), election));
        election.require(source.contestId());
        return election;
    }

    /** A record's bytes (a JSON object) read as the careful pass reads it, for {@link CdfJsonFastReader}. */
    static CastVoteRecord record(byte[] bytes, int from, int to, int index, CvrSource source, CdfElection election) {
        try (JsonParser parser = JSON.createParser(bytes, from, to - from)) {
            parser.nextToken();
            return CdfJsonRecord.read(parser, index, source, election, source.file().toString());
        }
    }

    /**
     * The election, where a report writes it last (RCTab's and most others' files): its key and list, then
     * only other keys to the end of the report, read from the file's end without passing over the records.
     * Null where it is not plainly so (then a first pass reads the whole file for it). The pass that reads
     * the records refuses a report with two elections, so the one found here is the one there is.
     */
    private static List<JsonNode> electionAtEnd(CvrSource source) {
        byte[] key = "\"Election\"".getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(source.file(), StandardOpenOption.READ)) {
            long size = channel.size();
            int length = (int) Math.min(size, TAIL);
            ByteBuffer tail = ByteBuffer.allocate(length);
            while (tail.hasRemaining() && channel.read(tail, size - length + tail.position()) > 0) {
                // reads the file's last bytes
            }
            byte[] bytes = tail.array();
            int at = bytes.length;
            for (int attempt = 0; attempt < 4 && (at = lastIndexOf(bytes, key, at)) >= 0; attempt++) {
                List<JsonNode> elections = electionFrom(bytes, at);
                if (elections != null) {
                    return elections;
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The election if {@code bytes} from {@code at} are its key and list, then other keys to the report's end. */
    private static List<JsonNode> electionFrom(byte[] bytes, int at) {
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(new byte[] {'{'}),
                new ByteArrayInputStream(bytes, at, bytes.length - at));
        try (JsonParser parser = JSON.createParser(rest)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.PROPERTY_NAME
                    || parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<JsonNode> elections = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                elections.add(JSON.readTree(parser));
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                if (parser.currentName().equals("Election")) {
                    return null;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null ? elections : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static int lastIndexOf(byte[] bytes, byte[] wanted, int before) {
        for (int i = Math.min(before - 1, bytes.length - wanted.length); i >= 0; i--) {
            if (bytes[i] == wanted[0] && Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Hands each element of the top-level array {@code key} to {@code each}, skipping everything else. */
    private static void jsonPass(CvrSource source, String file, String key, Consumer<JsonParser> each) {
        try (InputStream in = Files.newInputStream(source.file()); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(file, 1, "", "is not a CDF cast vote record report (a JSON object)");
            }
            Set<String> names = new HashSet<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (!names.add(name)) {
                    throw new InvalidInputException(file, parser.currentLocation().getLineNr(), name,
                            "is a key of the report given twice (a report has one of each)");
                }
                JsonToken value = parser.nextToken();
                if (name.equals(key) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        each.accept(parser);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new InvalidInputException(file, parser.currentLocation().getLineNr(), "", "has more after its JSON object");
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, 0, "", "no such file");
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            throw new InvalidInputException(file, line, "", "is not valid JSON: " + ParserMessages.of(e));
        } catch (IOException e) {
            throw new InvalidInputException(file, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    private static void election(JsonNode node, String contestName, CdfElection election) {
        for (JsonNode candidate : node.path("Candidate")) {
            election.candidate(candidate.path("@id").asString(""), candidate.path("Name").asString(""));
        }
        for (JsonNode contest : node.path("Contest")) {
            if (election.contestId == null && contest.path("Name").asString("").equals(contestName)) {
                election.contestId = contest.path("@id").asString("");
                for (JsonNode selection : contest.path("ContestSelection")) {
                    election.selection(selection.path("@id").asString(""), new CdfElection.Selection(
                            string(selection.path("IsWriteIn")).equals("true"),
                            selection.path("CandidateIds").path(0).asString("")));
                }
            }
        }
    }

    /** A JSON string's value; "" for anything else (RCTab compares the parsed value with a string). */
    private static String string(JsonNode node) {
        return node.isString() ? node.asString() : "";
    }

    // XML

    private static void xml(CvrSource source, String file, Consumer<CastVoteRecord> records) {
        CdfElection election = new CdfElection(file);
        xmlPass(source, file, element -> {
            switch (element.name()) {
                case "Election" -> election(element, source.contestId(), election);
                case "GpUnit" -> element.attribute("ObjectId").ifPresent(id ->
                        element.textOf("Name").ifPresent(name -> election.unitNames.put(id, name)));
                default -> { }
            }
        }, "Election", "GpUnit");
        election.require(source.contestId());
        int[] index = {0};
        xmlPass(source, file, element -> record(element, index, source, election, file).ifPresent(records), "CVR");
    }

    /** Hands each top-level child of the report with one of these names to {@code each}, skipping the rest. */
    private static void xmlPass(CvrSource source, String file, Consumer<XmlElement> each, String... names) {
        List<String> wanted = List.of(names);
        try (InputStream in = Files.newInputStream(source.file())) {
            XMLStreamReader reader = GuardedXmlReader.of(XmlElement.factory(), in);
            try {
                int depth = 0;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        if (depth == 1 && wanted.contains(reader.getLocalName())) {
                            each.accept(XmlElement.read(reader));
                        } else {
                            depth++;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, 0, "", "no such file");
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber(), 0);
            throw new InvalidInputException(file, line, "", "is not valid XML: " + ParserMessages.of(e));
        } catch (IOException e) {
            throw new InvalidInputException(file, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    private static void election(XmlElement node, String contestName, CdfElection election) {
        for (XmlElement candidate : node.all("Candidate")) {
            election.candidate(candidate.attribute("ObjectId").orElse(""), candidate.textOf("Name").orElse(""));
        }
        for (XmlElement contest : node.all("Contest")) {
            if (election.contestId == null && contest.textOf("Name").orElse("").equals(contestName)) {
                election.contestId = contest.attribute("ObjectId").orElse("");
                for (XmlElement selection : contest.all("ContestSelection")) {
                    election.selection(selection.attribute("ObjectId").orElse(""), new CdfElection.Selection(
                            selection.textOf("IsWriteIn").orElse("").equals("true"), selection.textOf("CandidateIds").orElse("")));
                }
            }
        }
    }

    private static Optional<CastVoteRecord> record(XmlElement cvr, int[] index, CvrSource source, CdfElection election,
            String file) {
        String current = cvr.textOf("CurrentSnapshotId").orElse("");
        Optional<XmlElement> contest = cvr.all("CVRSnapshot").stream()
                .filter(snapshot -> snapshot.attribute("ObjectId").orElse("").equals(current)).findFirst()
                .flatMap(snapshot -> snapshot.all("CVRContest").stream()
                        .filter(each -> each.textOf("ContestId").orElse("").equals(election.contestId)).findFirst());
        if (contest.isEmpty()) {
            return Optional.empty(); // not a ballot of this contest
        }
        String id = source.file().getFileName() + "(" + ++index[0] + ")";
        List<Ranking> rankings = new ArrayList<>();
        for (XmlElement selected : contest.get().all("CVRContestSelection")) {
            if (selected.textOf("Status").orElse("").equals("needs-adjudication")) {
                continue;
            }
            String ranked = election.ranked(selected.textOf("ContestSelectionId").orElse(""), id);
            Optional<String> rank = selected.textOf("Rank");
            if (rank.isPresent()) {
                add(rankings, rank(rank.get(), id, file), ranked);
                continue;
            }
            for (XmlElement position : selected.all("SelectionPosition")) {
                String at = position.first("CVRWriteIn").isPresent() ? null : ranked;
                String allocable = position.textOf("IsAllocable").orElseThrow(() ->
                        new InvalidInputException(file + ", record " + id, 0, "", "a selection position without IsAllocable"));
                if (position.textOf("HasIndication").orElse("").equals("no") || allocable.equals("no")) {
                    continue;
                }
                String where = position.textOf("Rank").orElseThrow(() ->
                        new InvalidInputException(file + ", record " + id, 0, "", "a selection position without a Rank"));
                add(rankings, rank(where, id, file), at);
            }
        }
        String unit = cvr.textOf("BallotStyleUnitId").orElse("");
        return Optional.of(new CastVoteRecord(id, unit.isEmpty() ? "" : election.unit(unit), "", rankings));
    }

    // Both

    /** A ranking of {@code candidate}'s name at {@code rank}; null stands for an undeclared write-in. */
    private static void add(List<Ranking> rankings, int rank, String candidate) {
        rankings.add(candidate == null ? Ranking.undeclaredWriteIn(rank) : Ranking.of(rank, candidate));
    }

    private static int rank(String text, String id, String file) {
        try {
            int rank = Integer.parseInt(text.strip());
            if (rank >= 1) {
                return rank;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidInputException(file + ", record " + id, 0, text, "is not a rank (a whole number from 1)");
    }
}
