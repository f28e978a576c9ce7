package org.teller.core.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.ballot.AlternativeVoteRules;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.ballot.RankingOptions;
import org.teller.core.ballot.RankingOptions.Overvote;
import org.teller.core.ballot.RankingOptions.Repeated;

/**
 * Teller reads a paper once, into the preferences that can count and why they stop ({@code RankedRules}),
 * and a count walks on along them; RCTab 2.0.1 instead scans every paper that must move from its first
 * rank again, deciding skipped ranks, repeated candidates and overvotes as it meets them. This test
 * writes RCTab's scan out (from its documented rules: a gap is the distance between consecutive ranks
 * that hold marks, counted from a rank 0 before the first; an overvoted rank or one whose candidates are
 * all out still holds marks; the checks at each rank are skipped ranks, then a repeated candidate, then an
 * overvote) and holds Teller's count to it on random papers and random eliminations, with RCTab's options
 * expressed as Teller's: the paper counts for the same candidate at every round, or is exhausted at the
 * same round for the corresponding reason.
 *
 * <p>One known difference is left out: RCTab's "exhaust on a repeated candidate" looks for the repeat
 * among all the names already passed, overvoted ranks included, and before the overvote rule; Teller's
 * {@link Repeated#EXHAUST} (the UK's rule, in the statute's order) looks only among counted preferences and
 * after the overvote. So a repeated candidate that exhausts is tested only on papers without overvotes.
 */
class RctabScanTest {

    /** RCTab's reasons for a paper that counts for no one; and, for this test, a paper that ranks no one. */
    enum Inactive { OVERVOTES, SKIPPED_RANKINGS, REPEATED_RANKINGS, EXHAUSTED_CHOICES, NO_RANKINGS }

    static Stream<Long> seeds() {
        return LongStream.range(0, 3000).boxed();
    }

    /**
     * RCTab's scan: the candidate the paper counts for among {@code continuing}, or {@code -1 - reason}.
     *
     * @param maxSkipped RCTab's maxSkippedRanksAllowed, -1 for unlimited
     */
    static int rctabScan(List<Set<Integer>> ranks, boolean[] continuing, Overvote overvote, int maxSkipped,
            boolean exhaustOnDuplicate) {
        int highest = 0;
        for (int k = 1; k <= ranks.size(); k++) {
            if (!ranks.get(k - 1).isEmpty()) {
                highest = k;
            }
        }
        if (highest == 0) {
            return -1 - Inactive.NO_RANKINGS.ordinal();
        }
        int last = 0;
        Set<Integer> seen = new HashSet<>();
        for (int k = 1; k <= highest; k++) {
            Set<Integer> at = ranks.get(k - 1);
            if (at.isEmpty()) {
                continue;
            }
            if (maxSkipped >= 0 && k - last > maxSkipped + 1) {
                return -1 - Inactive.SKIPPED_RANKINGS.ordinal();
            }
            last = k;
            if (exhaustOnDuplicate) {
                for (int candidate : at) {
                    if (seen.contains(candidate)) {
                        return -1 - Inactive.REPEATED_RANKINGS.ordinal();
                    }
                }
                seen.addAll(at);
            }
            if (at.size() > 1) {
                switch (overvote) {
                    case EXHAUST -> {
                        return -1 - Inactive.OVERVOTES.ordinal();
                    }
                    case SKIP -> {
                        if (k == highest) {
                            return -1 - Inactive.EXHAUSTED_CHOICES.ordinal();
                        }
                        continue;
                    }
                    case EXHAUST_IF_SEVERAL_CONTINUING -> {
                        List<Integer> in = at.stream().filter(c -> continuing[c]).toList();
                        if (in.size() > 1) {
                            return -1 - Inactive.OVERVOTES.ordinal();
                        }
                        if (in.size() == 1) {
                            return in.get(0);
                        }
                        if (k == highest) {
                            return -1 - Inactive.EXHAUSTED_CHOICES.ordinal();
                        }
                        continue;
                    }
                }
            }
            int candidate = at.iterator().next();
            if (continuing[candidate]) {
                return candidate;
            }
            if (k == highest) {
                return -1 - Inactive.EXHAUSTED_CHOICES.ordinal();
            }
        }
        throw new AssertionError("unreachable");
    }

