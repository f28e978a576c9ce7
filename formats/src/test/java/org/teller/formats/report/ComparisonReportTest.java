package org.teller.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.teller.core.Candidate;
import org.teller.core.ballot.Ballot;
import org.teller.core.contest.Contest;
import org.teller.core.contest.Declaration;
import org.teller.core.contest.InputFile;
import org.teller.core.contest.RuleSet;
import org.teller.core.count.AlternativeVote;
import org.teller.core.count.Comparison;
import org.teller.core.count.ContingentVote;
import org.teller.core.count.FirstPastThePost;
import org.teller.core.count.HowElected;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.count.SupplementaryVote;
import org.teller.core.count.VotingSystem;
import org.teller.core.lot.Lot;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.core.tally.RankingTally;
import org.teller.core.tally.Transfer;

/**
 * How a comparison words where results part, in each system's words, for the cases the examples do not
 * reach: the other winner eliminated, level or behind; a lot; drawing ahead from level. (The examples'
 * comparisons are golden files in the cli module.)
 */
class ComparisonReportTest {

    private static final int ANN = 0;
    private static final int BO = 1;
    private static final int CY = 2;
    private static final int DI = 3;

    private static final List<Candidate> CANDIDATES = List.of(Candidate.of("Ann", "P"), Candidate.of("Bo", "Q"),
            Candidate.of("Cy", "R"), Candidate.of("Di", "S"));

    private static Declaration declaration(Result result) {
        Contest contest = new Contest("Mayor of Testing", LocalDate.of(2026, 5, 7), result.system(), RuleSet.COUNCIL_MAYOR,
                CANDIDATES, OptionalLong.empty());
        return new Declaration(contest, result, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(new InputFile("contest.yaml", "0".repeat(64))), Optional.empty(), Optional.empty());
    }

    private static String write(ReportFormat format, List<Result> results, List<Comparison.LeftOut> leftOut)
            throws IOException {
        StringWriter out = new StringWriter();
        ComparisonReport.write(format, results.stream().map(ComparisonReportTest::declaration).toList(), leftOut, out);
        return out.toString();
    }

    private static Result count(VotingSystem system, List<List<Integer>> papers) {
        RankingTally tally = new RankingTally(CANDIDATES.size());
        for (List<Integer> paper : papers) {
            List<List<Integer>> ranks = paper.stream().map(List::of).toList();
            tally.add(system.rules().judge(new Ballot(ranks, Set.of(), Set.of())));
        }
        return system.count(CANDIDATES, tally, new SeededLotDrawer(0));
    }

    private static void add(List<List<Integer>> papers, int copies, Integer... ranking) {
        for (int i = 0; i < copies; i++) {
            papers.add(List.of(ranking));
        }
    }

    @Test
    void aWinnerNotGoingForwardUnderSvIsSaidToBeEliminatedWithItsVotes() throws IOException {
        // Ann 10, Cy 9 (then Bo), Bo 8, Di 4 (then Bo). SV: Ann and Cy go forward; AV: Bo overtakes Ann at
        // round 2 on Di's papers and wins at round 3.
        List<List<Integer>> papers = new ArrayList<>();
        add(papers, 10, ANN);
        add(papers, 9, CY, BO);
        add(papers, 8, BO);
        add(papers, 4, DI, BO);
        List<Result> results = List.of(count(FirstPastThePost.INSTANCE, papers), count(SupplementaryVote.INSTANCE, papers),
                count(AlternativeVote.uk(4), papers));
        String text = write(ReportFormat.TEXT, results, List.of());
        assertThat(text).contains("\nWhere the results part\n"
                + "First past the post and the alternative vote part at round 2: under first past the post, Ann has more"
                + " votes than Bo, 10 to 8; under the alternative vote, Bo overtakes Ann at round 2 on the transfers of"
                + " Di, 12 to 10.\n"
                + "The Supplementary Vote and the alternative vote part at round 2: under the Supplementary Vote, Bo is"
                + " eliminated after the first stage with 8 votes to Ann's 10; under the alternative vote, Bo overtakes"
                + " Ann at round 2 on the transfers of Di, 12 to 10.\n");
        // The final round of each count: SV's second stage has Ann and Cy only, AV's third Bo and Ann.
        assertThat(text).contains("Ann                 10  32.26% *          10  52.63% *        10  32.26%\n"
                + "Cy                   9  29.03%             9  47.37%\n"
                + "Bo                   8  25.81%                                21  67.74% *\n"
                + "Di                   4  12.90%\n");
        String csv = write(ReportFormat.CSV, results, List.of());
        assertThat(csv).contains("account,supplementary-vote,alternative-vote,,Ann,how,ahead-throughout\n")
                .contains("account,supplementary-vote,alternative-vote,1,Bo,votes,8\n")
                .contains("account,supplementary-vote,alternative-vote,,Bo,eliminated-after-round,1\n")
                .contains("account,alternative-vote,supplementary-vote,2,Bo,transfers-from,Di\n")
                .contains("parting,supplementary-vote,alternative-vote,,,parts-at-round,2\n");
        String json = write(ReportFormat.JSON, results, List.of());
        assertThat(json).contains("\"otherEliminatedAfterRound\": 1").contains("\"how\": \"overtakes\"");
    }

    private static List<Long> votes(long... votes) {
        List<Long> list = new ArrayList<>();
        for (long v : votes) {
            list.add(v);
        }
        return list;
    }

