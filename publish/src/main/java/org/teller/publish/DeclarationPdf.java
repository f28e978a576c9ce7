package org.teller.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import java.util.BitSet;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The declaration as a PDF to print, post and sign: the words of {@code teller count}'s declaration, set in
 * DejaVu Sans Mono on A4 (embedded: the letters of names in Latin, Greek and Cyrillic scripts), long lines
 * wrapped, with a line for the returning officer's signature. A character the font cannot show is refused
 * ({@link UnprintableException}), never printed as something else; {@link #unprintable} says so of a name when it
 * is given.
 */
public final class DeclarationPdf {

    private static final String REGULAR = Fonts.MONO;
    private static final String BOLD = Fonts.MONO_BOLD;
    /** The characters both faces show: the title is set in the bold one. */
    private static final BitSet PRINTABLE = Fonts.printable(REGULAR, BOLD);

    private static final float MARGIN = 48;
    private static final float SIZE = 9.5f;
    private static final float LEADING = 13;

    private DeclarationPdf() {}

    /**
     * @param text the declaration as {@code teller count} writes it as text
     * @throws UnprintableException when the text holds a character the font cannot show
     */
    public static byte[] of(String text) {
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
            throw new UnprintableException(cannot);
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = Fonts.load(document, REGULAR);
            PDType0Font bold = Fonts.load(document, BOLD);
            // The same declaration, the same bytes: no date of making written in.
            Pdfs.reproducible(document, lines.get(0), text);
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
        return Fonts.outside(text, PRINTABLE);
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
