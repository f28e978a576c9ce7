package org.teller.rctab.cvr;

import java.util.List;
import java.util.regex.Pattern;
import org.teller.rctab.cvr.CastVoteRecord.Ranking;

/**
 * What a rank's cell of an ES&S sheet holds, as RCTab 2.0.1 reads it: nothing (a skipped rank), an
 * undeclared write-in, an overvote (the overvote label), or one candidate or several (split by the
 * overvote delimiter). Text is trimmed as {@link String#trim} does (control characters and spaces, not all
 * Unicode white space);
 * a cell the sheet holds is never a blank, even if its text is empty (only a cell the sheet does not hold
 * is, see {@link EssCvrReader}), so empty text is compared with the labels like any other; and a cell split
 * by the overvote delimiter is split as {@link String#split} does (trailing empty pieces dropped), any other
 * empty or skipped-rank piece making RCTab refuse the file.
 */
final class EssRankCell {

    private final CvrSource source;
    private final Pattern delimiter;

    EssRankCell(CvrSource source) {
        this.source = source;
        this.delimiter = source.overvoteDelimiter().isBlank() ? null : Pattern.compile(Pattern.quote(source.overvoteDelimiter()));
    }

    /**
     * Adds to {@code rankings} what {@code text} holds at {@code rank}.
     *
     * @return null, or what is wrong with the text
     */
    String read(int rank, String text, List<Ranking> rankings) {
        String trimmed = text.trim();
        String[] pieces = delimiter == null ? new String[] {trimmed} : delimiter.split(trimmed);
        for (String piece : pieces) {
            String candidate = piece.trim();
            if (pieces.length > 1 && (candidate.isBlank() || candidate.equals(source.skippedRankLabel()))) {
                return "holds several candidates split by the overvote delimiter '" + source.overvoteDelimiter()
                        + "', one of them " + (candidate.isBlank() ? "blank" : "the skipped-rank label")
                        + ", which RCTab 2.0.1 refuses";
            }
            if (candidate.equals(source.skippedRankLabel())) {
                continue;
            }
            if (candidate.equals(source.overvoteLabel())) {
                rankings.add(Ranking.overvote(rank));
            } else if (candidate.equals(source.undeclaredWriteInLabel())) {
                rankings.add(Ranking.undeclaredWriteIn(rank));
            } else if (candidate.isEmpty()) {
                return "is a blank cell at rank " + rank + ", which RCTab 2.0.1 reads as a candidate named ''"
                        + " (only a cell the sheet does not hold is a skipped rank), and no candidate is so named";
            } else {
                rankings.add(Ranking.of(rank, candidate));
            }
        }
        return null;
    }
}
