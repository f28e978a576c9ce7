package org.teller.rctab.cvr;

/**
 * The number format a cell's style gives it, as POI finds it: the workbook's own format of that number
 * first, else Excel's built-in one.
 *
 * @param id the format's number ({@code numFmtId})
 * @param code its format code, or null for a built-in format other than General and text
 */
record XlsxNumberFormat(int id, String code) {

    /** Built-in formats are numbered 0 to 49; POI knows no other, and shows a number's raw text. */
    static final int LAST_BUILT_IN = 49;

    static XlsxNumberFormat builtIn(int id) {
        return new XlsxNumberFormat(id, id == 0 ? "General" : id == LAST_BUILT_IN ? "@" : null);
    }

    /** Whether POI shows a number in it as Excel's General format does (text, {@code @}, shows it so too). */
    boolean general() {
        return code != null && (code.equalsIgnoreCase("General") || code.equals("@"));
    }

    String described() {
        return code == null ? "the built-in number format " + id : "the number format '" + code + "'";
    }
}
