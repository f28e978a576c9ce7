package org.teller.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * An input written out by hand (or by the fuzzer mutating one): the files of a case, literally, so that
 * regression inputs and known failures can be read and written without a tool. The format:
 *
 * <pre>
 * #teller-fuzz
 * === contest.yaml
 * title: ...
 * === ballots.csv gzip
 * first,second
 * Ann,Bo
 * === args
 * count
 * {dir}
 * </pre>
 *
 * A section runs from its {@code === NAME [OPTIONS]} line to the next such line, its last line feed
 * included (option {@code -nl} drops it). Options: {@code gzip} (the content is gzipped when written),
 * {@code gzip-trailing=TEXT} (and TEXT follows the gzip stream), {@code gzip-truncate=N} (the last N
 * bytes of the gzip stream are cut), {@code fifo}, {@code dir}, {@code symlink=TARGET}, and {@code macro}:
 * the content's escapes {@code \xNN}, {@code \n}, {@code \r}, {@code \t}, {@code \\} are decoded, and
 * a line {@code @@repeat N TEXT} becomes TEXT N times, with {i} the 1-based repetition. Sections named
 * {@code candidates} (one per line: name, tab, party, tab, short) and {@code args} (one argument per
 * line, escapes decoded, {dir} the case's folder) are not files.
 */
final class Literal {

    static final String MAGIC = "#teller-fuzz\n";
    /** Expanded files are cut here: the fuzzer must not make a repetition count into a 2 GB file. */
    private static final int MAX_BYTES = 16 << 20;

    record Entry(String name, String kind, byte[] content, String target) {}

    final Map<String, Entry> files = new LinkedHashMap<>();
    final List<String> args = new ArrayList<>();
    final List<String[]> candidates = new ArrayList<>();

    static boolean is(byte[] input) {
        byte[] magic = MAGIC.getBytes(StandardCharsets.US_ASCII);
        return input.length >= magic.length && Arrays.equals(input, 0, magic.length, magic, 0, magic.length);
    }

    static Literal parse(byte[] input) {
        Literal literal = new Literal();
        int at = MAGIC.length();
        while (at < input.length) {
            int lineEnd = indexOf(input, (byte) '\n', at);
            if (lineEnd < 0) {
                lineEnd = input.length;
            }
            String header = new String(input, at, lineEnd - at, StandardCharsets.UTF_8);
            int contentStart = Math.min(lineEnd + 1, input.length);
            int next = nextSection(input, contentStart);
            if (!header.startsWith("=== ")) {
                at = next; // text before the first section, or a broken header: skipped
                continue;
            }
            byte[] content = Arrays.copyOfRange(input, contentStart, next);
            literal.add(header.substring(4).strip(), content);
            at = next;
        }
        return literal;
    }

    private static int nextSection(byte[] input, int from) {
        for (int i = from; i < input.length; i++) {
            if ((i == from || input[i - 1] == '\n') && startsWith(input, i, "=== ")) {
                return i;
            }
        }
        return input.length;
    }

    private void add(String header, byte[] content) {
        String[] words = header.split(" +");
        String name = words[0];
        List<String> options = Arrays.asList(words).subList(1, words.length);
        if (options.contains("-nl") && content.length > 0 && content[content.length - 1] == '\n') {
            content = Arrays.copyOf(content, content.length - 1);
        }
        if (options.contains("macro")) {
            content = expand(content);
        }
        if (name.equals("args")) {
            for (String line : lines(content)) {
                args.add(text(line).replace("{dir}", "\u0000DIR\u0000"));
            }
            return;
        }
        if (name.equals("candidates")) {
            for (String line : lines(content)) {
                if (!line.isEmpty()) {
                    String[] parts = Arrays.copyOf(text(line).split("\t", -1), 3);
                    candidates.add(new String[] {parts[0], parts[1] == null ? "" : parts[1], parts[2] == null ? "" : parts[2]});
                }
            }
            return;
        }
        String kind = "file";
        String target = null;
        for (String option : options) {
            if (option.equals("fifo") || option.equals("dir")) {
                kind = option;
            } else if (option.startsWith("symlink=")) {
                kind = "symlink";
                target = option.substring("symlink=".length());
            } else if (option.equals("gzip")) {
                content = gzip(content, new byte[0], 0);
            } else if (option.startsWith("gzip-trailing=")) {
                content = gzip(content, unescape(option.substring("gzip-trailing=".length())).getBytes(StandardCharsets.ISO_8859_1), 0);
            } else if (option.startsWith("gzip-truncate=")) {
                content = gzip(content, new byte[0], parseSmall(option.substring("gzip-truncate=".length())));
            }
        }
        if (name.isEmpty() || name.startsWith("/") || name.contains("..") || name.indexOf('\0') >= 0) {
            return; // files stay inside the case's folder
        }
        files.put(name, new Entry(name, kind, content, target));
    }

    private static List<String> lines(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }

    private static int parseSmall(String digits) {
        try {
            return Math.max(0, Math.min(1 << 20, Integer.parseInt(digits)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static byte[] gzip(byte[] content, byte[] trailing, int truncate) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(content);
            }
            byte[] bytes = out.toByteArray();
            bytes = Arrays.copyOf(bytes, Math.max(0, bytes.length - truncate));
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.write(bytes);
            all.write(trailing);
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes the escapes and repetitions of a {@code macro} section. */
    private static byte[] expand(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = new String(content, StandardCharsets.UTF_8);
        for (String line : text.split("(?<=\n)")) {
            if (line.startsWith("@@repeat ")) {
                String rest = line.substring("@@repeat ".length()).replaceFirst("\n$", "");
                int space = rest.indexOf(' ');
                int times = space < 0 ? 0 : parseSmall(rest.substring(0, space));
                String body = space < 0 ? "" : rest.substring(space + 1);
                boolean indexed = body.contains("{i}");
                byte[] plain = latin(unescape(body));
                for (int i = 1; i <= times && out.size() < MAX_BYTES; i++) {
                    out.writeBytes(indexed ? latin(unescape(body.replace("{i}", Integer.toString(i)))) : plain);
                }
            } else {
                out.writeBytes(latin(unescape(line)));
            }
            if (out.size() >= MAX_BYTES) {
                break;
            }
        }
        return out.toByteArray();
    }

    /** Unescaped text holds characters for bytes (\xNN) and for themselves: UTF-8 encode the latter. */
    private static byte[] latin(String unescaped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < unescaped.length(); i++) {
            char c = unescaped.charAt(i);
            if (c >= 0xF700 && c <= 0xF7FF) { // a raw byte, as unescape marks it
                out.writeBytes(run.toString().getBytes(StandardCharsets.UTF_8));
                run.setLength(0);
                out.write(c - 0xF700);
            } else {
                run.append(c);
            }
        }
        out.writeBytes(run.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Unescaped text whose \\xNN stand for the characters U+0000 to U+00FF. */
    static String text(String escaped) {
        StringBuilder out = new StringBuilder(unescape(escaped));
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) >= 0xF700 && out.charAt(i) <= 0xF7FF) {
                out.setCharAt(i, (char) (out.charAt(i) - 0xF700));
            }
        }
        return out.toString();
    }

    /** Decodes \xNN (as a raw byte, marked in the private use area), \n, \r, \t, \0 and \\. */
    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char e = text.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case '\\' -> out.append('\\');
                case 'x' -> {
                    if (i + 2 < text.length() + 0 && isHex(text, i + 1) && isHex(text, i + 2)) {
                        out.append((char) (0xF700 + Integer.parseInt(text.substring(i + 1, i + 3), 16)));
                        i += 2;
                    } else {
                        out.append("\\x");
                    }
                }
                case 'u' -> {
                    if (i + 4 < text.length() + 0 && isHex(text, i + 1) && isHex(text, i + 2) && isHex(text, i + 3)
                            && isHex(text, i + 4)) {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append("\\u");
                    }
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int at) {
        return at < text.length() && Character.digit(text.charAt(at), 16) >= 0;
    }

    /** Writes the files into the case's folder. */
    void materialise(Workspace workspace) {
        for (Entry entry : files.values()) {
            Path path = workspace.dir.resolve(entry.name()).normalize();
            if (!path.startsWith(workspace.dir)) {
                continue;
            }
            try {
                Files.createDirectories(path.getParent());
                switch (entry.kind()) {
                    case "dir" -> Files.createDirectories(path);
                    case "symlink" -> Files.createSymbolicLink(path, Path.of(entry.target()));
                    case "fifo" -> mkfifo(path);
                    default -> Files.write(path, entry.content());
                }
            } catch (IOException | RuntimeException e) {
                // An entry that cannot be made (a bad link target, a name the file system refuses) is left out.
            }
        }
    }

    static void mkfifo(Path path) throws IOException {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).start();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("mkfifo failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The args, with {dir} the case's folder. */
    List<String> args(Path dir) {
        List<String> resolved = new ArrayList<>();
        for (String arg : args) {
            resolved.add(arg.replace("\u0000DIR\u0000", dir.toString()));
        }
        return resolved;
    }

    Optional<Entry> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        if (at + prefix.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
