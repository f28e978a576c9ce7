package org.teller.server.pages;

import java.util.List;
import java.util.Locale;

/**
 * A results page's bar chart as an SVG image, drawn on the server: embeddable anywhere an image goes (a news
 * site, a council's page), with no script, and the same bytes for the same figures. Each candidate's name
 * stands above their bar, so a long name is never cut; the image has a title and a description for screen
 * readers, and says so in red when the figures are a rehearsal's.
 */
final class ChartSvg {

    private static final int WIDTH = 640;
    private static final int ROW = 46;
    private static final int TOP = 56;

    private ChartSvg() {}

    static String of(ResultsPage page) {
        List<ResultsPage.Row> rows = page.rows();
        long most = rows.stream().mapToLong(ResultsPage.Row::figure).max().orElse(0);
        int height = TOP + rows.size() * ROW + 28;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"t d\""
                        + " font-family=\"system-ui, sans-serif\">\n");
        svg.append("<title id=\"t\">").append(xml(page.title())).append(": ").append(xml(page.caption())).append("</title>\n");
        StringBuilder description = new StringBuilder();
        for (ResultsPage.Row row : rows) {
            description.append(row.candidate()).append(' ').append(row.votes()).append(row.share().isEmpty() ? "" : " (" + row.share()
                    + ")").append("; ");
        }
        svg.append("<desc id=\"d\">").append(xml(page.status() + " " + description.toString().strip())).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        svg.append("<text x=\"8\" y=\"22\" font-size=\"17\" font-weight=\"bold\" fill=\"#111\">").append(xml(page.title()))
                .append("</text>\n");
        svg.append("<text x=\"8\" y=\"42\" font-size=\"13\" fill=\"").append(page.rehearsal() ? "#7a0000" : "#333").append("\">")
                .append(xml((page.rehearsal() ? "REHEARSAL (test data): " : "") + page.caption() + ". " + page.status()))
                .append("</text>\n");
        int y = TOP;
        for (ResultsPage.Row row : rows) {
            int bar = most == 0 ? 0 : (int) Math.round((WIDTH - 190.0) * row.figure() / most);
            svg.append("<text x=\"8\" y=\"").append(y + 13).append("\" font-size=\"13\" fill=\"#111\">").append(xml(fitted(row.candidate())))
                    .append("</text>\n");
            svg.append("<rect x=\"8\" y=\"").append(y + 18).append("\" width=\"").append(bar).append("\" height=\"18\" fill=\"#0b4f9c\"/>\n");
            svg.append("<text x=\"").append(bar + 14).append("\" y=\"").append(y + 32).append("\" font-size=\"13\" fill=\"#111\">")
                    .append(xml(row.votes() + (row.share().isEmpty() ? "" : " (" + row.share() + ")"))).append("</text>\n");
            y += ROW;
        }
        svg.append("<text x=\"8\" y=\"").append(height - 10).append("\" font-size=\"11\" fill=\"#333\">")
                .append(xml(String.format(Locale.ROOT, "Counted by Teller. Revision %d.", page.revision()))).append("</text>\n");
        return svg.append("</svg>\n").toString();
    }

    /** A name cut to what the chart's width holds (the full name is in its description). */
    private static String fitted(String name) {
        return name.codePointCount(0, name.length()) <= 80 ? name : name.substring(0, name.offsetByCodePoints(0, 79)) + "…";
    }

    /** Text as XML character data or an attribute's value. */
    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFE || c == 0xFFFF) {
                        out.append(' '); // not a character XML 1.0 can hold
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
