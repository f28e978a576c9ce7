package org.teller.rctab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.Judgement;
import org.teller.core.ballot.RankingEnd;
import org.teller.core.contest.InputFile;
import org.teller.core.count.Replay;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.tally.RankingTally;
import org.teller.core.tally.Transfer;
import org.teller.rctab.config.ContestConfig;
import org.teller.rctab.config.Rules;
import org.teller.rctab.cvr.CvrReaders;
import org.teller.rctab.cvr.CvrSource;

/**
 * The audit log of a count, as RCTab keeps one: what was read (each file, its SHA-256 and its records),
 * the rules, each round (the votes, the threshold, the inactive ballots, who was eliminated or elected and
 * where their ballots went), what was written (each file and its SHA-256) and, on request, each ballot's
 * path through the rounds. Unlike RCTab's, it holds no clock time: the same inputs give the same log,
 * byte for byte.
 */
public final class AuditLog {

    private final Tabulation tabulation;
    private final Writer out;

    private AuditLog(Tabulation tabulation, Writer out) {
        this.tabulation = tabulation;
        this.out = out;
    }

    /**
     * Writes the log of {@code tabulation}.
     *
     * @param outputs the files written from it, with their SHA-256
     * @param papers whether to read the CVR files again and give each ballot's path through the rounds
     */
    public static void write(Tabulation tabulation, List<InputFile> outputs, boolean papers, Writer out) {
        new AuditLog(tabulation, out).write(outputs, papers);
    }

