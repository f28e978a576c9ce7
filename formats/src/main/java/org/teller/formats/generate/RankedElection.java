package org.teller.formats.generate;

import java.util.Arrays;
import java.util.List;
import org.teller.core.Candidate;
import org.teller.core.ballot.Adjudication;

/**
 * A made-up but realistic electorate that ranks candidates (the alternative vote; with one rank, first
 * past the post). First preferences are skewed towards a few candidates, as in {@link RandomElection}
 * (the same candidates for the same seed). Each later preference is drawn among the candidates the paper
 * has not yet ranked, favouring popular ones and those close to the previous preference on one axis, so
 * that a ranking walks along the line from the first. How far papers rank varies: about a fifth rank one
 * candidate, about a quarter every rank, the rest in between (fewer the longer).
 *
 * <p>About 1.5% of papers are rejected, under every head (three fifths for two candidates marked first;
 * a quarter with no first preference, some of them marking later ranks only; the rest void for
 * uncertainty, with an identifying mark or without the official mark). About 1.6% of valid papers have
 * a later rank the count cannot use: two candidates marked, a rank left empty before a later one, a
 * candidate ranked again, or a mark void for uncertainty. Every paper is drawn independently, in time
 * that grows with the ranks it fills (not with the candidates, but for a paper ranking most of many).
 * Not thread-safe.
 */
final class RankedElection {

    /** Papers rejected, and of them the share under each head, in the order drawn. */
    static final double REJECTED = 0.015;
    private static final double TOO_MANY_FIRST = 0.60;
    private static final double UNMARKED = 0.25;
    private static final double UNCERTAIN_FIRST = 0.10;
    private static final double IDENTIFYING = 0.04;
    /** Of unmarked papers, those that mark later ranks only. */
    private static final double LATER_ONLY = 0.25;

    /** How many ranks valid papers fill: one, every rank, and in between (each longer one this much rarer). */
    static final double RANK_ONE = 0.20;
    static final double RANK_ALL = 0.25;
    private static final double LONGER = 0.7;

    /** Valid papers with a later rank the count cannot use, by kind. */
    private static final double LATER_TOO_MANY = 0.004;
    private static final double GAP = 0.008;
    private static final double REPEATED = 0.003;
    private static final double LATER_UNCERTAIN = 0.001;


    /** One paper, reused: the candidate marked at each rank and any second candidate marked there. */
    static final class Paper {
        /** The candidate marked at each rank (from 0), or -1 for none. */
        final int[] marks;
        /** A second candidate marked at the same rank (two marked), or -1. */
        final int[] also;
        /** The rank (from 1) whose mark is void for uncertainty, or 0. */
        int uncertainRank;
        /** The adjudicator's decision on the whole paper, or null. */
        Adjudication adjudication;

        Paper(int ranks) {
            marks = new int[ranks];
            also = new int[ranks];
        }

        private void clear() {
            Arrays.fill(marks, -1);
            Arrays.fill(also, -1);
            uncertainRank = 0;
            adjudication = null;
        }
    }

    private final List<Candidate> candidates;
    private final int ranks;
    private final double[] firstCumulative;
    /** For each previous preference, the cumulative distribution of the next (none for itself). */
    private final double[][] nextCumulative;
    private final double[] lengthCumulative;
    private final int[] rankedOn;
    private int paper;
    /**
     * Tries at a later preference from the whole distribution (a binary search each) before drawing among
     * the unranked exactly (a pass over every candidate): about as many as cost one pass.
     */
    private final int tries;

    /**
     * @param count how many candidates stand
     * @param ranks how many rank columns papers have, from 1 to {@code count}
     */
    RankedElection(int count, int ranks, SplitMix64 random) {
        if (ranks < 1 || ranks > count) {
            throw new IllegalArgumentException(ranks + " ranks for " + count + " candidates");
        }
        this.candidates = RandomElection.candidates(count, random);
        this.ranks = ranks;
        double[] popularity = new double[count];
        double[] place = new double[count];
        for (int c = 0; c < count; c++) {
            popularity[c] = Math.pow(random.nextDouble(), 2.5) + 0.01;
            place[c] = random.nextDouble();
        }
        firstCumulative = cumulative(popularity);
        nextCumulative = new double[count][];
        double[] affinity = new double[count];
        for (int previous = 0; previous < count; previous++) {
            for (int next = 0; next < count; next++) {
                affinity[next] = next == previous ? 0
                        : Math.pow(popularity[next], 0.7) / (1 + 6 * Math.abs(place[previous] - place[next]));
            }
            nextCumulative[previous] = cumulative(affinity);
        }
        double[] lengths = new double[ranks];
        if (ranks == 1) {
            lengths[0] = 1;
        } else {
            lengths[0] = RANK_ONE;
            lengths[ranks - 1] = RANK_ALL;
            double between = 1 - RANK_ONE - RANK_ALL;
            if (ranks == 2) {
                lengths[1] += between; // no rank in between: such papers rank both
            } else {
                double weight = 1;
                double sum = 0;
                for (int length = 2; length < ranks; length++, weight *= LONGER) {
                    sum += weight;
                }
                weight = 1;
                for (int length = 2; length < ranks; length++, weight *= LONGER) {
                    lengths[length - 1] = between * weight / sum;
                }
            }
        }
        lengthCumulative = cumulative(lengths);
        rankedOn = new int[count];
        tries = 1 + count / 16;
    }

