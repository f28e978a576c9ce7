package org.teller.formats.generate;

import org.teller.core.Candidate;
import org.teller.core.contest.Contest;
import org.teller.core.count.AlternativeVote;

/** Writes a contest file for generated ballot papers. */
final class ContestYaml {

    private ContestYaml() {}

    /** @param turnout the turnout the contest copied states, where it states one (it has no electorate then) */
    static String write(Contest contest, java.util.Optional<java.math.BigDecimal> turnout, String comment, String ballots) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# ").append(comment).append('\n');
        yaml.append("title: ").append(quote(contest.title())).append('\n');
        yaml.append("date: ").append(contest.date().orElseThrow()).append('\n');
        yaml.append("system: ").append(contest.system().key()).append('\n');
        if (contest.system() instanceof AlternativeVote alternative
                && alternative.rankingOptions().ranksRead() != contest.candidates().size()) {
            // The UK's rules but for how many ranks are read: as many as the papers have.
            yaml.append("options:\n  ranks-counted: ").append(alternative.rankingOptions().ranksRead()).append('\n');
        }
        yaml.append("rules: ").append(contest.rules().key()).append('\n');
        contest.electorate().ifPresent(electorate -> yaml.append("electorate: ").append(electorate).append('\n'));
        turnout.ifPresent(percent -> yaml.append("turnout: ").append(percent.toPlainString()).append("%\n"));
        yaml.append("candidates:\n");
        for (Candidate candidate : contest.candidates()) {
            yaml.append("  - name: ").append(quote(candidate.name())).append('\n');
            if (!candidate.party().isEmpty()) {
                yaml.append("    party: ").append(quote(candidate.party())).append('\n');
            }
            if (!candidate.shortLabel().isEmpty()) {
                yaml.append("    short: ").append(quote(candidate.shortLabel())).append('\n');
            }
        }
        yaml.append("ballots: ").append(ballots).append('\n');
        return yaml.toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
