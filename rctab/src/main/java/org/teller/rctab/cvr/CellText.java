package org.teller.rctab.cvr;

import java.util.List;
import java.util.regex.Pattern;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;

/**
 * What a cell of a file that writes a candidate's name at each rank (ES&S, Clear Ballot, Hart) holds at
 * its rank, under its source's labels, as RCTab reads it: nothing (a skipped rank: an empty cell, or the
 * skipped-rank label), an undeclared write-in (the write-in label, or an empty cell where blanks are
 * write-ins), an overvote (the overvote label), or one candidate, or several where the source's
 * overvote delimiter separates them.
 */
public final class CellText {

    private final CvrSource source;
    private final Pattern delimiter;

    public CellText(CvrSource source) {
        this.source = source;
        this.delimiter = source.overvoteDelimiter().isEmpty() ? null : Pattern.compile(Pattern.quote(source.overvoteDelimiter()));
    }

    /** Adds to {@code rankings} what {@code cell} holds at {@code rank}. */
    public void read(int rank, String cell, List<Ranking> rankings) {
        String text = cell.strip();
        if (text.isEmpty()) {
            if (source.treatBlankAsUndeclaredWriteIn()) {
                rankings.add(Ranking.undeclaredWriteIn(rank));
            }
            return;
        }
        if (delimiter != null && text.contains(source.overvoteDelimiter())) {
            for (String part : delimiter.split(text, -1)) {
                one(rank, part.strip(), rankings);
            }
            return;
        }
        one(rank, text, rankings);
    }

    private void one(int rank, String text, List<Ranking> rankings) {
        if (text.isEmpty() || text.equals(source.skippedRankLabel())) {
            return;
        }
        if (text.equals(source.overvoteLabel())) {
            rankings.add(Ranking.overvote(rank));
        } else if (text.equals(source.undeclaredWriteInLabel())) {
            rankings.add(Ranking.undeclaredWriteIn(rank));
        } else {
            rankings.add(Ranking.of(rank, text));
        }
    }
}
