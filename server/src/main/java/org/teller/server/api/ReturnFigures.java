package org.teller.server.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teller.core.ballot.RejectionHead;

/**
 * The figures of a first-stage return, checked against the contest and written canonically (every
 * candidate in ballot-paper order, then every head of rejected papers in the statute's order), so that two
 * entries agree exactly when their canonical texts are equal.
 */
public final class ReturnFigures {

    private ReturnFigures() {}

    /**
     * @param votes each candidate's votes, by name: every candidate once, no one else
     * @param rejected rejected papers by head ({@code want-of-official-mark}...); a head left out is 0
     */
    static Map<String, Object> firstStage(List<String> candidates, Map<String, Long> votes, Map<String, Long> rejected) {
        Map<String, Long> ordered = everyOnce(candidates, votes, "a candidate of this contest, whose names are written exactly",
                "every candidate has one, 0 if none");
        Map<String, Long> heads = new LinkedHashMap<>();
        for (RejectionHead head : RejectionHead.values()) {
            heads.put(head.key(), rejected.getOrDefault(head.key(), 0L));
        }
        for (String name : rejected.keySet()) {
            if (!heads.containsKey(name)) {
                throw ApiException.badRequest("rejected." + ApiException.shown(name) + ": not a head of rejected papers (" + String.join(", ", heads.keySet()) + ")");
            }
        }
        total(ordered.values(), heads.values());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("votes", ordered);
        figures.put("rejected", heads);
        return figures;
    }

    /**
     * The figures of a second-stage return: the later preferences added to each candidate who went forward,
     * every one of them once, no one else.
     */
    static Map<String, Object> secondStage(List<String> forward, Map<String, Long> votes, Map<String, Long> rejected) {
        if (!rejected.isEmpty()) {
            throw ApiException.badRequest("rejected: rejected papers are returned at the first stage only");
        }
        Map<String, Long> ordered = everyOnce(forward, votes, "a candidate who went forward to the second stage",
                "every candidate who went forward has one, 0 if none");
        total(ordered.values(), List.of());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("votes", ordered);
        return figures;
    }

    /** The votes of each of {@code names}, in their order: every one of them given once, no other name. */
    private static Map<String, Long> everyOnce(List<String> names, Map<String, Long> votes, String what, String rule) {
        for (String name : votes.keySet()) {
            if (!names.contains(name)) {
                throw ApiException.badRequest("votes." + ApiException.shown(name) + ": not " + what + " (" + String.join(", ", names) + ")");
            }
        }
        List<String> missing = names.stream().filter(name -> !votes.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("votes: no figure for " + String.join(", ", missing) + " (" + rule + ")");
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        names.forEach(name -> ordered.put(name, votes.get(name)));
        return ordered;
    }

    /** Refuses figures whose total Teller cannot hold. */
    private static void total(java.util.Collection<Long> votes, java.util.Collection<Long> rejected) {
        long total = 0;
        try {
            for (long count : votes) {
                total = Math.addExact(total, count);
            }
            for (long count : rejected) {
                total = Math.addExact(total, count);
            }
        } catch (ArithmeticException e) {
            throw ApiException.badRequest("votes: the figures add up to more than Teller can count (" + Long.MAX_VALUE + ")");
        }
    }

    /** The papers a return's canonical figures count: its votes and, at the first stage, its rejected papers. */
    @SuppressWarnings("unchecked")
    public static long papers(Map<String, Object> figures) {
        long papers = 0;
        for (String part : List.of("votes", "rejected")) {
            for (Object count : ((Map<String, Object>) figures.getOrDefault(part, Map.of())).values()) {
                papers += ((Number) count).longValue(); // checked to fit when the figures were made
            }
        }
        return papers;
    }

    /** Where two entries' figures differ, one line each ({@code votes.John Biggs: 27255 and 27256}). */
    @SuppressWarnings("unchecked")
    public static List<String> differences(Map<String, Object> first, Map<String, Object> second) {
        List<String> differences = new ArrayList<>();
        for (String part : List.of("votes", "rejected")) {
            Map<String, Object> a = (Map<String, Object>) first.getOrDefault(part, Map.of());
            Map<String, Object> b = (Map<String, Object>) second.getOrDefault(part, Map.of());
            for (String key : a.keySet()) {
                if (!String.valueOf(a.get(key)).equals(String.valueOf(b.get(key)))) {
                    differences.add(part + "." + key + ": " + a.get(key) + " and " + b.get(key));
                }
            }
        }
        return differences;
    }
}
