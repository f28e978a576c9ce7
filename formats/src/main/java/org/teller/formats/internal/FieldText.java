package org.teller.formats.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The text of a field, as both readers of a votes file (and the contest file) take it: the same rules
 * in one place, so that the fast and the reference paths accept and refuse the same things.
 *
 * <p>Two texts that look the same must not count as different areas, ids or candidates. So a field is
 * stripped of white space of every kind (the no-break space included, which {@link String#strip} keeps),
 * put in Unicode's composed normal form (NFC: "é" typed as one character or as "e" and an accent are
 * the same), and refused if it holds a control character or an invisible one (a zero-width space,
 * a byte order mark, a direction override, a variation selector, a Hangul filler; the zero-width
 * joiner and non-joiner, which some scripts need, are the exception).
 */
public final class FieldText {

    private FieldText() {}

    /** Whether a character is white space of any kind, the no-break spaces included. */
    public static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The text without white space of any kind at either end. */
    public static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** The text stripped and in composed normal form: how an area, an id or a name is compared. */
    public static String normal(String text) {
        return Normalizer.normalize(strip(text), Normalizer.Form.NFC);
    }

    /**
     * The key two labels share when a person would take them for the same: normal, with every run of
     * white space one space, without regard to case.
     */
    public static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        String normal = normal(text);
        boolean space = false;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(c);
        }
        // Upper case first, then lower: "Straße" and "STRASSE" are one name, as case folding makes them.
        return key.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Cyrillic and Greek letters drawn as a Latin one is, each followed by that Latin letter (case kept). */
    private static final String LATIN_LOOKALIKES = "\u0410A\u0412B\u0415E\u0405S\u0406I\u0408J\u041aK\u041cM\u041dH"
            + "\u041eO\u0420P\u0421C\u0422T\u0423Y\u0425X\u04aeY\u0430a\u0435e\u0455s\u0456i\u0458j\u043eo\u0440p"
            + "\u0441c\u0443y\u0445x\u04bbh\u0501d\u051bq\u051dw\u0391A\u0392B\u0395E\u0396Z\u0397H\u0399I\u039aK"
            + "\u039cM\u039dN\u039fO\u03a1P\u03a4T\u03a5Y\u03a7X\u03bfo\u03bdv";

    /**
     * The key of a name as it looks: {@link #key} after each Cyrillic or Greek letter drawn as a Latin one is
     * read as that Latin letter. "TOM COOK" written wholly in Cyrillic letters has the key of the Latin name:
     * {@link #lookalike} catches a word that mixes alphabets, this catches one that swaps them all.
     */
    public static String skeleton(String name) {
        StringBuilder latin = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int at = LATIN_LOOKALIKES.indexOf(c);
            latin.append(at >= 0 && at % 2 == 0 ? LATIN_LOOKALIKES.charAt(at + 1) : c);
        }
        return key(latin.toString());
    }

    /**
     * Why a name could be taken on paper for another that is written differently, or null: it holds a
     * compatibility form of a character (a full-width letter, a ligature: NFKC differs from NFC), or a word
     * of it mixes Latin letters with Cyrillic or Greek ones (a Cyrillic "а" in a Latin name). Two candidates'
     * names must differ in what a reader sees, not in code points alone.
     */
    public static String lookalike(String name) {
        // White space of every kind is a space in a name (see key): only other characters are looked at.
        StringBuilder spaced = new StringBuilder();
        normal(name).codePoints().forEach(c -> spaced.appendCodePoint(isSpace(c) ? ' ' : c));
        String normal = spaced.toString();
        if (!Normalizer.normalize(normal, Normalizer.Form.NFKC).equals(normal)) {
            return "holds a compatibility form of a character (such as a full-width letter or a ligature), which reads"
                    + " as another: write the plain character";
        }
        for (String word : normal.split("\\s+")) {
            java.util.Set<Character.UnicodeScript> scripts = java.util.EnumSet.noneOf(Character.UnicodeScript.class);
            word.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                    .filter(script -> script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC
                            || script == Character.UnicodeScript.GREEK)
                    .forEach(scripts::add);
            if (scripts.size() > 1) {
                return "mixes " + String.join(" and ", scripts.stream().map(script -> script.name().charAt(0)
                        + script.name().substring(1).toLowerCase(Locale.ROOT)).toList()) + " letters in '" + word
                        + "', which read alike: write it in one alphabet";
            }
        }
        return null;
    }

    /**
     * The first character no field may hold, or -1: a control character other than the tab, or an
     * invisible formatting character (but the zero-width joiner and non-joiner, which some scripts
     * need to be written at all).
     */
    public static int forbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isForbidden(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Whether no field may hold this character: see {@link #forbidden}. */
    public static boolean isForbidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL && c != '\t'
                || type == Character.FORMAT && c != 0x200C && c != 0x200D
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE // one of a pair never written whole: no character at all
                || isInvisibleFiller(c);
    }

    /**
     * Characters Unicode says to show as nothing (default ignorable) that are not format characters: the
     * combining grapheme joiner, variation selectors, Hangul fillers, Khmer and Mongolian invisibles.
     */
    private static boolean isInvisibleFiller(int c) {
        return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
                || c >= 0x180B && c <= 0x180F || c == 0x3164 || c >= 0xFE00 && c <= 0xFE0F || c == 0xFFA0
                || c >= 0xE0100 && c <= 0xE01EF;
    }

    /** A character named for a message: "U+200B". */
    public static String describe(int c) {
        return String.format(Locale.ROOT, "the character U+%04X", c);
    }
}
