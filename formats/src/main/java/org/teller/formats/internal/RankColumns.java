package org.teller.formats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.teller.core.InvalidInputException;

/**
 * The columns of a ballot-paper file that hold preferences, in rank order: {@code first}, {@code second},
 * {@code third}... (to the twentieth), or {@code rank1}, {@code rank2}... A file uses one style, and its
 * ranks run from the first without a gap, so that no column is taken for another rank.
 */
public final class RankColumns {

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

    private RankColumns() {}

    /** The rank (from 1) a column holds, if it is a rank column. */
    public static Optional<Integer> rankOf(String column) {
        int ordinal = ORDINALS.indexOf(column);
        if (ordinal >= 0) {
            return Optional.of(ordinal + 1);
        }
        if (column.startsWith("rank") && column.length() > 4 && column.length() <= 7 && column.charAt(4) != '0'
                && column.substring(4).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Integer.parseInt(column.substring(4)));
        }
        return Optional.empty();
    }

    /** Whether a column holds a rank. */
    public static boolean isRank(String column) {
        return rankOf(column).isPresent();
    }

    /** The name of the column for a rank: an ordinal ({@code third}, to the twentieth) or {@code rank3}. */
    public static String nameOf(int rank, boolean ordinals) {
        return ordinals && rank <= ORDINALS.size() ? ORDINALS.get(rank - 1) : "rank" + rank;
    }

    /**
     * The rank columns of a header, in rank order.
     *
     * @param needed how many ranks the contest's system reads at least (SV two; first past the post one)
     * @param system the system, for the message when there are fewer
     * @throws InvalidInputException at the header's line for a mix of styles, a gap, or too few ranks
     */
    public static List<String> of(List<String> header, String file, long line, int needed, String system) {
        TreeMap<Integer, String> byRank = new TreeMap<>();
        String ordinal = null;
        String numbered = null;
        for (String column : header) {
            Optional<Integer> rank = rankOf(column);
            if (rank.isEmpty()) {
                continue;
            }
            if (column.startsWith("rank")) {
                numbered = column;
            } else {
                ordinal = column;
            }
            byRank.put(rank.get(), column);
        }
        if (ordinal != null && numbered != null) {
            throw new InvalidInputException(file, line, numbered, "cannot be a column beside '" + ordinal
                    + "': name the ranks first, second, third... or rank1, rank2, rank3..., not both");
        }
        List<String> columns = new ArrayList<>();
        for (int rank = 1; rank <= byRank.size(); rank++) {
            String column = byRank.get(rank);
            if (column == null) {
                String later = byRank.ceilingEntry(rank).getValue();
                throw new InvalidInputException(file, line, later, "is a rank column, but there is no column for rank "
                        + rank + " ('" + nameOf(rank, numbered == null) + "'): ranks run from the first without a gap");
            }
            columns.add(column);
        }
        if (columns.size() < needed) {
            throw new InvalidInputException(file, line, String.join(",", header), "has " + columns.size()
                    + " rank column" + (columns.size() == 1 ? "" : "s") + ", but the " + system + " reads " + needed
                    + " (" + String.join(", ", names(needed, numbered == null)) + ")");
        }
        return columns;
    }

    private static List<String> names(int ranks, boolean ordinals) {
        List<String> names = new ArrayList<>();
        for (int rank = 1; rank <= ranks; rank++) {
            names.add(nameOf(rank, ordinals));
        }
        return names;
    }
}
