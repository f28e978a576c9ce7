package org.teller.formats.internal.scan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.teller.core.ballot.Adjudication;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.BallotRules;
import org.teller.core.ballot.Judgement;
import org.teller.core.tally.Rankings;

/**
 * Judges the distinct papers of one scan, for all its workers: each distinct signature (what the rules
 * read of a paper, as {@link RowParser} writes it: the decisions on the whole paper, then at each rank
 * judged its marks shifted left once and 1 if uncertain, then any uncertain ranks beyond the file's
 * rank columns) is judged once by the system's {@link BallotRules} on a {@link Ballot}, and its verdict
 * kept: the number of its valid paper in the one {@link Rankings} dictionary that all the scan's tallies
 * share, or {@code -1 - head} for a rejected paper. A signature that packs into a long (most do: ten
 * ranks of ten candidates take 52 bits) is kept in one table of {@link PackedVerdicts} that every
 * worker reads without a lock, so that a file of ranked papers, with hundreds of thousands of distinct
 * papers, has each judged once and held once. Other signatures go through each worker's own cache of
 * {@link Verdicts} first, and come here only when new to it. The rules judge outside the lock, so that
 * workers meeting new papers at once do not wait for each other (two may then judge one paper; the
 * first to finish numbers it). Thread-safe; the dictionary may be read without the lock once the
 * workers are done.
 */
final class Judge {

    /** What a rank marks, in a signature: nothing, several candidates, or candidate c as c + 2. */
    static final int NOTHING = 0;
    static final int SEVERAL = 1;
    /** The candidates given to the rules for a rank that marks several: only that it does counts for them. */
    private static final List<Integer> OVERVOTE = List.of(-2, -1);

    private final BallotRules rules;
    private final int ranksJudged;
    private final Rankings rankings;
    private final Verdicts verdicts = new Verdicts();
    private final PackedVerdicts packedVerdicts = new PackedVerdicts();

    Judge(Layout layout) {
        this.rules = layout.rules;
        this.ranksJudged = layout.ranksJudged;
        this.rankings = new Rankings(layout.candidateCount);
    }

    /** The dictionary of the valid papers judged: read it only once every worker is done. */
    Rankings rankings() {
        return rankings;
    }

    /** The verdict on the paper of {@code signature[0, length)}, whose {@link Verdicts#hash} is given. */
    int verdict(int[] signature, int length, int hash) {
        synchronized (this) {
            int verdict = verdicts.find(signature, length, hash);
            if (verdict != Verdicts.MISSING) {
                return verdict;
            }
        }
        Judgement judgement = judge(signature, length);
        synchronized (this) {
            int verdict = verdicts.find(signature, length, hash);
            if (verdict == Verdicts.MISSING) {
                verdict = verdictOf(judgement);
                verdicts.put(signature, length, hash, verdict);
            }
            return verdict;
        }
    }

    /** The verdict on the paper whose signature packs into {@code packed}, if judged already; else {@link PackedVerdicts#MISSING}. */
    int packedVerdict(long packed) {
        return packedVerdicts.find(packed);
    }

    /**
     * The verdict on the paper of {@code signature[0, length)}, which packs into {@code packed} as
     * {@link RowParser} packs it: judged, unless another worker has just judged it.
     */
    int verdict(long packed, int[] signature, int length) {
        Judgement judgement = judge(signature, length);
        synchronized (this) {
            int verdict = packedVerdicts.find(packed);
            if (verdict == PackedVerdicts.MISSING) {
                verdict = verdictOf(judgement);
                packedVerdicts.put(packed, verdict);
            }
            return verdict;
        }
    }

    private int verdictOf(Judgement judgement) {
        return judgement instanceof Judgement.Valid valid ? rankings.id(valid.ranking(), valid.end())
                : -1 - ((Judgement.Rejected) judgement).head().ordinal();
    }

    /** Judges the paper of a signature by the system's rules (thread-safe: the rules are). */
    private Judgement judge(int[] signature, int length) {
        List<List<Integer>> marks = new ArrayList<>(ranksJudged);
        Set<Integer> uncertain = Set.of();
        for (int rank = 0; rank < ranksJudged; rank++) {
            int marked = signature[1 + rank] >> 1;
            // Immutable lists, which a Ballot keeps as they are.
            marks.add(marked == NOTHING ? List.of() : marked == SEVERAL ? OVERVOTE : List.of(marked - 2));
            if ((signature[1 + rank] & 1) != 0) {
                uncertain = with(uncertain, rank + 1);
            }
        }
        for (int later = 1 + ranksJudged; later < length; later++) {
            uncertain = with(uncertain, signature[later]);
        }
        Set<Adjudication> decided = Set.of();
        if (signature[0] != 0) {
            decided = EnumSet.noneOf(Adjudication.class);
            if ((signature[0] & 1 << Layout.NO_OFFICIAL_MARK) != 0) {
                decided.add(Adjudication.NO_OFFICIAL_MARK);
            }
            if ((signature[0] & 1 << Layout.IDENTIFYING_MARK) != 0) {
                decided.add(Adjudication.IDENTIFYING_MARK);
            }
        }
        return rules.judge(new Ballot(marks, uncertain, decided));
    }

    private static Set<Integer> with(Set<Integer> set, int rank) {
        if (set.isEmpty()) {
            return Set.of(rank);
        }
        Set<Integer> more = new HashSet<>(set);
        more.add(rank);
        return more;
    }
}
