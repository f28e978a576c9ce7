package org.teller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.teller.cli.Teller;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;

/**
 * The command line, in process ({@link Teller#run}): its options and files fuzzed together. Exit 0 or 2,
 * never 1 and never an exception; on 2, nothing on standard output, one line on standard error that
 * starts "teller: " and names the file or option at fault (a usage error may add a one-line hint), and
 * no output file written or replaced, nor a temporary one left behind; on 0 with --out, the
 * report is in the file and nowhere else; and a counted contest elects whom the independent count does.
 */
class CliFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void cli(byte[] input) {
        Stats.tried("CliFuzzTest");
        check(input);
    }

    static void check(byte[] input) {
        try (Workspace workspace = new Workspace()) {
            Path dir = workspace.dir;
            List<String> args;
            if (Literal.is(input)) {
                Literal literal = Literal.parse(input);
                literal.materialise(workspace);
                args = literal.args(dir);
            } else {
                Choices c = new Choices(input, 0);
                String kind = c.pick(List.of("ballots", "tally", "returns"));
                ContestFuzzing.build(input, kind, true, workspace);
                args = arguments(new Choices(input, input.length / 2), dir);
            }
            run(dir, args);
        }
    }

    /** A command line built from choices; every path it names is inside the case's folder. */
    static List<String> arguments(Choices c, Path dir) {
        List<String> args = new ArrayList<>();
        if (c.oneIn(12)) {
            args.add("generate");
            if (c.oneIn(4)) {
                args.addAll(List.of("--like", dir.toString()));
            } else {
                args.addAll(List.of("--ballots", Integer.toString(c.below(60) - (c.oneIn(10) ? 70 : 0)),
                        "--candidates", Integer.toString(c.below(7))));
                if (c.below(2) == 1) {
                    args.addAll(List.of("--areas", Integer.toString(c.below(6))));
                }
            }
            if (c.below(2) == 1) {
                args.addAll(List.of("--seed", c.pick(List.of("1", "-7", "x", "99999999999999999999"))));
            }
            if (c.oneIn(3)) {
                args.add("--gzip");
            }
            args.addAll(List.of("--out", dir.resolve(c.pick(List.of("generated", "contest.yaml", "sub/deeper", "."))).toString()));
            if (c.oneIn(3)) {
                args.add("--force");
            }
            if (c.oneIn(3)) { // last: inputs made before it was an option build the same line up to here
                args.addAll(List.of("--ranks", Integer.toString(c.below(8) - 1)));
            }
            args.add("--quiet");
            return args;
        }
        args.add(c.oneIn(30) ? c.pick(List.of("cuont", "--help", "--version", "help")) : "count");
        args.add(switch (c.below(12)) {
            case 9 -> dir.resolve("contest.yaml").toString();
            case 10 -> dir.resolve(c.pick(List.of("missing", "ballots.csv", "sub"))).toString();
            case 11 -> c.oneIn(2) ? dir + "/\u0000x" : dir.toString() + "/";
            default -> dir.toString();
        });
        if (c.below(2) == 1) {
            args.addAll(List.of("--format", c.oneIn(8) ? c.pick(List.of("xml", "", "JSON", "text ")) : c.pick(List.of("text", "json", "csv"))));
        }
        if (c.below(2) == 1) {
            String target = c.pick(List.of("out.txt", "out.txt", "existing.txt", "sub/out.txt", "nodir/out.txt", "link.txt",
                    "fifo", "sub", "contest.yaml", "dangling.txt"));
            prepare(dir, target);
            args.addAll(List.of("--out", dir.resolve(target).toString()));
            if (c.below(3) == 0) {
                args.add("--force");
            }
        }
        switch (c.below(5)) {
            case 1 -> args.addAll(List.of("--lot-seed", c.pick(List.of("42", "0", "-1", "x", "9223372036854775807",
                    "9223372036854775808"))));
            case 2 -> args.addAll(List.of("--lots", lots(c)));
            case 3 -> args.addAll(List.of("--lot-seed", "1", "--lots", lots(c)));
            default -> { }
        }
        if (c.below(2) == 1) {
            args.add("--quiet");
        }
        if (c.oneIn(20)) {
            args.add(c.pick(List.of("--frobnicate", "--out", "extra", "-q", "--format=csv")));
        }
        return args;
    }

    private static String lots(Choices c) {
        List<String> names = new ArrayList<>();
        List<Candidate> pool = Gen.CANDIDATE_SETS.get(c.below(Gen.CANDIDATE_SETS.size()));
        int count = 1 + c.below(4);
        for (int i = 0; i < count; i++) {
            names.add(Gen.spelling(c, pool, c.below(pool.size())));
        }
        return String.join(c.oneIn(6) ? " > " : ">", names);
    }

    /** Makes what an --out target names: an existing file, a folder, a symbolic link, a FIFO. */
    private static void prepare(Path dir, String target) {
        try {
            Files.createDirectories(dir.resolve("sub"));
            switch (target) {
                case "existing.txt" -> Files.writeString(dir.resolve(target), "keep me\n");
                case "link.txt" -> {
                    Files.writeString(dir.resolve("linked.txt"), "keep me\n");
                    Files.createSymbolicLink(dir.resolve(target), dir.resolve("linked.txt"));
                }
                case "dangling.txt" -> Files.createSymbolicLink(dir.resolve(target), dir.resolve("nowhere.txt"));
                case "fifo" -> Literal.mkfifo(dir.resolve(target));
                default -> { }
            }
        } catch (IOException e) {
            throw Check.fail("cannot prepare the case: " + e);
        }
    }

    static void run(Path dir, List<String> args) {
        int outOption = args.indexOf("--out");
        if (outOption >= 0 && outOption + 1 < args.size()) {
            // A path the fuzzer climbed out of the case's folder with (../../work/...) would write into the real
            // tree (the JVM's working folder): not run, as no case may write outside its folder.
            try {
                Path target = Path.of(args.get(outOption + 1).replace("\0", "")).toAbsolutePath().normalize();
                if (!target.startsWith(dir.toAbsolutePath().normalize())) {
                    return;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // Teller is asked about it, and must say so
            }
        }
        Map<String, String> before = snapshot(dir);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            code = Teller.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        } catch (StackOverflowError t) {
            if (Check.tolerated(KnownDefect.D5_DEEP_YAML)) {
                return;
            }
            throw Check.unexpected(t, "Teller.run(" + args + ")");
        } catch (Throwable t) {
            throw Check.unexpected(t, "Teller.run(" + args + ")");
        }
        String stderr = err.toString();
        String stdout = out.toString();
        Map<String, String> after = snapshot(dir);
        if (code == Teller.FAILED) {
            if (stderr.contains("InvalidPathException") && Check.tolerated(KnownDefect.D10_EXIT_1)) {
                return;
            }
            throw Check.fail("exit 1 (Teller failed) for " + args + ": " + stderr);
        }
        if (code != Teller.OK && code != Teller.BAD_INPUT) {
            throw Check.fail("exit " + code + " for " + args + ": " + stderr);
        }
        List<String> lines = stderr.isEmpty() ? List.of() : List.of(stderr.split("\r?\n", -1)).subList(0, stderr.split("\r?\n", -1).length - (stderr.endsWith("\n") ? 1 : 0));
        int outAt = args.indexOf("--out");
        Path outFile = outAt >= 0 && outAt + 1 < args.size() ? Path.of(args.get(outAt + 1).replace("\0", "")) : null;
        if (code == Teller.BAD_INPUT) {
            if (!stdout.isEmpty()) {
                throw Check.fail("exit 2 with output on standard output for " + args + ": " + stdout);
            }
            // A usage error names what is wrong on one line and points at the help.
            boolean usage = lines.size() == 1 && lines.get(0).matches("teller: .*\\(see 'teller.*--help'\\)");
            if (lines.isEmpty() || !lines.get(0).startsWith("teller: ")) {
                throw Check.fail("exit 2 without a 'teller: ' line for " + args + ": " + stderr);
            }
            if (lines.size() != 1 && !usage && !Check.tolerated(KnownDefect.D10_MULTILINE_MESSAGE)) {
                throw Check.fail("exit 2 with " + lines.size() + " lines on standard error for " + args + ": " + stderr);
            }
            if (!usage && !namesSomething(lines.get(0), args, dir)) {
                throw Check.fail("the error names no file or option of " + args + ": " + lines.get(0));
            }
            if (!before.equals(after)) {
                throw Check.fail("exit 2 but files changed for " + args + ": before " + before + ", after " + after);
            }
            return;
        }
        // Exit 0.
        for (String path : after.keySet()) {
            if (path.endsWith(".part")) {
                throw Check.fail("a temporary file was left behind: " + path);
            }
        }
        if (!args.get(0).equals("count") || args.contains("--help") || args.contains("--version")) {
            return;
        }
        if (outFile != null) {
            String key = dir.relativize(outFile.toAbsolutePath().normalize()).toString();
            String kind = before.get(key);
            if (kind != null && !kind.startsWith("file")) {
                Check.acceptedButRefused(new Refusal(Refusal.Kind.OUTPUT_SPECIAL, key, 0, "--out onto " + kind), "--out");
                return;
            }
            if (!stdout.isEmpty() || !after.getOrDefault(key, "").startsWith("file")) {
                throw Check.fail("exit 0 with --out " + key + " but the report is not (only) there: " + after.get(key));
            }
            if (kind != null && !args.contains("--force")) {
                throw Check.fail("exit 0 replaced " + key + " without --force");
            }
        }
        // The count itself: whom the independent count elects.
        ContestCheck.Expectation expectation = ContestCheck.expect(dir, null);
        if (expectation == null || !args.get(1).equals(dir.toString())) {
            return;
        }
        if (expectation.strict().refused()) {
            if (expectation.loose() == null || expectation.loose().refused()) {
                Check.acceptedButRefused(expectation.strict().refusal(), "a contest (teller count)");
            }
            return;
        }
        String report = outFile != null ? read(outFile) : stdout;
        List<Candidate> candidates = expectation.file().contest().candidates();
        String elected = candidates.get(0).name();
        boolean found = false;
        for (int winner : expectation.strict().winners()) {
            String name = candidates.get(winner).name();
            found |= report.contains(name) || report.contains(name.replace("\\", "\\\\").replace("\"", "\\\""))
                    || report.contains(name.replace("\"", "\"\""));
        }
        if (!found) {
            throw Check.fail("the report names none of the winners " + expectation.strict().winners() + " (" + elected
                    + " is candidate 0): " + report.substring(0, Math.min(report.length(), 400)));
        }
    }

    private static boolean namesSomething(String line, List<String> args, Path dir) {
        String message = line.substring("teller: ".length());
        for (String option : List.of("CONTEST", "--format", "--lots", "--lot-seed", "--out", "--seed", "--ballots",
                "--candidates", "--areas", "--like", "--output-directory", "--timestamp")) {
            if (message.startsWith(option)) {
                return true;
            }
        }
        for (String arg : args) {
            // Teller names what was given with its control characters escaped, so that a message is one line.
            for (String named : List.of(arg, InvalidInputException.oneLine(arg))) {
                if (named.length() > 1 && (message.startsWith(named) || message.startsWith(named.replaceAll("/+$", "")))) {
                    return true;
                }
            }
        }
        return message.startsWith(dir.toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw Check.fail("cannot read the report " + file + ": " + e);
        }
    }

    /** Every entry in the folder: its kind, and a file's content. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(path -> {
                String kind;
                if (Files.isSymbolicLink(path)) {
                    kind = "symlink";
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    kind = "dir";
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        kind = "file " + new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1).hashCode();
                    } catch (IOException e) {
                        kind = "file ?";
                    }
                } else {
                    kind = "other";
                }
                entries.put(dir.relativize(path).toString(), kind);
            });
        } catch (IOException e) {
            throw Check.fail("cannot list " + dir + ": " + e);
        }
        return entries;
    }
}
