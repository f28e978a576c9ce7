package org.teller.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/** What every PDF of Teller's shares: the same content makes the same bytes. */
final class Pdfs {

    private Pdfs() {}

    /**
     * Dates the document at the epoch and gives it an identifier made from its content: PDFBox would write the
     * time of making into both.
     */
    static void reproducible(PDDocument document, String title, String content) {
        Calendar epoch = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        epoch.setTimeInMillis(0);
        document.getDocumentInformation().setCreationDate(epoch);
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setProducer("Teller");
        byte[] id = Arrays.copyOf(sha256(content), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
