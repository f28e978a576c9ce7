package org.teller.formats.votes;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.Totals;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.Judgement;
import org.teller.core.ballot.Ranking;
import org.teller.core.count.VotingSystem;
import org.teller.core.tally.RankingTally;
import org.teller.formats.internal.VotesFiles;

/**
 * The BLT ballot file of OpenSTV, Droop, OpenTally and the Electoral Reform Society's tools, in and out:
 * a line {@code CANDIDATES SEATS}, one line per ballot ({@code WEIGHT c1 c2 ... 0}, candidates by their
 * number from 1 in the file's order; {@code a=b} marks two at one rank, {@code -} leaves a rank empty; an
 * {@code (id)} may lead a ballot of weight 1), a line {@code 0}, each candidate's name in double quotes,
 * and the title in double quotes. Blank lines and {@code #} comments are allowed between lines.
 *
 * <p>Read strictly, for a contest file's {@code rankings: papers.blt}: one seat; the names must be the
 * contest's candidates, in ballot order; no withdrawn candidates (a contest names those standing); every
 * ballot a valid paper under the contest's rules (rejected papers are stated in the contest file, as for a
 * ranked tally); no id twice; weights that add up to at most {@link Totals#MOST}. Anything else is refused at
 * its line, with what is wrong.
 *
 * <p>Written as every reader of BLT takes it: one ballot per line, each distinct ranking once with its
 * papers as the weight, most papers first; names and title quoted. A ranking holds the preferences that
 * count, so a paper's reason for ending (no further mark, an overvote) is not kept, and rejected papers,
 * which BLT cannot hold, are left out for the contest file to state.
 */
public final class BltFile {

    private static final Pattern HEADER = Pattern.compile("([0-9]+)\\s+([0-9]+)");
    private static final Pattern BALLOT = Pattern.compile("(?:\\(([^()\\s]+)\\)\\s+)?([0-9]+)((?:\\s+(?:[0-9]+(?:=[0-9]+)*|-))*)\\s+0");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private BltFile() {}

    /** Reads a BLT file as valid papers of the contest, in one area. */
    public static CountedVotes read(Path path, String file, List<Candidate> candidates, VotingSystem system) {
        RankingTally tally = new RankingTally(candidates.size());
        try (java.io.InputStream in = VotesFiles.open(path, file)) {
            new Reading(new Lines(in, file), file, candidates, system, tally).read();
        } catch (IOException e) {
            throw VotesFiles.unreadable(file, e);
        }
        Map<String, RankingTally> areas = new HashMap<>();
        areas.put("", tally);
        return CountedVotes.ofTallies(file, areas, candidates.size(), false);
    }

