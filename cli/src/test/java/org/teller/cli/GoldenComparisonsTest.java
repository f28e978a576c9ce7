package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code teller compare} of every example in every format, byte for byte against its golden file in
 * {@code golden/compare}. After a deliberate change to the comparison, regenerate the files with
 * {@code ./mvnw verify -Dteller.golden.update=true} and review the diff.
 */
class GoldenComparisonsTest {

    /** Every contest file's example, in every format a comparison is written in. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> comparisons() throws IOException {
        return GoldenDeclarationsTest.contestExamples().filter(arguments -> java.util.List.of("text", "json", "csv", "html").contains(arguments.get()[1]));
    }

    private static Run compare(String example, String format) {
        return Run.teller("compare", Repository.examples().resolve(example).toString(), "--format", format);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("comparisons")
    void theComparisonIsTheGoldenOne(String example, String format) throws IOException {
        Run run = compare(example, format);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        Path golden = Repository.golden("compare/" + example + "." + (format.equals("text") ? "txt" : format));
        if (Boolean.getBoolean("teller.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(run.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        // A comparison draws any lot with a fixed seed: the same inputs always give the same bytes.
        assertThat(compare(example, format).out()).isEqualTo(run.out());
    }

    @Test
    void theReadmeShowsTheComparisonAsTellerWritesIt() throws IOException {
        String readme = Files.readString(Repository.root().resolve("README.md"), StandardCharsets.UTF_8);
        String command = "$ ./teller compare examples/exampleton-av\n";
        int start = readme.indexOf(command);
        assertThat(start).as("the README's example of teller compare").isNotNegative();
        String shown = readme.substring(start + command.length(), readme.indexOf("```", start));
        assertThat(shown).isEqualTo(Files.readString(Repository.golden("compare/exampleton-av.txt"), StandardCharsets.UTF_8));
    }
}
