package org.teller.rctab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.teller.core.Candidate;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.Judgement;
import org.teller.core.contest.InputFile;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.Replay;
import org.teller.core.count.Result;
import org.teller.core.lot.LotDrawer;
import org.teller.core.tally.RankingTally;
import org.teller.formats.internal.Sha256;
import org.teller.rctab.config.ContestConfig;
import org.teller.rctab.cvr.CastVoteRecord;
import org.teller.rctab.cvr.CvrReaders;
import org.teller.rctab.cvr.CvrSource;

/**
 * Counts an RCTab contest as RCTab 2.0.1 would: reads every source's cast vote records, puts each in
 * Teller's terms (a {@link Ballot} under {@link RctabRules}), tallies the distinct rankings for the whole
 * contest and for each precinct and batch asked for, and counts by Teller's alternative vote.
 *
 * <p>Only single-winner contests are counted; a multi-winner configuration is refused as not yet
 * supported (Teller's STV is to come), before any file is read.
 */
public final class RctabCounter {

    private RctabCounter() {}

    /** Counts the contest of {@code config}, lots drawn as its rules say. */
    public static Tabulation count(ContestConfig config) {
        RctabRules rules = RctabRules.of(config);
        String configName = config.file().toString();
        CompletableFuture<String> configHash = Sha256.inBackground(config.file(), configName);
        List<String> names = rules.names();
        Tallies tallies = new Tallies(names.size(), config.output().tabulateByPrecinct(), config.output().tabulateByBatch());
        List<InputFile> inputs = new ArrayList<>();
        inputs.add(new InputFile(config.file().getFileName().toString(), Sha256.join(configHash)));
        for (CvrSource source : config.sources()) {
            CompletableFuture<String> hash = CvrReaders.hashOf(source);
            CvrReaders.of(source.provider()).read(source, record -> tallies.add(record, rules.ballot(record, source)));
            inputs.add(new InputFile(config.file().toAbsolutePath().getParent().relativize(source.file().toAbsolutePath()).toString(),
                    Sha256.join(hash)));
        }
        AlternativeVote system = rules.system();
        LotDrawer lots = rules.lots();
        List<Candidate> candidates = names.stream().map(name -> Candidate.of(name, "")).toList();
        Result result = system.count(candidates, tallies.contest.tally, lots);
        Part contest = tallies.contest;
        return new Tabulation(config, names, result, new Slice(contest.ballots, contest.undervotes, result.rounds()),
                slices(tallies.precincts, result), slices(tallies.batches, result), inputs);
    }

    /** Each precinct's or batch's part: its papers through the whole contest's rounds. */
    private static TreeMap<String, Slice> slices(Map<String, Part> parts, Result result) {
        TreeMap<String, Slice> slices = new TreeMap<>();
        if (parts != null) {
            parts.forEach((name, part) -> slices.put(name,
                    new Slice(part.ballots, part.undervotes, Replay.rounds(result, part.tally))));
        }
        return slices;
    }

    /** The tallies of the whole contest and of each precinct and batch. */
    private static final class Tallies {
        final int candidates;
        final Part contest;
        final Map<String, Part> precincts;
        final Map<String, Part> batches;

        Tallies(int candidates, boolean byPrecinct, boolean byBatch) {
            this.candidates = candidates;
            this.contest = new Part(candidates);
            this.precincts = byPrecinct ? new HashMap<>() : null;
            this.batches = byBatch ? new HashMap<>() : null;
        }

        void add(CastVoteRecord record, Judged judged) {
            contest.add(judged);
            if (precincts != null) {
                precincts.computeIfAbsent(record.precinct(), name -> new Part(candidates)).add(judged);
            }
            if (batches != null) {
                batches.computeIfAbsent(record.batch(), name -> new Part(candidates)).add(judged);
            }
        }
    }

    /** One tally, with the records counted into it and how many of them rank no one. */
    private static final class Part {
        final RankingTally tally;
        long ballots;
        long undervotes;

        Part(int candidates) {
            this.tally = new RankingTally(candidates);
        }

        void add(Judged judged) {
            tally.add(judged.judgement());
            ballots++;
            undervotes += judged.undervote() ? 1 : 0;
        }
    }

    /** A record judged: its judgement, and whether it ranked no one (RCTab's undervote). */
    record Judged(Judgement judgement, boolean undervote) {}
}
