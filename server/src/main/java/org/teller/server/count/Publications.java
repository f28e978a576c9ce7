package org.teller.server.count;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Declaration;
import org.teller.formats.report.ReportFormat;
import org.teller.publish.DeclarationOfResultPdf;
import org.teller.publish.UnprintableException;

/**
 * A final declaration published every way {@code teller count} publishes it, by the name the server serves
 * it under: the same bytes as {@code teller count --format ...} of the same declaration. A format that cannot
 * write this declaration (RCVis's, of transfers known only together; the PDF, of a name its font cannot show)
 * is left out, and its absence is the answer to a request for it.
 */
public final class Publications {

    /** A publication's name, its format, and how it is served. */
    public record Kind(String name, String contentType) {}

    /** Every kind, in the order they are listed. */
    public static final List<Kind> KINDS = List.of(new Kind("declaration.html", "text/html; charset=utf-8"),
            new Kind("declaration-of-result.pdf", "application/pdf"), new Kind("story.txt", "text/plain; charset=utf-8"),
            new Kind("nist.json", "application/json"), new Kind("rcvis.json", "application/json"),
            new Kind("democracy-club.csv", "text/csv; charset=utf-8"));

    private Publications() {}

    /** The publications of a declaration, by name, in the order of {@link #KINDS}. */
    public static Map<String, byte[]> of(Declaration declaration) {
        Map<String, byte[]> made = new LinkedHashMap<>();
        text(made, "declaration.html", ReportFormat.HTML, declaration);
        try {
            made.put("declaration-of-result.pdf", DeclarationOfResultPdf.of(declaration));
        } catch (UnprintableException | InvalidInputException cannot) {
            // The text and HTML declarations show what the PDF's font cannot.
        }
        text(made, "story.txt", ReportFormat.STORY, declaration);
        text(made, "nist.json", ReportFormat.NIST, declaration);
        text(made, "rcvis.json", ReportFormat.RCVIS, declaration);
        text(made, "democracy-club.csv", ReportFormat.DEMOCRACY_CLUB, declaration);
        return made;
    }

    private static void text(Map<String, byte[]> made, String name, ReportFormat format, Declaration declaration) {
        if (format.canWrite(declaration)) {
            made.put(name, format.render(declaration).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The kind of this name, if it is one. */
    public static java.util.Optional<Kind> kind(String name) {
        return KINDS.stream().filter(kind -> kind.name().equals(name)).findFirst();
    }
}
