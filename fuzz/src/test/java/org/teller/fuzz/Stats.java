package org.teller.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the inputs a fuzz target tried in this JVM (its committed inputs and the fuzzer's), and writes
 * the count to {@code target/fuzz-stats/TARGET.txt} when the JVM ends, for {@code fuzz/run} to report:
 * targets fuzz in parallel JVMs, so libFuzzer's own counts in the shared log cannot be told apart.
 */
final class Stats {

    private static final AtomicLong RUNS = new AtomicLong();
    private static volatile long started;

    private Stats() {}

    static void tried(String target) {
        if (RUNS.getAndIncrement() == 0) {
            started = System.nanoTime();
            if (System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> write(target)));
            }
        }
    }

    private static void write(String target) {
        try {
            Path dir = Path.of("target", "fuzz-stats");
            Files.createDirectories(dir);
            long millis = (System.nanoTime() - started) / 1_000_000;
            Files.writeString(dir.resolve(target + ".txt"), RUNS.get() + " " + millis + "\n");
        } catch (IOException e) {
            // No statistics: fuzz/run says so.
        }
    }
}
