package org.teller.core.ballot;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One ballot paper as the count saw it: the candidates marked at each rank, the ranks whose mark the
 * adjudicator found void for uncertainty, and the adjudicator's decisions on the paper as a whole.
 *
 * <p>Candidates are dense indices in ballot order. Several candidates marked at one rank are an
 * overvote; a candidate marked twice at one rank is one mark (what matters in law is how many
 * candidates a rank names). Rank 1 is the first preference. Which ranks count, and what makes a paper
 * or a preference void, is for a system's {@link BallotRules}.
 *
 * @param ranks the candidates marked at each rank, from the first; each ascending without repeats
 * @param uncertainRanks the ranks (from 1) whose preference the adjudicator found void for uncertainty
 * @param adjudications the adjudicator's decisions on the whole paper
 */
public record Ballot(List<List<Integer>> ranks, Set<Integer> uncertainRanks, Set<Adjudication> adjudications) {

    public Ballot {
        List<List<Integer>> copied = new ArrayList<>(ranks.size());
        for (List<Integer> rank : ranks) {
            // Most ranks mark one candidate or none: only several need sorting.
            copied.add(rank.size() <= 1 ? List.copyOf(rank) : ascending(rank));
        }
        ranks = List.copyOf(copied);
        uncertainRanks = Set.copyOf(uncertainRanks);
        adjudications = adjudications.isEmpty() ? Set.of() : copyOf(adjudications);
    }

    // The rare cases apart, so that the common one stays small for the compiler (a distinct paper of a
    // ranked file is judged once, hundreds of thousands of times in a file).

    private static List<Integer> ascending(List<Integer> rank) {
        return List.copyOf(new TreeSet<>(rank));
    }

    private static Set<Adjudication> copyOf(Set<Adjudication> adjudications) {
        return Set.copyOf(EnumSet.copyOf(adjudications));
    }

    /** A paper with these marks, rank by rank, and no decisions of the adjudicator. */
    @SafeVarargs
    public static Ballot of(List<Integer>... ranks) {
        return new Ballot(List.of(ranks), Set.of(), Set.of());
    }

    /** The candidates marked at a rank (from 1); none beyond the last rank of the paper. */
    public List<Integer> at(int rank) {
        return rank <= ranks.size() ? ranks.get(rank - 1) : List.of();
    }

    public boolean isUncertain(int rank) {
        return uncertainRanks.contains(rank);
    }

    public boolean has(Adjudication adjudication) {
        return adjudications.contains(adjudication);
    }
}
