package org.teller.formats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.SharedData;
import org.teller.formats.contest.ContestCounter;

/**
 * A declaration written as it is made ({@link ReportFormat#write}) is the text it renders to, for every
 * example in every format; the writer is left open, and a writer that fails is reported as it failed.
 */
class WrittenDeclarationTest {

    static Stream<Arguments> examplesInEveryFormat() {
        return Stream.of("tower-hamlets-2010", "tower-hamlets-2015", "exampleton-ballots", "exampleton-tally", "london-2016")
                .flatMap(example -> Stream.of(ReportFormat.values())
                        // RCVis cannot draw transfers known only together (refused: PublishedFormatsTest).
                        .filter(format -> format.canWrite(count(example)))
                        .map(format -> Arguments.of(example, format)));
    }

    private static Declaration count(String example) {
        return ContestCounter.count(SharedData.root().resolve("examples").resolve(example), example, new SeededLotDrawer(0));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("examplesInEveryFormat")
    void writtenIsRendered(String example, ReportFormat format) throws IOException {
        Declaration declaration = count(example);
        OpenWriter out = new OpenWriter();
        format.write(declaration, out);
        assertThat(out.text.toString()).isEqualTo(format.render(declaration));
        assertThat(out.flushed).isTrue();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("examplesInEveryFormat")
    void aWriterThatFailsIsReported(String example, ReportFormat format) {
        Writer failing = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {}
        };
        assertThatThrownBy(() -> format.write(count(example), failing)).isInstanceOf(IOException.class).hasMessage("disk full");
    }

    /** Records what is written; fails the test if closed, since it may stand for standard output. */
    private static final class OpenWriter extends Writer {
        final StringWriter text = new StringWriter();
        boolean flushed;

        @Override
        public void write(char[] buffer, int offset, int length) {
            text.write(buffer, offset, length);
        }

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            throw new AssertionError("the caller's writer was closed");
        }
    }
}
