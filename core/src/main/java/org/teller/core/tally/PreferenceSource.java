package org.teller.core.tally;

/**
 * The valid votes of a count in the form a count method asks for them: where the papers stand at the
 * first round, and where they stand once the papers of candidates who are out are passed on.
 *
 * <p>Two kinds exist because real counts produce both: a {@link RankingTally} of ballot papers (or of an
 * e-counting return) answers for any continuing candidates, round after round; {@link CountReturns}
 * answer only what a count centre stated, and throw {@link StatedFiguresMismatchException} when asked
 * anything else.
 */
public interface PreferenceSource {

    /** How many candidates stood. */
    int candidateCount();

    /** Valid papers: every paper counts at the first round or is exhausted from the start. */
    long valid();

    /** The first round: every valid paper with its first preference. */
    Standing first();

    /**
     * The first round with only {@code continuing} in the count: candidates withdrawn before it (RCTab's
     * excluded candidates) are passed over on every paper as if already eliminated, and have no votes.
     * Sources that state figures (count returns) answer only for every candidate.
     *
     * @param continuing by candidate index, whether the candidate is in the count
     * @throws UnsupportedOperationException when the source cannot leave candidates out of its first round
     */
    default Standing first(boolean[] continuing) {
        for (boolean in : continuing) {
            if (!in) {
                throw new UnsupportedOperationException("stated figures cannot leave a candidate out of the count");
            }
        }
        return first();
    }

    /**
     * The next round: the papers of every candidate of {@code before} who is not {@code continuing} passed
     * to each paper's next preference for a continuing candidate, or exhausted.
     *
     * @param before the round before, as this source gave it
     * @param continuing by candidate index, whether the candidate stays in the count: a subset of those
     *     continuing {@code before}
     * @throws StatedFiguresMismatchException when the source states figures for another next round
     */
    Standing transfer(Standing before, boolean[] continuing);

    /**
     * Checks that the source states no figures beyond the first round, for a count that ended there.
     * Sources that answer for any round state none.
     *
     * @throws StatedFiguresMismatchException naming a candidate with a figure for a later round
     */
    default void checkFirstRoundOnly() {}

    /**
     * The votes as a count of one round sees them (first past the post): figures stated for a later
     * round are then not its concern, so a "what if" count of returns made for SV may use their first
     * preferences.
     */
    default PreferenceSource firstPreferencesOnly() {
        PreferenceSource votes = this;
        return new PreferenceSource() {
            @Override
            public int candidateCount() {
                return votes.candidateCount();
            }

            @Override
            public long valid() {
                return votes.valid();
            }

            @Override
            public Standing first() {
                return votes.first();
            }

            @Override
            public Standing transfer(Standing before, boolean[] continuing) {
                throw new IllegalStateException("first past the post has one round");
            }
        };
    }
}