    List<Candidate> candidates() {
        return candidates;
    }

    int ranks() {
        return ranks;
    }

    Paper newPaper() {
        return new Paper(ranks);
    }

    /** Draws one paper into {@code paper}. */
    void draw(SplitMix64 random, Paper paper) {
        paper.clear();
        if (++this.paper == Integer.MAX_VALUE) {
            Arrays.fill(rankedOn, 0);
            this.paper = 1;
        }
        double kind = random.nextDouble();
        if (kind < REJECTED) {
            rejected(random, paper, kind / REJECTED);
            return;
        }
        int length = length(random, ranks);
        rank(random, paper, 0, length);
        if (length < 2) {
            return;
        }
        double defect = random.nextDouble();
        int at = 1 + random.nextInt(length - 1); // a later rank with a mark
        if (defect < LATER_TOO_MANY) {
            paper.also[at] = other(random, paper.marks[at]);
        } else if ((defect -= LATER_TOO_MANY) < GAP) {
            if (length < ranks) {
                // A rank left empty, and the preferences from there on one rank later.
                System.arraycopy(paper.marks, at, paper.marks, at + 1, length - at);
                paper.marks[at] = -1;
            }
        } else if ((defect -= GAP) < REPEATED) {
            paper.marks[at] = paper.marks[random.nextInt(at)];
        } else if (defect - REPEATED < LATER_UNCERTAIN) {
            paper.uncertainRank = at + 1;
        }
    }

    private void rejected(SplitMix64 random, Paper paper, double head) {
        if (head < UNMARKED) {
            if (ranks > 1 && random.nextDouble() < LATER_ONLY) {
                rank(random, paper, 1, length(random, ranks - 1));
            }
            return;
        }
        rank(random, paper, 0, length(random, ranks));
        if ((head -= UNMARKED) < TOO_MANY_FIRST) {
            paper.also[0] = other(random, paper.marks[0]);
        } else if ((head -= TOO_MANY_FIRST) < UNCERTAIN_FIRST) {
            paper.uncertainRank = 1;
        } else if (head - UNCERTAIN_FIRST < IDENTIFYING) {
            paper.adjudication = Adjudication.IDENTIFYING_MARK;
        } else {
            paper.adjudication = Adjudication.NO_OFFICIAL_MARK;
        }
    }

    /** How many ranks a paper fills, at most {@code most}: the distribution over every rank, cut short. */
    private int length(SplitMix64 random, int most) {
        return Math.min(most, 1 + search(lengthCumulative, random.nextDouble()));
    }

    /** Fills {@code length} ranks from {@code from} with a ranking: a first preference, then each next. */
    private void rank(SplitMix64 random, Paper paper, int from, int length) {
        int previous = search(firstCumulative, random.nextDouble());
        paper.marks[from] = previous;
        rankedOn[previous] = this.paper;
        for (int rank = from + 1; rank < from + length; rank++) {
            previous = next(random, previous);
            paper.marks[rank] = previous;
            rankedOn[previous] = this.paper;
        }
    }

    /** A next preference after {@code previous}, among the candidates this paper has not ranked. */
    private int next(SplitMix64 random, int previous) {
        double[] cumulative = nextCumulative[previous];
        for (int tried = 0; tried < tries; tried++) {
            int candidate = search(cumulative, random.nextDouble());
            if (rankedOn[candidate] != paper) {
                return candidate;
            }
        }
        // Most of the likely ones are ranked: draw among the rest exactly.
        double left = 0;
        for (int candidate = 0; candidate < cumulative.length; candidate++) {
            if (rankedOn[candidate] != paper) {
                left += weight(cumulative, candidate);
            }
        }
        double target = random.nextDouble() * left;
        int last = -1;
        for (int candidate = 0; candidate < cumulative.length; candidate++) {
            if (rankedOn[candidate] != paper && weight(cumulative, candidate) > 0) {
                last = candidate;
                target -= weight(cumulative, candidate);
                if (target < 0) {
                    return candidate;
                }
            }
        }
        return last; // rounding left a sliver over
    }

    /** A candidate other than {@code one}, any of them alike: the other mark of a rank marked twice. */
    private int other(SplitMix64 random, int one) {
        int count = nextCumulative.length;
        return (one + 1 + random.nextInt(count - 1)) % count;
    }

    private static double weight(double[] cumulative, int index) {
        return cumulative[index] - (index == 0 ? 0 : cumulative[index - 1]);
    }

    /** The first index whose cumulative share is above {@code u}: never one whose share is nothing. */
    private static int search(double[] cumulative, double u) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > u) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static double[] cumulative(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double[] cumulative = new double[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i] / total;
            cumulative[i] = running;
        }
        // The last with any weight takes what rounding left, so that every draw below 1 finds one.
        for (int i = weights.length - 1; i >= 0; i--) {
            cumulative[i] = 1.0;
            if (weights[i] > 0) {
                break;
            }
        }
        return cumulative;
    }
}
