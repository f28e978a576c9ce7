package org.teller.rctab;

import java.util.List;
import org.teller.core.count.Round;

/**
 * The ballots of a contest, or of one precinct or batch of it, and their rounds.
 *
 * @param ballots every cast vote record read (RCTab's "total number of ballots")
 * @param undervotes the records that rank no one (RCTab's "undervotes": not among its inactive ballots;
 *     in Teller's rounds they are exhausted from the start, {@code RankingEnd.UNMARKED})
 * @param rounds the rounds, as the whole contest's count took them
 */
public record Slice(long ballots, long undervotes, List<Round> rounds) {

    public Slice {
        rounds = List.copyOf(rounds);
    }
}
