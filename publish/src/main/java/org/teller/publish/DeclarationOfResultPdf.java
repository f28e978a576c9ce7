package org.teller.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.teller.core.contest.Declaration;
import org.teller.formats.report.DeclarationOfResult;

/**
 * The declaration of result of poll as a returning officer posts it, on A4, set in DejaVu Serif: the heading,
 * the notice, each candidate's votes in a ruled table, the statement of rejected papers, what else is stated,
 * the declaration that the person elected is duly elected, and lines for the officer's signature and the date;
 * in small print, the SHA-256 of each input. The same declaration gives the same bytes; a character the font
 * cannot show is refused ({@link UnprintableException}), never printed as something else.
 */
public final class DeclarationOfResultPdf {

    private static final BitSet PRINTABLE = Fonts.printable(Fonts.SERIF, Fonts.SERIF_BOLD);
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream content;
    private float y;

    private DeclarationOfResultPdf(PDDocument document) throws IOException {
        this.document = document;
        this.regular = Fonts.load(document, Fonts.SERIF);
        this.bold = Fonts.load(document, Fonts.SERIF_BOLD);
    }

    /**
     * @throws org.teller.core.InvalidInputException for a count that is not declared (a what if, or no one elected)
     * @throws UnprintableException when a name holds a character the font cannot show
     */
    public static byte[] of(Declaration declaration) {
        DeclarationOfResult words = DeclarationOfResult.of(declaration);
        String all = String.join("\n", text(words));
        List<String> cannot = Fonts.outside(all, PRINTABLE);
        if (!cannot.isEmpty()) {
            throw new UnprintableException(cannot);
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Pdfs.reproducible(document, words.heading() + ": " + words.election(), all);
            DeclarationOfResultPdf pdf = new DeclarationOfResultPdf(document);
            pdf.set(words);
            pdf.content.close();
            pdf.numberPages();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every piece of text the PDF sets, for the check of its characters and the document's identifier. */
    private static List<String> text(DeclarationOfResult words) {
        List<String> text = new ArrayList<>(List.of(words.heading(), words.election(), words.notice(), words.rejectedNotice(),
                words.declared()));
        text.addAll(words.columns());
        words.rows().forEach(text::addAll);
        words.rejected().forEach(text::addAll);
        text.addAll(words.notes());
        text.addAll(words.inputs());
        return text;
    }

    private void set(DeclarationOfResult words) throws IOException {
        newPage();
        centred(words.heading().toUpperCase(java.util.Locale.UK), bold, 16);
        y -= 6;
        centred(words.election(), bold, 12.5f);
        y -= 14;
        paragraph(words.notice(), regular, 10.5f);
        y -= 6;
        table(words.columns(), words.rows(), candidateWidths(words.columns().size()), 2);
        y -= 10;
        paragraph(words.rejectedNotice(), regular, 10.5f);
        if (!words.rejected().isEmpty()) {
            y -= 2;
            table(List.of(), words.rejected(), new float[] {0.07f, 0.73f, 0.20f}, 2);
        }
        y -= 6;
        for (String note : words.notes()) {
            paragraph(note, regular, 10.5f);
            y -= 4;
        }
        y -= 8;
        // The declaration and the lines for the signature and the date stay together on one page.
        need(wrap(words.declared(), bold, 11, WIDTH).size() * 11 * 1.45f + 40 + 60);
        paragraph(words.declared(), bold, 11);
        y -= 40;
        need(60);
        // The officer signs on the right; the date goes on the left, on the same line.
        show("Dated ______________________", regular, 10.5f, MARGIN, y - 10.5f);
        line("______________________________", regular, 10.5f, MARGIN + WIDTH / 2);
        line("Returning Officer", regular, 10.5f, MARGIN + WIDTH / 2);
        y -= 24;
        paragraph("Counted by Teller from these inputs (SHA-256), which anyone may count again:", regular, 7);
        for (String input : words.inputs()) {
            paragraph(input, regular, 7);
        }
    }

    /** "Page 1 of 2" at the foot of each page, where there are several. */
    private void numberPages() throws IOException {
        int pages = document.getNumberOfPages();
        if (pages < 2) {
            return;
        }
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String text = "Page " + (i + 1) + " of " + pages;
                foot.beginText();
                foot.setFont(regular, 8);
                foot.newLineAtOffset(MARGIN + (WIDTH - width(text, regular, 8)) / 2, MARGIN / 2);
                foot.showText(text);
                foot.endText();
            }
        }
    }