    /** Teller's reason for an exhausted paper, in RCTab's words. */
    static Inactive rctabWords(RankingEnd end, boolean ranksNoOne) {
        return switch (end) {
            case VOTING_FOR_TOO_MANY -> Inactive.OVERVOTES;
            case SKIPPED_RANKS -> Inactive.SKIPPED_RANKINGS;
            case REPEATED_CANDIDATE -> Inactive.REPEATED_RANKINGS;
            case COMPLETE, UNMARKED -> ranksNoOne ? Inactive.NO_RANKINGS : Inactive.EXHAUSTED_CHOICES;
            case UNCERTAIN, NOT_STATED -> throw new AssertionError(end + " is not a reason RCTab has");
        };
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void tellersCountOfAPaperIsRctabsScan(long seed) {
        Random random = new Random(seed);
        int candidates = 2 + random.nextInt(5);
        int ranksUsed = 1 + random.nextInt(6);
        Overvote overvote = Overvote.values()[random.nextInt(3)];
        int maxSkipped = random.nextInt(4) - 1;
        boolean exhaustOnDuplicate = random.nextInt(3) == 0;
        List<Set<Integer>> ranks = new ArrayList<>();
        boolean overvoted = false;
        for (int k = 0; k < ranksUsed; k++) {
            int roll = random.nextInt(10);
            Set<Integer> at = new HashSet<>();
            if (roll < 3) {
                // a gap
            } else if (roll < 5 && !exhaustOnDuplicate) {
                at.add(random.nextInt(candidates));
                at.add(random.nextInt(candidates));
            } else {
                at.add(random.nextInt(candidates)); // repeats come of themselves
            }
            overvoted |= at.size() > 1;
            ranks.add(at);
        }
        assertThat(overvoted && exhaustOnDuplicate).isFalse();

        RankingOptions options = new RankingOptions(ranksUsed + random.nextInt(3), overvote, maxSkipped,
                exhaustOnDuplicate ? Repeated.EXHAUST : Repeated.SKIP, RankingOptions.FirstPreference.LIKE_ANY_RANK);
        List<List<Integer>> marks = ranks.stream().map(at -> (List<Integer>) new ArrayList<>(at)).toList();
        RankingTally tally = new RankingTally(candidates);
        tally.add(new AlternativeVoteRules(options).judge(new Ballot(marks, Set.of(), Set.of())));
        boolean ranksNoOne = ranks.stream().allMatch(Set::isEmpty);

        boolean[] continuing = new boolean[candidates];
        java.util.Arrays.fill(continuing, true);
        Standing standing = tally.first();
        for (int round = 1; ; round++) {
            int expected = rctabScan(ranks, continuing, overvote, maxSkipped, exhaustOnDuplicate);
            String where = "paper " + ranks + ", " + options + ", round " + round + ", continuing "
                    + java.util.Arrays.toString(continuing);
            if (expected >= 0) {
                assertThat(standing.votes(expected)).as(where).isEqualTo(1);
                assertThat(standing.exhausted()).as(where).isZero();
            } else {
                assertThat(standing.exhausted()).as(where).isEqualTo(1);
                Map<RankingEnd, Long> by = standing.exhaustedBy().orElseThrow();
                RankingEnd end = by.entrySet().stream().filter(e -> e.getValue() == 1).findFirst().orElseThrow().getKey();
                assertThat(rctabWords(end, ranksNoOne)).as(where).isEqualTo(Inactive.values()[-1 - expected]);
                return; // once inactive, a paper stays so in both
            }
            List<Integer> in = new ArrayList<>();
            for (int c = 0; c < candidates; c++) {
                if (continuing[c]) {
                    in.add(c);
                }
            }
            if (in.size() == 1) {
                return;
            }
            // Eliminate one or two, the paper's own candidate more often than not.
            int out = random.nextInt(3) > 0 ? expected : in.get(random.nextInt(in.size()));
            continuing[out] = false;
            if (in.size() > 2 && random.nextInt(4) == 0) {
                continuing[in.get(random.nextInt(in.size()))] = false;
            }
            if (!anyContinuing(continuing)) {
                return;
            }
            standing = tally.transfer(standing, continuing);
        }
    }

    private static boolean anyContinuing(boolean[] continuing) {
        for (boolean in : continuing) {
            if (in) {
                return true;
            }
        }
        return false;
    }
}
