package org.teller.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.teller.core.Candidate;
import org.teller.core.InvalidInputException;
import org.teller.core.ballot.Adjudication;
import org.teller.core.ballot.Ballot;
import org.teller.core.ballot.RejectedPapers;
import org.teller.core.ballot.RejectionHead;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.contest.RuleSet;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.core.tally.CountReturns;
import org.teller.core.tally.RankingTally;
import org.teller.formats.contest.ContestCounter;
import org.teller.formats.contest.Declarations;
import org.teller.formats.contest.StatedFigures;
import org.teller.formats.report.ReportFormat;
import org.teller.formats.votes.CountedVotes;

/**
 * A contest counted with no file at all (the contest, what it states and its votes built here, as a
 * server would hold them) declares exactly what its example's files declare, and a statement the count
 * contradicts is reported without a file's name or line.
 */
class InMemoryDeclarationTest {

    private static Declaration fromFiles(String example) {
        return ContestCounter.count(SharedData.root().resolve("examples").resolve(example), example,
                new SeededLotDrawer(0));
    }

    private static void assertSameDeclaration(Declaration inMemory, Declaration fromFiles) {
        assertThat(inMemory).isEqualTo(fromFiles);
        for (ReportFormat format : ReportFormat.values()) {
            if (!format.canWrite(fromFiles)) {
                continue;
            }
            assertThat(format.render(inMemory)).as(format.name()).isEqualTo(format.render(fromFiles));
        }
    }

    private static Candidate candidate(String name, String party, String label) {
        return new Candidate(name, party, label);
    }

    // Tower Hamlets, as examples/tower-hamlets-2015 and the 2010 contest it names as the previous one.

    private static final Contest TOWER_HAMLETS_2015 = new Contest("Mayor of Tower Hamlets", LocalDate.of(2015, 6, 11),
            SupplementaryVote.INSTANCE, RuleSet.COUNCIL_MAYOR, List.of(
                    candidate("Elaine Bagshaw", "Liberal Democrats", "LD"),
                    candidate("John Biggs", "Labour", "Lab"),
                    candidate("Andy Erlam", "Red Flag - Anti Corruption", "Red Flag"),
                    candidate("John Foster", "Green", "Green"),
                    candidate("Peter Golds", "Conservative", "C"),
                    candidate("Vanessa Helen Hudson", "Animal Welfare Party", "AWP"),
                    candidate("Hafiz Abdul Kadir", "Independent", "Ind"),
                    candidate("Rabina Khan", "Independent", "Ind"),
                    candidate("Nicholas McQueen", "UKIP", "UKIP"),
                    candidate("Md Motiur Nanu Rahman", "Independent", "Ind")),
            OptionalLong.empty());

    private static final Contest TOWER_HAMLETS_2010 = new Contest("Mayor of Tower Hamlets", LocalDate.of(2010, 10, 21),
            SupplementaryVote.INSTANCE, RuleSet.COUNCIL_MAYOR, List.of(
                    candidate("Helal Uddin Abbas", "Labour", "Lab"),
                    candidate("Alan Duffell", "Green", "Green"),
                    candidate("John David Macleod Griffiths", "Liberal Democrats", "LD"),
                    candidate("Neil Anthony King", "Conservative", "C"),
                    candidate("Lutfur Rahman", "Independent", "Ind")),
            OptionalLong.of(182_482));

    /** Returns of one area, as a server would hold them; a mismatch the count finds cannot occur here. */
    private static CountedVotes returns(List<Long> first, List<Optional<Long>> second) {
        CountReturns returns = CountReturns.of(first, second);
        return CountedVotes.ofReturns("returns", Map.of("", returns), returns, mismatch -> {
            throw new AssertionError("the count found a mismatch in figures that fit", mismatch);
        });
    }

    private static final CountedVotes RETURNS_2015 = returns(
            List.of(2152L, 27255L, 1768L, 2678L, 5940L, 305L, 316L, 25763L, 1669L, 292L),
            List.of(Optional.empty(), Optional.of(5499L), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(621L), Optional.empty(), Optional.empty()));

