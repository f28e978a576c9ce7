package org.teller.cli;

import java.io.PrintWriter;
import java.util.List;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Declaration;
import org.teller.formats.internal.PartFile;
import org.teller.formats.report.ReportFormat;
import org.teller.publish.DeclarationOfResultPdf;
import org.teller.publish.UnprintableException;

/**
 * What {@code teller count --format} writes: a report in one of the text formats, or the declaration of result
 * as a PDF to sign and post. Whatever it refuses, it refuses before anything is written.
 */
interface Publication {

    /** Made, ready to be written. */
    @FunctionalInterface
    interface Made {
        List<PartFile.Abandoned> writeTo(Output output, PrintWriter out);
    }

    /** Fails early, before any count, when the output cannot take this publication. */
    default void check(Output output) {}

    /** @throws InvalidInputException when this declaration cannot be published so */
    Made of(Declaration declaration);

    /** The formats' keys, as a sentence lists them. */
    static String keys() {
        return ReportFormat.keys().replace(" or ", ", ") + " or pdf";
    }

    /** The publication a {@code --format} names. */
    static Publication named(String key) {
        if (key.equals("pdf")) {
            return new Pdf();
        }
        ReportFormat format = ReportFormat.ofKey(key).orElseThrow(() ->
                new InvalidInputException("--format", 0, key, "is not a format (use " + keys() + ")"));
        return declaration -> {
            if (!format.canWrite(declaration)) {
                format.render(declaration); // throws the format's own reason
            }
            return (output, out) -> output.write(writer -> format.write(declaration, writer), out);
        };
    }

    /** The declaration of result as a PDF: bytes, so only ever to a file. */
    final class Pdf implements Publication {
        @Override
        public void check(Output output) {
            if (output.isStandardOutput()) {
                throw new InvalidInputException("--format", 0, "pdf", "is written to a file: give --out FILE (such as"
                        + " --out declaration.pdf)");
            }
        }

        @Override
        public Made of(Declaration declaration) {
            byte[] pdf;
            try {
                pdf = DeclarationOfResultPdf.of(declaration);
            } catch (UnprintableException e) {
                throw new InvalidInputException("--format", 0, "pdf", "cannot be made: " + e.getMessage()
                        + " (--format text, json and html show it)");
            }
            return (output, out) -> output.write(pdf);
        }
    }
}
