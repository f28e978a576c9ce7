package org.teller.core.ballot;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One ballot paper as the count saw it: the candidates marked in the first-choice column, those marked
 * in the second-choice column, and the adjudicator's decisions.
 *
 * <p>Candidates are dense indices in ballot order. A candidate marked twice in one column is one
 * mark: what matters in law is how many candidates a column names.
 *
 * @param firstMarks the candidates marked as first choice, ascending, without repeats
 * @param secondMarks the candidates marked as second choice, ascending, without repeats
 * @param adjudications the adjudicator's decisions on this paper
 */
public record BallotPaper(List<Integer> firstMarks, List<Integer> secondMarks, Set<Adjudication> adjudications) {

    public BallotPaper {
        firstMarks = List.copyOf(new TreeSet<>(firstMarks));
        secondMarks = List.copyOf(new TreeSet<>(secondMarks));
        adjudications = adjudications.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(adjudications));
    }

    public boolean has(Adjudication adjudication) {
        return adjudications.contains(adjudication);
    }
}
