package org.teller.rctab.cvr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.teller.core.InvalidInputException;

/**
 * What RCTab reads of the manifests beside a Dominion export: the contests (with the ranks each
 * allows), the candidates of each contest, and the names of precincts and precinct portions. A manifest
 * is {@code {"List": [ {...}, ... ]}}, one object an entry; keys RCTab does not read are passed over.
 *
 * @param contestRanks each contest's {@code NumOfRanks} by its {@code Id} (absent in older exports)
 * @param candidateContests each candidate's {@code ContestId} by its {@code Id}
 * @param precincts {@code PrecinctManifest.json}'s descriptions by id; empty when the export has no such
 *     manifest (older Dominion versions name precinct portions only)
 * @param precinctPortions {@code PrecinctPortionManifest.json}'s descriptions by id
 */
record DominionManifests(Map<Integer, OptionalInt> contestRanks, Map<Integer, Integer> candidateContests,
        Optional<Map<Integer, String>> precincts, Map<Integer, String> precinctPortions) {

    static final String CONTESTS = "ContestManifest.json";
    static final String CANDIDATES = "CandidateManifest.json";
    static final String PRECINCTS = "PrecinctManifest.json";
    static final String PRECINCT_PORTIONS = "PrecinctPortionManifest.json";

    /** Reads the manifests RCTab reads from {@code folder}. */
    static DominionManifests read(Path folder) {
        Map<Integer, OptionalInt> contests = new HashMap<>();
        entries(folder.resolve(CONTESTS), (json, entry) -> {
            Integer id = null;
            OptionalInt ranks = OptionalInt.empty();
            for (String key = json.nextKey(); key != null; key = json.nextKey()) {
                switch (key) {
                    case "Id" -> id = json.whole("Id of contest " + entry);
                    case "NumOfRanks" -> ranks = json.isNull() ? OptionalInt.empty() : OptionalInt.of(json.whole("NumOfRanks of contest " + entry));
                    default -> json.skip();
                }
            }
            put(contests, required(json, id, "Id", "contest " + entry), ranks, json, "contest");
        });
        Map<Integer, Integer> candidates = new HashMap<>();
        entries(folder.resolve(CANDIDATES), (json, entry) -> {
            Integer id = null;
            Integer contest = null;
            for (String key = json.nextKey(); key != null; key = json.nextKey()) {
                switch (key) {
                    case "Id" -> id = json.whole("Id of candidate " + entry);
                    case "ContestId" -> contest = json.whole("ContestId of candidate " + entry);
                    default -> json.skip();
                }
            }
            String where = "candidate " + entry;
            put(candidates, required(json, id, "Id", where), required(json, contest, "ContestId", where), json, "candidate");
        });
        Path precinctFile = folder.resolve(PRECINCTS);
        Optional<Map<Integer, String>> precincts = Files.exists(precinctFile)
                ? Optional.of(descriptions(precinctFile, "precinct")) : Optional.empty();
        return new DominionManifests(Map.copyOf(contests), Map.copyOf(candidates), precincts,
                descriptions(folder.resolve(PRECINCT_PORTIONS), "precinct portion"));
    }

    /** The descriptions of a manifest of places (precincts, precinct portions) by id. */
    private static Map<Integer, String> descriptions(Path file, String kind) {
        Map<Integer, String> names = new HashMap<>();
        entries(file, (json, entry) -> {
            Integer id = null;
            String description = null;
            for (String key = json.nextKey(); key != null; key = json.nextKey()) {
                switch (key) {
                    case "Id" -> id = json.whole("Id of " + kind + " " + entry);
                    case "Description" -> description = json.text("Description of " + kind + " " + entry);
                    default -> json.skip();
                }
            }
            String where = kind + " " + entry;
            put(names, required(json, id, "Id", where), required(json, description, "Description", where), json, kind);
        });
        return Map.copyOf(names);
    }

    /** Hands each entry of {@code file}'s {@code List} to {@code entry}, positioned on its opening brace. */
    private static void entries(Path file, Entry entry) {
        try (DominionJson json = DominionJson.open(file)) {
            json.startObject("the manifest");
            boolean listed = false;
            for (String key = json.nextKey(); key != null; key = json.nextKey()) {
                if (!key.equals("List")) {
                    json.skip();
                    continue;
                }
                listed = true;
                json.startArray("List");
                for (int n = 1; json.nextItem(); n++) {
                    json.startObject("entry " + n + " of List");
                    entry.read(json, n);
                }
            }
            if (!listed) {
                throw json.problem("", "has no List of entries, as every Dominion manifest has");
            }
            json.end();
        }
    }

    private static <T> T required(DominionJson json, T value, String key, String where) {
        if (value == null) {
            throw json.problem("", where + " has no " + key);
        }
        return value;
    }

    private static <T> void put(Map<Integer, T> map, int id, T value, DominionJson json, String kind) {
        if (map.putIfAbsent(id, value) != null) {
            throw json.problem(Integer.toString(id), "is the Id of two " + kind + " entries");
        }
    }

    /** Reads one entry of a manifest's list. */
    @FunctionalInterface
    private interface Entry {
        void read(DominionJson json, int number);
    }
}
