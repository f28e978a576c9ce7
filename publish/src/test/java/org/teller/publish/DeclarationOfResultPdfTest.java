package org.teller.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teller.core.InvalidInputException;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;
import org.teller.formats.votes.Progress;

/**
 * The declaration of result as posted: its text, taken out of the PDF, is the golden text of each example
 * (regenerate with {@code -Dteller.golden.update=true} and review the diff), the same count gives the same
 * bytes, and each first page is drawn to {@code publish/target/pages} to look at.
 */
class DeclarationOfResultPdfTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    private static Declaration count(String example) {
        return ContestCounter.count(EXAMPLES.resolve(example), example, contest -> new SeededLotDrawer(0).answeringAsks());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tower-hamlets-2010", "tower-hamlets-2015", "london-2016", "exampleton-ballots",
            "exampleton-av", "exampleton-contingent", "exampleton-fptp"})
    void theDeclarationIsTheGoldenText(String example) throws IOException {
        byte[] pdf = DeclarationOfResultPdf.of(count(example));
        assertThat(DeclarationOfResultPdf.of(count(example))).as("the same bytes every time").isEqualTo(pdf);
        String text = text(pdf);
        Path golden = GOLDEN.resolve(example + ".txt");
        if (Boolean.getBoolean("teller.golden.update")) {
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            Files.createDirectories(Path.of("target", "pages"));
            ImageIO.write(page, "png", Path.of("target", "pages", example + ".png").toFile());
        }
    }

    @Test
    void theStatutoryWordsAndTheSeedsFigures() throws IOException {
        // The text as read, lines joined: a sentence may be set over two.
        String text = text(DeclarationOfResultPdf.of(count("tower-hamlets-2015"))).replaceAll("\\s+", " ");
        assertThat(text).contains("DECLARATION OF RESULT OF POLL", "Election of the Mayor of Tower Hamlets",
                "held on Thursday 11 June 2015", "And I do hereby declare that John Biggs (Labour) is duly elected as the"
                        + " Mayor of Tower Hamlets.", "Returning Officer");
        // Biggs: 27,255 first, 5,499 second, 32,754 in all; Khan: 25,763, 621, 26,384.
        assertThat(text).contains("John Biggs Labour 27,255 5,499 32,754", "Rabina Khan Independent 25,763 621 26,384",
                "Peter Golds Conservative 5,940");
        String y2010 = text(DeclarationOfResultPdf.of(count("tower-hamlets-2010"))).replaceAll("\\s+", " ");
        assertThat(y2010).contains("The number of ballot papers rejected was as follows:", "1,734",
                "The number of ballot papers counted was 46,719, of an electorate of 182,482 (turnout 25.60%).");
    }

    @Test
    void aWhatIfIsNotDeclared() throws IOException {
        Declaration whatIf = ContestCounter.countUnder(EXAMPLES.resolve("exampleton-av"), "exampleton-av",
                Optional.of("first-past-the-post"), contest -> new SeededLotDrawer(0), Progress.NONE);
        assertThatThrownBy(() -> DeclarationOfResultPdf.of(whatIf)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a what if under first past the post is not declared: the law names the alternative vote");
    }
}
