package org.teller.rctab;

import org.teller.rctab.RctabCounter.Judged;
import org.teller.rctab.cvr.CvrSource;
import org.teller.rctab.cvr.GenericCsvFastReader;

/** A generic CSV source tallied by the fast reader, into tallies of its own merged only if it finished. */
final class GenericCsvFastPath {

    private GenericCsvFastPath() {}

    /** @return false when the fast reader gave up: nothing was added, and the file is to be read carefully */
    static boolean tally(CvrSource source, RctabRules rules, Tallies tallies) {
        Tallies own = tallies.emptyLike();
        boolean done = GenericCsvFastReader.read(source, tallies.byPrecinct(), tallies.byBatch(), new GenericCsvFastReader.Counter() {
            @Override
            public int number(org.teller.rctab.cvr.CastVoteRecord record) {
                Judged judged = rules.ballot(record, source);
                return own.number(judged.judgement());
            }

            @Override
            public void count(int number, boolean undervote, String precinct, String batch) {
                own.add(number, undervote, precinct, batch);
            }
        });
        if (done) {
            tallies.merge(own);
        }
        return done;
    }
}
