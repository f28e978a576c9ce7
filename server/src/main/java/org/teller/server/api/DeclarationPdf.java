package org.teller.server.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import java.io.InputStream;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The declaration as a PDF to print, post and sign: the words of {@code teller count}'s declaration, set in
 * DejaVu Sans Mono on A4 (embedded: the letters of names in Latin, Greek and Cyrillic scripts), long lines
 * wrapped, with a line for the returning officer's signature. A character the font cannot show is refused
 * (409), never printed as something else; {@link #unprintable} says so of a name when it is given.
 */
public final class DeclarationPdf {

    private static final String REGULAR = "/fonts/DejaVuSansMono.ttf";
    private static final String BOLD = "/fonts/DejaVuSansMono-Bold.ttf";
    /** The characters the font shows (it has none outside the Basic Multilingual Plane). */
    private static final BitSet PRINTABLE = printable();

    private static final float MARGIN = 48;
    private static final float SIZE = 9.5f;
    private static final float LEADING = 13;

    private DeclarationPdf() {}

    static byte[] of(String text) {
        List<String> lines = new ArrayList<>();
        int width = (int) ((PDRectangle.A4.getWidth() - 2 * MARGIN) / (SIZE * 0.6f));
        for (String line : text.split("\n", -1)) {
            lines.addAll(wrapped(line, width));
        }
        lines.add("");
        lines.add("");
        lines.add("Signed ______________________________   Returning Officer        Date ______________");
        List<String> cannot = unprintable(text);
        if (!cannot.isEmpty()) {
            throw ApiException.conflict("the PDF's font cannot show " + String.join(", ", cannot) + ", in this declaration: the"
                    + " text (declaration.txt) and JSON declarations show it");
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = load(document, REGULAR);
            PDType0Font bold = load(document, BOLD);
            // The same declaration, the same bytes: no date of making written in.
            Calendar epoch = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            epoch.setTimeInMillis(0);
            document.getDocumentInformation().setCreationDate(epoch);
            document.getDocumentInformation().setTitle(lines.get(0));
            document.getDocumentInformation().setProducer("Teller");
            // PDFBox would make the file's identifier from the time: it is made from the declaration instead.
            byte[] id = org.teller.formats.internal.Sha256.digest(text);
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(java.util.Arrays.copyOf(id, 16)));
            ids.add(new org.apache.pdfbox.cos.COSString(java.util.Arrays.copyOf(id, 16)));
            document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (int i = from; i < Math.min(lines.size(), from + perPage); i++) {
                        content.setFont(i == 0 ? bold : font, SIZE); // one size: every line wrapped to the same width
                        content.showText(lines.get(i));
                        content.newLineAtOffset(0, -LEADING);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The characters of {@code text} the declaration's PDF cannot show, each once as {@code U+4E2D '中'}, in the
     * order they come: empty when it can print it all.
     */
    public static List<String> unprintable(String text) {
        Set<String> cannot = new LinkedHashSet<>();
        text.codePoints().filter(c -> c != '\n' && (c > 0xFFFF || !PRINTABLE.get(c))).forEach(c -> cannot.add(
                String.format(Locale.ROOT, "U+%04X '%s'", c, Character.isISOControl(c) ? "" : Character.toString(c))));
        return List.copyOf(cannot);
    }

    private static BitSet printable() {
        try (InputStream in = DeclarationPdf.class.getResourceAsStream(REGULAR);
                InputStream boldIn = DeclarationPdf.class.getResourceAsStream(BOLD)) {
            TrueTypeFont regular = new TTFParser().parse(new RandomAccessReadBuffer(in));
            TrueTypeFont heavy = new TTFParser().parse(new RandomAccessReadBuffer(boldIn));
            CmapLookup regularMap = regular.getUnicodeCmapLookup();
            CmapLookup heavyMap = heavy.getUnicodeCmapLookup();
            BitSet printable = new BitSet(0x10000);
            for (int c = 0x20; c <= 0xFFFF; c++) {
                // Both faces: the title is set in the bold one. Controls and unpaired surrogates are never printed.
                if (!Character.isISOControl(c) && !Character.isSurrogate((char) c) && regularMap.getGlyphId(c) > 0
                        && heavyMap.getGlyphId(c) > 0) {
                    printable.set(c);
                }
            }
            regular.close();
            heavy.close();
            return printable;
        } catch (IOException e) {
            throw new UncheckedIOException("the declaration's font is missing from the jar", e);
        }
    }

    private static PDType0Font load(PDDocument document, String font) throws IOException {
        try (InputStream in = DeclarationPdf.class.getResourceAsStream(font)) {
            return PDType0Font.load(document, in, true); // the glyphs used, embedded: the PDF prints anywhere
        }
    }

    /** A line cut at spaces to at most {@code width} characters (a word longer than that, cut where it must). */
    private static List<String> wrapped(String line, int width) {
        List<String> lines = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                cut = width;
            }
            lines.add(rest.substring(0, cut));
            rest = "    " + rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }
}
