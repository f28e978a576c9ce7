package org.teller.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teller.core.Candidate;

/**
 * The slow, independent count the fuzz tests hold Teller to, written from the README alone: its own CSV
 * reader ({@link StrictCsv}), its own name matching ({@link Names}), the paper rules as the README
 * states them, and a Supplementary Vote count in exact integers. It shares no code with Teller's
 * readers or its count; it only builds Teller's {@link Candidate} records to be told the candidates.
 */
final class Oracle {

    /** Heads of rejection, in the statute's order (README, "The rules"). */
    static final String[] HEADS = {"want-of-official-mark", "voting-for-too-many", "identifying-mark", "unmarked",
        "uncertain"};
    /** Why a valid paper's second preference is not counted; the last only from tallies. */
    static final String[] REASONS = {"unmarked", "voting-for-too-many", "uncertain", "same-as-first", "not-stated"};
    static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Oracle() {}

    /** One count area's papers: valid ones by first preference and second (or reason), rejected ones by head. */
    static final class Papers {
        final int n;
        final BigInteger[][] cells;
        final BigInteger[] rejected = zeros(HEADS.length);

        Papers(int n) {
            this.n = n;
            cells = new BigInteger[n][];
            for (int i = 0; i < n; i++) {
                cells[i] = zeros(n + REASONS.length);
            }
        }

        void addValid(int first, int column, BigInteger votes) {
            cells[first][column] = cells[first][column].add(votes);
        }

