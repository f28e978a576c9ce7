package org.teller.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The inputs under {@code src/test/resources/known-failures/TARGET/}: one per known defect of issue 6
 * ({@link KnownDefect}), named after it, each failing on today's code. They run two ways:
 *
 * <ul>
 *   <li>always (in {@code ./mvnw verify}): with today's defects tolerated, each must fail in no other way;
 *       inputs that exhaust memory ({@code oom}), take long ({@code slow}) or block ({@code blocks}) are
 *       left out;</li>
 *   <li>with {@code -Dteller.fuzz.strict=true}: nothing is tolerated and every input must pass, as it
 *       will once its defect is fixed (an input named {@code slow} within 10 s). Then move the input into the target's regression inputs
 *       ({@code src/test/resources/org/teller/fuzz/TARGETInputs/METHOD/}) and remove its defect from
 *       {@link KnownDefect}.</li>
 * </ul>
 */
class KnownFailuresTest {

    static final Path ROOT = Path.of("src/test/resources/known-failures");
    static final Map<String, Consumer<byte[]>> TARGETS = Map.of(
            "BallotPapersFuzzTest", BallotPapersFuzzTest::check,
            "TallyFuzzTest", TallyFuzzTest::check,
            "ReturnsFuzzTest", ReturnsFuzzTest::check,
            "ContestFileFuzzTest", ContestFileFuzzTest::check,
            "CliFuzzTest", CliFuzzTest::check);

    @TestFactory
    Stream<DynamicTest> knownFailuresFailOnlyInTheKnownWay() throws IOException {
        return inputs().filter(path -> !path.getFileName().toString().matches(".*(oom|slow|blocks).*"))
                .map(path -> DynamicTest.dynamicTest(name(path), () -> run(path)));
    }

    @TestFactory
    @EnabledIfSystemProperty(named = "teller.fuzz.strict", matches = "true")
    Stream<DynamicTest> knownFailuresPassOnceFixed() throws IOException {
        // A slow input must also be quick once fixed: "bounded" (defect 5), here at 10 s.
        return inputs().map(path -> DynamicTest.dynamicTest(name(path), () -> assertTimeoutPreemptively(
                path.getFileName().toString().contains("slow") ? Duration.ofSeconds(10) : Duration.ofMinutes(2),
                () -> run(path))));
    }

    private static Stream<Path> inputs() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
            return files.stream();
        }
    }

    private static String name(Path path) {
        return ROOT.relativize(path).toString();
    }

    private static void run(Path path) throws IOException {
        String target = path.getParent().getFileName().toString();
        Consumer<byte[]> check = TARGETS.get(target);
        if (check == null) {
            throw new AssertionError("no fuzz target " + target + " for " + path);
        }
        check.accept(Files.readAllBytes(path));
    }
}