    /** Whether a file of votes is read as BLT: its name ends in {@code .blt}. */
    public static boolean isBlt(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".blt");
    }

    /**
     * The most ranks any ballot of the file marks (at least 1), as a ballot file's rank columns tell: for
     * counting it under another system. The file is read as {@link #read} reads it, only as far as its
     * ballots; what it would refuse is refused when it is counted.
     */
    public static int mostRanks(Path path, String file) {
        int most = 1;
        try (java.io.InputStream stream = VotesFiles.open(path, file)) {
            Lines in = new Lines(stream, file);
            boolean header = true;
            for (String raw = in.next(); raw != null; raw = in.next()) {
                String text = Reading.withoutComment(raw).strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                if (text.equals("0")) {
                    break;
                }
                Matcher ballot = BALLOT.matcher(text);
                if (ballot.matches() && !ballot.group(3).isBlank()) {
                    most = Math.max(most, ballot.group(3).strip().split("\\s+").length);
                }
            }
        } catch (IOException e) {
            throw VotesFiles.unreadable(file, e);
        }
        return most;
    }

    /** The longest line Teller reads, as for CSV: a ballot of a thousand candidates is some 5,000 characters. */
    static final int LONGEST_LINE = 2 * 1024 * 1024;

    /**
     * A file's lines, as strictly as its CSV files are read: UTF-8, each line decoded on its own so that a fault
     * is named at its line (a byte order mark at the start is passed over), lines ending in LF or CRLF (a lone CR
     * is refused), none longer than {@link #LONGEST_LINE} bytes.
     */
    static final class Lines {
        private final java.io.InputStream in;
        private final String file;
        private final java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private long line;

        Lines(java.io.InputStream in, String file) {
            this.in = new java.io.BufferedInputStream(in, 1 << 16);
            this.file = file;
        }

        /** The number of the line last read. */
        long line() {
            return line;
        }

        /** The next line, without its end; null at the end of the file. */
        String next() throws IOException {
            bytes.reset();
            int b = in.read();
            if (b < 0) {
                return null;
            }
            line++;
            while (b >= 0 && b != '\n') {
                if (b == '\r') {
                    if (in.read() != '\n') {
                        throw new InvalidInputException(file, line, "", "has a carriage return that does not end the"
                                + " line: lines end in LF or CRLF");
                    }
                    break;
                }
                if (bytes.size() >= LONGEST_LINE) {
                    throw new InvalidInputException(file, line, "", "is longer than Teller reads (" + LONGEST_LINE
                            + " bytes a line)");
                }
                bytes.write(b);
                b = in.read();
            }
            String text;
            try {
                text = utf8.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                throw new InvalidInputException(file, line, "", "is not UTF-8 text");
            }
            return line == 1 && text.startsWith("\ufeff") ? text.substring(1) : text;
        }
    }

    /** The reading of one file, line by line. */
    private static final class Reading {
        private final Lines in;
        private final String file;
        private final List<Candidate> candidates;
        private final VotingSystem system;
        private final RankingTally tally;
        private long line;
        private long total;
        private long ballots;

        Reading(Lines in, String file, List<Candidate> candidates, VotingSystem system, RankingTally tally) {
            this.in = in;
            this.file = file;
            this.candidates = candidates;
            this.system = system;
            this.tally = tally;
        }

        void read() throws IOException {
            String header = next("the line of candidates and seats");
            Matcher counts = HEADER.matcher(header);
            if (!counts.matches()) {
                throw error(header, "is not a BLT file's first line: the number of candidates and of seats, such as '5 1'");
            }
            if (Long.parseLong(counts.group(1).length() > 18 ? "-1" : counts.group(1)) != candidates.size()) {
                throw error(counts.group(1), "candidates stand in the BLT file, but the contest file names "
                        + candidates.size());
            }
            if (!counts.group(2).replaceFirst("^0+(?=.)", "").equals("1")) {
                throw error(counts.group(2), "seats are to be filled, but Teller counts contests for one");
            }
            Set<String> ids = new HashSet<>();
            Map<List<List<Integer>>, Long> seen = new HashMap<>();
            boolean first = true;
            while (true) {
                String text = next("the ballots and the line '0' that ends them");
                if (text.equals("0")) {
                    break;
                }
                if (first && text.matches("-[0-9]+(\\s+-[0-9]+)*")) {
                    throw error(text, "withdraws candidates: name only the candidates standing in the contest file,"
                            + " and write the file without them");
                }
                first = false;
                ballot(text, ids, seen);
            }
            if (ballots == 0) {
                throw new InvalidInputException(file, line, "0", "ends the ballots, but there are none: a count needs"
                        + " papers");
            }
            for (int candidate = 0; candidate < candidates.size(); candidate++) {
                String name = quoted(next("the name of candidate " + (candidate + 1)), "the name of candidate " + (candidate + 1));
                // Compared as names are everywhere: without regard to case, spacing or how accents are encoded.
                if (!org.teller.formats.internal.FieldText.key(name)
                        .equals(org.teller.formats.internal.FieldText.key(candidates.get(candidate).name()))) {
                    throw error(name, "is candidate " + (candidate + 1) + " in the BLT file, but the contest file's"
                            + " candidate " + (candidate + 1) + " in ballot order is " + candidates.get(candidate).name());
                }
            }
            quoted(next("the title"), "the title");
            String after = nextOrNull();
            if (after != null) {
                throw error(after, "follows the title: a BLT file ends with its title");
            }
        }

        private void ballot(String text, Set<String> ids, Map<List<List<Integer>>, Long> seen) {
            Matcher ballot = BALLOT.matcher(text);
            if (!ballot.matches()) {
                throw error(text, "is not a ballot: its weight, the candidates by number in order of preference"
                        + " (a=b for two at one rank, - for an empty rank) and 0, such as '12 3 1 0'");
            }
            long weight = number(ballot.group(2), "is not a weight Teller can count");
            if (weight == 0) {
                throw error(text, "is a ballot of weight 0");
            }
            if (ballot.group(1) != null) {
                if (weight != 1) {
                    throw error(ballot.group(2), "is the weight of a ballot with an id: one paper, weight 1");
                }
                if (!ids.add(ballot.group(1))) {
                    throw error(ballot.group(1), "is the id of an earlier ballot");
                }
            }
            List<List<Integer>> marks = new ArrayList<>();
            String ranks = ballot.group(3).strip();
            for (String rank : ranks.isEmpty() ? new String[0] : ranks.split("\\s+")) {
                List<Integer> at = new ArrayList<>();
                if (!rank.equals("-")) {
                    for (String number : rank.split("=")) {
                        long candidate = number(number, "is not a candidate's number");
                        if (candidate < 1 || candidate > candidates.size()) {
                            throw error(number, "is not a candidate's number: they run from 1 to " + candidates.size());
                        }
                        if (at.contains((int) candidate - 1)) {
                            throw error(rank, "names candidate " + candidate + " twice at one rank");
                        }
                        at.add((int) candidate - 1);
                    }
                }
                // In candidates' order: 1=2 and 2=1 are the same marks.
                at.sort(null);
                marks.add(at);
            }
            Judgement judgement = system.rules().judge(new Ballot(marks, Set.of(), Set.of()));
            if (!(judgement instanceof Judgement.Valid valid)) {
                throw error(text, "is not a valid paper under the " + system.title() + "'s rules (it would be rejected: "
                        + ((Judgement.Rejected) judgement).head().key() + "); state rejected papers in the contest file");
            }
            if (ballot.group(1) == null) {
                Long earlier = seen.putIfAbsent(marks, line);
                if (earlier != null) {
                    throw error(text, "repeats the ballot on line " + earlier + ": give it once, with the papers as its weight");
                }
            }
            try {
                total = Math.addExact(total, weight);
            } catch (ArithmeticException e) {
                throw Totals.tooLarge(ballot.group(2), "makes the weights in this file add up to").at(file, line);
            }
            tally.add(valid.ranking(), valid.end(), weight);
            ballots++;
        }

        private long number(String digits, String reason) {
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw error(digits, reason);
            }
        }

        private String quoted(String text, String what) {
            Matcher quoted = QUOTED.matcher(text);
            if (!quoted.matches()) {
                throw error(text, "is not " + what + " in double quotes, such as \"Ann Archer\"");
            }
            return quoted.group(1);
        }

        /** The next line that is not blank or a comment, stripped; the end of the file is an error. */
        private String next(String expected) throws IOException {
            String text = nextOrNull();
            if (text == null) {
                throw new InvalidInputException(file, line, "", "ends before " + expected);
            }
            return text;
        }

        private String nextOrNull() throws IOException {
            while (true) {
                String raw = in.next();
                if (raw == null) {
                    return null;
                }
                line = in.line();
                int forbidden = org.teller.formats.internal.FieldText.forbidden(raw);
                if (forbidden >= 0) {
                    throw error(raw, "holds " + org.teller.formats.internal.FieldText.describe(forbidden)
                            + ", which no line of a BLT file may hold");
                }
                String text = withoutComment(raw).strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }

        /** A line without its {@code #} comment; a {@code #} inside a quoted name is the name's. */
        private static String withoutComment(String raw) {
            boolean quoted = false;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '#' && !quoted) {
                    return raw.substring(0, i);
                }
            }
            return raw;
        }

        private InvalidInputException error(String value, String reason) {
            return new InvalidInputException(file, line, value, reason);
        }
    }

    /**
     * Writes the valid papers of every area as one BLT file: each distinct ranking once, with its papers as
     * the weight, most first (equal weights in the order of their rankings), then the names and the title.
     *
     * @throws InvalidInputException when a name or the title holds a double quote, which BLT cannot write
     */
    public static void write(String title, List<Candidate> candidates, Iterable<RankingTally> tallies, Writer out)
            throws IOException {
        for (String text : names(title, candidates)) {
            if (text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                throw new InvalidInputException("--to", 0, "blt", "cannot write '" + text + "': BLT quotes names and the"
                        + " title in double quotes, and has no way to write one inside them");
            }
        }
        Map<String, Long> ballots = new TreeMap<>();
        for (RankingTally tally : tallies) {
            tally.forEach((ranking, end, papers) -> ballots.merge(preferences(ranking), papers, Totals::add));
        }
        List<Map.Entry<String, Long>> lines = new ArrayList<>(ballots.entrySet());
        lines.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        out.write(candidates.size() + " 1\n");
        for (Map.Entry<String, Long> ballot : lines) {
            out.write(ballot.getValue() + (ballot.getKey().isEmpty() ? "" : " " + ballot.getKey()) + " 0\n");
        }
        out.write("0\n");
        for (String text : names(title, candidates)) {
            out.write('"' + text + "\"\n");
        }
    }

    private static List<String> names(String title, List<Candidate> candidates) {
        List<String> names = new ArrayList<>(candidates.stream().map(Candidate::name).toList());
        names.add(title);
        return names;
    }

    /** A ranking as BLT writes it: candidates numbered from 1, {@code a=b} for several at one rank, {@code -} for none. */
    private static String preferences(Ranking ranking) {
        List<String> ranks = new ArrayList<>();
        for (int rank = 0; rank < ranking.size(); rank++) {
            List<Integer> at = ranking.at(rank);
            ranks.add(at.isEmpty() ? "-" : String.join("=", at.stream().map(candidate -> Integer.toString(candidate + 1)).toList()));
        }
        return String.join(" ", ranks);
    }
}
