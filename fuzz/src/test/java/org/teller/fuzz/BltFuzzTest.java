package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;

/**
 * BLT files (a contest's {@code rankings: papers.blt}): Teller's reader and an independent reading here must
 * agree on whether a file is strictly BLT of this contest, and on its first preferences; a refusal is one
 * {@link InvalidInputException} naming the file, never anything else.
 *
 * <p>The contest: three candidates, the alternative vote. The independent reading is line by line, from the
 * grammar in the README ("BLT"), with the UK rules' one test of a paper that matters here: a valid paper has
 * one candidate at its first rank, and no candidate twice before a rank that ends it.
 */
class BltFuzzTest {

    private static final String CONTEST = """
            title: Fuzz
            date: 2026-05-07
            system: alternative-vote
            candidates:
              - name: Ann Archer
              - name: Bo Brown
              - name: Cy Cole
            rankings: papers.blt
            """;
    private static final List<String> NAMES = List.of("Ann Archer", "Bo Brown", "Cy Cole");

    @FuzzTest(maxDuration = "30s")
    void bltFiles(byte[] input) {
        Stats.tried("BltFuzzTest");
        check(input);
    }

    static void check(byte[] input) {
        Optional<long[]> expected = independent(input);
        try (Workspace work = new Workspace()) {
            work.write("c/contest.yaml", CONTEST.getBytes(StandardCharsets.UTF_8));
            work.write("c/papers.blt", input);
            Declaration declaration;
            try {
                declaration = ContestCounter.count(work.dir.resolve("c"), "c", new SeededLotDrawer(0));
            } catch (InvalidInputException refused) {
                if (!refused.getMessage().startsWith("c/papers.blt")) {
                    throw new AssertionError("a refusal that does not name the file: " + refused.getMessage());
                }
                if (expected.isPresent()) {
                    throw new AssertionError("Teller refuses what is strictly BLT of the contest: " + refused.getMessage());
                }
                return;
            }
            if (expected.isEmpty()) {
                throw new AssertionError("Teller counts a file the independent reading refuses: first preferences "
                        + declaration.result().firstRound().votes());
            }
            for (int candidate = 0; candidate < 3; candidate++) {
                if (declaration.result().firstRound().votes(candidate) != expected.get()[candidate]) {
                    throw new AssertionError("first preferences " + declaration.result().firstRound().votes() + " but "
                            + java.util.Arrays.toString(expected.get()));
                }
            }
        }
    }

    /** Each candidate's first preferences, or empty where the file is not strictly BLT of the contest. */
    static Optional<long[]> independent(byte[] input) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (text.startsWith("\ufeff")) {
            text = text.substring(1); // a byte order mark, passed over
        }
        if (text.replace("\r\n", "").indexOf('\r') >= 0) {
            return Optional.empty(); // a carriage return that does not end a line
        }
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\r\n|\n", -1)) {
            if (raw.length() > 2 * 1024 * 1024 || raw.codePoints().anyMatch(BltFuzzTest::forbidden)) {
                return Optional.empty();
            }
            String line = withoutComment(raw).strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.isEmpty() || !lines.get(0).matches("0*3\\s+0*1")) {
            return Optional.empty();
        }
        long[] first = new long[3];
        long total = 0;
        Set<String> ids = new HashSet<>();
        Set<List<Set<Integer>>> seen = new HashSet<>();
        int at = 1;
        for (; at < lines.size() && !lines.get(at).equals("0"); at++) {
            List<String> tokens = new ArrayList<>(List.of(lines.get(at).split("\\s+")));
            String id = null;
            if (tokens.get(0).matches("\\([^()\\s]+\\)")) {
                id = tokens.remove(0);
            }
            if (tokens.size() < 2 || !tokens.get(0).matches("[0-9]+") || !tokens.get(tokens.size() - 1).equals("0")) {
                return Optional.empty();
            }
            long weight;
            try {
                weight = Long.parseLong(tokens.get(0));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (weight == 0 || id != null && (weight != 1 || !ids.add(id))) {
                return Optional.empty();
            }
            List<String> ranks = tokens.subList(1, tokens.size() - 1);
            List<Set<Integer>> marks = new ArrayList<>();
            Integer firstChoice = null;
            for (int rank = 0; rank < ranks.size(); rank++) {
                String mark = ranks.get(rank);
                if (!mark.matches("[0-9]+(=[0-9]+)*|-")) {
                    return Optional.empty();
                }
                Set<Integer> marked = new java.util.TreeSet<>();
                if (!mark.equals("-")) {
                    for (String number : mark.split("=")) {
                        if (!number.matches("0*[1-3]") || !marked.add(Integer.parseInt(number.replaceFirst("^0+", "")))) {
                            return Optional.empty();
                        }
                    }
                }
                marks.add(marked);
                if (rank == 0) {
                    if (marked.size() != 1) {
                        return Optional.empty(); // no clear first preference: rejected
                    }
                    firstChoice = marked.iterator().next() - 1;
                }
            }
            if (id == null && !seen.add(List.copyOf(marks))) {
                return Optional.empty();
            }
            if (firstChoice == null) {
                return Optional.empty(); // unmarked: rejected
            }
            try {
                total = Math.addExact(total, weight);
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
            first[firstChoice] += weight;
        }
        if (at >= lines.size() || at == 1) {
            return Optional.empty(); // no line 0, or no ballots
        }
        List<String> rest = lines.subList(at + 1, lines.size());
        if (rest.size() != 4) {
            return Optional.empty();
        }
        for (int i = 0; i < 4; i++) {
            String line = rest.get(i);
            if (!line.matches("\"[^\"]+\"")) {
                return Optional.empty();
            }
            if (i < 3 && !key(line.substring(1, line.length() - 1)).equals(key(NAMES.get(i)))) {
                return Optional.empty();
            }
        }
        return Optional.of(first);
    }

    /** A name as Teller compares names everywhere (the rule is Teller's, not the file format's). */
    private static String key(String name) {
        return org.teller.formats.internal.FieldText.key(name);
    }

    /** What no line may hold: controls but the tab, invisible format characters, lone surrogates. */
    private static boolean forbidden(int c) {
        return org.teller.formats.internal.FieldText.isForbidden(c);
    }

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
}
