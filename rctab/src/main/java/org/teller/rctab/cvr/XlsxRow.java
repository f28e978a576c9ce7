package org.teller.rctab.cvr;

import java.util.List;

/**
 * One {@code <row>} of a sheet: its number and the cells that hold a value, in column order. A row the
 * sheet writes with no such cell is still a row (RCTab counts it as a record).
 *
 * @param number from 1, as the spreadsheet shows it
 */
record XlsxRow(int number, List<XlsxCell> cells) {}
