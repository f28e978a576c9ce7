package org.teller.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.teller.core.Candidate;

/**
 * Structure-aware pieces of inputs, built from {@link Choices}: candidates, the ways a file may spell
 * them (other case, spacing, short labels, look-alikes, unknown names), count areas, adjudications, and
 * CSV text with the oddities real files have (quoting, CRLF, a byte order mark, blank lines) and the
 * faults the readers must refuse (quotes across lines or never closed, too many or too few fields,
 * invalid UTF-8, a lone CR, NUL).
 */
final class Gen {

    private Gen() {}

    /** Candidate sets: plain, with commas and quotes in names, non-ASCII, shared labels, similar names. */
    static final List<List<Candidate>> CANDIDATE_SETS = List.of(
            List.of(new Candidate("Ann Archer", "Riverside Party", "RP"), new Candidate("Bo Brown", "Independent", "Ind"),
                    new Candidate("Cy Cole", "Green Party", "Green")),
            List.of(new Candidate("Ann Archer", "", ""), new Candidate("Bo Brown", "", "")),
            List.of(new Candidate("Siân Berry", "Green Party", "Green"), new Candidate("Smith, John", "Independent", "Ind"),
                    new Candidate("Zac Goldsmith", "Conservative", "C"), new Candidate("Sadiq Khan", "Labour", "Lab"),
                    new Candidate("Ann O'Neill", "Independent", "Ind")),
            List.of(new Candidate("John \"Jack\" Biggs", "Labour", "Lab"), new Candidate("Rabina Khan", "Independent", "RK"),
                    new Candidate("Peter Golds", "Conservative", "C"), new Candidate("Zoë Ørsted", "Liberal Democrats", "LD")),
            List.of(new Candidate("Lutfur Rahman", "Tower Hamlets First", "THF"), new Candidate("John Biggs", "Labour", "Lab"),
                    new Candidate("Lutfur Rahmann", "Independent", "Ind"), new Candidate("Ann", "", "A"),
                    new Candidate("Anne", "", "B"), new Candidate("İlkay Şahin", "", "")),
            List.of(new Candidate("Ann Archer", "", "Ind"), new Candidate("Bo Brown", "", "Ind"),
                    new Candidate("Cy Cole", "", "CC")));

    static List<Candidate> candidates(Choices c) {
        return CANDIDATE_SETS.get(c.below(CANDIDATE_SETS.size()));
    }

    /** How a file may write candidate {@code i}: mostly as the README allows, sometimes not. */
    static String spelling(Choices c, List<Candidate> candidates, int i) {
        Candidate candidate = candidates.get(i);
        String name = candidate.name();
        return switch (c.below(40)) {
            case 30 -> name.toUpperCase(Locale.ROOT);
            case 31 -> "  " + name.replace(" ", "   ") + " ";
            case 32 -> candidate.shortLabel().isEmpty() ? name : candidate.shortLabel();
            case 33 -> name.replace(" ", "\t");
            case 34 -> lookalike(c, name);
            case 35 -> c.pick(List.of("Nobody", "Ann Archer Jr", "?", "Bo  Brown", "BO BROWN", "bo brown ", "Zoe Orsted",
                    "Ind", "ind", "RP", "null"));
            case 36 -> name + "|" + candidates.get(c.below(candidates.size())).name();
            case 37 -> name + "|" + name.toLowerCase(Locale.ROOT);
            case 38 -> c.pick(List.of("|", name + "|", "|" + name, " | ", name + "||" + name));
            case 39 -> name.toLowerCase(Locale.ROOT);
            default -> name;
        };
    }

    /** The name with a look-alike: a character a reader of the paper would not see, or another form. */
    static String lookalike(Choices c, String name) {
        return switch (c.below(7)) {
            case 0 -> name.replaceFirst(" ", "\u00A0");
            case 1 -> name.length() > 2 ? name.substring(0, 2) + "\u200B" + name.substring(2) : name + "\u200B";
            case 2 -> Normalizer.normalize(name, Normalizer.Form.NFD);
            case 3 -> name.replaceFirst(" ", "\u2003");
            case 4 -> "\uFEFF" + name;
            case 5 -> name.replace('A', '\uFF21').replace('a', '\u0430'); // fullwidth A, Cyrillic a
            default -> name + "\u00AD"; // soft hyphen
        };
    }

