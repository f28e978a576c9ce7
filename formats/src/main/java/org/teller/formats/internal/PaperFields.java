package org.teller.formats.internal;

import org.teller.formats.votes.CandidateNames;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.Adjudication;
import org.teller.core.ballot.Ballot;

/**
 * What the fields of a ballot-paper row mean: written once, for the reference reader and for the fast
 * scanner, which asks here about any field it has not met before. Each method takes a field as read
 * (it strips it itself) and throws {@link InvalidInputException} without a place, for the caller to
 * place at its file and line.
 */
public final class PaperFields {

    private PaperFields() {}

    /** The candidates a column of marks names, by index, in order: none for an empty field. */
    public static List<Integer> marks(String field, String column, CandidateNames names) {
        String marks = FieldText.strip(field);
        List<Integer> candidates = new ArrayList<>();
        if (marks.isEmpty()) {
            return candidates;
        }
        for (String mark : marks.split("\\|", -1)) {
            if (FieldText.strip(mark).isEmpty()) {
                throw InvalidInputException.of(marks, "in column '" + column
                        + "' has an empty mark: separate candidates with one '|'");
            }
            candidates.add(names.require(FieldText.strip(mark)));
        }
        return candidates;
    }

    /**
     * A paper with these marks rank by rank and the decisions in a {@code flags} field: an uncertain
     * first or second preference is the adjudicator's decision on that rank.
     */
    public static Ballot ballot(List<List<Integer>> ranks, String flags) {
        Set<Adjudication> decisions = EnumSet.noneOf(Adjudication.class);
        Set<Integer> uncertain = new HashSet<>();
        String field = FieldText.strip(flags);
        if (!field.isEmpty()) {
            for (String part : field.split("\\|", -1)) {
                Flag flag = flag(part);
                flag.decision().ifPresent(decisions::add);
                if (flag.uncertainRank() > 0) {
                    uncertain.add(flag.uncertainRank());
                }
            }
        }
        return new Ballot(ranks, uncertain, decisions);
    }

    /**
     * What one flag of a {@code flags} field says: a decision on the whole paper, a rank whose preference
     * is void for uncertainty, or both ({@code uncertain-first} is a decision and rank 1).
     *
     * @param decision the adjudication the flag names, if it is one
     * @param uncertainRank the rank (from 1) void for uncertainty, or 0 for none
     */
    public record Flag(Optional<Adjudication> decision, int uncertainRank) {}

    /** One flag of a {@code flags} field (the text between two {@code |}), as read. */
    public static Flag flag(String part) {
        String key = FieldText.strip(part);
        Optional<Adjudication> decision = Adjudication.ofKey(key);
        if (decision.isPresent()) {
            int rank = switch (decision.get()) {
                case UNCERTAIN_FIRST -> 1;
                case UNCERTAIN_SECOND -> 2;
                default -> 0;
            };
            return new Flag(decision, rank);
        }
        Optional<Integer> rank = key.startsWith("uncertain-")
                ? RankColumns.rankOf(key.substring("uncertain-".length())) : Optional.empty();
        if (rank.isPresent()) {
            return new Flag(Optional.empty(), rank.get());
        }
        throw InvalidInputException.of(key, "is not an adjudication (known: no-official-mark, "
                + "identifying-mark, uncertain-first, uncertain-second, uncertain-third..., uncertain-rank1...)");
    }

    /** A count area's name, as areas are compared ({@link FieldText#normal}); never empty. */
    public static String area(String field) {
        String area = FieldText.normal(field);
        if (area.isEmpty()) {
            throw InvalidInputException.of("", "is empty: every row needs an area when the file has an 'area' column");
        }
        return area;
    }

    /** A paper's id, as ids are compared ({@link FieldText#normal}); empty for a paper without one. */
    public static String id(String field) {
        return FieldText.normal(field);
    }
}
