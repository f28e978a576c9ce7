package org.teller.rctab.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.teller.core.InvalidInputException;
import org.teller.rctab.config.ContestConfig.CandidateConfig;
import org.teller.rctab.config.ContestConfig.OutputSettings;
import org.teller.rctab.config.Rules.OvervoteRule;
import org.teller.rctab.config.Rules.TiebreakMode;
import org.teller.rctab.cvr.CvrProvider;
import org.teller.rctab.cvr.CvrSource;
import org.teller.rctab.cvr.ParserMessages;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an RCTab contest configuration, strictly: every key must be one RCTab 2.0 writes (an unknown
 * key could be a rule Teller would silently ignore), every value of its type and range; a number may be
 * written as a number or as text, as RCTab writes either. Errors name the file, the key and the value.
 */
public final class ConfigReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Set<String> TOP = Set.of("tabulatorVersion", "outputSettings", "cvrFileSources", "candidates", "rules");
    private static final Set<String> OUTPUT = Set.of("contestName", "outputDirectory", "contestDate", "contestJurisdiction",
            "contestOffice", "tabulateByBatch", "tabulateByPrecinct", "generateCdfJson");
    private static final Set<String> SOURCE = Set.of("filePath", "contestId", "firstVoteColumnIndex", "firstVoteRowIndex",
            "idColumnIndex", "batchColumnIndex", "precinctColumnIndex", "overvoteDelimiter", "provider", "overvoteLabel",
            "skippedRankLabel", "undeclaredWriteInLabel", "treatBlankAsUndeclaredWriteIn");
    private static final Set<String> CANDIDATE = Set.of("name", "code", "aliases", "excluded");
    private static final Set<String> RULES = Set.of("tiebreakMode", "overvoteRule", "winnerElectionMode", "randomSeed",
            "numberOfWinners", "multiSeatBottomsUpPercentageThreshold", "decimalPlacesForVoteArithmetic",
            "minimumVoteThreshold", "maxSkippedRanksAllowed", "maxRankingsAllowed", "nonIntegerWinningThreshold",
            "doesFirstRoundDetermineThreshold", "hareQuota", "batchElimination", "continueUntilTwoCandidatesRemain",
            "stopTabulationEarlyAfterRound", "exhaustOnDuplicateCandidate", "rulesDescription",
            "treatBlankAsUndeclaredWriteIn", "cutoffElimination");

    /** RCTab's seeds lie in [-2^47, 2^47). */
    private static final long SEED_LIMIT = 1L << 47;

    private final Path file;
    private final String source;

    private ConfigReader(Path file) {
        this.file = file;
        this.source = file.toString();
    }

    /** Reads the configuration at {@code file}. */
    public static ContestConfig read(Path file) {
        return new ConfigReader(file).read();
    }

    private ContestConfig read() {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, 0, "", "no such file");
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidInputException(source, Math.max(line, 0), "", "is not valid JSON: " + ParserMessages.of(e));
        } catch (IOException e) {
            throw new InvalidInputException(source, 0, "", "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw problem("", "", "is not an RCTab contest configuration (a JSON object)");
        }
        known(root, TOP, "");
        String version = text(root, "tabulatorVersion", "", true);
        OutputSettings output = output(object(root, "outputSettings", ""));
        List<CvrSource> sources = new ArrayList<>();
        JsonNode list = array(root, "cvrFileSources", "");
        for (int i = 0; i < list.size(); i++) {
            sources.add(source(list.get(i), "cvrFileSources[" + (i + 1) + "]"));
        }
        if (sources.isEmpty()) {
            throw problem("cvrFileSources", "", "names no CVR file");
        }
        for (int i = 0; i < sources.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (sources.get(i).file().equals(sources.get(j).file())) {
                    // Read twice, its ballots would count twice; RCTab refuses it too.
                    throw problem("cvrFileSources[" + (i + 1) + "].filePath", sources.get(i).file().toString(),
                            "names the same file as cvrFileSources[" + (j + 1) + "]");
                }
            }
        }
        List<CandidateConfig> candidates = new ArrayList<>();
        JsonNode people = array(root, "candidates", "");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            CandidateConfig candidate = candidate(people.get(i), "candidates[" + (i + 1) + "]");
            for (String name : names(candidate)) {
                if (!names.add(name)) {
                    throw problem("candidates[" + (i + 1) + "]", name, "names a candidate another entry names already");
                }
            }
            candidates.add(candidate);
        }
        Rules rules = rules(object(root, "rules", ""));
        return new ContestConfig(file, version, output, sources, candidates, rules);
    }

    private static List<String> names(CandidateConfig candidate) {
        List<String> all = new ArrayList<>();
        all.add(candidate.name());
        if (!candidate.code().isEmpty() && !candidate.code().equals(candidate.name())) {
            all.add(candidate.code());
        }
        all.addAll(candidate.aliases());
        return all;
    }

    private OutputSettings output(JsonNode node) {
        String at = "outputSettings";
        known(node, OUTPUT, at);
        String directory = text(node, "outputDirectory", at, false);
        return new OutputSettings(text(node, "contestName", at, true), folder().resolve(directory.isEmpty() ? "." : directory),
                text(node, "contestDate", at, false), text(node, "contestJurisdiction", at, false),
                text(node, "contestOffice", at, false), flag(node, "tabulateByBatch", at), flag(node, "tabulateByPrecinct", at),
                flag(node, "generateCdfJson", at));
    }

    private CvrSource source(JsonNode node, String at) {
        if (!node.isObject()) {
            throw problem(at, node.toString(), "is not an object");
        }
        known(node, SOURCE, at);
        String key = text(node, "provider", at, true);
        CvrProvider provider = CvrProvider.byKey(key).orElseThrow(() -> problem(at + ".provider", key,
                "is not a provider RCTab reads (genericCsv, cdf, ess, dominion, clearBallot, hart)"));
        String path = text(node, "filePath", at, true);
        return new CvrSource(folder().resolve(path).normalize(), provider, text(node, "contestId", at, false),
                index(node, "firstVoteColumnIndex", at), index(node, "firstVoteRowIndex", at), index(node, "idColumnIndex", at),
                index(node, "precinctColumnIndex", at), index(node, "batchColumnIndex", at),
                text(node, "overvoteDelimiter", at, false), text(node, "overvoteLabel", at, false),
                text(node, "skippedRankLabel", at, false), text(node, "undeclaredWriteInLabel", at, false),
                flag(node, "treatBlankAsUndeclaredWriteIn", at));
    }

    private CandidateConfig candidate(JsonNode node, String at) {
        if (!node.isObject()) {
            throw problem(at, node.toString(), "is not an object");
        }
        known(node, CANDIDATE, at);
        List<String> aliases = new ArrayList<>();
        if (node.has("aliases")) {
            JsonNode list = array(node, "aliases", at);
            for (JsonNode alias : list) {
                if (!alias.isString() || alias.asString().isBlank()) {
                    throw problem(at + ".aliases", alias.toString(), "is not a name");
                }
                aliases.add(alias.asString().strip());
            }
        }
        return new CandidateConfig(text(node, "name", at, true), text(node, "code", at, false), aliases,
                flag(node, "excluded", at));
    }

    private Rules rules(JsonNode node) {
        String at = "rules";
        known(node, RULES, at);
        TiebreakMode tiebreak = choice(node, "tiebreakMode", TiebreakMode.values(), TiebreakMode::key);
        OvervoteRule overvote = choice(node, "overvoteRule", OvervoteRule.values(), OvervoteRule::key);
        String seedText = text(node, "randomSeed", at, false);
        OptionalLong seed = OptionalLong.empty();
        if (!seedText.isEmpty()) {
            try {
                seed = OptionalLong.of(Long.parseLong(seedText));
            } catch (NumberFormatException e) {
                throw problem("rules.randomSeed", seedText, "is not a whole number");
            }
            if (seed.getAsLong() < -SEED_LIMIT || seed.getAsLong() >= SEED_LIMIT) {
                throw problem("rules.randomSeed", seedText, "is not between " + -SEED_LIMIT + " and " + (SEED_LIMIT - 1)
                        + ", as RCTab requires");
            }
        }
        if (tiebreak.needsSeed() && seed.isEmpty()) {
            throw problem("rules.randomSeed", "", "is needed by tiebreakMode " + tiebreak.key());
        }
        OptionalInt skipped = "unlimited".equalsIgnoreCase(text(node, "maxSkippedRanksAllowed", at, true))
                ? OptionalInt.empty() : OptionalInt.of(number(node, "maxSkippedRanksAllowed", 0, 1_000_000, true).orElseThrow());
        OptionalInt rankings = "max".equalsIgnoreCase(text(node, "maxRankingsAllowed", at, true))
                ? OptionalInt.empty() : OptionalInt.of(number(node, "maxRankingsAllowed", 1, 1_000_000, true).orElseThrow());
        if (flag(node, "cutoffElimination", at)) {
            throw problem("rules.cutoffElimination", "true", "is a rule of older RCTab versions that Teller does not count by");
        }
        return new Rules(tiebreak, seed, overvote, text(node, "winnerElectionMode", at, true),
                number(node, "numberOfWinners", 0, 1_000_000, true).orElseThrow(), skipped, rankings,
                number(node, "minimumVoteThreshold", 0, 1_000_000, false).orElse(0),
                flag(node, "nonIntegerWinningThreshold", at), flag(node, "doesFirstRoundDetermineThreshold", at),
                flag(node, "hareQuota", at), flag(node, "batchElimination", at),
                flag(node, "continueUntilTwoCandidatesRemain", at),
                number(node, "stopTabulationEarlyAfterRound", 1, 1_000_000, false),
                flag(node, "exhaustOnDuplicateCandidate", at),
                number(node, "decimalPlacesForVoteArithmetic", 1, 20, false).orElse(4),
                text(node, "multiSeatBottomsUpPercentageThreshold", at, false), text(node, "rulesDescription", at, false));
    }

    // Values

    private Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private void known(JsonNode node, Set<String> keys, String at) {
        for (String key : node.propertyNames()) {
            if (!keys.contains(key)) {
                throw problem(at.isEmpty() ? key : at + "." + key, "", "is not a setting of RCTab 2.0's configuration format");
            }
        }
    }

    private JsonNode object(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (value == null || !value.isObject()) {
            throw problem(where(at, key), value == null ? "" : value.toString(), value == null ? "is missing" : "is not an object");
        }
        return value;
    }

    private JsonNode array(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (value == null || !value.isArray()) {
            throw problem(where(at, key), value == null ? "" : value.toString(), value == null ? "is missing" : "is not a list");
        }
        return value;
    }

    /** A text setting, stripped; "" when absent or null (an error when {@code required}). */
    private String text(JsonNode node, String key, String at, boolean required) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw problem(where(at, key), "", "is missing");
            }
            return "";
        }
        if (!value.isString() && !value.isNumber()) {
            throw problem(where(at, key), value.toString(), "is not text");
        }
        String text = value.asString().strip();
        if (required && text.isEmpty()) {
            throw problem(where(at, key), "", "is empty");
        }
        return text;
    }

    private boolean flag(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isString() && (value.asString().equals("true") || value.asString().equals("false"))) {
            return Boolean.parseBoolean(value.asString());
        }
        throw problem(where(at, key), value.toString(), "is not true or false");
    }

    /** A column or row index (from 1), if given. */
    private OptionalInt index(JsonNode node, String key, String at) {
        String text = text(node, key, at, false);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(whole(text, where(at, key), 1, 100_000));
    }

    private OptionalInt number(JsonNode node, String key, int least, int most, boolean required) {
        String text = text(node, key, "rules", required);
        return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(whole(text, "rules." + key, least, most));
    }

    private int whole(String text, String where, int least, int most) {
        try {
            int value = Integer.parseInt(text);
            if (value < least || value > most) {
                throw problem(where, text, "is not between " + least + " and " + most);
            }
            return value;
        } catch (NumberFormatException e) {
            throw problem(where, text, "is not a whole number");
        }
    }

    private <T extends Enum<T>> T choice(JsonNode node, String key, T[] values, Function<T, String> keyOf) {
        String text = text(node, key, "rules", true);
        Optional<T> found = Arrays.stream(values).filter(value -> keyOf.apply(value).equals(text)).findFirst();
        return found.orElseThrow(() -> problem("rules." + key, text, "is not one of "
                + String.join(", ", Arrays.stream(values).map(keyOf).toList())));
    }

    private static String where(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private InvalidInputException problem(String key, String value, String reason) {
        return new InvalidInputException(source, 0, value, key.isEmpty() ? reason : key + " " + reason);
    }
}
