package org.teller.core.lot;

import java.util.List;
import java.util.Locale;
import org.teller.core.Candidate;

/**
 * The count stopped at an equality that its rules leave to the returning officer's lot (the alternative
 * vote's tie-breaks {@code stop-and-ask} and {@code earlier-rounds-then-ask}), and no lot drawn by them
 * was given. It names the tie, so that the lot can be drawn and the count run again with it; the caller
 * says how to give it (the command line: {@code --lots}).
 */
public final class LotNeededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Tie tie;
    private final transient List<Integer> equal;
    private final boolean equalAtEarlierRounds;
    private final transient List<Candidate> candidates;
    private final String source;

    /**
     * @param tie the equality the lot is to decide
     * @param equal every candidate equal with them at that round: more than the tied when the votes at
     *     earlier rounds took some out of the lot
     * @param equalAtEarlierRounds whether the tie-break looked at earlier rounds first, at every one of
     *     which the tied were equal
     * @param candidates the contest's candidates in ballot order, for their names
     */
    public LotNeededException(Tie tie, List<Integer> equal, boolean equalAtEarlierRounds, List<Candidate> candidates) {
        this(tie, equal, equalAtEarlierRounds, candidates, "");
    }

    private LotNeededException(Tie tie, List<Integer> equal, boolean equalAtEarlierRounds, List<Candidate> candidates,
            String source) {
        super(describe(tie, equal, equalAtEarlierRounds, candidates));
        if (!equal.containsAll(tie.tied())) {
            throw new IllegalArgumentException(tie + " among " + equal);
        }
        this.tie = tie;
        this.equal = List.copyOf(equal);
        this.equalAtEarlierRounds = equalAtEarlierRounds;
        this.candidates = List.copyOf(candidates);
        this.source = source;
    }

    /** The same, placed in a source: the contest file whose count stopped. */
    public LotNeededException in(String newSource) {
        return new LotNeededException(tie, equal, equalAtEarlierRounds, candidates, newSource);
    }

    public Tie tie() {
        return tie;
    }

    /** Every candidate equal with the tied at that round, ascending. */
    public List<Integer> equal() {
        return equal;
    }

    public boolean equalAtEarlierRounds() {
        return equalAtEarlierRounds;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    /** The contest file, or {@code ""} when not yet known. */
    public String source() {
        return source;
    }

    /**
     * The tie in words, such as "at round 3, Bo Brown and Cy Cole are equal with 120 votes for the fewest
     * (one of them to be eliminated)".
     */
    public String describe() {
        return getMessage();
    }

    private static String describe(Tie tie, List<Integer> equal, boolean earlier, List<Candidate> candidates) {
        String tied = names(tie.tied(), candidates);
        String votes = String.format(Locale.ROOT, "%,d vote%s", tie.votes(), tie.votes() == 1 ? "" : "s");
        String at = "at round " + tie.round() + ", ";
        return switch (tie.decides()) {
            case ELIMINATED -> {
                List<Integer> out = equal.stream().filter(candidate -> !tie.tied().contains(candidate)).toList();
                if (out.isEmpty()) {
                    yield at + tied + " are equal with " + votes + " for the fewest"
                            + (earlier ? ", and were equal at every earlier round" : "") + " (one of them to be eliminated)";
                }
                yield at + names(equal, candidates) + " are equal with " + votes + " for the fewest; "
                        + names(out, candidates) + " had more at an earlier round, and " + tied
                        + " were equal at every earlier round (one of them to be eliminated)";
            }
            case ELECTED -> at + tied + " are equal with " + votes + " for the most (one of them to be elected)";
            case GOES_FORWARD -> at + tied + " are equal with " + votes + " (to go forward)";
        };
    }

    private static String names(List<Integer> among, List<Candidate> candidates) {
        List<String> names = among.stream().map(candidate -> candidates.get(candidate).name()).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
