package org.teller.formats.report;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.teller.core.contest.Declaration;

/** The formats a declaration can be written in. Each renders the same declaration to bytes. */
public enum ReportFormat {
    TEXT(TextDeclaration::render),
    JSON(JsonDeclaration::render),
    CSV(CsvDeclaration::render);

    private final Function<Declaration, String> renderer;

    ReportFormat(Function<Declaration, String> renderer) {
        this.renderer = renderer;
    }

    /** The declaration in this format; the same declaration always gives the same text. */
    public String render(Declaration declaration) {
        return renderer.apply(declaration);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
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
