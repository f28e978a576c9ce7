package org.teller.formats.internal.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.Adjudication;
import org.teller.core.ballot.BallotRules;
import org.teller.formats.votes.CandidateNames;
import org.teller.formats.internal.PaperFields;
import org.teller.formats.internal.RankColumns;

/**
 * What the scanner knows before it reads a row: which column is which (each rank column's rank), the
 * system's rules, and the exact bytes that name each candidate and adjudication. Immutable; shared by
 * all workers.
 */
final class Layout {

    static final int RANK = 1;
    static final int AREA = 2;
    static final int ID = 3;
    static final int FLAGS = 4;

    /** More columns than any votes file has: the reference reader refuses a header with more. */
    private static final int HEADER_FIELDS = 64;
    /** Flags whose spellings a worker knows from the start: uncertain ranks up to this one, in both styles. */
    private static final int FLAG_RANKS = 20;

    /** In a flag's value ({@link #flagValue}): the decisions on the whole paper; an uncertain rank r is r + 1. */
    static final int NO_OFFICIAL_MARK = 0;
    static final int IDENTIFYING_MARK = 1;

    final int[] roles;
    /** For each column, the rank (from 0) it holds; -1 for a column that is not a rank. */
    final int[] rankOf;
    /** The name of each rank column's header, by rank (from 0). */
    final List<String> rankNames;
    /** How many rank columns the file has. */
    final int rankColumns;
    /** How many ranks the rules read ({@link BallotRules#ranksRead}): later ranks are checked, never judged. */
    final int ranksRead;
    /** The ranks that hold a mark the rules read: the rank columns, to the last the rules read. */
    final int ranksJudged;
    final BallotRules rules;
    /** Whether the rules keep an overvote's candidates for the count ({@link BallotRules#keepsOvervotes}). */
    final boolean keepsOvervotes;
    final boolean hasArea;
    final boolean hasId;
    /**
     * Whether rows can be looked up whole in a cache of verdicts: in an ordinary file most rows are one
     * of a few hundred (marks, flags) combinations. Not with ids (every row differs), nor with an area
     * anywhere but first (the rest of the row must be one piece of bytes).
     */
    final boolean cacheRows;
    final int candidateCount;
    /**
     * The bits a judged rank takes in a signature packed into a long ({@link PackedVerdicts}): enough for
     * its code ({@link Judge#NOTHING}, {@link Judge#SEVERAL} or candidate + 2, shifted left once, and 1
     * if uncertain); 0 when the decisions' 2 bits and every judged rank do not fit in 63 bits.
     */
    final int rankBits;
    /** How the reference reader finds candidates: the rules for spellings not met before. */
    final CandidateNames names;
    private final byte[][] candidateKeys;
    private final int[] candidateValues;
    private final ShortLabels shortLabels;
    private final byte[][] flagKeys;
    private final int[] flagValues;

    private Layout(int[] roles, int[] rankOf, List<String> rankNames, List<Candidate> candidates, BallotRules rules) {
        this.roles = roles.clone();
        this.rankOf = rankOf.clone();
        this.rankNames = List.copyOf(rankNames);
        this.rankColumns = rankNames.size();
        this.rules = rules;
        this.ranksRead = rules.ranksRead();
        this.ranksJudged = Math.min(rankColumns, ranksRead);
        this.keepsOvervotes = rules.keepsOvervotes();
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
        int bits = Integer.SIZE - Integer.numberOfLeadingZeros(2 * (candidateCount + 1) + 1);
        this.rankBits = 2 + bits * ranksJudged <= Long.SIZE - 1 ? bits : 0;
        // Exact spellings to start with: others (another case, odd spacing) are judged by the rules and learnt.
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
        this.shortLabels = new ShortLabels(candidateKeys, candidateValues);
        List<String> flags = new ArrayList<>();
        for (Adjudication decision : Adjudication.values()) {
            flags.add(decision.key());
        }
        for (int rank = 1; rank <= FLAG_RANKS; rank++) {
            flags.add("uncertain-" + RankColumns.nameOf(rank, false));
            if (rank > 2) {
                flags.add("uncertain-" + RankColumns.nameOf(rank, true));
            }
        }
        this.flagKeys = new byte[flags.size()][];
        this.flagValues = new int[flags.size()];
        for (int i = 0; i < flags.size(); i++) {
            flagKeys[i] = flags.get(i).getBytes(StandardCharsets.US_ASCII);
            flagValues[i] = flagValue(PaperFields.flag(flags.get(i)));
        }
    }

