package org.teller.rctab.cvr;

/**
 * One cell of a sheet that holds a value, with its text as RCTab 2.0.1's spreadsheet library (Apache POI's
 * event API) gives it, or why that text cannot be given: a cell's problem counts only if the cell is read,
 * since RCTab ignores the columns it does not read.
 *
 * @param column from 1
 * @param reference as the sheet writes it ({@code C12})
 * @param text the text, or null when there is a problem
 * @param problem why the text cannot be given, or null
 */
record XlsxCell(int column, String reference, String text, String problem) {

    static XlsxCell of(int column, String reference, String text) {
        return new XlsxCell(column, reference, text, null);
    }

    static XlsxCell unreadable(int column, String reference, String problem) {
        return new XlsxCell(column, reference, null, problem);
    }
}
