package org.teller.formats.report;

import java.math.BigDecimal;
import java.util.List;

/** What Teller's web pages share: their style, escaping, candidates' colours and bar charts drawn as SVG. */
final class Html {

    private Html() {}

    /** One bar: whose, its length in votes, the figures written at its end, its colour. */
    record Bar(String name, long votes, String figures, String colour) {}

    /** Horizontal bars, each name above its bar so that no name is cut, the longest bar the most votes. */
    static void bars(StringBuilder out, String label, List<Bar> bars) {
        int width = 640;
        int row = 42;
        int height = bars.size() * row + 8;
        long most = bars.stream().mapToLong(Bar::votes).max().orElse(0);
        out.append("<figure>\n<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(text(label)).append("\">\n");
        int y = 4;
        for (Bar bar : bars) {
            // Room at the end of the longest bar for its figures: "1,310,143 (56.85%)".
            double length = most == 0 ? 0 : (width - 170) * (double) bar.votes() / most;
            out.append("<g><title>").append(text(bar.name() + ": " + bar.figures())).append("</title>\n<text x=\"0\" y=\"")
                    .append(y + 13).append("\" class=\"label\">").append(text(bar.name().length() <= 70 ? bar.name()
                            : bar.name().substring(0, 69).strip() + "\u2026")).append("</text>\n<rect x=\"0\" y=\"")
                    .append(y + 18).append("\" width=\"").append(number(length)).append("\" height=\"16\" fill=\"")
                    .append(bar.colour()).append("\"/>\n<text x=\"").append(number(length + 6)).append("\" y=\"").append(y + 31)
                    .append("\" class=\"value\">").append(text(bar.figures())).append("</text></g>\n");
            y += row;
        }
        out.append("</svg>\n</figure>\n");
    }

    /** Okabe and Ito's colours, which colour-blind readers tell apart, then hues spread round the wheel. */
    private static final List<String> PALETTE = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
            "#b8a100", "#444444");

    /**
     * The colours British parties are known by, by a word of their description; a candidate of none of them,
     * or a second candidate of one, takes the next colour of the palette. Keyed by description, not name.
     */
    private static final List<List<String>> PARTY_COLOURS = List.of(List.of("labour", "#d50000"),
            List.of("conservative", "#0087dc"), List.of("liberal democrat", "#faa61a"), List.of("green", "#02a95b"),
            List.of("ukip", "#70147a"), List.of("uk independence", "#70147a"), List.of("reform uk", "#12b6cf"),
            List.of("scottish national", "#d4b100"), List.of("plaid cymru", "#005b54"));

    /** Each candidate's colour, by index: their party's where it is known and not taken, else the palette's. */
    static List<String> colours(List<org.teller.core.Candidate> candidates) {
        List<String> colours = new java.util.ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (org.teller.core.Candidate candidate : candidates) {
            String party = candidate.party().toLowerCase(java.util.Locale.ROOT);
            String chosen = null;
            for (List<String> known : PARTY_COLOURS) {
                if (party.contains(known.get(0)) && !taken.contains(known.get(1))) {
                    chosen = known.get(1);
                    break;
                }
            }
            colours.add(chosen);
            if (chosen != null) {
                taken.add(chosen);
            }
        }
        int next = 0;
        for (int i = 0; i < colours.size(); i++) {
            if (colours.get(i) == null) {
                String colour = colour(next++);
                // Past a few thousand colours they repeat: a chart of that many candidates is read by its labels.
                while (taken.contains(colour) && next < 4 * candidates.size() + 16) {
                    colour = colour(next++);
                }
                colours.set(i, colour);
                taken.add(colour);
            }
        }
        return colours;
    }

    static String colour(int candidate) {
        if (candidate < PALETTE.size()) {
            return PALETTE.get(candidate);
        }
        return "hsl(" + (candidate * 47) % 360 + ",55%," + (42 - 10 * ((candidate / 360) % 3)) + "%)";
    }

    /** A coordinate to two places, the same text for the same figure everywhere. */
    static String number(double value) {
        return BigDecimal.valueOf(Math.round(value * 100), 2).stripTrailingZeros().toPlainString();
    }

    /** Text for HTML: the five characters that could end an element or an attribute, escaped. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static final String STYLE = """
            :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --rule: #d6d6d6; --accent: #0b5394; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
            main { max-width: 960px; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
            h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
            h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
            h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
            .poll, .note, footer { color: var(--muted); }
            .whatif { background: #fff4d6; border: 1px solid #e0b84f; padding: .4rem .6rem; font-weight: 600; }
            .note { font-size: .92rem; }
            .glance { border: 1px solid var(--rule); border-left: 6px solid var(--accent); padding: .8rem 1rem; margin: 1rem 0; }
            .winner { font-size: 1.25rem; font-weight: 650; margin: 0 0 .6rem; }
            dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .4rem 1.2rem; margin: 0; }
            dt { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
            dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
            table { border-collapse: collapse; width: 100%; margin: .4rem 0; font-variant-numeric: tabular-nums; }
            th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
            th { font-weight: 600; }
            .n { text-align: right; white-space: nowrap; }
            tr.elected th, tr.elected td { background: #eef4fb; }
            tr.total th, tr.total td { border-top: 2px solid var(--ink); font-weight: 700; }
            .tag { font-size: .72rem; text-transform: uppercase; background: var(--accent); color: #fff; padding: .05rem .35rem; border-radius: 3px; }
            .swatch { display: inline-block; width: .8em; height: .8em; margin-right: .45em; vertical-align: -.05em; }
            figure { margin: .5rem 0 1rem; }
            svg { width: 100%; height: auto; font-family: inherit; }
            svg .label { font-size: 14px; font-weight: 600; fill: var(--ink); }
            svg .value, svg .start, svg .end, svg .column { font-size: 12px; fill: var(--ink); }
            svg .start { text-anchor: end; }
            svg .column { text-anchor: middle; fill: var(--muted); }
            .wide { overflow-x: auto; }
            .sortable button { all: inherit; cursor: pointer; padding: 0; border: 0; }
            .sortable th[aria-sort="ascending"] button::after { content: " \\25B2"; }
            .sortable th[aria-sort="descending"] button::after { content: " \\25BC"; }
            .hashes code { font-size: .82rem; word-break: break-all; }
            footer { margin-top: 2.5rem; font-size: .85rem; border-top: 1px solid var(--rule); padding-top: .6rem; }
            @media print {
              body { font-size: 11pt; }
              main { max-width: none; padding: 0; }
              h2 { break-after: avoid; }
              section, figure, tr { break-inside: avoid; }
              .sortable button::after { content: none !important; }
              .glance { border-left-width: 3px; }
            }
            """;

    /** Sorts the areas' table by the column whose heading is selected; numbers by their value. */
    static final String SORTING = """
            document.querySelectorAll("table.sortable").forEach(function (table) {
              var headings = table.querySelectorAll("thead th");
              headings.forEach(function (heading, column) {
                heading.querySelector("button").addEventListener("click", function () {
                  var ascending = heading.getAttribute("aria-sort") !== "ascending";
                  headings.forEach(function (other) { other.setAttribute("aria-sort", "none"); });
                  heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[column], y = b.cells[column];
                    var order = x.dataset.value !== undefined
                      ? Number(x.dataset.value) - Number(y.dataset.value)
                      : x.textContent.localeCompare(y.textContent, undefined, { numeric: true });
                    return ascending ? order : -order;
                  });
                  rows.forEach(function (row) { body.appendChild(row); });
                });
              });
            });
            """;
}
