package org.teller.rctab;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CompletableFuture;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.Judgement;
import org.teller.core.contest.InputFile;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.Result;
import org.teller.core.lot.LotDrawer;
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

    /** Counts the contest of {@code config}, lots drawn as its rules say (any asked for: none given). */
    public static Tabulation count(ContestConfig config) {
        return count(config, List.of());
    }

    /**
     * Counts the contest of {@code config}, lots drawn as its rules say.
     *
     * @param asked where the rules' tie-break asks, the returning officer's order of the candidates (by index)
     * @throws org.teller.core.lot.LotNeededException at an equality the rules leave to the returning
     *     officer, when {@code asked} does not decide it
     */
    public static Tabulation count(ContestConfig config, List<Integer> asked) {
        RctabRules rules = RctabRules.of(config);
        String configName = config.file().toString();
        CompletableFuture<String> configHash = Sha256.inBackground(config.file(), configName);
        List<String> names = rules.names();
        Tallies tallies = new Tallies(names.size(), config.output().tabulateByPrecinct(), config.output().tabulateByBatch());
        List<InputFile> inputs = new ArrayList<>();
        List<Long> records = new ArrayList<>();
        inputs.add(new InputFile(config.file().getFileName().toString(), Sha256.join(configHash)));
        Path folder = config.file().toAbsolutePath().getParent();
        // Every file's SHA-256 is worked out beside the reading.
        List<CvrReaders.Hashing> hashes = new ArrayList<>();
        config.sources().forEach(source -> hashes.addAll(CvrReaders.hashesOf(source)));
        for (Tallies read : readSources(config, rules, tallies)) {
            records.add(read.ballots());
            tallies.merge(read);
        }
        if (tallies.ballots() == 0) {
            throw new InvalidInputException(configName, 0, "", "its CVR files hold no cast vote record of the contest: there"
                    + " is nothing to count");
        }
        for (CvrReaders.Hashing hash : hashes) {
            inputs.add(new InputFile(folder.relativize(hash.file().toAbsolutePath()).toString(), Sha256.join(hash.sha256())));
        }
        AlternativeVote system = rules.system();
        LotDrawer lots = rules.lots(asked);
        List<Candidate> candidates = names.stream().map(name -> Candidate.of(name, "")).toList();
        Result result = system.count(candidates, tallies.contest(), lots);
        return new Tabulation(config, names, result, tallies.contestSlice(result), tallies.precinctSlices(result),
                tallies.batchSlices(result), inputs, records);
    }

    /**
     * Each source's records tallied apart, in the configuration's order: several sources are read side by
     * side (up to one a processor). Where several fail, the failure of the earliest source is the one
     * said, whatever finished first, so that a run says the same whatever the machine.
     */
    private static List<Tallies> readSources(ContestConfig config, RctabRules rules, Tallies like) {
        List<CvrSource> sources = config.sources();
        int threads = Math.min(sources.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            return sources.stream().map(source -> readSource(source, rules, like)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "teller-cvr-source");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Tallies>> read = new ArrayList<>();
            for (CvrSource source : sources) {
                read.add(pool.submit(() -> readSource(source, rules, like)));
            }
            List<Tallies> tallies = new ArrayList<>();
            for (Future<Tallies> each : read) {
                tallies.add(result(each));
            }
            return tallies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Tallies result(Future<Tallies> read) {
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the CVR files", e);
        }
    }

    /** One source's records, tallied: by the fast reader where it can, else by the source's reader. */
    private static Tallies readSource(CvrSource source, RctabRules rules, Tallies like) {
        Tallies own = like.emptyLike();
        if (FastPaths.tally(source, rules, own)) {
            return own;
        }
        // Most records repeat a ranking some record before gave: each distinct one is judged, and numbered in
        // the tallies' dictionary, once.
        Map<List<CastVoteRecord.Ranking>, Known> known = new HashMap<>();
        CvrReaders.of(source.provider(), rules.maxRankingsAllowed(), rules.ranksRead()).read(source, record -> {
            Known one = known.get(record.rankings());
            if (one == null) {
                Judged judged = rules.ballot(record, source);
                one = new Known(own.number(judged.judgement()), judged.undervote());
                if (known.size() >= JUDGED_HELD) {
                    known.clear();
                }
                known.put(record.rankings(), one);
            }
            own.add(one.number(), one.undervote(), record.precinct(), record.batch());
        });
        return own;
    }

    /** The most distinct rankings whose judgements are held at once (about 100 MB at most). */
    private static final int JUDGED_HELD = 1 << 18;

    /** A ranking judged and numbered in the tallies' dictionary, and whether it ranks no one. */
    private record Known(int number, boolean undervote) {}

    /** A record judged: its judgement, and whether it ranked no one (RCTab's undervote). */
    record Judged(Judgement judgement, boolean undervote) {}
}