    /** Column widths as shares of the page: the name and description wide, each figure the same. */
    private static float[] candidateWidths(int columns) {
        float[] widths = new float[columns];
        int figures = columns - 2;
        float each = figures == 1 ? 0.2f : figures == 2 ? 0.17f : 0.14f;
        widths[0] = (1 - figures * each) * 0.52f;
        widths[1] = (1 - figures * each) * 0.48f;
        for (int i = 2; i < columns; i++) {
            widths[i] = each;
        }
        return widths;
    }

    /** A ruled table: headings in bold, cells wrapped, the columns from {@code firstFigure} on set to the right. */
    private void table(List<String> headings, List<List<String>> rows, float[] shares, int firstFigure) throws IOException {
        float size = 10;
        if (!headings.isEmpty()) {
            need(height(headings, shares, bold, 9) + height(rows.get(0), shares, regular, size));
            row(headings, shares, firstFigure, bold, 9);
            rule(0.8f);
        }
        for (int r = 0; r < rows.size(); r++) {
            boolean total = r == rows.size() - 1 && rows.get(r).get(0).isEmpty() && rows.get(r).get(1).equals("Total");
            PDType0Font font = total ? bold : regular;
            if (y - height(rows.get(r), shares, font, size) < MARGIN) {
                // A table that goes on to the next page takes its headings with it.
                newPage();
                if (!headings.isEmpty()) {
                    row(headings, shares, firstFigure, bold, 9);
                    rule(0.8f);
                }
            }
            if (total) {
                rule(0.8f);
            }
            row(rows.get(r), shares, firstFigure, font, size);
            rule(0.3f);
        }
    }

    /** How tall a row is set, its cells wrapped. */
    private static float height(List<String> cells, float[] shares, PDType0Font font, float size) throws IOException {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            lines = Math.max(lines, wrap(cells.get(c), font, size, WIDTH * shares[c] - 6).size());
        }
        return lines * size * 1.3f + 6;
    }

    private void row(List<String> cells, float[] shares, int firstFigure, PDType0Font font, float size) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = wrap(cells.get(c), font, size, WIDTH * shares[c] - 6);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        float leading = size * 1.3f;
        need(height * leading + 6);
        y -= 3;
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            float width = WIDTH * shares[c];
            float lineY = y;
            for (String text : wrapped.get(c)) {
                float textX = c >= firstFigure ? x + width - 3 - width(text, font, size) : x + 3;
                show(text, font, size, textX, lineY - size);
                lineY -= leading;
            }
            x += width;
        }
        y -= height * leading + 3;
    }

    private void rule(float thickness) throws IOException {
        content.setLineWidth(thickness);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + WIDTH, y);
        content.stroke();
    }

    private void centred(String text, PDType0Font font, float size) throws IOException {
        for (String line : wrap(text, font, size, WIDTH)) {
            need(size * 1.4f);
            show(line, font, size, MARGIN + (WIDTH - width(line, font, size)) / 2, y - size);
            y -= size * 1.4f;
        }
    }

    private void paragraph(String text, PDType0Font font, float size) throws IOException {
        for (String line : wrap(text, font, size, WIDTH)) {
            line(line, font, size, MARGIN);
        }
    }

    private void line(String text, PDType0Font font, float size, float x) throws IOException {
        need(size * 1.45f);
        show(text, font, size, x, y - size);
        y -= size * 1.45f;
    }

    private void show(String text, PDType0Font font, float size, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    /** A new page when fewer than {@code height} points are left on this one. */
    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Text cut at spaces into lines no wider than {@code width} (a word wider than that, cut where it must). */
    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (width(tried, font, size) <= width || line.length() == 0 && width(word, font, size) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word wider than the column: cut it where it must be.
            String rest = word;
            while (width(rest, font, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }
}
