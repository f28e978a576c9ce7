package org.teller.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The fonts carried in the jar (DejaVu, under its own free licence), and the characters they show. */
final class Fonts {

    static final String MONO = "/fonts/DejaVuSansMono.ttf";
    static final String MONO_BOLD = "/fonts/DejaVuSansMono-Bold.ttf";
    static final String SERIF = "/fonts/DejaVuSerif.ttf";
    static final String SERIF_BOLD = "/fonts/DejaVuSerif-Bold.ttf";

    private Fonts() {}

    /** The characters every one of these faces shows (none outside the Basic Multilingual Plane). */
    static BitSet printable(String... faces) {
        BitSet printable = new BitSet(0x10000);
        printable.set(0x20, 0x10000);
        for (String face : faces) {
            try (InputStream in = Fonts.class.getResourceAsStream(face)) {
                if (in == null) {
                    throw new IOException(face + " is not in the jar");
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                CmapLookup map = font.getUnicodeCmapLookup();
                for (int c = printable.nextSetBit(0); c >= 0; c = printable.nextSetBit(c + 1)) {
                    // Controls and unpaired surrogates are never printed.
                    if (Character.isISOControl(c) || Character.isSurrogate((char) c) || map.getGlyphId(c) <= 0) {
                        printable.clear(c);
                    }
                }
                font.close();
            } catch (IOException e) {
                throw new UncheckedIOException("a PDF font is missing from the jar", e);
            }
        }
        return printable;
    }

    /** The characters of {@code text} outside {@code printable}, each once as {@code U+4E2D '中'}, in order. */
    static List<String> outside(String text, BitSet printable) {
        Set<String> cannot = new LinkedHashSet<>();
        text.codePoints().filter(c -> c != '\n' && (c > 0xFFFF || !printable.get(c))).forEach(c -> cannot.add(
                String.format(Locale.ROOT, "U+%04X '%s'", c, Character.isISOControl(c) ? "" : Character.toString(c))));
        return List.copyOf(cannot);
    }

    /** A face, embedded with the glyphs used: the PDF prints anywhere. */
    static PDType0Font load(PDDocument document, String face) throws IOException {
        try (InputStream in = Fonts.class.getResourceAsStream(face)) {
            return PDType0Font.load(document, in, true);
        }
    }
}