        void add(Papers other) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < cells[i].length; j++) {
                    cells[i][j] = cells[i][j].add(other.cells[i][j]);
                }
            }
            for (int h = 0; h < HEADS.length; h++) {
                rejected[h] = rejected[h].add(other.rejected[h]);
            }
        }

        BigInteger first(int candidate) {
            BigInteger total = BigInteger.ZERO;
            for (BigInteger cell : cells[candidate]) {
                total = total.add(cell);
            }
            return total;
        }
    }

    /** What a votes file holds, or why it is refused. */
    record Read(Map<String, Papers> papers, Map<String, Returned> returns, Refusal refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    /** One area's returns. */
    static final class Returned {
        final BigInteger[] first;
        final BigInteger[] second;
        final long[] lines;
        final long firstLine;

        Returned(int n, long firstLine) {
            first = new BigInteger[n];
            second = new BigInteger[n];
            lines = new long[n];
            this.firstLine = firstLine;
        }
    }

    // ---- ballot papers ----

    /**
     * Reads ballot papers. With {@code loosely}, a mark that names a candidate only up to look-alikes counts
     * for that candidate instead of being refused.
     */
    static Read ballots(byte[] bytes, String file, List<Candidate> candidates, boolean loosely) {
        StrictCsv.Table table = StrictCsv.read(bytes, file, List.of("first", "second"), List.of("area", "id", "flags"));
        Map<String, Papers> areas = new LinkedHashMap<>();
        if (table.header() == null || table.refusal() != null && table.refusal().kind() == Refusal.Kind.BAD_HEADER) {
            return new Read(null, null, table.refusal());
        }
        List<String> header = table.header().fields();
        Names names = new Names(candidates);
        Set<String> ids = new HashSet<>();
        for (StrictCsv.Record row : table.rows()) {
            Map<String, String> fields = fields(header, row);
            String id = fields.getOrDefault("id", "");
            if (!id.isEmpty() && !ids.add(id)) {
                return refused(Refusal.Kind.DUPLICATE_ID, file, row, id);
            }
            String area = fields.getOrDefault("area", "");
            if (header.contains("area") && area.isEmpty()) {
                return refused(Refusal.Kind.EMPTY_AREA, file, row, "");
            }
            int[] first = new int[1];
            int[] second = new int[1];
            Set<Integer> firstMarks = new HashSet<>();
            Set<Integer> secondMarks = new HashSet<>();
            Refusal bad = marks(fields.get("first"), names, loosely, firstMarks, file, row);
            if (bad == null) {
                bad = marks(fields.get("second"), names, loosely, secondMarks, file, row);
            }
            Set<String> flags = new HashSet<>();
            if (bad == null && !fields.getOrDefault("flags", "").isEmpty()) {
                for (String flag : fields.get("flags").split("\\|", -1)) {
                    String known = StrictCsv.stripped(flag);
                    if (!List.of("no-official-mark", "identifying-mark", "uncertain-first", "uncertain-second").contains(known)) {
                        bad = new Refusal(Refusal.Kind.BAD_FLAG, file, row.line(), flag);
                        break;
                    }
                    flags.add(known);
                }
            }
            if (bad != null) {
                return new Read(null, null, bad);
            }
            Papers papers = areas.computeIfAbsent(area, a -> new Papers(candidates.size()));
            // The heads of rejection in the statute's order; then why a second preference is not counted.
            int head = flags.contains("no-official-mark") ? 0
                    : firstMarks.size() > 1 ? 1
                    : flags.contains("identifying-mark") ? 2
                    : flags.contains("uncertain-first") ? 4
                    : firstMarks.isEmpty() ? 3
                    : -1;
            if (head >= 0) {
                papers.rejected[head] = papers.rejected[head].add(BigInteger.ONE);
                continue;
            }
            first[0] = firstMarks.iterator().next();
            int n = candidates.size();
            int column = secondMarks.size() > 1 ? n + 1
                    : flags.contains("uncertain-second") ? n + 2
                    : secondMarks.isEmpty() ? n
                    : (second[0] = secondMarks.iterator().next()) == first[0] ? n + 3
                    : second[0];
            papers.addValid(first[0], column, BigInteger.ONE);
        }
        if (table.refusal() != null) {
            return new Read(null, null, table.refusal());
        }
        return new Read(areas, null, null);
    }

    private static Refusal marks(String field, Names names, boolean loosely, Set<Integer> marks, String file,
            StrictCsv.Record row) {
        if (field.isEmpty()) {
            return null;
        }
        for (String mark : field.split("\\|", -1)) {
            if (StrictCsv.stripped(mark).isEmpty()) {
                return new Refusal(Refusal.Kind.EMPTY_MARK, file, row.line(), field);
            }
            int candidate = loosely ? names.findLoosely(mark) : names.find(mark);
            if (candidate == Names.UNKNOWN) {
                return new Refusal(Refusal.Kind.UNKNOWN_CANDIDATE, file, row.line(), mark);
            }
            if (candidate == Names.AMBIGUOUS) {
                return new Refusal(Refusal.Kind.AMBIGUOUS_LABEL, file, row.line(), mark);
            }
            marks.add(candidate);
        }
        return null;
    }

    /** A row's fields by column, stripped of the spaces around them. */
    private static Map<String, String> fields(List<String> header, StrictCsv.Record row) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), StrictCsv.stripped(row.fields().get(i)));
        }
        return fields;
    }

    private static Read refused(Refusal.Kind kind, String file, StrictCsv.Record row, String detail) {
        return new Read(null, null, new Refusal(kind, file, row.line(), detail));
    }

    // ---- tallies ----

    static Read tally(byte[] bytes, String file, List<Candidate> candidates) {
        StrictCsv.Table table = StrictCsv.read(bytes, file, List.of("first", "second", "votes"), List.of("area"));
        if (table.header() == null || table.refusal() != null && table.refusal().kind() == Refusal.Kind.BAD_HEADER) {
            return new Read(null, null, table.refusal());
        }
        List<String> header = table.header().fields();
        Names names = new Names(candidates);
        int n = candidates.size();
        Map<String, Papers> areas = new LinkedHashMap<>();
        Set<List<Object>> seen = new HashSet<>();
        for (StrictCsv.Record row : table.rows()) {
            Map<String, String> fields = fields(header, row);
            String area = fields.getOrDefault("area", "");
            if (header.contains("area") && area.isEmpty()) {
                return refused(Refusal.Kind.EMPTY_AREA, file, row, "");
            }
            Object[] firstOrBad = candidate(fields.get("first"), names, file, row);
            if (firstOrBad[1] != null) {
                return new Read(null, null, (Refusal) firstOrBad[1]);
            }
            int first = (Integer) firstOrBad[0];
            int second = -1;
            if (!fields.get("second").isEmpty()) {
                Object[] secondOrBad = candidate(fields.get("second"), names, file, row);
                if (secondOrBad[1] != null) {
                    return new Read(null, null, (Refusal) secondOrBad[1]);
                }
                second = (Integer) secondOrBad[0];
            }
            BigInteger votes = number(fields.get("votes"));
            if (votes == null) {
                return refused(Refusal.Kind.BAD_NUMBER, file, row, fields.get("votes"));
            }
            if (!seen.add(List.of(area, first, second))) {
                return refused(Refusal.Kind.DUPLICATE_ROW, file, row, "");
            }
            Papers papers = areas.computeIfAbsent(area, a -> new Papers(n));
            papers.addValid(first, second < 0 ? n + 4 : second == first ? n + 3 : second, votes);
        }
        if (table.refusal() != null) {
            return new Read(null, null, table.refusal());
        }
        return new Read(areas, null, null);
    }

    private static Object[] candidate(String value, Names names, String file, StrictCsv.Record row) {
        if (value.isEmpty()) {
            return new Object[] {null, new Refusal(Refusal.Kind.EMPTY_CANDIDATE, file, row.line(), "")};
        }
        int candidate = names.find(value);
        if (candidate < 0) {
            return new Object[] {null, new Refusal(candidate == Names.AMBIGUOUS ? Refusal.Kind.AMBIGUOUS_LABEL
                    : Refusal.Kind.UNKNOWN_CANDIDATE, file, row.line(), value)};
        }
        return new Object[] {candidate, null};
    }

    /** A whole number as the README has it: digits only; one that does not fit a long is refused. */
    static BigInteger number(String digits) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        BigInteger value = new BigInteger(digits);
        return value.compareTo(MAX) > 0 ? null : value;
    }

    // ---- returns ----

    static Read returns(byte[] bytes, String file, List<Candidate> candidates) {
        StrictCsv.Table table = StrictCsv.read(bytes, file, List.of("candidate", "first", "second"), List.of("area"));
        if (table.header() == null || table.refusal() != null && table.refusal().kind() == Refusal.Kind.BAD_HEADER) {
            return new Read(null, null, table.refusal());
        }
        List<String> header = table.header().fields();
        Names names = new Names(candidates);
        int n = candidates.size();
        Map<String, Returned> areas = new LinkedHashMap<>();
        for (StrictCsv.Record row : table.rows()) {
            Map<String, String> fields = fields(header, row);
            String area = fields.getOrDefault("area", "");
            if (header.contains("area") && area.isEmpty()) {
                return refused(Refusal.Kind.EMPTY_AREA, file, row, "");
            }
            int candidate = names.find(fields.get("candidate"));
            if (candidate < 0) {
                return refused(candidate == Names.AMBIGUOUS ? Refusal.Kind.AMBIGUOUS_LABEL : Refusal.Kind.UNKNOWN_CANDIDATE,
                        file, row, fields.get("candidate"));
            }
            Returned returned = areas.computeIfAbsent(area, a -> new Returned(n, row.line()));
            if (returned.first[candidate] != null) {
                return refused(Refusal.Kind.DUPLICATE_ROW, file, row, fields.get("candidate"));
            }
            BigInteger first = number(fields.get("first"));
            if (first == null) {
                return refused(Refusal.Kind.BAD_NUMBER, file, row, fields.get("first"));
            }
            BigInteger second = null;
            if (!fields.get("second").isEmpty()) {
                second = number(fields.get("second"));
                if (second == null) {
                    return refused(Refusal.Kind.BAD_NUMBER, file, row, fields.get("second"));
                }
            }
            returned.first[candidate] = first;
            returned.second[candidate] = second;
            returned.lines[candidate] = row.line();
        }
        if (table.refusal() != null) {
            return new Read(null, null, table.refusal());
        }
        // Area by area: a row for every candidate, and second-stage figures for the same candidates as before.
        Returned earlier = null;
        for (Map.Entry<String, Returned> area : areas.entrySet()) {
            for (int candidate = 0; candidate < n; candidate++) {
                if (area.getValue().first[candidate] == null) {
                    return new Read(null, null, new Refusal(Refusal.Kind.MISSING_ROW, file, area.getValue().firstLine,
                            candidates.get(candidate).name()));
                }
            }
            for (int candidate = 0; candidate < n && earlier != null; candidate++) {
                if ((earlier.second[candidate] == null) != (area.getValue().second[candidate] == null)) {
                    return new Read(null, null, new Refusal(Refusal.Kind.MIXED_SECOND, file, 0,
                            candidates.get(candidate).name()));
                }
            }
            earlier = area.getValue();
        }
        return new Read(null, areas, null);
    }

    static BigInteger[] zeros(int length) {
        BigInteger[] zeros = new BigInteger[length];
        java.util.Arrays.fill(zeros, BigInteger.ZERO);
        return zeros;
    }

    static List<Integer> range(int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }
}
