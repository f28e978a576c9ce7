package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in every format, byte for byte against its golden file. After a deliberate change to
 * a report, regenerate the files with {@code ./mvnw verify -Dteller.golden.update=true} and review the diff.
 */
class GoldenDeclarationsTest {

    /** The lot each example's README gives, for the examples whose count needs one. */
    private static final Map<String, List<String>> LOTS =
            Map.of("exampleton-fptp", List.of("--lots", "Bashir Bhatti>Alice Ashdown"),
                    "exampleton-av-ties", List.of("--lots", "Bashir Bhatti>Carys Cole"));

    /** The examples whose transfers are known only together, which RCVis cannot draw. */
    private static final java.util.Set<String> NOT_DRAWN = java.util.Set.of("london-2016", "tower-hamlets-2015");

    private static Run count(String example, String format) throws IOException {
        Path folder = Repository.examples().resolve(example);
        Optional<Path> rctab = rctabConfiguration(folder);
        List<String> args = new ArrayList<>(List.of("count", rctab.orElse(folder).toString(), "--format", format));
        args.addAll(LOTS.getOrDefault(example, List.of()));
        if (rctab.isPresent()) {
            // RCTab's reports go to a folder of the test's, never into the example.
            Path reports = Files.createTempDirectory("teller-golden-rctab");
            args.addAll(List.of("--quiet", "--output-directory", reports.toString(), "--timestamp", "2025-11-04_21-00"));
        }
        return Run.teller(args.toArray(String[]::new));
    }

    /** An example that is an RCTab contest: its configuration. */
    private static Optional<Path> rctabConfiguration(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith("_config.json")).findFirst();
        }
    }

    /** Every example, in every format. */
    static Stream<Arguments> examples() throws IOException {
        return examples(false);
    }

    /** Every example held as a Teller contest (a contest.yaml), in every format. */
    static Stream<Arguments> contestExamples() throws IOException {
        return examples(true);
    }

    /** RCTab's own report of the Lakeside example is what RCVis draws; Teller's, but for what RCTab's configuration adds. */
    @org.junit.jupiter.api.Test
    void rcvisIsRctabsOwnSummaryOfTheSameCount() throws IOException {
        Run run = count("rctab-lakeside", "rcvis");
        assertThat(run.exitCode()).isZero();
        tools.jackson.databind.ObjectMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode ours = (tools.jackson.databind.node.ObjectNode) json.readTree(run.out());
        tools.jackson.databind.node.ObjectNode rctabs = (tools.jackson.databind.node.ObjectNode) json.readTree(
                Repository.examples().resolve("rctab-lakeside/rctab-2.0.1/detailed_report.json").toFile());
        for (tools.jackson.databind.node.ObjectNode report : List.of(ours, rctabs)) {
            // Who wrote it, and the jurisdiction and office an RCTab configuration names, which a declaration has not.
            ((tools.jackson.databind.node.ObjectNode) report.get("config")).remove(List.of("generatedBy", "jurisdiction", "office"));
        }
        assertThat(ours).isEqualTo(rctabs);
    }

    private static Stream<Arguments> examples(boolean contestFilesOnly) throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Repository.examples())) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (contestFilesOnly && !Files.isRegularFile(folder.resolve("contest.yaml"))) {
                    continue;
                }
                for (String format : List.of("text", "json", "csv", "story", "democracy-club", "rcvis", "nist", "html")) {
                    cases.add(Arguments.of(folder.getFileName().toString(), format));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("examples")
    void theDeclarationIsTheGoldenOne(String example, String format) throws IOException {
        Run run = count(example, format);
        if (format.equals("rcvis") && NOT_DRAWN.contains(example)) {
            // Count returns of a second stage say what each finalist received, not from whom: nothing to draw.
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("'rcvis' needs the papers passed on by each eliminated candidate");
            return;
        }
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        Path golden = Repository.golden(example + "." + switch (format) {
            case "text" -> "txt";
            case "story" -> "story.txt";
            case "democracy-club" -> "dc.csv";
            case "rcvis" -> "rcvis.json";
            case "nist" -> "nist.json";
            case "html" -> "html";
            default -> format;
        });
        if (Boolean.getBoolean("teller.golden.update")) {
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(run.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        // The same inputs always give the same bytes.
        assertThat(count(example, format).out()).isEqualTo(run.out());
    }
}
