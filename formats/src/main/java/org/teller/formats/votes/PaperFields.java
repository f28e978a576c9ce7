package org.teller.formats.votes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.Adjudication;
import org.teller.core.ballot.Ballot;
import java.util.HashSet;
import java.util.Optional;
import org.teller.formats.votes.CandidateNames;

/**
 * What the fields of a ballot-paper row mean: written once, for the reference reader and for the fast
 * scanner, which asks here about any field it has not met before. Each method takes a field as read
 * (it strips it itself) and throws {@link InvalidInputException} without a place, for the caller to
 * place at its file and line.
 */
public final class PaperFields {

    private static final String ADJUDICATIONS = "no-official-mark, identifying-mark, uncertain-first, uncertain-second";

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
            for (String flag : field.split("\\|", -1)) {
                String key = FieldText.strip(flag);
                Optional<Adjudication> decision = Adjudication.ofKey(key);
                Optional<Integer> rank = key.startsWith("uncertain-")
                        ? RankColumns.rankOf(key.substring("uncertain-".length())) : Optional.empty();
                if (decision.isPresent()) {
                    decisions.add(decision.get());
                } else if (rank.isPresent()) {
                    uncertain.add(rank.get());
                } else {
                    throw InvalidInputException.of(key, "is not an adjudication (known: no-official-mark, "
                            + "identifying-mark, uncertain-first, uncertain-second, uncertain-third..., uncertain-rank1...)");
                }
            }
        }
        if (decisions.contains(Adjudication.UNCERTAIN_FIRST)) {
            uncertain.add(1);
        }
        if (decisions.contains(Adjudication.UNCERTAIN_SECOND)) {
            uncertain.add(2);
        }
        return new Ballot(ranks, uncertain, decisions);
    }

    /** The adjudicator's decisions: none for an empty field. */
    public static Set<Adjudication> adjudications(String field) {
        String flags = FieldText.strip(field);
        Set<Adjudication> decisions = EnumSet.noneOf(Adjudication.class);
        if (flags.isEmpty()) {
            return decisions;
        }
        for (String flag : flags.split("\\|", -1)) {
            String key = FieldText.strip(flag);
            decisions.add(Adjudication.ofKey(key).orElseThrow(() ->
                    InvalidInputException.of(key, "is not an adjudication (known: " + ADJUDICATIONS + ")")));
        }
        return decisions;
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
