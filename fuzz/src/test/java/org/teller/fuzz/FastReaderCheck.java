package org.teller.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.teller.core.InvalidInputException;
import org.teller.rctab.cvr.CastVoteRecord;
import org.teller.rctab.cvr.RecordCounter;

/**
 * The property every fast cast-vote-record reader keeps: it either gives up or reads exactly the records the
 * careful reader reads (each one's rankings, precinct and, where the format has one, batch), and never reads
 * a file the careful reader refuses. The fast reader never refuses a file itself: it gives up, and the
 * careful one says what is wrong.
 */
final class FastReaderCheck {

    private FastReaderCheck() {
    }

    /**
     * Reads one file both ways and fails on any disagreement.
     *
     * @param what    the file as messages name it ("file", "workbook", "report")
     * @param byBatch whether records are told apart by batch too
     * @param careful reads the file record by record, or refuses it
     * @param fast    reads the file into the counter; false where it gave up
     */
    static void agree(String what, boolean byBatch, Consumer<Consumer<CastVoteRecord>> careful,
            Predicate<RecordCounter> fast) {
        Map<String, Integer> carefully = new HashMap<>();
        String refused = null;
        try {
            careful.accept(record -> carefully.merge(key(record.rankings().toString(), record.precinct(), record.batch(),
                    byBatch), 1, Integer::sum));
        } catch (InvalidInputException e) {
            refused = e.getMessage();
        }
        Map<String, Integer> fastly = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        boolean finished = fast.test(new RecordCounter() {
            @Override
            public int number(CastVoteRecord record) {
                distinct.add(record.rankings().toString());
                return distinct.size() - 1;
            }

            @Override
            public void count(int number, boolean undervote, String precinct, String batch) {
                if (undervote != distinct.get(number).equals("[]")) {
                    throw Check.fail("an undervote told wrongly: " + distinct.get(number));
                }
                fastly.merge(key(distinct.get(number), precinct, batch, byBatch), 1, Integer::sum);
            }
        });
        if (finished && refused != null) {
            throw Check.fail("the fast reader read a " + what + " the careful one refused: " + refused);
        }
        if (finished && !fastly.equals(carefully)) {
            throw Check.fail("the fast reader read " + fastly + ", the careful one " + carefully);
        }
    }

    private static String key(String rankings, String precinct, String batch, boolean byBatch) {
        return rankings + "@" + precinct + (byBatch ? "/" + batch : "");
    }
}
