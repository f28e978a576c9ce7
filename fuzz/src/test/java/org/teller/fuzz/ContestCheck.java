package org.teller.fuzz;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.contest.Declaration;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.lot.Lot;
import org.teller.core.lot.LotDrawer;
import org.teller.formats.contest.ContestCounter;
import org.teller.formats.contest.ContestFile;
import org.teller.formats.contest.StatedFigures;
import org.teller.formats.contest.VotesSource;

/**
 * A whole contest counted from its files ({@link ContestFile#read}, then {@link ContestCounter#count}):
 * the contest file read as it was written, and the declaration the independent count gives, or a
 * refusal of the file at fault.
 */
final class ContestCheck {

    static final String SHOWN = "contest";
    static final String SHOWN_CONTEST = SHOWN + "/" + ContestYaml.FILE;

    /** Lots favour the candidate first in ballot order, so the winner of an equality is known. */
    static final LotDrawer FIRST_IN_BALLOT_ORDER = (stage, tied) -> new Lot(stage, tied,
            tied.stream().sorted().toList(), OptionalLong.empty());

    private ContestCheck() {}

    /** The independent count of a contest whose contest file Teller has read. */
    record Expectation(ContestFile file, Count.Expected strict, Count.Expected loose, Set<String> files,
            boolean special) {}

