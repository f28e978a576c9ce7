package org.teller.formats.contest;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.ballot.UnusedSecondPreference;
import org.teller.core.contest.Contest;
import org.teller.core.contest.RuleSet;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;
import org.teller.formats.votes.CandidateNames;

/**
 * A contest file ({@code contest.yaml}), read and checked: the contest, where its votes are, what it
 * states of the papers counted, and the previous contest to measure changes against.
 *
 * @param path the contest file
 * @param shown the contest file as the user named it, for messages
 * @param contest the contest
 * @param votes where the votes are
 * @param stated what the file states beside the votes (papers counted, rejected papers, second preferences
 *     not counted, previous candidates), named as {@code shown} with the line of each figure
 * @param previous the previous contest's file, when named
 * @param lines the line of each top-level key, and of each candidate's {@code previous} as
 *     "previous of NAME", for messages
 */
public record ContestFile(
        Path path,
        String shown,
        Contest contest,
        VotesSource votes,
        StatedFigures stated,
        Optional<Path> previous,
        Map<String, Integer> lines) {

    /** The file name used for a contest folder. */
    public static final String FILE_NAME = "contest.yaml";

    /** The key under {@code rejected} for papers whose head the source does not give. */
    public static final String NOT_STATED = "not-stated";
    /** The key under {@code rejected} for council mayor rules' joint head "unmarked or void for uncertainty". */
    public static final String JOINT = "unmarked-or-uncertain";
    /** The key of the statement of second preferences not counted, by reason. */
    public static final String UNUSED_SECONDS = "second-preferences-not-counted";
    private static final Set<String> KEYS = Set.of("title", "date", "system", "rules", "electorate", "candidates",
            "ballots", "tally", "rankings", "returns", "ballot-papers", "rejected", UNUSED_SECONDS, "previous", "turnout", "swing",
            VotingSystems.PREFERENCES, VotingSystems.OPTIONS);
    /** The line of a top-level key, or 0 when the file does not have it. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }

    /**
     * The same contest counted under another system: its rules become that system's own unless they are
     * already for it, and SV's statement of second preferences not counted no longer applies.
     */
    public ContestFile under(VotingSystem system) {
        Contest now = contest;
        RuleSet rules = now.rules().isFor(system) ? now.rules() : RuleSet.defaultFor(system);
        Contest other = new Contest(now.title(), now.date(), system, rules, now.candidates(), now.electorate());
        return new ContestFile(path, shown, other, votes,
                system instanceof SupplementaryVote ? stated : stated.withoutUnusedSeconds(), previous, lines);
    }

    /**
     * How many ranks the contest's papers give: ballot papers' and a ranked tally's rank columns, the most ranks of a
     * BLT file's ballots; two for a tally of first and second preferences and for count returns.
     */
    public int ranksGiven() {
        String shownVotes = shownBeside(votes.name());
        return switch (votes.kind()) {
            case BALLOTS, RANKINGS -> org.teller.formats.votes.BltFile.isBlt(votes.name())
                    ? org.teller.formats.votes.BltFile.mostRanks(votes.path(), shownVotes)
                    : org.teller.formats.votes.BallotPapersCsv.rankColumns(votes.path(), shownVotes);
            default -> 2;
        };
    }

    /** A file named in this contest file, as the user would name it: beside the contest file as shown. */
    public String shownBeside(String name) {
        Path parent = Path.of(shown).getParent();
        return parent == null ? name : parent.resolve(name).normalize().toString().replace('\\', '/');
    }

    private static final Set<String> CANDIDATE_KEYS = Set.of("name", "party", "short", "previous");

    /** The contest file of a contest folder, or the file itself. */
    public static Path locate(Path contest) {
        return Files.isDirectory(contest) ? contest.resolve(FILE_NAME) : contest;
    }

    /**
     * Reads a contest file.
     *
     * @param given a contest folder or its contest file
     * @param shown how to name the file in messages
     */
    public static ContestFile read(Path given, String shown) {
        Path path = locate(given);
        String file = Files.isDirectory(given) ? shown + "/" + FILE_NAME : shown;
        YamlMapping root = new YamlMapping(file, BoundedYaml.load(path, file), "a contest file");
        root.allowOnly(KEYS, "a contest file");

        root.string("system");
        String title = root.string("title");
        LocalDate date = date(root);
        OptionalLong electorate = root.optionalCount("electorate").map(OptionalLong::of).orElse(OptionalLong.empty());

        List<Candidate> candidates = new ArrayList<>();
        List<Integer> candidateLines = new ArrayList<>();
        Map<String, Optional<String>> mapping = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        root.keys().forEach(key -> lines.put(key, root.lineOf(key)));
        for (YamlMapping entry : root.mappings("candidates", "a candidate")) {
            entry.allowOnly(CANDIDATE_KEYS, "a candidate");
            Candidate candidate = new Candidate(label(entry, "name", entry.string("name")),
                    entry.optionalText("party").orElse(""),
                    label(entry, "short", entry.optionalText("short").orElse("")));
            candidates.add(candidate);
            candidateLines.add(entry.line());
            entry.optionalString("previous").ifPresent(previous -> {
                mapping.put(candidate.name(), previous.equals("none") ? Optional.empty() : Optional.of(previous));
                lines.put("previous of " + candidate.name(), entry.lineOf("previous"));
            });
        }
        CandidateNames.check(candidates, file, candidateLines);
        VotingSystem system = VotingSystems.read(root, candidates);
        RuleSet rules = root.optionalString("rules").map(key -> rules(root, key, system))
                .orElse(RuleSet.defaultFor(system));

        Path folder = path.toAbsolutePath().getParent();
        VotesSource votes = votes(root, folder, file);
        Optional<YamlMapping> statement = root.optionalMapping("rejected", "the rejected papers");
        Optional<Map<RejectionHead, Long>> rejected = statement.map(ContestFile::rejected);
        long rejectedNotStated = statement.flatMap(s -> s.optionalCount(NOT_STATED)).orElse(0L);
        long rejectedJoint = statement.flatMap(s -> s.optionalCount(JOINT)).orElse(0L);
        if (rejectedJoint > 0 && rejected.orElseThrow().keySet().stream().anyMatch(RejectedPapers.JOINT::contains)) {
            throw root.error("rejected", JOINT, "cannot be given with 'unmarked' or 'uncertain': the papers are"
                    + " stated either apart or together");
        }
        OptionalLong ballotPapers = root.optionalCount("ballot-papers").map(OptionalLong::of).orElse(OptionalLong.empty());
        if (votes.kind() == VotesSource.Kind.BALLOTS) {
            for (String key : List.of("ballot-papers", "rejected")) {
                if (root.has(key)) {
                    throw root.error(key, key, "cannot be stated for ballot papers: they are counted from "
                            + votes.name());
                }
            }
        }
        if (root.has(UNUSED_SECONDS) && !(system instanceof SupplementaryVote)) {
            throw root.error(UNUSED_SECONDS, UNUSED_SECONDS, "are stated only for the Supplementary Vote");
        }
        if (root.has(UNUSED_SECONDS) && votes.kind() != VotesSource.Kind.RETURNS) {
            throw root.error(UNUSED_SECONDS, UNUSED_SECONDS, "can be stated only for count returns: "
                    + (votes.kind() == VotesSource.Kind.BALLOTS ? "ballot papers" : "a tally's rows") + " give them");
        }
        Optional<Map<UnusedSecondPreference, Long>> unusedSeconds = root.optionalMapping(UNUSED_SECONDS,
                "the second preferences not counted").map(ContestFile::unusedSeconds);
        Optional<Path> previous = root.optionalString("previous").map(name -> resolve(root, "previous", folder, name));
        Contest contest = new Contest(title, date, system, rules, candidates, electorate);
        Optional<BigDecimal> turnout = root.optionalString("turnout").map(value -> turnout(root, value));
        Optional<List<String>> swing = root.optionalMapping("swing", "the swing to give").map(pair -> {
            pair.allowOnly(java.util.Set.of("from", "to"), "the swing");
            return List.of(pair.string("from"), pair.string("to"));
        });
        if (swing.isPresent() && previous.isEmpty()) {
            throw root.error("swing", "swing", "is measured against a previous contest: name it with 'previous'");
        }
        StatedFigures stated = new StatedFigures(file, ballotPapers,
                rejected.map(byHead -> new RejectedPapers(byHead, rejectedJoint, rejectedNotStated)), unusedSeconds,
                mapping, turnout, swing, lines);
        return new ContestFile(path, file, contest, votes, stated, previous, Map.copyOf(lines));
    }

    /**
     * A turnout as published, in percent: {@code 37.73%} or {@code 25.6}, to at most two places, from 0 to
     * 100. Kept as written, so that it is shown as the returning officer gave it.
     */
    private static BigDecimal turnout(YamlMapping root, String value) {
        if (!value.matches("[0-9]{1,3}(\\.[0-9]{1,2})?%?")) {
            throw root.error("turnout", value, "is not a turnout (a percentage to at most two places, such as 37.73%)");
        }
        BigDecimal percent = new BigDecimal(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw root.error("turnout", value, "is more than 100%");
        }
        return percent;
    }

    /**
     * A name or short label, which ballot-paper files and {@code --lots} write: it may not hold the
     * characters that separate candidates there.
     */
    private static String label(YamlMapping entry, String key, String label) {
        for (String separator : List.of("|", ">")) {
            if (label.contains(separator)) {
                throw entry.error(key, label, "holds '" + separator + "', which separates candidates in ballot-paper"
                        + " files and in --lots: leave it out");
            }
        }
        return label;
    }

    /** Named rules, which must be rules for the contest's system. */
    private static RuleSet rules(YamlMapping root, String key, VotingSystem system) {
        RuleSet rules = RuleSet.ofKey(key).orElseThrow(() -> root.error("rules", key, "is not a set of rules (known: "
                + String.join(", ", java.util.Arrays.stream(RuleSet.values()).map(RuleSet::key).toList()) + ")"));
        if (!rules.isFor(system)) {
            throw root.error("rules", key, "are rules for the " + rules.system() + ", not the " + system.key()
                    + " (for it: " + String.join(", ", java.util.Arrays.stream(RuleSet.values())
                            .filter(r -> r.isFor(system)).map(RuleSet::key).toList()) + ")");
        }
        return rules;
    }

    private static LocalDate date(YamlMapping root) {
        String value = root.string("date");
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw root.error("date", value, "is not a date (write it as 2015-06-11)");
        }
    }

    private static VotesSource votes(YamlMapping root, Path folder, String file) {
        List<VotesSource.Kind> given = new ArrayList<>();
        for (VotesSource.Kind kind : VotesSource.Kind.values()) {
            if (root.has(kind.key())) {
                given.add(kind);
            }
        }
        if (given.isEmpty()) {
            throw new InvalidInputException(file, root.line(), "",
                    "names no votes: give one of 'ballots', 'tally', 'rankings' or 'returns' with the path of a CSV file");
        }
        if (given.size() > 1) {
            given.sort(Comparator.comparingInt(kind -> root.lineOf(kind.key())));
            throw root.error(given.get(1).key(), given.get(1).key(),
                    "cannot be given with '" + given.get(0).key() + "': a contest has one source of votes");
        }
        VotesSource.Kind kind = given.get(0);
        String name = root.string(kind.key());
        return new VotesSource(kind, resolve(root, kind.key(), folder, name), name);
    }

    /** A file the contest file names, beside it; a name no path can have (a NUL byte) is an error at its key. */
    private static Path resolve(YamlMapping root, String key, Path folder, String name) {
        try {
            return folder.resolve(name);
        } catch (InvalidPathException e) {
            throw root.error(key, name, "is not a path on this system: " + e.getReason());
        }
    }

    /** A statement of every reason: a reason it does not name had no papers. */
    private static Map<UnusedSecondPreference, Long> unusedSeconds(YamlMapping statement) {
        Map<UnusedSecondPreference, Long> byReason = new EnumMap<>(UnusedSecondPreference.class);
        for (UnusedSecondPreference reason : UnusedSecondPreference.values()) {
            byReason.put(reason, 0L);
        }
        byReason.putAll(counts(statement, UnusedSecondPreference.class, UnusedSecondPreference::key, List.of(),
                "a reason a second preference is not counted"));
        statement.checkTotal("the second preferences not counted");
        return byReason;
    }

    private static Map<RejectionHead, Long> rejected(YamlMapping statement) {
        Map<RejectionHead, Long> byHead = counts(statement, RejectionHead.class, RejectionHead::key,
                List.of(JOINT, NOT_STATED), "a head of rejection");
        statement.checkTotal("the rejected papers");
        return byHead;
    }

    /**
     * A mapping of counts keyed by an enum's keys (and some other keys, read elsewhere); any other key is
     * an error that lists the known ones.
     */
    private static <E extends Enum<E>> Map<E, Long> counts(YamlMapping statement, Class<E> type, Function<E, String> keyOf,
            List<String> otherKeys, String what) {
        Map<String, E> known = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            known.put(keyOf.apply(constant), constant);
        }
        Map<E, Long> counts = new EnumMap<>(type);
        for (String key : statement.keys()) {
            if (otherKeys.contains(key)) {
                continue;
            }
            E constant = known.get(key);
            if (constant == null) {
                List<String> keys = new ArrayList<>(known.keySet());
                keys.addAll(otherKeys);
                throw statement.error(key, key, "is not " + what + " (known: " + String.join(", ", keys) + ")");
            }
            counts.put(constant, statement.optionalCount(key).orElse(0L));
        }
        return counts;
    }
}