    private static final CountedVotes RETURNS_2010 = returns(List.of(11254L, 2300L, 2800L, 5348L, 23283L),
            List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

    /** 2010 states only the papers counted: 46,719. */
    private static final StatedFigures STATED_2010 = new StatedFigures(OptionalLong.of(46_719), Optional.empty(),
            Optional.empty(), Map.of());

    @Test
    void returnsAndTheStatementOfAPreviousContestDeclareWhatTheirFilesDeclare() {
        Declaration fromFiles = fromFiles("tower-hamlets-2015");
        // The SHA-256 of each input is the caller's to compute: here, the same as the files'.
        List<InputFile> inputs = fromFiles.inputs();
        assertThat(inputs).extracting(InputFile::name).containsExactly("contest.yaml", "returns.csv",
                "../tower-hamlets-2010/contest.yaml", "../tower-hamlets-2010/returns.csv");

        Declaration previous = Declarations.count(TOWER_HAMLETS_2010, STATED_2010, RETURNS_2010,
                new SeededLotDrawer(0).answeringAsks(), inputs.subList(2, 4));
        // 2015 states only the turnout announced: 37.73%.
        StatedFigures stated2015 = new StatedFigures(StatedFigures.NO_FILE, OptionalLong.empty(), Optional.empty(),
                Optional.empty(), Map.of(), Optional.of(new java.math.BigDecimal("37.73")), Optional.empty(), Map.of());
        Declaration now = Declarations.count(TOWER_HAMLETS_2015, stated2015, RETURNS_2015,
                new SeededLotDrawer(0), inputs.subList(0, 2));
        Declaration inMemory = Declarations.since(now, StatedFigures.none(), previous);

        assertThat(inMemory.changes()).isNotEmpty();
        assertSameDeclaration(inMemory, fromFiles);
    }

    // Exampleton, as examples/exampleton-ballots: 33 papers in two areas, with every head of rejection.

    private static final Contest EXAMPLETON = new Contest("Mayor of Exampleton (worked example)",
            LocalDate.of(2026, 5, 7), SupplementaryVote.INSTANCE, RuleSet.COUNCIL_MAYOR, List.of(
                    candidate("Alice Ashdown", "Riverside Party", "RP"),
                    candidate("Bashir Bhatti", "Independent", "Ind"),
                    candidate("Carys Cole", "Green Party", "Green"),
                    candidate("Dev Dutta", "Civic Alliance", "CA")),
            OptionalLong.of(60));

    /** The example's papers (area, first, second, flags), each candidate by initial: as a server took them. */
    private static final String PAPERS = """
            South,A,B|D,
            South,A,,
            South,C,B,
            North,A,,no-official-mark
            South,C,A,
            South,A,C,
            North,A,,
            South,D,,
            South,B,,identifying-mark
            North,,,
            South,C,B,
            South,A,B,
            South,B,A,uncertain-second
            North,A,C,
            North,C,A,
            North,A,C,
            South,D,D,
            North,C,,
            South,C,,
            North,D,C,
            North,B,A,
            South,C,D,
            North,B,A,
            North,D,A|C,
            South,B,C,
            North,B|D,,no-official-mark
            North,A,B,
            North,A|C,,
            South,D,,uncertain-first
            South,,C,
            North,C,B,uncertain-second
            North,B,D,
            North,A,A,
            """;

    private static Ballot paper(String[] fields) {
        List<List<Integer>> ranks = new ArrayList<>();
        for (String rank : List.of(fields[1], fields[2])) {
            List<Integer> marks = new ArrayList<>();
            for (String initial : rank.isEmpty() ? new String[0] : rank.split("\\|")) {
                marks.add("ABCD".indexOf(initial));
            }
            ranks.add(marks);
        }
        Set<Adjudication> decisions = EnumSet.noneOf(Adjudication.class);
        Set<Integer> uncertain = new HashSet<>();
        if (!fields[3].isEmpty()) {
            Adjudication decision = Adjudication.ofKey(fields[3]).orElseThrow();
            decisions.add(decision);
            if (decision == Adjudication.UNCERTAIN_FIRST) {
                uncertain.add(1);
            } else if (decision == Adjudication.UNCERTAIN_SECOND) {
                uncertain.add(2);
            }
        }
        return new Ballot(ranks, uncertain, decisions);
    }

    @Test
    void ballotPapersJudgedInMemoryDeclareWhatTheirFileDeclares() {
        Declaration fromFiles = fromFiles("exampleton-ballots");
        Map<String, RankingTally> areas = new TreeMap<>();
        for (String line : PAPERS.strip().split("\n")) {
            String[] fields = line.split(",", -1);
            areas.computeIfAbsent(fields[0], area -> new RankingTally(EXAMPLETON.candidates().size()))
                    .add(EXAMPLETON.system().rules().judge(paper(fields)));
        }
        CountedVotes votes = CountedVotes.ofTallies("ballots", areas, EXAMPLETON.candidates().size(), true);

        Declaration inMemory = Declarations.count(EXAMPLETON, StatedFigures.none(), votes, new SeededLotDrawer(0),
                fromFiles.inputs());

        assertThat(inMemory.rejected().orElseThrow().total()).isEqualTo(7); // as the example's README works out
        assertThat(inMemory.unusedSecondPreferences()).isPresent();
        assertThat(inMemory.areas()).hasSize(2);
        assertSameDeclaration(inMemory, fromFiles);
    }

    @Test
    void aStatementTheCountContradictsIsReportedWithoutAFileOrLine() {
        StatedFigures fewerPapers = new StatedFigures(OptionalLong.of(40_000), Optional.empty(), Optional.empty(), Map.of());
        assertThatThrownBy(() -> Declarations.count(TOWER_HAMLETS_2010, fewerPapers, RETURNS_2010,
                new SeededLotDrawer(0), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("the contest: '40000' ballot papers are fewer than the 44985 valid first preferences")
                .satisfies(e -> assertThat(((InvalidInputException) e).line()).isZero());

        StatedFigures notAddingUp = new StatedFigures(OptionalLong.of(46_719),
                Optional.of(new RejectedPapers(Map.of(RejectionHead.UNMARKED, 100L), 0)), Optional.empty(), Map.of());
        assertThatThrownBy(() -> Declarations.count(TOWER_HAMLETS_2010, notAddingUp, RETURNS_2010,
                new SeededLotDrawer(0), List.of()))
                .hasMessage("the contest: '46719' ballot papers do not add up: 44985 valid first preferences and 100"
                        + " rejected papers make 45085");

        Contest smallElectorate = new Contest(TOWER_HAMLETS_2010.title(), TOWER_HAMLETS_2010.date().orElseThrow(),
                TOWER_HAMLETS_2010.rules(), TOWER_HAMLETS_2010.candidates(), OptionalLong.of(45_000));
        assertThatThrownBy(() -> Declarations.count(smallElectorate, STATED_2010, RETURNS_2010,
                new SeededLotDrawer(0), List.of()))
                .hasMessage("the contest: '45000' is the electorate, but 46719 ballot papers were counted");

        Declaration previous = Declarations.count(TOWER_HAMLETS_2010, STATED_2010, RETURNS_2010,
                new SeededLotDrawer(0), List.of());
        // 2015 states only the turnout announced: 37.73%.
        StatedFigures stated2015 = new StatedFigures(StatedFigures.NO_FILE, OptionalLong.empty(), Optional.empty(),
                Optional.empty(), Map.of(), Optional.of(new java.math.BigDecimal("37.73")), Optional.empty(), Map.of());
        Declaration now = Declarations.count(TOWER_HAMLETS_2015, stated2015, RETURNS_2015,
                new SeededLotDrawer(0), List.of());
        StatedFigures mapped = new StatedFigures(OptionalLong.empty(), Optional.empty(), Optional.empty(),
                Map.of("John Biggs", Optional.of("John Smith")));
        assertThatThrownBy(() -> Declarations.since(now, mapped, previous))
                .hasMessage("the contest: 'John Smith' is named as John Biggs's previous candidate but did not stand in"
                        + " Mayor of Tower Hamlets");
    }
}
