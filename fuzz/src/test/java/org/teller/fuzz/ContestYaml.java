package org.teller.fuzz;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.teller.core.Candidate;

/**
 * A contest file built from choices: what it means (the candidates, the votes file, the statement of
 * papers) is known, so Teller's reading of it can be checked; mostly valid, with rare faults of a known
 * kind that Teller must refuse, naming the contest file.
 *
 * @param bytes the file
 * @param candidates the candidates it names, in ballot order
 * @param votesFile the votes file it names, relative to the contest folder
 * @param fault the fault put in it, or null
 */
record ContestYaml(byte[] bytes, List<Candidate> candidates, String votesFile, Refusal fault) {

    static final String FILE = "contest.yaml";

    /**
     * @param key ballots, tally or returns
     * @param votesFile the votes file's name
     * @param faults whether to put a fault in it, now and then
     * @param valid the valid votes the votes file holds, if it can be read (for a statement that adds up)
     */
    static ContestYaml build(Choices c, List<Candidate> candidates, String key, String votesFile, BigInteger valid,
            String shownFile, boolean faults) {
        List<Candidate> named = new ArrayList<>(candidates);
        Refusal.Kind faultKind = null;
        StringBuilder y = new StringBuilder();
        int fault = faults && c.oneIn(5) ? c.below(40) : -1;
        String title = fault == 0 ? null : c.pick(List.of("Mayor of Exampleton", "Police and Crime Commissioner for Avon",
                "Mayor of London", "Mayor: \"Tower\" Hamlets # not a comment", "Élection"));
        if (title != null) {
            y.append("title: ").append(scalar(c, title)).append('\n');
        }
        if (fault == 21) {
            // Deep nesting: a flow sequence thousands of levels deep (defect 5 beyond a few thousand).
            int depth = 1 << (4 + c.below(10));
            y.append("title: ").append("[".repeat(depth)).append("]".repeat(depth)).append('\n');
            faultKind = Refusal.Kind.CONTEST;
        }
        y.append("date: ").append(fault == 1 ? c.pick(List.of("2015-02-30", "11 June 2015", "2015-6-11", "")) : "2015-06-11")
                .append('\n');
        y.append("system: ").append(fault == 2 ? c.pick(List.of("Supplementary-Vote", "sv", "single-transferable-vote")) : "supplementary-vote")
                .append('\n');
        if (c.oneIn(3) || fault == 3) {
            y.append("rules: ").append(fault == 3 ? "london" : c.pick(List.of("council-mayor", "pcc", "london-mayor"))).append('\n');
        }
        if (fault == 4) {
            y.append(c.pick(List.of("titel: x\n", "Title: x\n", "ballot: x.csv\n")));
        }
        if (fault == 5) {
            y.append("title: again\n");
        }
        // candidates
        if (fault == 6) {
            named = named.subList(0, 1);
        }
        if (fault == 7) {
            named.add(new Candidate(named.get(0).name().toUpperCase(Locale.ROOT), "", ""));
        }
        if (fault == 8) {
            named.set(1, new Candidate(named.get(1).name(), named.get(1).party(), named.get(0).name()));
        }
        if (fault == 9) {
            named.add(new Candidate(Gen.lookalike(c, named.get(0).name()), "Look-alike", ""));
        }
        String badName = fault == 10 ? named.get(0).name() + c.pick(List.of("|Bo", "\nBo", "\u0000", "\r")) : null;
        if (fault == 11) {
            y.append("candidates: ").append(c.pick(List.of("Ann Archer", "[]", "{}", ""))).append('\n');
        } else {
            y.append("candidates:\n");
            for (int i = 0; i < named.size(); i++) {
                Candidate candidate = named.get(i);
                String name = i == 0 && badName != null ? badName : candidate.name();
                if (i == 0 && fault == 12) {
                    y.append("  - name: ").append(c.pick(List.of("null", "~", "Null", "NULL", ""))).append('\n');
                } else {
                    y.append("  - name: ").append(scalar(c, name)).append('\n');
                }
                if (!candidate.party().isEmpty()) {
                    y.append("    party: ").append(scalar(c, candidate.party())).append('\n');
                }
                if (!candidate.shortLabel().isEmpty()) {
                    y.append("    short: ").append(scalar(c, candidate.shortLabel())).append('\n');
                }
                if (i == 1 && fault == 13) {
                    y.append("    nmae: typo\n");
                }
            }
        }
        if (fault == 14) {
            y.append("electorate: ").append(c.pick(List.of("-5", "lots", "1.5e6", "99999999999999999999"))).append('\n');
        }
        String file = votesFile;
        if (fault == 15) {
            file = "missing.csv";
        }
        if (fault != 16) {
            y.append(key).append(": ").append(scalar(c, file)).append('\n');
        }
        if (fault == 17) {
            y.append(key.equals("ballots") ? "tally" : "ballots").append(": other.csv\n");
        }
        if (fault == 18 && key.equals("ballots")) {
            y.append("ballot-papers: 10\n");
        }
        if (fault == 19 && !key.equals("returns")) {
            y.append("second-preferences-not-counted:\n  unmarked: 1\n");
        }
        if (!key.equals("ballots")) {
            statement(c, y, valid == null ? BigInteger.ZERO : valid, key.equals("returns"));
        } else if (c.oneIn(4)) {
            String electorate = c.oneIn(8) ? c.count() : Integer.toString(10 + c.below(5000));
            boolean count = electorate.matches("[0-9]+") && new BigInteger(electorate).compareTo(Oracle.MAX) <= 0;
            y.append("electorate: ").append(count ? electorate : "7").append('\n');
        }
        byte[] bytes = y.toString().getBytes(StandardCharsets.UTF_8);
        if (fault == 20) {
            y.insert(0, "title: 'never closed\n");
            bytes = y.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (fault == 22) {
            // invalid UTF-8 in the title
            byte[] broken = new byte[bytes.length + 1];
            System.arraycopy(bytes, 0, broken, 0, 7);
            broken[7] = (byte) 0xC3;
            System.arraycopy(bytes, 7, broken, 8, bytes.length - 7);
            bytes = broken;
            return new ContestYaml(bytes, named, file, new Refusal(Refusal.Kind.BAD_UTF8, shownFile, 0, "invalid UTF-8"));
        }
        if (fault == 23) {
            y.insert(0, "\ttitle: tab\n");
            bytes = y.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (fault >= 0 && fault <= 23 && !(fault == 18 && !key.equals("ballots")) && !(fault == 19 && key.equals("returns"))) {
            faultKind = switch (fault) {
                case 9 -> Refusal.Kind.NAME_LOOKALIKE;
                case 10 -> Refusal.Kind.NAME_BAD_CHARACTER;
                case 12 -> Refusal.Kind.NAME_NULL;
                default -> Refusal.Kind.CONTEST;
            };
        }
        if (fault == 15) {
            return new ContestYaml(bytes, named, file, null); // the votes file is missing: the reading says so
        }
        Refusal refusal = faultKind == null ? null : new Refusal(faultKind, shownFile, 0, "fault " + fault);
        return new ContestYaml(bytes, named, file, refusal);
    }

    /** A statement of papers for a tally or returns: mostly one that adds up, or none. */
    private static void statement(Choices c, StringBuilder y, BigInteger valid, boolean returns) {
        Map<String, BigInteger> rejected = new LinkedHashMap<>();
        int kind = c.below(6);
        if (kind == 0 || kind >= 4) {
            return;
        }
        BigInteger stated = BigInteger.ZERO;
        if (kind == 1 || kind == 2) {
            List<String> heads = new ArrayList<>(List.of(Oracle.HEADS));
            heads.add(c.oneIn(2) ? "unmarked-or-uncertain" : "not-stated");
            for (String head : heads) {
                if (c.below(2) == 1) {
                    BigInteger value = BigInteger.valueOf(c.below(20));
                    if (head.equals("unmarked-or-uncertain") && (rejected.containsKey("unmarked") || rejected.containsKey("uncertain"))) {
                        continue;
                    }
                    rejected.put(head, value);
                    stated = stated.add(value);
                }
            }
            y.append("rejected:\n");
            rejected.forEach((head, value) -> y.append("  ").append(head).append(": ").append(value).append('\n'));
            if (rejected.isEmpty()) {
                y.append("  unmarked: 0\n");
            }
        }
        if (kind == 1 || kind == 3) {
            BigInteger papers = valid.add(stated);
            if (kind == 3) {
                papers = papers.add(BigInteger.valueOf(c.below(9)));
            }
            if (c.oneIn(10)) {
                papers = papers.subtract(BigInteger.ONE);
            }
            y.append("ballot-papers: ").append(papers.max(BigInteger.ZERO)).append('\n');
            if (c.oneIn(3)) {
                y.append("electorate: ").append(papers.add(BigInteger.valueOf(c.below(100) - 2)).max(BigInteger.ZERO)).append('\n');
            }
        }
        if (returns && c.oneIn(3)) {
            y.append("second-preferences-not-counted:\n");
            boolean any = false;
            for (String reason : List.of("unmarked", "voting-for-too-many", "uncertain", "same-as-first", "not-stated")) {
                if (c.below(2) == 1) {
                    y.append("  ").append(reason).append(": ").append(c.below(10)).append('\n');
                    any = true;
                }
            }
            if (!any) {
                y.append("  unmarked: 0\n");
            }
        }
    }

    /** A YAML scalar for this text: plain where that is safe, else quoted (rarely single-quoted). */
    static String scalar(Choices c, String text) {
        boolean plain = text.matches("[A-Za-z][A-Za-z0-9 ,.'()-]*") && !text.endsWith(" ")
                && !List.of("null", "true", "false", "yes", "no", "on", "off").contains(text.toLowerCase(Locale.ROOT));
        if (plain && !c.oneIn(6)) {
            return text;
        }
        if (c.oneIn(5) && text.chars().allMatch(ch -> ch >= 0x20 && ch != 0x7f)) {
            return "'" + text.replace("'", "''") + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0 -> out.append("\\0");
                default -> {
                    if (ch < 0x20 || ch == 0x7f || ch >= 0x80 && !Character.isLetter(ch) && ch != '\u00A0') {
                        out.append(String.format("\\u%04X", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
