package org.teller.formats.contest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.teller.core.InvalidInputException;
import org.teller.formats.internal.FieldText;
import org.teller.formats.internal.VotesFiles;

/**
 * Loads a YAML document within bounds that no contest file comes near, so that a hostile or broken file
 * is refused in a moment with one line rather than exhausting the stack, the memory or the patience of
 * whoever runs the count: its size, the length of its lines and how deeply it nests. It must be UTF-8,
 * hold no control or invisible characters (a bad byte is named by its line), and use no aliases, which
 * a contest file has no need of and which can multiply a small file into a huge one.
 */
final class BoundedYaml {

    /** A contest file with thousands of candidates is a few hundred kilobytes. */
    static final int LARGEST_FILE = 4 << 20;
    static final int LONGEST_LINE = 10_000;
    /** A contest file nests three deep (candidates, a candidate, its keys). */
    static final int DEEPEST_NESTING = 16;

    private BoundedYaml() {}

    static Node load(Path path, String file) {
        VotesFiles.requireRegularFile(path, file);
        String text = decode(read(path, file), file);
        checkLines(text, file);
        LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(0).setCodePointLimit(LARGEST_FILE).build();
        try {
            // The parser and composer themselves: the module exports them, not its "lowlevel" shortcuts.
            checkNesting(() -> parser(settings, text), file);
            return new Composer(settings, parser(settings, text)).getSingleNode()
                    .orElseThrow(() -> new InvalidInputException(file, 0, "", "is empty"));
        } catch (MarkedYamlEngineException e) {
            long line = e.getProblemMark().map(mark -> mark.getLine() + 1L).orElse(0L);
            throw new InvalidInputException(file, line, "", "is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new InvalidInputException(file, 0, "", "is not valid YAML: " + e.getMessage());
        }
    }

    private static ParserImpl parser(LoadSettings settings, String text) {
        return new ParserImpl(settings, new StreamReader(settings, text));
    }

    private static byte[] read(Path path, String file) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(LARGEST_FILE + 1);
            if (bytes.length > LARGEST_FILE) {
                throw new InvalidInputException(file, 0, "", "is larger than " + (LARGEST_FILE >> 20)
                        + " MiB: no contest file is so large (is it the right file?)");
            }
            return bytes;
        } catch (IOException e) {
            throw VotesFiles.unreadable(file, e);
        }
    }

    /** Strict UTF-8: a byte that is not names its line. */
    private static String decode(byte[] bytes, String file) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n') ? 1 : 0;
            }
            throw new InvalidInputException(file, line, "", "holds bytes that are not UTF-8 text (save the file as UTF-8)");
        }
        utf8.flush(out);
        return out.flip().toString();
    }

    /** Bounds the lines, and refuses control and invisible characters (a byte order mark may open the file). */
    private static void checkLines(String text, String file) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A line ends with a line feed, a carriage return and a line feed, or (as YAML allows) a carriage return.
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
                continue;
            }
            if (i - lineStart >= LONGEST_LINE) {
                throw new InvalidInputException(file, line, "", "is a line longer than " + LONGEST_LINE
                        + " characters: no contest file needs one");
            }
            // A character beyond the Basic Multilingual Plane is two chars: judged whole, never by its halves.
            int point = text.codePointAt(i);
            boolean allowed = c == '\r' || c == '\t' || c == '\uFEFF' && i == 0;
            if (!allowed && FieldText.isForbidden(point)) {
                throw new InvalidInputException(file, line, "", "holds " + FieldText.describe(point)
                        + ", which a contest file may not hold");
            }
            if (Character.charCount(point) == 2) {
                i++;
            }
        }
    }

    private static void checkNesting(Iterable<Event> events, String file) {
        int depth = 0;
        for (Event event : events) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > DEEPEST_NESTING) {
                        throw new InvalidInputException(file, line(event), "", "nests more than " + DEEPEST_NESTING
                                + " levels deep: no contest file does");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> throw new InvalidInputException(file, line(event), "",
                        "uses an alias (*): write the value out in full");
                default -> { }
            }
        }
    }

    private static long line(Event event) {
        return event.getStartMark().map(mark -> mark.getLine() + 1L).orElse(0L);
    }
}
