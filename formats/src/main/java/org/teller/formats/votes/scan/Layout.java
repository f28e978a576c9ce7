package org.teller.formats.votes.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.teller.core.Candidate;
import org.teller.core.ballot.Adjudication;
import org.teller.core.ballot.BallotPaperRules;
import org.teller.formats.votes.CandidateNames;

/**
 * What the scanner knows before it reads a row: which column is which, and the exact bytes that name
 * each candidate and adjudication. Immutable; shared by all workers.
 */
final class Layout {

    static final int OTHER = 0;
    static final int FIRST = 1;
    static final int SECOND = 2;
    static final int AREA = 3;
    static final int ID = 4;
    static final int FLAGS = 5;

    private static final List<String> FLAG_KEYS =
            List.of("no-official-mark", "identifying-mark", "uncertain-first", "uncertain-second");

    final int[] roles;
    final boolean hasArea;
    final boolean hasId;
    /**
     * Whether rows can be looked up whole in a cache of verdicts: every row is then one of a few hundred
     * (first, second, flags) combinations. Not with ids (every row differs), nor with an area anywhere
     * but first (the rest of the row must be one piece of bytes).
     */
    final boolean cacheRows;
    final int candidateCount;
    /** How the reference reader finds candidates: the rules for spellings not met before. */
    final CandidateNames names;
    private final byte[][] candidateKeys;
    private final int[] candidateValues;
    private final byte[][] flagKeys;
    private final int[] flagBits;

    Layout(int[] roles, List<Candidate> candidates) {
        this.roles = roles.clone();
        boolean area = false;
        boolean id = false;
        for (int role : roles) {
            area |= role == AREA;
            id |= role == ID;
        }
        this.hasArea = area;
        this.hasId = id;
        this.cacheRows = !id && (!area || roles[0] == AREA);
        this.candidateCount = candidates.size();
        // Exact spellings only: anything else (another case, odd spacing) goes to the reference reader.
        this.names = new CandidateNames(candidates);
        List<byte[]> keys = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (int index = 0; index < candidates.size(); index++) {
            for (String label : List.of(candidates.get(index).name(), candidates.get(index).shortLabel())) {
                if (!label.isEmpty() && names.find(label) == index) {
                    keys.add(label.getBytes(StandardCharsets.UTF_8));
                    values.add(index);
                }
            }
        }
        this.candidateKeys = keys.toArray(new byte[0][]);
        this.candidateValues = values.stream().mapToInt(Integer::intValue).toArray();
        this.flagKeys = new byte[FLAG_KEYS.size()][];
        this.flagBits = new int[FLAG_KEYS.size()];
        for (int i = 0; i < FLAG_KEYS.size(); i++) {
            flagKeys[i] = FLAG_KEYS.get(i).getBytes(StandardCharsets.US_ASCII);
            flagBits[i] = BallotPaperRules.bit(
                    Adjudication.ofKey(FLAG_KEYS.get(i)).orElseThrow());
        }
    }

    /** A table of the candidates' exact spellings, for one worker. */
    ByteKeys candidateTable() {
        ByteKeys table = new ByteKeys(candidateKeys.length);
        for (int i = 0; i < candidateKeys.length; i++) {
            table.add(candidateKeys[i], 0, candidateKeys[i].length, candidateValues[i]);
        }
        return table;
    }

    /** A table of the adjudications' keys, whose values are their bits, for one worker. */
    ByteKeys flagTable() {
        ByteKeys table = new ByteKeys(flagKeys.length);
        for (int i = 0; i < flagKeys.length; i++) {
            table.add(flagKeys[i], 0, flagKeys[i].length, flagBits[i]);
        }
        return table;
    }

    /**
     * Reads the header row; gives up on anything the reference reader should judge (a quoted or unknown
     * column, a column twice, a missing one).
     */
    static Layout of(byte[] header, int from, int to, List<Candidate> candidates) {
        String text = new String(header, from, to - from, StandardCharsets.UTF_8);
        if (text.indexOf('"') >= 0 || text.isEmpty()) {
            throw new GiveUp("header needs the reference reader");
        }
        String[] columns = text.split(",", -1);
        int[] roles = new int[columns.length];
        boolean[] seen = new boolean[6];
        for (int i = 0; i < columns.length; i++) {
            roles[i] = switch (columns[i]) {
                case "first" -> FIRST;
                case "second" -> SECOND;
                case "area" -> AREA;
                case "id" -> ID;
                case "flags" -> FLAGS;
                default -> throw new GiveUp("unknown column");
            };
            if (seen[roles[i]]) {
                throw new GiveUp("a column twice");
            }
            seen[roles[i]] = true;
        }
        if (!seen[FIRST] || !seen[SECOND]) {
            throw new GiveUp("missing column");
        }
        return new Layout(roles, candidates);
    }
}
