package org.teller.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.InvalidInputException;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;

/**
 * Every kind of bad input gives one clear message naming the file, the line and the value, and what
 * is wrong with it.
 */
class BadInputTest {

    private static final String CANDIDATES = """
            title: Test
            date: 2026-05-07
            system: supplementary-vote
            candidates:
              - name: Ann Archer
                party: Red
                short: R
              - name: Bo Brown
                party: Blue
                short: B
              - name: Cy Cole
                party: Independent
                short: I
            """;
    private static final String RETURNS = "candidate,first,second\nAnn Archer,10,2\nBo Brown,8,1\nCy Cole,5,\n";

    @TempDir
    Path work;

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("an unknown candidate on a ballot paper",
                        Map.of("contest.yaml", CANDIDATES + "ballots: ballots.csv\n",
                                "ballots.csv", "first,second\nAnn Archer,Bo Brown\nZed Zulu,\n"),
                        "c/ballots.csv, line 3: 'Zed Zulu' is not a candidate (neither a name nor a short label)"),
                bad("a short label that several candidates share",
                        Map.of("contest.yaml", CANDIDATES.replace("short: B", "short: R") + "ballots: ballots.csv\n",
                                "ballots.csv", "first,second\nR,\n"),
                        "c/ballots.csv, line 2: 'R' is the short label of several candidates: write the name"),
                bad("an unknown adjudication",
                        Map.of("contest.yaml", CANDIDATES + "ballots: ballots.csv\n",
                                "ballots.csv", "first,second,flags\nR,B,uncertain\n"),
                        "c/ballots.csv, line 2: 'uncertain' is not an adjudication (known: no-official-mark, identifying-mark, uncertain-first, uncertain-second, uncertain-third..., uncertain-rank1...)"),
                bad("an empty mark between separators",
                        Map.of("contest.yaml", CANDIDATES + "ballots: ballots.csv\n",
                                "ballots.csv", "first,second\nR||B,\n"),
                        "c/ballots.csv, line 2: 'R||B' in column 'first' has an empty mark: separate candidates with one '|'"),
                bad("a paper counted twice",
                        Map.of("contest.yaml", CANDIDATES + "ballots: ballots.csv\n",
                                "ballots.csv", "id,first,second\n7,R,B\n8,B,\n7,I,\n"),
                        "c/ballots.csv, line 4: '7' is the id of an earlier ballot paper (line 2): each paper is counted once"),
                bad("a misspelt column",
                        Map.of("contest.yaml", CANDIDATES + "ballots: ballots.csv\n",
                                "ballots.csv", "first,second,flag\nR,B,\n"),
                        "c/ballots.csv, line 1: 'flag' is not a column of this file (known: area, flags, id, and ranks: first, second... or rank1, rank2...)"),
                bad("a gap in the rank columns",
                        Map.of("contest.yaml", CANDIDATES.replace("supplementary-vote", "alternative-vote") + "ballots: ballots.csv\n",
                                "ballots.csv", "rank1,rank3\nR,B\n"),
                        "c/ballots.csv, line 1: 'rank3' is a rank column, but there is no column for rank 2 ('rank2'): ranks run from the first without a gap"),
                bad("two styles of rank column",
                        Map.of("contest.yaml", CANDIDATES.replace("supplementary-vote", "alternative-vote") + "ballots: ballots.csv\n",
                                "ballots.csv", "first,rank2\nR,B\n"),
                        "c/ballots.csv, line 1: 'rank2' cannot be a column beside 'first': name the ranks first, second, third... or rank1, rank2, rank3..., not both"),
                bad("SV papers with one rank",
                        Map.of("contest.yaml", CANDIDATES + "ballots: ballots.csv\n",
                                "ballots.csv", "rank1\nR\n"),
                        "c/ballots.csv, line 1: 'rank1' has 1 rank column, but the Supplementary Vote reads 2 (rank1, rank2)"),
                bad("contingent-vote papers with too few ranks",
                        Map.of("contest.yaml", CANDIDATES.replace("supplementary-vote", "contingent-vote\npreferences: 2")
                                        + "ballots: ballots.csv\n",
                                "ballots.csv", "first\nR\n"),
                        "c/ballots.csv, line 1: 'first' has 1 rank column, but the contingent vote reads 2 (first, second)"),
                bad("a contingent vote without its number of preferences",
                        Map.of("contest.yaml", CANDIDATES.replace("supplementary-vote", "contingent-vote") + "ballots: ballots.csv\n",
                                "ballots.csv", "first,second\nR,B\n"),
                        "c/contest.yaml, line 3: 'contingent-vote' needs 'preferences': how many preferences a paper may give (3 for Sri Lanka's President)"),
                bad("preferences for another system",
                        Map.of("contest.yaml", CANDIDATES.replace("supplementary-vote", "supplementary-vote\npreferences: 2")
                                        + "ballots: ballots.csv\n",
                                "ballots.csv", "first,second\nR,B\n"),
                        "c/contest.yaml, line 4: 'preferences' is only for the contingent vote (system: contingent-vote)"),
                bad("an unknown option of the alternative vote",
                        Map.of("contest.yaml", CANDIDATES.replace("supplementary-vote", "alternative-vote\noptions:\n  overvotes: skip")
                                        + "ballots: ballots.csv\n",
                                "ballots.csv", "first,second\nR,B\n"),
                        "c/contest.yaml, line 5: 'overvotes' is not a key of the options of the alternative vote (known: batch-elimination, continue-until-two, first-preference, minimum-votes, overvote, ranks-counted, repeated-candidate, skipped-ranks, tie-break, write-ins)"),
                bad("an unknown choice for an option",
                        Map.of("contest.yaml", CANDIDATES.replace("supplementary-vote", "alternative-vote\noptions:\n  overvote: ignore")
                                        + "ballots: ballots.csv\n",
                                "ballots.csv", "first,second\nR,B\n"),
                        "c/contest.yaml, line 5: 'ignore' is not a choice for overvote (known: exhaust, skip-to-next-rank, exhaust-if-several-continuing)"),
                bad("a contingent vote of three preferences from a first-by-second tally",
                        Map.of("contest.yaml", CANDIDATES.replace("supplementary-vote", "contingent-vote\npreferences: 3")
                                        .replace("candidates:", "candidates:\n  - name: Di Dee") + "tally: tally.csv\n",
                                "tally.csv", "first,second,votes\nR,B,3\n"),
                        "c/contest.yaml, line 16: 'tally.csv' is a first-by-second tally, which holds two preferences: the contingent vote with 3 needs ballot papers or a ranked tally (rankings:)"),
                bad("more ranks counted than candidates",
                        Map.of("contest.yaml", CANDIDATES.replace("supplementary-vote", "alternative-vote\noptions:\n  ranks-counted: 2147483647")
                                        + "ballots: ballots.csv\n",
                                "ballots.csv", "first,second\nR,B\n"),
                        "c/contest.yaml, line 5: '2147483647' is not a number of ranks for 3 candidates (1 to 3)"),
                bad("rules for another system",
                        Map.of("contest.yaml", CANDIDATES.replace("supplementary-vote", "first-past-the-post\nrules: pcc")
                                        + "ballots: ballots.csv\n",
                                "ballots.csv", "first\nR\n"),
                        "c/contest.yaml, line 4: 'pcc' are rules for the supplementary-vote, not the first-past-the-post (for it: uk-first-past-the-post)"),
                bad("an empty area",
                        Map.of("contest.yaml", CANDIDATES + "ballots: ballots.csv\n",
                                "ballots.csv", "area,first,second\nNorth,R,B\n,B,\n"),
                        "c/ballots.csv, line 3: is empty: every row needs an area when the file has an 'area' column"),
                bad("a malformed number",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\n",
                                "returns.csv", "candidate,first,second\nAnn Archer,\"10,000\",2\nBo Brown,8,1\nCy Cole,5,\n"),
                        "c/returns.csv, line 2: '10,000' in column 'first' is not a whole number (digits only, such as 27255)"),
                bad("a negative number",
                        Map.of("contest.yaml", CANDIDATES + "tally: tally.csv\n",
                                "tally.csv", "first,second,votes\nR,B,-4\n"),
                        "c/tally.csv, line 2: '-4' in column 'votes' is not a whole number (digits only, such as 27255)"),
                bad("a missing file",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\n"),
                        "c/returns.csv: does not exist"),
                bad("a missing column",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\n",
                                "returns.csv", "candidate,first\nAnn Archer,10\n"),
                        "c/returns.csv, line 1: 'second' column is missing (the header must have: candidate, first, second; or candidate, votes)"),
                bad("an empty file",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\n", "returns.csv", ""),
                        "c/returns.csv: has no rows (a header row and at least one row are needed)"),
                bad("a contest file that names no votes",
                        Map.of("contest.yaml", CANDIDATES),
                        "c/contest.yaml, line 1: names no votes: give one of 'ballots', 'tally', 'rankings' or 'returns' with the path of a CSV file"),
                bad("two sources of votes",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\ntally: tally.csv\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: 'tally' cannot be given with 'returns': a contest has one source of votes"),
                bad("returns whose rejected papers do not add up",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nballot-papers: 30\nrejected:\n  unmarked: 3\n",
                                "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: '30' ballot papers do not add up: 23 valid first preferences and 3 rejected papers make 26"),
                bad("fewer papers than valid votes",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nballot-papers: 20\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: '20' ballot papers are fewer than the 23 valid first preferences"),
                bad("a second-stage figure for a candidate who did not go forward",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\n",
                                "returns.csv", "candidate,first,second\nAnn Archer,10,2\nBo Brown,8,1\nCy Cole,5,0\n"),
                        "c/returns.csv, line 4: 'Cy Cole' has a second-stage figure but did not go forward to the second stage (leave 'second' empty)"),
                bad("no second-stage figure for a candidate who went forward",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\n",
                                "returns.csv", "candidate,first,second\nAnn Archer,10,2\nBo Brown,8,\nCy Cole,5,\n"),
                        "c/returns.csv, line 3: 'Bo Brown' goes forward to the second stage but the returns give no second-stage figure for this candidate"),
                bad("more second preferences than papers to transfer",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\n",
                                "returns.csv", "candidate,first,second\nAnn Archer,10,4\nBo Brown,8,2\nCy Cole,5,\n"),
                        "c/returns.csv: '6' second preferences are added at the second stage, more than the 5 papers of the eliminated candidates"),
                bad("a candidate missing from the returns",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\n",
                                "returns.csv", "candidate,first,second\nAnn Archer,10,2\nBo Brown,8,1\n"),
                        "c/returns.csv, line 2: 'Cy Cole' has no row: every candidate needs one"),
                bad("a candidate twice in the returns",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\n",
                                "returns.csv", RETURNS + "Bo Brown,1,\n"),
                        "c/returns.csv, line 5: 'Bo Brown' already has a row on line 3"),
                bad("a repeated tally row",
                        Map.of("contest.yaml", CANDIDATES + "tally: tally.csv\n",
                                "tally.csv", "first,second,votes\nR,B,4\nR,,2\nAnn Archer,Bo Brown,1\n"),
                        "c/tally.csv, line 4: 'Ann Archer > Bo Brown' repeats the row on line 2"),
                bad("an unknown key",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nelectorat: 100\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: 'electorat' is not a key of a contest file (known: ballot-papers, ballots, candidates, date, electorate, options, preferences, previous, rankings, rejected, returns, rules, second-preferences-not-counted, swing, system, tally, title, turnout)"),
                bad("a date that is not a date",
                        Map.of("contest.yaml", CANDIDATES.replace("2026-05-07", "7 May 2026") + "returns: returns.csv\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 2: '7 May 2026' is not a date (write it as 2015-06-11)"),
                bad("another voting system",
                        Map.of("contest.yaml", CANDIDATES.replace("supplementary-vote", "stv") + "returns: returns.csv\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 3: 'stv' is not a voting system Teller counts (known: first-past-the-post, supplementary-vote, contingent-vote, alternative-vote)"),
                bad("an unknown head of rejection",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nrejected:\n  spoilt: 3\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 16: 'spoilt' is not a head of rejection (known: want-of-official-mark, voting-for-too-many, identifying-mark, unmarked, uncertain, unmarked-or-uncertain, not-stated)"),
                bad("rejected papers stated for ballot papers",
                        Map.of("contest.yaml", CANDIDATES + "ballots: ballots.csv\nballot-papers: 3\n", "ballots.csv", "first,second\nR,\n"),
                        "c/contest.yaml, line 15: 'ballot-papers' cannot be stated for ballot papers: they are counted from ballots.csv"),
                bad("an electorate smaller than the papers",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nelectorate: 20\nballot-papers: 23\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: '20' is the electorate, but 23 ballot papers were counted"),
                bad("an electorate smaller than the valid votes, with no papers stated",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nelectorate: 10\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: '10' is the electorate, but 23 ballot papers were counted"),
                bad("a turnout stated that the papers and the electorate contradict",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nelectorate: 100\nballot-papers: 23\nturnout: 23.5%\n",
                                "returns.csv", RETURNS),
                        "c/contest.yaml, line 17: '23.5%' is the turnout stated, but 23 ballot papers of an electorate of 100 make 23.0%"),
                bad("a turnout that is not a percentage",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nturnout: 37.734%\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: '37.734%' is not a turnout (a percentage to at most two places, such as 37.73%)"),
                bad("a turnout over 100%",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nturnout: 100.5\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: '100.5' is more than 100%"),
                bad("two candidates of one name",
                        Map.of("contest.yaml", CANDIDATES.replace("Bo Brown", "Ann Archer") + "returns: returns.csv\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 8: 'Ann Archer' is the name of two candidates"),
                bad("invalid YAML",
                        Map.of("contest.yaml", "title: [unclosed\n"),
                        "c/contest.yaml, line 2: is not valid YAML: expected ',' or ']', but got <stream end>"),
                bad("a previous candidate who did not stand",
                        Map.of("contest.yaml", CANDIDATES.replace("short: I", "short: I\n    previous: Nobody") + "returns: returns.csv\nprevious: before/contest.yaml\n",
                                "returns.csv", RETURNS, "before/contest.yaml", CANDIDATES.replace("2026-05-07", "2022-05-05")
                                        + "returns: returns.csv\n", "before/returns.csv", RETURNS),
                        "c/contest.yaml, line 14: 'Nobody' is named as Cy Cole's previous candidate but did not stand in Test"),
                bad("a contest compared with itself",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nprevious: contest.yaml\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: 'contest.yaml' is the previous contest, but its poll (2026-05-07) is not before this one's (2026-05-07)"),
                bad("a previous contest polled later",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nprevious: later/contest.yaml\n", "returns.csv", RETURNS,
                                "later/contest.yaml", CANDIDATES.replace("2026-05-07", "2030-05-02") + "returns: returns.csv\n",
                                "later/returns.csv", RETURNS),
                        "c/contest.yaml, line 15: 'later/contest.yaml' is the previous contest, but its poll (2030-05-02) is not before this one's (2026-05-07)"),
                bad("a turnout stated below what the valid votes alone make",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nelectorate: 100\nturnout: 10%\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 16: '10%' is the turnout stated, but the 23 valid votes alone are 23% of the electorate of 100"),
                bad("a swing with no previous contest",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nswing:\n  from: Red\n  to: Blue\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: 'swing' is measured against a previous contest: name it with 'previous'"),
                bad("a swing to a party that does not stand",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nprevious: before/contest.yaml\nswing:\n  from: Red\n  to: Green\n",
                                "returns.csv", RETURNS, "before/contest.yaml", CANDIDATES.replace("2026-05-07", "2022-05-05")
                                        + "returns: returns.csv\n", "before/returns.csv", RETURNS),
                        "c/contest.yaml, line 16: 'Green' is neither the description of a candidate's party nor a candidate's name: the swing is between two that stand"),
                bad("a previous contest that is an RCTab configuration",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nprevious: lakeside_config.json\n", "returns.csv", RETURNS,
                                "lakeside_config.json", "{}"),
                        "c/contest.yaml, line 15: 'lakeside_config.json' is an RCTab configuration, but a previous contest is a Teller contest file (a folder holding contest.yaml, or the file itself)"),
                bad("unmarked papers stated apart and together",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nrejected:\n  unmarked: 1\n  unmarked-or-uncertain: 3\n",
                                "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: 'unmarked-or-uncertain' cannot be given with 'unmarked' or 'uncertain': the papers are stated either apart or together"),
                bad("a single candidate",
                        Map.of("contest.yaml", "title: T\ndate: 2026-05-07\nsystem: supplementary-vote\ncandidates:\n  - name: Ann\nreturns: r.csv\n"),
                        "c/contest.yaml, line 5: names fewer than two candidates: a poll needs at least two"),
                bad("a short label that is another candidate's name",
                        Map.of("contest.yaml", CANDIDATES.replace("short: I", "short: Bo Brown") + "returns: returns.csv\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 11: 'Bo Brown' is Cy Cole's short label and Bo Brown's name"),
                bad("an unknown reason a second preference is not counted",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nsecond-preferences-not-counted:\n  blank: 3\n",
                                "returns.csv", RETURNS),
                        "c/contest.yaml, line 16: 'blank' is not a reason a second preference is not counted (known: unmarked, voting-for-too-many, uncertain, same-as-first, not-stated)"),
                bad("second preferences not counted stated for a tally",
                        Map.of("contest.yaml", CANDIDATES + "tally: tally.csv\nsecond-preferences-not-counted:\n  unmarked: 3\n",
                                "tally.csv", "first,second,votes\nR,B,4\n"),
                        "c/contest.yaml, line 15: 'second-preferences-not-counted' can be stated only for count returns: a tally's rows give them"),
                bad("more second preferences not counted than papers to hold them",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nsecond-preferences-not-counted:\n  unmarked: 20\n  uncertain: 1\n",
                                "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: '21' second preferences not counted are more than the 20 valid papers whose second preference did not transfer"),
                bad("a second-stage figure when two candidates stood",
                        Map.of("contest.yaml", "title: T\ndate: 2026-05-07\nsystem: supplementary-vote\ncandidates:\n"
                                + "  - name: Ann\n  - name: Bo\nreturns: returns.csv\n",
                                "returns.csv", "candidate,first,second\nAnn,10,\nBo,8,2\n"),
                        "c/returns.csv, line 3: 'Bo' has a second-stage figure, but the count has no second stage: only two"
                                + " candidates stood (leave 'second' empty)"),
                bad("more candidates than Teller can count",
                        Map.of("contest.yaml", candidates(32_769) + "tally: tally.csv\n",
                                "tally.csv", "first,second,votes\nC32769,C1,1\n"),
                        "c/contest.yaml, line 32773: 'C32769' is candidate 32,769: Teller counts at most 32,768 candidates"),
                bad("a tally whose votes add up to more than Teller can count (issue 6: it elected the wrong candidate)",
                        Map.of("contest.yaml", CANDIDATES + "tally: tally.csv\n",
                                "tally.csv", "area,first,second,votes\n" + rows(19, "A%d,Ann Archer,,999999999999999999")
                                        + "B,Bo Brown,,600000000000000000\n"),
                        "c/tally.csv, line 11: '999999999999999999' makes the figures in this file add up to " + TOO_LARGE),
                bad("returns whose count areas add up to more than Teller can count",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\n",
                                "returns.csv", "area,candidate,first,second\n"
                                        + rows(10, "A%d,Ann Archer,999999999999999999,\nA%1$d,Bo Brown,0,\nA%1$d,Cy Cole,0,")),
                        "c/returns.csv, line 29: '999999999999999999' makes the figures in this file add up to " + TOO_LARGE),
                bad("returns whose second-stage figures take the file past what Teller can count",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\n",
                                "returns.csv", "area,candidate,first,second\n"
                                        + rows(9, "A%d,Ann Archer,999999999999999999,0\nA%1$d,Bo Brown,0,0\nA%1$d,Cy Cole,0,")
                                        + "A10,Ann Archer,0,999999999999999999\nA10,Bo Brown,0,0\nA10,Cy Cole,0,\n"),
                        "c/returns.csv, line 29: '999999999999999999' makes the figures in this file add up to " + TOO_LARGE),
                bad("a figure in the contest file larger than Teller can count",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nelectorate: 9223372036854775808\n",
                                "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: '9223372036854775808' is " + TOO_LARGE),
                bad("a statement of rejected papers that adds up to more than Teller can count",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nrejected:\n  unmarked: 5000000000000000000\n"
                                + "  uncertain: 5000000000000000000\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 17: '5000000000000000000' makes the rejected papers add up to " + TOO_LARGE),
                bad("rejected papers that with the valid votes add up to more than Teller can count",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nrejected:\n  unmarked: 9223372036854775800\n",
                                "returns.csv", RETURNS),
                        "c/contest.yaml, line 15: '9223372036854775800' rejected papers and 23 valid first preferences add up to "
                                + TOO_LARGE),
                bad("a statement of second preferences not counted that adds up to more than Teller can count",
                        Map.of("contest.yaml", CANDIDATES + "returns: returns.csv\nsecond-preferences-not-counted:\n"
                                + "  unmarked: 9223372036854775807\n  uncertain: 1\n", "returns.csv", RETURNS),
                        "c/contest.yaml, line 17: '1' makes the second preferences not counted add up to " + TOO_LARGE));
    }

    @Test
    void aSecondStageFigureForAWinAtTheFirstStage() throws IOException {
        // Tower Hamlets 2010: Lutfur Rahman is elected at the first stage with 23,283 of 44,985 votes, so
        // there are no second preferences to add; the figure was once ignored in silence.
        Path example = SharedData.root().resolve("examples/tower-hamlets-2010");
        Path folder = work.resolve("th");
        Files.createDirectories(folder);
        Files.copy(example.resolve("contest.yaml"), folder.resolve("contest.yaml"));
        String returns = Files.readString(example.resolve("returns.csv"));
        assertThat(returns).contains("Lutfur Rahman,23283,\n");
        Files.writeString(folder.resolve("returns.csv"), returns.replace("Lutfur Rahman,23283,\n", "Lutfur Rahman,23283,999\n"));
        InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
                () -> ContestCounter.count(folder, "th", new SeededLotDrawer(0)));
        assertThat(problem).isNotNull();
        assertThat(problem.getMessage()).isEqualTo("th/returns.csv, line 6: 'Lutfur Rahman' has a second-stage figure, but"
                + " the count has no second stage: a candidate has more than half of the valid first preferences"
                + " (leave 'second' empty)");
    }

    /** The start of a contest file naming candidates C1, C2... one a line from line 5. */
    private static String candidates(int count) {
        StringBuilder contest = new StringBuilder("title: Many\ndate: 2026-05-07\nsystem: supplementary-vote\ncandidates:\n");
        for (int candidate = 1; candidate <= count; candidate++) {
            contest.append("  - name: C").append(candidate).append('\n');
        }
        return contest.toString();
    }

    private static final String TOO_LARGE = "more than Teller can count (9,223,372,036,854,775,807)";

    /** {@code count} rows from a format whose %d is 1, 2, 3... */
    private static String rows(int count, String format) {
        StringBuilder rows = new StringBuilder();
        for (int row = 1; row <= count; row++) {
            rows.append(String.format(format, row)).append('\n');
        }
        return rows.toString();
    }

    private static Arguments bad(String what, Map<String, String> files, String message) {
        return Arguments.of(what, new LinkedHashMap<>(files), message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isOneClearMessage(String what, Map<String, String> files, String message) throws IOException {
        Path folder = work.resolve("c");
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.createDirectories(folder.resolve(file.getKey()).getParent());
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
                () -> ContestCounter.count(folder, "c", new SeededLotDrawer(0)));
        assertThat(problem).as(what).isNotNull();
        assertThat(problem.getMessage()).isEqualTo(message);
    }
}
