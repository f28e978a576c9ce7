package org.teller.formats.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.teller.core.contest.Declaration;

/** The formats a declaration can be written in. Each renders the same declaration to bytes. */
public enum ReportFormat {
    TEXT(TextDeclaration::write),
    JSON(JsonDeclaration::write),
    CSV(CsvDeclaration::write),
    STORY(NewsStory::write),
    DEMOCRACY_CLUB(DemocracyClubCsv::write),
    RCVIS(RcvisJson::write),
    NIST(NistResultsJson::write),
    HTML(HtmlReport::write);

    /** Writes a declaration in one format. */
    @FunctionalInterface
    private interface Writing {
        void write(Declaration declaration, Writer out) throws IOException;
    }

    private final Writing writing;

    ReportFormat(Writing writing) {
        this.writing = writing;
    }

    /** The declaration in this format; the same declaration always gives the same text. */
    public String render(Declaration declaration) {
        StringWriter out = new StringWriter();
        try {
            write(declaration, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes the declaration in this format as it is made, the same text as {@link #render}, without
     * holding all of it: the declaration of a thousand count areas of a thousand candidates is 100 MB
     * of JSON. The writer is flushed, not closed.
     */
    public void write(Declaration declaration, Writer out) throws IOException {
        writing.write(declaration, out);
        out.flush();
    }

    /** The name of the format on the command line: {@code text}, {@code democracy-club}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether this format can write the declaration: RCVis's JSON needs each eliminated candidate's
     * transfers, NIST's results the day of the poll; every other format writes every declaration. A format
     * that cannot refuses before it writes anything, with the reason.
     */
    public boolean canWrite(Declaration declaration) {
        return switch (this) {
            case RCVIS -> RcvisJson.refusal(declaration).isEmpty();
            case NIST -> NistResultsJson.refusal(declaration).isEmpty();
            default -> true;
        };
    }

    /** Every format's key, as a sentence lists them: "text, json, csv or story". */
    public static String keys() {
        List<String> keys = java.util.Arrays.stream(values()).map(ReportFormat::key).toList();
        return String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
    }

    public static Optional<ReportFormat> ofKey(String key) {
        for (ReportFormat format : values()) {
            if (format.key().equals(key)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
