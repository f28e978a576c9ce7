package org.teller.rctab;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.teller.core.contest.InputFile;
import org.teller.core.count.Result;
import org.teller.rctab.config.ContestConfig;

/**
 * An RCTab contest counted: the whole contest and, where its configuration asks, each precinct's and each
 * batch's part of it (the same rounds, with the whole contest's eliminations).
 *
 * @param config the configuration counted
 * @param names RCTab's name of each candidate of {@code result}, by index: the configuration's candidates
 *     in its order, then RCTab's {@value #UNDECLARED_WRITE_INS} when a source has undeclared write-ins
 * @param result the count of the whole contest
 * @param contest the whole contest's ballots and rounds
 * @param precincts each precinct's part, by the precinct's name ("" for records that name none); empty
 *     unless {@code tabulateByPrecinct}
 * @param batches each batch's part, by the batch's name ("" for records that name none); empty unless
 *     {@code tabulateByBatch}
 * @param inputs the configuration and every CVR file read, with their SHA-256
 * @param records how many records each CVR source held, in the configuration's order
 */
public record Tabulation(ContestConfig config, List<String> names, Result result, Slice contest,
        SortedMap<String, Slice> precincts, SortedMap<String, Slice> batches, List<InputFile> inputs,
        List<Long> records) {

    /** RCTab's name for its pseudo-candidate of undeclared write-ins. */
    public static final String UNDECLARED_WRITE_INS = "Undeclared Write-ins";

    public Tabulation {
        names = List.copyOf(names);
        precincts = Collections.unmodifiableSortedMap(new TreeMap<>(precincts));
        batches = Collections.unmodifiableSortedMap(new TreeMap<>(batches));
        inputs = List.copyOf(inputs);
        records = List.copyOf(records);
    }

    /** A count whose records by source are not known (made by hand, in tests). */
    public Tabulation(ContestConfig config, List<String> names, Result result, Slice contest,
            SortedMap<String, Slice> precincts, SortedMap<String, Slice> batches, List<InputFile> inputs) {
        this(config, names, result, contest, precincts, batches, inputs, List.of());
    }
}