    static final List<String> AREAS = List.of("North", "South", "East End", "Tower, Hamlets", "Ward \"7\"", "Ñorth", "north",
            " North", "North\u00A0");

    static String area(Choices c, int usual) {
        return c.oneIn(12) ? AREAS.get(c.below(AREAS.size())) : AREAS.get(usual % 4);
    }

    static String flags(Choices c) {
        if (!c.oneIn(3)) {
            return "";
        }
        List<String> known = List.of("no-official-mark", "identifying-mark", "uncertain-first", "uncertain-second");
        List<String> flags = new ArrayList<>();
        int count = 1 + c.below(3);
        for (int i = 0; i < count; i++) {
            flags.add(c.oneIn(15) ? c.pick(List.of("No-Official-Mark", "unclear", "", "uncertain")) : c.pick(known));
        }
        return String.join(c.oneIn(5) ? " | " : "|", flags);
    }

    /** Writes CSV text: quoting where needed (and sometimes where not), with rare faults. */
    static final class Csv {
        private final Choices c;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final String eol;
        private final boolean faults;

        Csv(Choices c, boolean faults) {
            this.c = c;
            this.faults = faults;
            this.eol = c.oneIn(4) ? "\r\n" : "\n";
            if (c.oneIn(8)) {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
        }

        void row(List<String> fields) {
            List<String> cells = new ArrayList<>(fields);
            if (faults && c.oneIn(40)) {
                cells.add(c.pick(List.of("", "no-official-mark", "x"))); // a field beyond the header
            }
            if (faults && c.oneIn(40) && !cells.isEmpty()) {
                cells.remove(cells.size() - 1); // a field missing
            }
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    text(",");
                }
                cell(cells.get(i));
            }
            end();
        }

        void cell(String value) {
            boolean needs = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
            if (faults && c.oneIn(60)) {
                switch (c.below(6)) {
                    case 0 -> text("\"" + value); // a quote that never closes (or closes rows later)
                    case 1 -> text("\"" + value + "\"x"); // text after the closing quote
                    case 2 -> text("\"" + value + eol + value + "\""); // a quoted field across lines
                    case 3 -> bytes(new byte[] {(byte) 0xC3, (byte) 0x28}); // invalid UTF-8
                    case 4 -> text(value + "\u0000");
                    default -> text(value + "\r" + value); // a lone CR
                }
                return;
            }
            if (needs || c.oneIn(10)) {
                text("\"" + value.replace("\"", "\"\"") + "\"");
            } else {
                text(value);
            }
        }

        void end() {
            text(eol);
            if (faults && c.oneIn(30)) {
                text(c.pick(List.of("\n", "\r\n", " \n", "\r", "\n\n")));
            }
        }

        void text(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] bytes) {
            out.writeBytes(bytes);
        }

        byte[] bytes() {
            byte[] bytes = out.toByteArray();
            if (c.oneIn(5) && bytes.length > 0 && bytes[bytes.length - 1] == '\n') {
                int cut = bytes.length > 1 && bytes[bytes.length - 2] == '\r' ? 2 : 1;
                return java.util.Arrays.copyOf(bytes, bytes.length - cut); // no line feed at the end
            }
            return bytes;
        }
    }

    /** Columns in some order: the required ones, some optional ones, and rarely a fault in the header. */
    static List<String> header(Choices c, List<String> required, List<String> optional) {
        List<String> columns = new ArrayList<>(required);
        for (String column : optional) {
            if (c.below(2) == 1) {
                columns.add(c.below(columns.size() + 1), column);
            }
        }
        if (c.oneIn(40)) {
            switch (c.below(4)) {
                case 0 -> columns.add("flag");
                case 1 -> columns.remove(c.below(columns.size()));
                case 2 -> columns.set(0, columns.get(0).toUpperCase(Locale.ROOT));
                default -> columns.add(columns.get(0));
            }
        }
        return columns;
    }

    static List<String> fieldsOf(List<String> columns, java.util.Map<String, String> values) {
        List<String> fields = new ArrayList<>();
        for (String column : columns) {
            fields.add(values.getOrDefault(column.toLowerCase(Locale.ROOT), ""));
        }
        return fields;
    }
}