    private static Round round(int number, List<Long> votes, List<Integer> continuing, List<Transfer> transfers,
            long exhausted, List<Integer> eliminated) {
        return new Round(number, votes, continuing, transfers, exhausted, Optional.empty(), eliminated);
    }

    private static Transfer from(int candidate, long papers, long... to) {
        return new Transfer(OptionalInt.of(candidate), votes(to), papers, Optional.empty());
    }

    /**
     * Ann 9, Bo 9, Cy 8, Di 4 first preferences. First past the post: a lot elects Bo. The contingent vote:
     * Ann draws ahead of Bo at the second count, 14 to 12. The alternative vote: Di out, then Ann and Bo
     * level on 9 for fewest and a lot eliminates Bo; Ann wins at round 3.
     */
    @Test
    void levelCandidatesLotsAndDrawingAheadAreSaidAsTheyHappened() throws IOException {
        Round first = round(1, votes(9, 9, 8, 4), List.of(ANN, BO, CY, DI), List.of(), 0, List.of());
        Result fptp = new Result(FirstPastThePost.INSTANCE, CANDIDATES, List.of(first), BO, HowElected.LOT,
                List.of(new Lot(1, List.of(ANN, BO), List.of(BO, ANN), OptionalLong.of(0))));
        Result contingent = new Result(new ContingentVote(3), CANDIDATES, List.of(
                round(1, votes(9, 9, 8, 4), List.of(ANN, BO, CY, DI), List.of(), 0, List.of(CY, DI)),
                round(2, votes(14, 12, 0, 0), List.of(ANN, BO), List.of(from(CY, 8, 4, 3, 0, 0), from(DI, 4, 1, 0, 0, 0)), 4,
                        List.of())), ANN, HowElected.MOST_VOTES_AT_SECOND_STAGE, List.of());
        Result alternative = new Result(AlternativeVote.uk(4), CANDIDATES, List.of(
                round(1, votes(9, 9, 8, 4), List.of(ANN, BO, CY, DI), List.of(), 0, List.of(DI)),
                round(2, votes(9, 9, 12, 0), List.of(ANN, BO, CY), List.of(from(DI, 4, 0, 0, 4, 0)), 0, List.of(BO)),
                round(3, votes(18, 0, 12, 0), List.of(ANN, CY), List.of(from(BO, 9, 9, 0, 0, 0)), 0, List.of())),
                ANN, HowElected.MAJORITY_OF_CONTINUING_VOTES,
                List.of(new Lot(2, List.of(ANN, BO), List.of(ANN, BO), OptionalLong.of(0))));
        String text = write(ReportFormat.TEXT, List.of(fptp, contingent, alternative), List.of());
        assertThat(text).contains("\nWhere the results part\n"
                + "First past the post and the contingent vote part at the second count: under first past the post, Bo"
                + " and Ann are equal, 9 votes each, and a lot elects Bo; under the contingent vote, Ann draws ahead of"
                + " Bo at the second count on the transfers of Cy and Di, 14 to 12.\n"
                + "First past the post and the alternative vote part at round 3: under first past the post, Bo and Ann"
                + " are equal, 9 votes each, and a lot elects Bo; under the alternative vote, Bo is eliminated after"
                + " round 2, level with Ann on 9 votes.\n\n");
        assertThat(text).contains("\nLots drawn (with another draw the result may differ)\n"
                + "First past the post: Ann and Bo were equal; the lot, drawn at random with seed 0, placed them Bo > Ann.\n"
                + "Alternative vote (4 ranks) at round 2: Ann and Bo were equal; the lot, drawn at random with seed 0,"
                + " placed them Ann > Bo.\n");
        String csv = write(ReportFormat.CSV, List.of(fptp, contingent, alternative), List.of());
        assertThat(csv).contains("account,first-past-the-post,contingent-vote,,Bo,how,lot\n")
                .contains("account,contingent-vote,first-past-the-post,,Ann,how,draws-ahead\n")
                .contains("account,alternative-vote,first-past-the-post,,Ann,how,other-eliminated\n")
                .contains("lot,alternative-vote,,2,Ann,place,1\n");
    }

    @Test
    void systemsLeftOutAreSaidWithWhy() throws IOException {
        Result fptp = new Result(FirstPastThePost.INSTANCE, CANDIDATES,
                List.of(round(1, votes(9, 8, 8, 4), List.of(ANN, BO, CY, DI), List.of(), 0, List.of())), ANN,
                HowElected.MOST_VOTES, List.of());
        List<Comparison.LeftOut> leftOut = List.of(
                new Comparison.LeftOut(SupplementaryVote.INSTANCE, Comparison.Reason.FIRST_PREFERENCES_ONLY),
                new Comparison.LeftOut(AlternativeVote.uk(4), Comparison.Reason.FIRST_PREFERENCES_ONLY));
        String text = write(ReportFormat.TEXT, List.of(fptp), leftOut);
        assertThat(text).contains("\nLeft out\nThe Supplementary Vote and the alternative vote are left out: the votes"
                + " give first preferences only, and they need later preferences too.\n")
                // One system: nothing to part.
                .doesNotContain("Where the results part");
        assertThat(write(ReportFormat.JSON, List.of(fptp), leftOut))
                .contains("\"system\": \"supplementary-vote\",\n      \"reason\": \"first-preferences-only\"");
        assertThat(write(ReportFormat.CSV, List.of(fptp), leftOut.subList(0, 1)))
                .contains("left-out,supplementary-vote,,,,reason,first-preferences-only\n");
    }
}