    /**
     * A flag as the scanner holds it: {@link #NO_OFFICIAL_MARK}, {@link #IDENTIFYING_MARK}, or the rank it
     * finds void for uncertainty plus one ({@code uncertain-first} is 2).
     */
    static int flagValue(PaperFields.Flag flag) {
        if (flag.uncertainRank() > 0) {
            return flag.uncertainRank() + 1;
        }
        return switch (flag.decision().orElseThrow()) {
            case NO_OFFICIAL_MARK -> NO_OFFICIAL_MARK;
            case IDENTIFYING_MARK -> IDENTIFYING_MARK;
            default -> throw new IllegalArgumentException("an uncertain preference names its rank: " + flag);
        };
    }

    /** The candidates' exact spellings of at most eight bytes, for every worker. */
    ShortLabels shortLabels() {
        return shortLabels;
    }

    /** A table of the candidates' exact spellings, for one worker. */
    ByteKeys candidateTable() {
        ByteKeys table = new ByteKeys(candidateKeys.length);
        for (int i = 0; i < candidateKeys.length; i++) {
            table.add(candidateKeys[i], 0, candidateKeys[i].length, candidateValues[i]);
        }
        return table;
    }

    /** A table of the flags' spellings, whose values are {@link #flagValue}s, for one worker. */
    ByteKeys flagTable() {
        ByteKeys table = new ByteKeys(flagKeys.length);
        for (int i = 0; i < flagKeys.length; i++) {
            table.add(flagKeys[i], 0, flagKeys[i].length, flagValues[i]);
        }
        return table;
    }

    /**
     * Reads the header row; gives up on anything the reference reader should judge (a quoted or unknown
     * column, a column twice, rank columns that mix styles, leave a gap or are fewer than the rules need).
     */
    static Layout of(byte[] header, int from, int to, List<Candidate> candidates, BallotRules rules) {
        String text = new String(header, from, to - from, StandardCharsets.UTF_8);
        if (text.indexOf('"') >= 0 || text.isEmpty()) {
            throw new GiveUp("header needs the reference reader");
        }
        List<String> columns = Arrays.asList(text.split(",", -1));
        if (columns.size() > HEADER_FIELDS) {
            throw new GiveUp("more columns than a votes file has");
        }
        List<String> ranks;
        try {
            ranks = RankColumns.of(columns, "", 1, rules.ranksNeeded(), "");
        } catch (InvalidInputException e) {
            throw new GiveUp("rank columns the reference reader refuses");
        }
        int[] roles = new int[columns.size()];
        int[] rankOf = new int[columns.size()];
        boolean[] seen = new boolean[FLAGS + 1];
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            rankOf[i] = ranks.indexOf(column);
            roles[i] = switch (column) {
                case "area" -> AREA;
                case "id" -> ID;
                case "flags" -> FLAGS;
                default -> {
                    if (rankOf[i] < 0) {
                        throw new GiveUp("unknown column");
                    }
                    yield RANK;
                }
            };
            if (roles[i] != RANK && seen[roles[i]] || roles[i] == RANK && columns.indexOf(column) != i) {
                throw new GiveUp("a column twice");
            }
            seen[roles[i]] = true;
        }
        if (ranks.isEmpty()) {
            throw new GiveUp("no rank column");
        }
        return new Layout(roles, rankOf, ranks, candidates, rules);
    }
}
