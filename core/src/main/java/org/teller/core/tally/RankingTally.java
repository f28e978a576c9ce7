package org.teller.core.tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.teller.core.InvalidInputException;
import org.teller.core.Totals;
import org.teller.core.ballot.Judgement;
import org.teller.core.ballot.Ranking;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;

/**
 * A tally of ballot papers: the valid papers by distinct ranking (and how it ends), and the rejected
 * papers by head. It is everything any count needs of the papers, and nothing more: counting costs
 * grow with the distinct rankings and the rounds, not with the papers.
 *
 * <p>Tallies are <em>mergeable</em>: merging the tallies of any partition of the papers (count areas,
 * threads, machines) gives the tally of all of them. Rankings are numbered by a {@link Rankings}
 * dictionary, which tallies may share (a reader's count areas do); papers are counted by number, in an
 * array or, for a large dictionary and few papers, a map. An instance is a mutable accumulator and is
 * not thread-safe: give each thread its own and {@link #merge} them.
 */
public final class RankingTally implements PreferenceSource {

    private static final RejectionHead[] HEADS = RejectionHead.values();
    private static final RankingEnd[] ENDS = RankingEnd.values();

    private final Rankings rankings;
    private final IdCounts counts = new IdCounts();
    private final long[] rejected = new long[HEADS.length];

    /** A tally with its own dictionary. */
    public RankingTally(int candidates) {
        this(new Rankings(candidates));
    }

    /** A tally that numbers rankings by a dictionary it may share with other tallies. */
    public RankingTally(Rankings rankings) {
        this.rankings = rankings;
    }

    public Rankings rankings() {
        return rankings;
    }

    @Override
    public int candidateCount() {
        return rankings.candidateCount();
    }

    /** Counts one judged paper. */
    public void add(Judgement judgement) {
        if (judgement instanceof Judgement.Valid valid) {
            counts.increment(rankings.id(valid.ranking(), valid.end()));
        } else {
            rejected[((Judgement.Rejected) judgement).head().ordinal()]++;
        }
    }

    /**
     * Adds valid papers with this ranking and end.
     *
     * @throws InvalidInputException when the count would be more than Teller can count
     */
    public void add(Ranking ranking, RankingEnd end, long papers) {
        add(rankings.id(ranking, end), papers);
    }

    /** Counts one more paper numbered {@code id} in this tally's dictionary: the hot path of the fast reader. */
    public void countOne(int id) {
        counts.increment(id);
    }

    /** Counts one more rejected paper, by the ordinal of its head: the fast reader's. */
    public void countRejected(int headOrdinal) {
        rejected[headOrdinal]++;
    }