    private void write(List<InputFile> outputs, boolean papers) {
        ContestConfig config = tabulation.config();
        Result result = tabulation.result();
        List<String> names = tabulation.names();
        line("Teller's audit log of an RCTab contest");
        line("Contest: " + config.output().contestName() + "; jurisdiction: " + config.output().contestJurisdiction()
                + "; office: " + config.output().contestOffice() + "; date: " + config.output().contestDate());
        List<InputFile> inputs = tabulation.inputs();
        line("Configuration: " + inputs.get(0).name() + " (tabulatorVersion " + config.tabulatorVersion() + "), SHA-256 "
                + inputs.get(0).sha256());
        Path folder = config.file().toAbsolutePath().getParent();
        for (int i = 0; i < config.sources().size(); i++) {
            CvrSource source = config.sources().get(i);
            String records = i < tabulation.records().size() ? ", " + tabulation.records().get(i) + " records" : "";
            line("CVR source " + (i + 1) + ": " + folder.relativize(source.file().toAbsolutePath()) + " ("
                    + source.provider().key() + records + ")");
        }
        for (InputFile input : inputs.subList(1, inputs.size())) {
            line("Read: " + input.name() + ", SHA-256 " + input.sha256());
        }
        rules(config.rules());
        for (int c = 0; c < names.size(); c++) {
            line("Candidate " + (c + 1) + ": " + names.get(c)
                    + (c < config.candidates().size() && config.candidates().get(c).excluded() ? " (excluded)" : ""));
        }
        Slice contest = tabulation.contest();
        line("Ballots: " + contest.ballots() + "; undervotes (ranking no one): " + contest.undervotes());
        for (Round round : result.rounds()) {
            round(round, result, names);
        }
        if (result.hasElection()) {
            line("Elected: " + names.get(result.elected()) + ", at round " + result.electedInRound() + " (" + result.how().name()
                    .toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        } else {
            line("Elected: no one; the count stopped after round " + result.rounds().size() + " (stopTabulationEarlyAfterRound)");
        }
        result.lots().forEach(lot -> line("Lot at round " + lot.stage() + ": tied " + lot.tied().stream().map(names::get).toList()
                + ", order " + lot.order().stream().map(names::get).toList()
                + (lot.seed().isPresent() ? ", seed " + lot.seed().getAsLong() : "")));
        for (InputFile output : outputs) {
            line("Written: " + output.name() + ", SHA-256 " + output.sha256());
        }
        if (papers) {
            papers();
        }
    }

    private void rules(Rules rules) {
        line("Rules: winnerElectionMode " + rules.winnerElectionMode() + ", numberOfWinners " + rules.numberOfWinners()
                + ", tiebreakMode " + rules.tiebreakMode().key()
                + (rules.randomSeed().isPresent() ? ", randomSeed " + rules.randomSeed().getAsLong() : "")
                + ", overvoteRule " + rules.overvoteRule().key()
                + ", maxSkippedRanksAllowed " + (rules.maxSkippedRanksAllowed().isPresent()
                        ? String.valueOf(rules.maxSkippedRanksAllowed().getAsInt()) : "unlimited")
                + ", maxRankingsAllowed " + (rules.maxRankingsAllowed().isPresent()
                        ? String.valueOf(rules.maxRankingsAllowed().getAsInt()) : "max")
                + ", minimumVoteThreshold " + rules.minimumVoteThreshold()
                + ", batchElimination " + rules.batchElimination()
                + ", continueUntilTwoCandidatesRemain " + rules.continueUntilTwoCandidatesRemain()
                + ", exhaustOnDuplicateCandidate " + rules.exhaustOnDuplicateCandidate());
    }

    private void round(Round round, Result result, List<String> names) {
        StringBuilder votes = new StringBuilder();
        for (int candidate : round.continuing()) {
            votes.append(votes.length() == 0 ? "" : ", ").append(names.get(candidate)).append(' ').append(round.votes(candidate));
        }
        line("Round " + round.number() + ": " + votes + "; threshold " + round.threshold() + "; inactive "
                + inactive(round.exhaustedBy().orElse(Map.of())));
        for (Transfer transfer : round.transfers()) {
            StringBuilder to = new StringBuilder();
            for (int c = 0; c < names.size(); c++) {
                if (transfer.to(c) > 0) {
                    to.append(to.length() == 0 ? "" : ", ").append(names.get(c)).append(" +").append(transfer.to(c));
                }
            }
            line("  transferred from " + names.get(transfer.from().orElseThrow()) + ": " + (to.length() == 0 ? "none" : to)
                    + "; inactive " + transfer.exhausted());
        }
        if (!round.eliminated().isEmpty()) {
            line("  eliminated: " + String.join(", ", round.eliminated().stream().map(names::get).toList()));
        }
    }

    /** The inactive ballots by RCTab's categories; undervotes apart, as RCTab counts them. */
    private String inactive(Map<RankingEnd, Long> by) {
        long undervotes = tabulation.contest().undervotes();
        return "overvotes " + by.getOrDefault(RankingEnd.VOTING_FOR_TOO_MANY, 0L)
                + ", skipped rankings " + by.getOrDefault(RankingEnd.SKIPPED_RANKS, 0L)
                + ", repeated rankings " + by.getOrDefault(RankingEnd.REPEATED_CANDIDATE, 0L)
                + ", exhausted choices " + (by.getOrDefault(RankingEnd.COMPLETE, 0L) + by.getOrDefault(RankingEnd.UNMARKED, 0L) - undervotes);
    }

    /** Each ballot's path: the CVR files read again, each record judged again, each distinct ranking's path worked once. */
    private void papers() {
        RctabRules rules = RctabRules.of(tabulation.config());
        Map<Judgement, String> paths = new HashMap<>();
        for (CvrSource source : tabulation.config().sources()) {
            CvrReaders.of(source.provider(), rules.maxRankingsAllowed(), rules.ranksRead()).read(source, record -> {
                Judgement judgement = rules.ballot(record, source).judgement();
                String path = paths.computeIfAbsent(judgement, this::path);
                line("Ballot " + record.id() + (record.precinct().isEmpty() ? "" : ", precinct " + record.precinct()) + ": " + path);
            });
        }
    }

    /** Where a ballot judged so stands at each round: the candidate it counts for, or why it is inactive. */
    private String path(Judgement judgement) {
        if (judgement instanceof Judgement.Valid valid && valid.ranking().isEmpty()) {
            return "round 1 undervote";
        }
        RankingTally one = new RankingTally(tabulation.names().size());
        one.add(judgement);
        StringBuilder path = new StringBuilder();
        String last = "";
        for (Round round : Replay.rounds(tabulation.result(), one)) {
            String now = holder(round);
            if (!now.equals(last)) {
                path.append(path.length() == 0 ? "" : "; ").append("round ").append(round.number()).append(' ').append(now);
                last = now;
            }
        }
        return path.toString();
    }

    private String holder(Round round) {
        for (int candidate : round.continuing()) {
            if (round.votes(candidate) > 0) {
                return tabulation.names().get(candidate);
            }
        }
        RankingEnd end = round.exhaustedBy().orElse(Map.of()).entrySet().stream().filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey).findFirst().orElse(RankingEnd.COMPLETE);
        return switch (end) {
            case VOTING_FOR_TOO_MANY -> "inactive (overvote)";
            case SKIPPED_RANKS -> "inactive (skipped rankings)";
            case REPEATED_CANDIDATE -> "inactive (repeated ranking)";
            default -> "inactive (no continuing choice left)";
        };
    }

    /** One line of the log: anything in it that would break the line (a record's id, say) is escaped. */
    private void line(String text) {
        try {
            out.write(InvalidInputException.oneLine(text));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
