package org.teller.rctab.cvr;

import java.util.HashMap;
import java.util.Map;
import org.teller.core.InvalidInputException;

/**
 * What a CDF file's {@code Election} says of the contest counted: its id, and what each of its contest
 * selections stands for (a candidate's name, or a write-in).
 */
final class CdfElection {

    /** A contest selection: a write-in, or the candidate it names. */
    record Selection(boolean writeIn, String candidateId) {}

    private final String file;
    final Map<String, String> candidateNames = new HashMap<>();
    final Map<String, Selection> selections = new HashMap<>();
    final Map<String, String> unitNames = new HashMap<>();
    String contestId;

    CdfElection(String file) {
        this.file = file;
    }

    void candidate(String id, String name) {
        if (candidateNames.put(id, name) != null) {
            throw new InvalidInputException(file, 0, id, "is the id of two candidates");
        }
    }

    void selection(String id, Selection selection) {
        if (selections.put(id, selection) != null) {
            throw new InvalidInputException(file, 0, id, "is the id of two contest selections");
        }
    }

    /** Checks that the contest was found, once the elections are read. */
    void require(String contestName) {
        if (contestId == null) {
            throw new InvalidInputException(file, 0, contestName, "is not the Name of a Contest in the file (the source's contestId)");
        }
    }

    /** What a record ranks when it selects {@code selectionId}: a candidate's name, or null for a write-in. */
    String ranked(String selectionId, String record) {
        Selection selection = selections.get(selectionId);
        if (selection == null) {
            throw new InvalidInputException(file + ", record " + record, 0, selectionId, "is not a selection of the contest");
        }
        if (selection.writeIn()) {
            return null;
        }
        if (selection.candidateId() == null || selection.candidateId().isEmpty()) {
            throw new InvalidInputException(file + ", record " + record, 0, selectionId, "is a contest selection naming no candidate");
        }
        String name = candidateNames.get(selection.candidateId());
        if (name == null) {
            throw new InvalidInputException(file + ", record " + record, 0, selection.candidateId(), "is not a candidate of the file");
        }
        return name;
    }

    /** The name of a reporting unit (a precinct), or its id where the file names it not. */
    String unit(String id) {
        return unitNames.getOrDefault(id, id);
    }
}
