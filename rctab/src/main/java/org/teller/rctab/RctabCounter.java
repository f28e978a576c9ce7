package org.teller.rctab;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.teller.core.Candidate;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.Judgement;
import org.teller.core.contest.InputFile;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.Result;
import org.teller.core.lot.LotDrawer;
import org.teller.formats.internal.Sha256;
import org.teller.rctab.config.ContestConfig;
import org.teller.rctab.cvr.CvrProvider;
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
        for (CvrSource source : config.sources()) {
            List<CvrReaders.Hashing> hashes = CvrReaders.hashesOf(source);
            long before = tallies.ballots();
            if (source.provider() != CvrProvider.GENERIC_CSV || !GenericCsvFastPath.tally(source, rules, tallies)) {
                CvrReaders.of(source.provider(), rules.maxRankingsAllowed(), rules.ranksRead()).read(source, record -> {
                    Judged judged = rules.ballot(record, source);
                    tallies.add(tallies.number(judged.judgement()), judged.undervote(), record.precinct(), record.batch());
                });
            }
            records.add(tallies.ballots() - before);
            Path folder = config.file().toAbsolutePath().getParent();
            for (CvrReaders.Hashing hash : hashes) {
                inputs.add(new InputFile(folder.relativize(hash.file().toAbsolutePath()).toString(), Sha256.join(hash.sha256())));
            }
        }
        AlternativeVote system = rules.system();
        LotDrawer lots = rules.lots(asked);
        List<Candidate> candidates = names.stream().map(name -> Candidate.of(name, "")).toList();
        Result result = system.count(candidates, tallies.contest(), lots);
        return new Tabulation(config, names, result, tallies.contestSlice(result), tallies.precinctSlices(result),
                tallies.batchSlices(result), inputs, records);
    }

    /** A record judged: its judgement, and whether it ranked no one (RCTab's undervote). */
    record Judged(Judgement judgement, boolean undervote) {}
}
