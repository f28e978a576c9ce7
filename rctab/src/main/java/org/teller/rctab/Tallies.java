package org.teller.rctab;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.teller.core.ballot.Judgement;
import org.teller.core.count.Replay;
import org.teller.core.count.Result;
import org.teller.core.tally.RankingTally;
import org.teller.core.tally.Rankings;

/**
 * The tallies of an RCTab contest as its records are read: the whole contest's, and each precinct's and
 * batch's where the configuration asks for them, all numbering rankings by one dictionary (so a record's
 * ranking is looked up once, whichever tallies it goes into). Mergeable: a reader that gives up part way
 * leaves its own tallies, never half of these.
 */
final class Tallies {

    private final Rankings rankings;
    private final boolean byPrecinct;
    private final boolean byBatch;
    private final Part contest;
    private final Map<String, Part> precincts = new HashMap<>();
    private final Map<String, Part> batches = new HashMap<>();

    Tallies(int candidates, boolean byPrecinct, boolean byBatch) {
        this.rankings = new Rankings(candidates);
        this.byPrecinct = byPrecinct;
        this.byBatch = byBatch;
        this.contest = new Part(rankings);
    }

    /** Empty tallies of the same contest, asking for the same parts, numbering rankings by a dictionary of their own. */
    Tallies emptyLike() {
        return new Tallies(rankings.candidateCount(), byPrecinct, byBatch);
    }

    boolean byPrecinct() {
        return byPrecinct;
    }

    boolean byBatch() {
        return byBatch;
    }

    /** The number of a judged record in these tallies' dictionary: a ranking's id, or -1 - a rejection head's ordinal. */
    int number(Judgement judgement) {
        if (judgement instanceof Judgement.Valid valid) {
            return rankings.id(valid.ranking(), valid.end());
        }
        return -1 - ((Judgement.Rejected) judgement).head().ordinal();
    }

    /**
     * Counts one record.
     *
     * @param number its judgement's {@link #number}
     * @param undervote whether it ranks no one
     * @param precinct its precinct ("" for none; ignored unless by precinct)
     * @param batch its batch ("" for none; ignored unless by batch)
     */
    void add(int number, boolean undervote, String precinct, String batch) {
        contest.add(number, undervote);
        if (byPrecinct) {
            precincts.computeIfAbsent(precinct, name -> new Part(rankings)).add(number, undervote);
        }
        if (byBatch) {
            batches.computeIfAbsent(batch, name -> new Part(rankings)).add(number, undervote);
        }
    }

    /** Adds another reader's tallies of the same contest into these. */
    void merge(Tallies other) {
        contest.merge(other.contest);
        other.precincts.forEach((name, part) -> precincts.computeIfAbsent(name, n -> new Part(rankings)).merge(part));
        other.batches.forEach((name, part) -> batches.computeIfAbsent(name, n -> new Part(rankings)).merge(part));
    }

    /** The records counted so far. */
    long ballots() {
        return contest.ballots;
    }

    RankingTally contest() {
        return contest.tally;
    }

    Slice contestSlice(Result result) {
        return new Slice(contest.ballots, contest.undervotes, result.rounds());
    }

    TreeMap<String, Slice> precinctSlices(Result result) {
        return slices(precincts, result);
    }

    TreeMap<String, Slice> batchSlices(Result result) {
        return slices(batches, result);
    }

    /**
     * Each precinct's or batch's part: its records through the whole contest's rounds, with each eliminated
     * candidate's transfers (RCTab's reports of a precinct give them one by one).
     */
    private static TreeMap<String, Slice> slices(Map<String, Part> parts, Result result) {
        TreeMap<String, Slice> slices = new TreeMap<>();
        parts.forEach((name, part) -> slices.put(name, new Slice(part.ballots, part.undervotes,
                List.copyOf(Replay.rounds(result, part.tally, true)))));
        return slices;
    }

    /** One tally, with the records counted into it and how many of them rank no one. */
    private static final class Part {
        final RankingTally tally;
        long ballots;
        long undervotes;

        Part(Rankings rankings) {
            this.tally = new RankingTally(rankings);
        }

        void add(int number, boolean undervote) {
            if (number >= 0) {
                tally.countOne(number);
            } else {
                tally.countRejected(-1 - number);
            }
            ballots++;
            undervotes += undervote ? 1 : 0;
        }

        void merge(Part other) {
            tally.merge(other.tally);
            ballots += other.ballots;
            undervotes += other.undervotes;
        }
    }
}