    /** Adds papers numbered {@code id} in this tally's dictionary. */
    public void add(int id, long papers) {
        if (papers < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + papers);
        }
        if (id < 0 || id >= rankings.size()) {
            throw new IndexOutOfBoundsException("no ranking numbered " + id);
        }
        counts.add(id, papers);
    }

    /**
     * Adds rejected papers under this head.
     *
     * @throws InvalidInputException when the head's count would be more than Teller can count
     */
    public void addRejected(RejectionHead head, long papers) {
        if (papers < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + papers);
        }
        rejected[head.ordinal()] = Totals.add(rejected[head.ordinal()], papers);
    }

    /**
     * Adds another tally of the same contest into this one.
     *
     * @throws InvalidInputException when a sum is more than Teller can count (this tally is then partly merged)
     */
    public void merge(RankingTally other) {
        if (other.candidateCount() != candidateCount()) {
            throw new IllegalArgumentException("tallies of different contests");
        }
        if (other.rankings == rankings) {
            other.counts.forEach(counts::add);
        } else {
            other.counts.forEach((id, papers) -> counts.add(
                    rankings.id(other.rankings.ranking(id), other.rankings.end(id)), papers));
        }
        for (int head = 0; head < rejected.length; head++) {
            rejected[head] = Totals.add(rejected[head], other.rejected[head]);
        }
    }

    /** What to do with each distinct kind of valid paper. */
    @FunctionalInterface
    public interface RankingAction {
        void accept(Ranking ranking, RankingEnd end, long papers);
    }

    /** Calls {@code action} once for each distinct ranking and end that has papers. */
    public void forEach(RankingAction action) {
        counts.forEach((id, papers) -> action.accept(rankings.ranking(id), rankings.end(id), papers));
    }

    /** Valid papers with this ranking and end. */
    public long papers(Ranking ranking, RankingEnd end) {
        long[] found = new long[1];
        counts.forEach((id, papers) -> {
            if (rankings.end(id) == end && rankings.ranking(id).equals(ranking)) {
                found[0] = papers;
            }
        });
        return found[0];
    }

    /** How many distinct rankings (with their ends) have papers. */
    public int distinctRankings() {
        int[] distinct = new int[1];
        counts.forEach((id, papers) -> distinct[0]++);
        return distinct[0];
    }

    @Override
    public long valid() {
        long[] valid = new long[1];
        counts.forEach((id, papers) -> valid[0] = Totals.add(valid[0], papers));
        return valid[0];
    }

    /** Valid papers by how their ranking ends. */
    public Map<RankingEnd, Long> byEnd() {
        long[] byEnd = new long[ENDS.length];
        counts.forEach((id, papers) -> {
            int end = rankings.end(id).ordinal();
            byEnd[end] = Totals.add(byEnd[end], papers);
        });
        EnumMap<RankingEnd, Long> all = new EnumMap<>(RankingEnd.class);
        for (RankingEnd end : ENDS) {
            all.put(end, byEnd[end.ordinal()]);
        }
        return all;
    }

    /** Every candidate's first preferences, by candidate index. */
    public List<Long> firstPreferences() {
        return first().votes();
    }

    /** The papers rejected, by head. A tally knows the head of every paper it rejected. */
    public RejectedPapers rejected() {
        EnumMap<RejectionHead, Long> byHead = new EnumMap<>(RejectionHead.class);
        for (RejectionHead head : HEADS) {
            byHead.put(head, rejected[head.ordinal()]);
        }
        return new RejectedPapers(byHead, 0);
    }

    /** All papers counted: valid and rejected. */
    public long ballotPapers() {
        return Totals.add(valid(), rejected().total());
    }

    // The count: each distinct ranking with papers is an entry, held by a continuing candidate or exhausted.

    /** Where each entry stands: its number, papers, current rank (offset into its key) and holder (-1: exhausted). */
    private record Entries(int[] ids, long[] papers, int[] positions, int[] holders) {}

    @Override
    public Standing first() {
        boolean[] all = new boolean[candidateCount()];
        Arrays.fill(all, true);
        return first(all);
    }

    @Override
    public Standing first(boolean[] continuing) {
        if (continuing.length != candidateCount()) {
            throw new IllegalArgumentException("continuing candidates of another contest");
        }
        boolean[] in = continuing.clone();
        int size = entryCount();
        Entries entries = new Entries(new int[size], new long[size], new int[size], new int[size]);
        int[] next = new int[1];
        counts.forEach((id, papers) -> {
            entries.ids[next[0]] = id;
            entries.papers[next[0]++] = papers;
        });
        long[] votes = new long[candidateCount()];
        long[] exhaustedBy = new long[ENDS.length];
        for (int entry = 0; entry < size; entry++) {
            int holder = walk(entries, entry, 0, in);
            long papers = entries.papers[entry];
            if (holder >= 0) {
                votes[holder] = Totals.add(votes[holder], papers);
            } else {
                exhaustedBy[-1 - holder] = Totals.add(exhaustedBy[-1 - holder], papers);
            }
        }
        return new Standing(votes, in, Totals.sum(exhaustedBy), Optional.of(byEnd(exhaustedBy)), List.of(), entries);
    }

    @Override
    public Standing transfer(Standing before, boolean[] continuing) {
        if (!(before.state instanceof Entries previous) || previous.ids.length != entryCount()) {
            throw new IllegalArgumentException("a round of another tally");
        }
        checkSubset(before, continuing);
        Entries entries = new Entries(previous.ids, previous.papers, previous.positions.clone(), previous.holders.clone());
        int candidates = candidateCount();
        long[] votes = new long[candidates];
        for (int candidate = 0; candidate < candidates; candidate++) {
            votes[candidate] = continuing[candidate] ? before.votes(candidate) : 0;
        }
        long[][] to = new long[candidates][];
        long[][] exhaustedFrom = new long[candidates][];
        long[] passedOn = new long[candidates];
        long[] exhaustedBy = new long[ENDS.length];
        before.exhaustedBy().ifPresent(by -> by.forEach((end, papers) -> exhaustedBy[end.ordinal()] = papers));
        for (int entry = 0; entry < entries.ids.length; entry++) {
            int from = entries.holders[entry];
            if (from < 0 || continuing[from]) {
                continue;
            }
            if (to[from] == null) {
                to[from] = new long[candidates];
                exhaustedFrom[from] = new long[ENDS.length];
            }
            long papers = entries.papers[entry];
            passedOn[from] = Totals.add(passedOn[from], papers);
            int position = entries.positions[entry];
            int[] pool = rankings.pool();
            int at = rankings.start(entries.ids[entry]) + position;
            int next = position + (pool[at] < 0 ? 1 - pool[at] : 1);
            int holder = walk(entries, entry, next, continuing);
            if (holder >= 0) {
                to[from][holder] = Totals.add(to[from][holder], papers);
                votes[holder] = Totals.add(votes[holder], papers);
            } else {
                exhaustedFrom[from][-1 - holder] = Totals.add(exhaustedFrom[from][-1 - holder], papers);
                exhaustedBy[-1 - holder] = Totals.add(exhaustedBy[-1 - holder], papers);
            }
        }
        List<Transfer> transfers = new ArrayList<>();
        List<Long> none = null;
        for (int from = 0; from < candidates; from++) {
            if (before.isContinuing(from) && !continuing[from]) {
                if (to[from] == null) {
                    // A candidate with no papers to pass on: one shared vector of zeros serves them all.
                    none = none != null ? none : List.copyOf(asList(new long[candidates]));
                    transfers.add(new Transfer(OptionalInt.of(from), none, 0, Optional.of(byEnd(new long[ENDS.length]))));
                } else {
                    transfers.add(new Transfer(OptionalInt.of(from), asList(to[from]), passedOn[from],
                            Optional.of(byEnd(exhaustedFrom[from]))));
                }
            }
        }
        return new Standing(votes, continuing, Totals.sum(exhaustedBy), Optional.of(byEnd(exhaustedBy)), transfers, entries);
    }

    private int entryCount() {
        return distinctRankings();
    }

    /**
     * Finds an entry's next preference for a continuing candidate from {@code position} in its key, and
     * records it as the entry's holder. Returns the candidate, or {@code -1 - end} for an exhausted entry:
     * its ranking's end, or {@link RankingEnd#VOTING_FOR_TOO_MANY} at a rank that marks several continuing
     * candidates.
     */
    private int walk(Entries entries, int entry, int position, boolean[] continuing) {
        int id = entries.ids[entry];
        int[] pool = rankings.pool();
        int start = rankings.start(id);
        int length = rankings.length(id);
        int at = position;
        while (at < length) {
            int value = pool[start + at];
            if (value >= 0) {
                if (continuing[value]) {
                    return hold(entries, entry, at, value);
                }
                at++;
                continue;
            }
            int marked = -value;
            int found = -1;
            int continuingMarked = 0;
            for (int k = 1; k <= marked; k++) {
                int candidate = pool[start + at + k];
                if (continuing[candidate]) {
                    found = candidate;
                    continuingMarked++;
                }
            }
            if (continuingMarked == 1) {
                return hold(entries, entry, at, found);
            }
            if (continuingMarked > 1) {
                return exhaust(entries, entry, at, RankingEnd.VOTING_FOR_TOO_MANY);
            }
            at += 1 + marked;
        }
        return exhaust(entries, entry, at, rankings.end(id));
    }

    private static int hold(Entries entries, int entry, int position, int candidate) {
        entries.positions[entry] = position;
        entries.holders[entry] = candidate;
        return candidate;
    }

    private static int exhaust(Entries entries, int entry, int position, RankingEnd end) {
        entries.positions[entry] = position;
        entries.holders[entry] = -1;
        return -1 - end.ordinal();
    }

    private void checkSubset(Standing before, boolean[] continuing) {
        if (continuing.length != candidateCount()) {
            throw new IllegalArgumentException("continuing candidates of another contest");
        }
        for (int candidate = 0; candidate < continuing.length; candidate++) {
            if (continuing[candidate] && !before.isContinuing(candidate)) {
                throw new IllegalArgumentException("candidate " + candidate + " is out of the count and cannot come back");
            }
        }
    }

    private static Map<RankingEnd, Long> byEnd(long[] byOrdinal) {
        EnumMap<RankingEnd, Long> map = new EnumMap<>(RankingEnd.class);
        for (RankingEnd end : ENDS) {
            map.put(end, byOrdinal[end.ordinal()]);
        }
        return map;
    }

    private static List<Long> asList(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long value : values) {
            list.add(value);
        }
        return list;
    }
}
