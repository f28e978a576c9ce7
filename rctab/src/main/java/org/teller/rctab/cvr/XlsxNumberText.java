package org.teller.rctab.cvr;

/**
 * The text of a number cell as RCTab 2.0.1 reads it: POI shows the number in the cell's format, or
 * gives its raw text when the cell has no format it knows. Teller shows only what it can show exactly:
 * a whole number below 10^11 in the General (or text) format, which POI writes as plain digits
 * ({@code 12}, never {@code 12.0}); other numbers, whose text POI takes from its own formatting (and,
 * for fractions, from the locale RCTab runs in), are refused where they are read.
 */
final class XlsxNumberText {

    // From 10^11 Excel's General format (and POI) switch to scientific notation: 1.23457E+11.
    private static final double SCIENTIFIC = 1e11;

    private XlsxNumberText() {}

    /**
     * @param raw the cell's value as the sheet writes it
     * @param format the cell's number format, or null where POI finds none (it then gives the raw text)
     * @return the text, or null when Teller cannot give POI's text (see {@link #problem})
     */
    static String of(String raw, XlsxNumberFormat format) {
        if (raw.isEmpty() || format == null) {
            return raw;
        }
        double number;
        try {
            number = Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            return raw; // POI, too, gives the raw text of a value it cannot read as a number
        }
        if (format.general() && Math.abs(number) < SCIENTIFIC && Math.floor(number) == number) {
            return Long.toString((long) number);
        }
        return null;
    }

    static String problem(String raw, XlsxNumberFormat format) {
        if (!format.general()) {
            return "is the number " + raw + " shown in " + format.described()
                    + ", whose text RCTab 2.0.1 takes from its spreadsheet library's formatting, which Teller does"
                    + " not reproduce: store the column as text";
        }
        return "is the number " + raw + ", which RCTab 2.0.1 shows as Excel's General format does (a fraction"
                + " in the notation of the locale it runs in, a number from 10^11 in scientific notation); Teller"
                + " reads only whole numbers below 10^11 in number cells: store the column as text";
    }
}
