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
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The declaration as a PDF to print, post and sign: the words of {@code teller count}'s declaration, set in
 * Courier on A4, long lines wrapped, with a line for the returning officer's signature. A character the
 * PDF's font cannot show is refused (409), never printed as something else.
 */
final class DeclarationPdf {

    private static final float MARGIN = 48;
    private static final float SIZE = 9.5f;
    private static final float LEADING = 13;

    private DeclarationPdf() {}

    static byte[] of(String text) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
        List<String> lines = new ArrayList<>();
        int width = (int) ((PDRectangle.A4.getWidth() - 2 * MARGIN) / (SIZE * 0.6f));
        for (String line : text.split("\n", -1)) {
            lines.addAll(wrapped(line, width));
        }
        lines.add("");
        lines.add("");
        lines.add("Signed ______________________________   Returning Officer        Date ______________");
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
                        try {
                            content.showText(lines.get(i));
                        } catch (IllegalArgumentException e) {
                            throw ApiException.conflict("the PDF's font cannot show a character of this declaration (" + e.getMessage()
                                    + "): the text (declaration.txt) and JSON declarations show it");
                        }
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
