package org.teller.rctab.report;

/**
 * The two ways RCTab cuts a contest into parts for its reports ({@code tabulateByPrecinct},
 * {@code tabulateByBatch}): each part gets reports of its own, in a folder of its own.
 */
enum SliceKind {
    PRECINCT("Precinct"),
    BATCH("Batch");

    private final String title;

    SliceKind(String title) {
        this.title = title;
    }

    /** "Precinct": the label of the CSV row naming the part. */
    String title() {
        return title;
    }

    /** "precinct": in file names, as the JSON key naming the part, and in the CSV's footnote. */
    String word() {
        return title.toLowerCase(java.util.Locale.ROOT);
    }

    /** The folder of these parts' reports, inside the results folder. */
    String folder() {
        return "Tabulate by " + title;
    }

    /** What RCTab calls the part of the records that name no precinct (or batch). */
    String idOfNone() {
        return "no " + word() + " id";
    }
}