    /**
     * Checks the reading of the contest file; returns what the count must give, or null when the contest
     * file was (rightly) refused.
     *
     * @param intended what the contest file means, when the fuzz case built it (null for a literal one)
     */
    static Expectation expect(Path dir, ContestYaml intended) {
        Set<String> files = new HashSet<>(List.of(SHOWN_CONTEST));
        ContestFile file;
        try {
            file = ContestFile.read(dir, SHOWN);
        } catch (InvalidInputException e) {
            if (intended != null && intended.fault() == null) {
                Check.refusedButValid(e, "a contest file");
            } else {
                Check.refusal(e, intended == null ? null : intended.fault(), files);
            }
            return null;
        } catch (StackOverflowError e) {
            if (Check.tolerated(KnownDefect.D5_DEEP_YAML)) {
                return null;
            }
            throw Check.unexpected(e, "ContestFile.read");
        } catch (java.nio.file.InvalidPathException e) {
            if (Check.tolerated(KnownDefect.D10_EXIT_1)) {
                return null;
            }
            throw Check.unexpected(e, "ContestFile.read");
        } catch (RuntimeException | Error e) {
            throw Check.unexpected(e, "ContestFile.read");
        }
        if (intended != null && intended.fault() != null) {
            Check.acceptedButRefused(intended.fault(), "a contest file");
        }
        List<Candidate> candidates = file.contest().candidates();
        if (intended != null && intended.fault() == null && !candidates.equals(intended.candidates())) {
            throw Check.fail("the contest file names " + candidates + " but was written with " + intended.candidates());
        }
        checkNames(candidates);

        Path votes = file.votes().path();
        String shownVotes = file.shownBeside(dir.toAbsolutePath().relativize(votes.toAbsolutePath()).normalize().toString());
        files.add(shownVotes);
        files.add(file.shownBeside(file.votes().name()));
        Oracle.Read read;
        Oracle.Read loose = null;
        boolean special = false;
        if (!Files.isRegularFile(votes)) {
            special = Files.exists(votes, LinkOption.NOFOLLOW_LINKS);
            read = new Oracle.Read(null, null, new Refusal(Refusal.Kind.CONTEST, shownVotes, 0, "not a file"));
        } else {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(votes);
            } catch (IOException e) {
                throw Check.fail("cannot read back " + votes + ": " + e);
            }
            if (votes.getFileName().toString().endsWith(".gz")) {
                Refusal.Kind[] why = new Refusal.Kind[1];
                byte[] content = Gzip.strict(bytes, why);
                special = content == null;
                bytes = content;
                if (content == null) {
                    read = new Oracle.Read(null, null, new Refusal(why[0], shownVotes, 0, "not a whole gzip stream"));
                } else {
                    read = read(file.votes().kind(), bytes, shownVotes, candidates, false);
                }
            } else {
                read = read(file.votes().kind(), bytes, shownVotes, candidates, false);
            }
            if (bytes != null && read.refused() && read.refusal().kind() == Refusal.Kind.UNKNOWN_CANDIDATE
                    && file.votes().kind() == VotesSource.Kind.BALLOTS) {
                loose = read(file.votes().kind(), bytes, shownVotes, candidates, true);
            }
        }
        boolean ballots = file.votes().kind() == VotesSource.Kind.BALLOTS;
        Count.Statement statement = statement(file);
        Count.Expected strict = Count.of(candidates.size(), read, ballots, shownVotes, SHOWN_CONTEST, statement);
        Count.Expected looseCount = loose == null ? null
                : Count.of(candidates.size(), loose, ballots, shownVotes, SHOWN_CONTEST, statement);
        return new Expectation(file, strict, looseCount, files, special);
    }

    /** Names that must have been refused (defect 10), if the contest file was accepted. */
    private static void checkNames(List<Candidate> candidates) {
        Set<String> loose = new HashSet<>();
        for (Candidate candidate : candidates) {
            String name = candidate.name();
            if (name.contains("|") || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0 || name.indexOf('\0') >= 0) {
                Check.acceptedButRefused(new Refusal(Refusal.Kind.NAME_BAD_CHARACTER, SHOWN_CONTEST, 0,
                        "the name '" + name + "'"), "a contest file");
            }
            if (List.of("null", "~").contains(name.toLowerCase(java.util.Locale.ROOT))) {
                Check.acceptedButRefused(new Refusal(Refusal.Kind.NAME_NULL, SHOWN_CONTEST, 0,
                        "a null name read as '" + name + "'"), "a contest file");
            }
            if (!loose.add(Names.loose(name))) {
                Check.acceptedButRefused(new Refusal(Refusal.Kind.NAME_LOOKALIKE, SHOWN_CONTEST, 0,
                        "two candidates named '" + name + "' up to look-alikes"), "a contest file");
            }
        }
    }

    static Oracle.Read read(VotesSource.Kind kind, byte[] bytes, String shown, List<Candidate> candidates, boolean loosely) {
        return switch (kind) {
            case BALLOTS -> Oracle.ballots(bytes, shown, candidates, loosely);
            case TALLY -> Oracle.tally(bytes, shown, candidates);
            case RETURNS -> Oracle.returns(bytes, shown, candidates);
            case RANKINGS -> throw new IllegalStateException("the contest fuzzer writes no ranked tallies");
        };
    }

    private static Count.Statement statement(ContestFile file) {
        StatedFigures stated = file.stated();
        Map<String, BigInteger> rejected = null;
        if (stated.rejected().isPresent()) {
            RejectedPapers statement = stated.rejected().get();
            rejected = new LinkedHashMap<>();
            for (Map.Entry<RejectionHead, Long> head : statement.byHead().entrySet()) {
                rejected.put(head.getKey().key(), BigInteger.valueOf(head.getValue()));
            }
            rejected.put("unmarked-or-uncertain", BigInteger.valueOf(statement.unmarkedOrUncertain()));
            rejected.put("not-stated", BigInteger.valueOf(statement.headsUnknown()));
        }
        Map<String, BigInteger> unused = null;
        if (stated.unusedSeconds().isPresent()) {
            unused = new LinkedHashMap<>();
            for (var reason : stated.unusedSeconds().get().entrySet()) {
                unused.put(reason.getKey().key(), BigInteger.valueOf(reason.getValue()));
            }
        }
        return new Count.Statement(
                stated.ballotPapers().isPresent() ? BigInteger.valueOf(stated.ballotPapers().getAsLong()) : null,
                rejected,
                file.contest().electorate().isPresent() ? BigInteger.valueOf(file.contest().electorate().getAsLong()) : null,
                unused);
    }

    /** Counts the contest with Teller and holds the declaration to the expectation. */
    static void count(Path dir, Expectation expectation) {
        Declaration declaration;
        try {
            declaration = ContestCounter.count(dir, SHOWN, FIRST_IN_BALLOT_ORDER);
        } catch (InvalidInputException e) {
            if (expectation.strict().refused()) {
                Count.Expected loose = expectation.loose();
                Refusal other = expectation.strict().other();
                Refusal expected = other != null && e.source().equals(other.file()) ? other : expectation.strict().refusal();
                Check.refusal(e, loose != null && !loose.refused() ? null : expected, expectation.files());
            } else {
                Check.refusedButValid(e, "a contest");
            }
            return;
        } catch (RuntimeException | Error e) {
            throw Check.unexpected(e, "ContestCounter.count");
        }
        if (expectation.strict().refused()) {
            if (expectation.loose() != null && !expectation.loose().refused()
                    && describe(expectation.loose()).equals(describe(declaration.result()))) {
                return;
            }
            Check.acceptedButRefused(expectation.strict().refusal(), "a contest");
            return;
        }
        String expected = describe(expectation.strict());
        String actual = describe(declaration.result());
        if (!expected.equals(actual)) {
            throw Check.fail("silently wrong count: Teller declared\n" + actual + "\nthe independent count gives\n" + expected);
        }
    }

    static String describe(Count.Expected expected) {
        StringBuilder out = new StringBuilder("first");
        for (long votes : expected.first()) {
            out.append(' ').append(votes);
        }
        if (expected.stage() == 2) {
            out.append("; remaining ").append(expected.remaining()).append(" added");
            for (int c : expected.remaining()) {
                out.append(' ').append(expected.added()[c]);
            }
        }
        out.append("; elected ").append(expected.winners().stream().min(Integer::compare).orElseThrow())
                .append(" at stage ").append(expected.stage());
        return out.toString();
    }

    static String describe(Result result) {
        StringBuilder out = new StringBuilder("first");
        for (int c = 0; c < result.candidates().size(); c++) {
            out.append(' ').append(result.firstRound().votes(c));
        }
        if (result.rounds().size() > 1) {
            Round second = result.rounds().get(1);
            List<Integer> remaining = new ArrayList<>(second.continuing());
            remaining.sort(null);
            out.append("; remaining ").append(remaining).append(" added");
            for (int c : remaining) {
                out.append(' ').append(second.received(c));
            }
        }
        out.append("; elected ").append(result.elected()).append(" at stage ").append(result.electedInRound());
        return out.toString();
    }
}
