package org.teller.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.teller.core.Candidate;
import org.teller.core.ballot.Ballot;
import org.teller.core.count.Comparison.Account;
import org.teller.core.count.Comparison.How;
import org.teller.core.count.Comparison.Parting;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.core.tally.RankingTally;
import org.teller.core.tally.Transfer;

/**
 * Where the results of the same papers under two systems part: counted by the engine from papers worked
 * out by hand, and from rounds made up to reach the cases that papers reach only through lots.
 */
class ComparisonTest {

    private static final int ANN = 0;
    private static final int BO = 1;
    private static final int CY = 2;
    private static final int DI = 3;
    private static final int ED = 4;

    private static final List<Candidate> CANDIDATES = List.of(Candidate.of("Ann", "P"), Candidate.of("Bo", "Q"),
            Candidate.of("Cy", "R"), Candidate.of("Di", "S"), Candidate.of("Ed", "T"));

    /** Papers, each ranking candidates one to a rank, {@code copies} times over. */
    private static void add(List<Ballot> papers, int copies, Integer... ranking) {
        List<List<Integer>> ranks = new ArrayList<>();
        for (int candidate : ranking) {
            ranks.add(List.of(candidate));
        }
        for (int i = 0; i < copies; i++) {
            papers.add(new Ballot(ranks, java.util.Set.of(), java.util.Set.of()));
        }
    }

    private static Result count(VotingSystem system, int candidates, List<Ballot> papers) {
        RankingTally tally = new RankingTally(candidates);
        papers.forEach(paper -> tally.add(system.rules().judge(paper)));
        return system.count(CANDIDATES.subList(0, candidates), tally, new SeededLotDrawer(0));
    }

    /**
     * Four candidates. Ann 10 first preferences (no later ones), Bo 8 (then Cy), Cy 4 (then Di, then Bo),
     * Di 3 (then Cy). By hand:
     * <ul>
     *   <li>First past the post: Ann, 10 of 25.</li>
     *   <li>SV: Ann and Bo go forward; the second preferences of Cy's and Di's papers are for eliminated
     *       candidates: Ann 10, Bo 8 at the second stage. Ann.</li>
     *   <li>Contingent vote, 3 preferences: Cy's papers count for Bo by their third preference: Bo 12,
     *       Ann 10 at the second count. Bo.</li>
     *   <li>AV: Di out after round 1 (Cy 7 at round 2), Cy out after round 2; Cy's 4 papers go on to Bo
     *       (Di is out), Di's 3 exhaust: Bo 12, Ann 10 at round 3, more than half of 22. Bo.</li>
     * </ul>
     */
    private static List<Result> svAndAvDiffer() {
        List<Ballot> papers = new ArrayList<>();
        add(papers, 10, ANN);
        add(papers, 8, BO, CY);
        add(papers, 4, CY, DI, BO);
        add(papers, 3, DI, CY);
        return List.of(count(FirstPastThePost.INSTANCE, 4, papers), count(SupplementaryVote.INSTANCE, 4, papers),
                count(new ContingentVote(3), 4, papers), count(AlternativeVote.uk(4), 4, papers));
    }

    @Test
    void theSupplementaryVoteAndTheAlternativeVotePartWhereTheAlternativeVoteOvertakes() {
        List<Result> results = svAndAvDiffer();
        assertThat(results).extracting(Result::elected).containsExactly(ANN, ANN, BO, BO);
        assertThat(results.get(3).rounds()).hasSize(3);

        Parting parting = Comparison.parting(results, 1, 3).orElseThrow();
        // Under SV Ann is ahead of Bo at both stages: 10 to 8 at the second.
        assertThat(parting.firstAccount()).isEqualTo(new Account(ANN, BO, 1, How.AHEAD_THROUGHOUT, List.of(), 2, 10, 8,
                OptionalInt.empty()));
        // Under AV Bo overtakes Ann at round 3 on Cy's transfers, 12 to 10.
        assertThat(parting.secondAccount()).isEqualTo(new Account(BO, ANN, 3, How.OVERTAKES, List.of(CY), 3, 12, 10,
                OptionalInt.empty()));
        assertThat(parting.round()).isEqualTo(3);
        assertThat(parting.decisive()).isEqualTo(3);
    }

    @Test
    void everyTwoSystemsThatElectDifferentPeoplePartAndNoOthers() {
        List<Parting> partings = Comparison.partings(svAndAvDiffer());
        // FPTP-SV and CV-AV elect the same: the four other pairs part, in the order given.
        assertThat(partings).extracting(p -> p.first() + "-" + p.second()).containsExactly("0-2", "0-3", "1-2", "1-3");
        Parting fptpAndContingent = partings.get(0);
        assertThat(fptpAndContingent.firstAccount()).isEqualTo(new Account(ANN, BO, 1, How.AHEAD_THROUGHOUT, List.of(), 1,
                10, 8, OptionalInt.empty()));
        // At the second count Bo gains from Cy's papers (by their third preference) and from no one else's.
        assertThat(fptpAndContingent.secondAccount()).isEqualTo(new Account(BO, ANN, 2, How.OVERTAKES, List.of(CY), 2,
                12, 10, OptionalInt.empty()));
        assertThat(fptpAndContingent.round()).isEqualTo(2);
        // SV and the contingent vote part at the second round, where the contingent vote reads the third preference.
        assertThat(partings.get(2).round()).isEqualTo(2);
        assertThat(partings.get(2).decisive()).isEqualTo(2);
        assertThat(Comparison.parting(svAndAvDiffer(), 0, 1)).isEmpty();
    }

    /**
     * Four candidates. Ann 10 (no later preference), Cy 9 (then Bo), Bo 8, Di 4 (then Bo). SV: Ann and Cy
     * go forward, Bo is eliminated after the first stage; Di's papers name Bo, who is out: Ann 10, Cy 9.
     * AV: Di out, Bo 12 at round 2 (ahead of Ann's 10); Cy out, Bo 21 at round 3.
     */
    @Test
    void whereTheOtherWinnerIsEliminatedTheAccountSaysAfterWhichRound() {
        List<Ballot> papers = new ArrayList<>();
        add(papers, 10, ANN);
        add(papers, 9, CY, BO);
        add(papers, 8, BO);
        add(papers, 4, DI, BO);
        List<Result> results = List.of(count(SupplementaryVote.INSTANCE, 4, papers), count(AlternativeVote.uk(4), 4, papers));
        assertThat(results).extracting(Result::elected).containsExactly(ANN, BO);
        Parting parting = Comparison.parting(results, 0, 1).orElseThrow();
        // Ann is ahead of Bo until Bo is out: the figures are those of the last round Bo is in, the first stage.
        assertThat(parting.firstAccount()).isEqualTo(new Account(ANN, BO, 1, How.AHEAD_THROUGHOUT, List.of(), 1, 10, 8,
                OptionalInt.of(1)));
        assertThat(parting.secondAccount()).isEqualTo(new Account(BO, ANN, 2, How.OVERTAKES, List.of(DI), 2, 12, 10,
                OptionalInt.empty()));
        assertThat(parting.round()).isEqualTo(2);
    }

    // Rounds made up, for what papers reach only through equalities.

    private static List<Long> votes(long... votes) {
        List<Long> list = new ArrayList<>();
        for (long v : votes) {
            list.add(v);
        }
        return list;
    }

    private static Round round(int number, List<Long> votes, List<Integer> continuing, List<Transfer> transfers,
            List<Integer> eliminated) {
        return new Round(number, votes, continuing, transfers, 0, Optional.empty(), eliminated);
    }

    private static Transfer from(int candidate, long... to) {
        long papers = 0;
        for (long v : to) {
            papers += v;
        }
        return new Transfer(OptionalInt.of(candidate), votes(to), papers, Optional.empty());
    }

    @Test
    void theRoundCountedIsTheOneFromWhichTheLeadIsForGoodNotTheFirstOvertaking() {
        // Bo ahead of Ann at round 2, behind again at round 3, ahead for good at round 4 on Cy's papers.
        List<Round> rounds = List.of(
                round(1, votes(10, 9, 8, 7, 3), List.of(ANN, BO, CY, DI, ED), List.of(), List.of(ED)),
                round(2, votes(10, 12, 8, 7, 0), List.of(ANN, BO, CY, DI), List.of(from(ED, 0, 3, 0, 0, 0)), List.of(DI)),
                round(3, votes(15, 12, 10, 0, 0), List.of(ANN, BO, CY), List.of(from(DI, 5, 0, 2, 0, 0)), List.of(CY)),
                round(4, votes(15, 20, 0, 0, 0), List.of(ANN, BO), List.of(from(CY, 0, 8, 0, 0, 0)), List.of()));
        Result result = new Result(AlternativeVote.uk(5), CANDIDATES, rounds, BO, HowElected.MAJORITY_OF_CONTINUING_VOTES,
                List.of());
        assertThat(Comparison.account(result, ANN)).isEqualTo(new Account(BO, ANN, 4, How.OVERTAKES, List.of(CY), 4, 20, 15,
                OptionalInt.empty()));
    }

    @Test
    void fromLevelTheWinnerDrawsAheadOnTheTransfersThatFavourIt() {
        // Ann and Bo level at round 1; at round 2 Cy's papers give Bo 4 and Ann 1, and Di's give Ann 2 and Bo 0.
        List<Round> rounds = List.of(
                round(1, votes(10, 10, 5, 2, 0), List.of(ANN, BO, CY, DI), List.of(), List.of(CY, DI)),
                round(2, votes(13, 14, 0, 0, 0), List.of(ANN, BO), List.of(from(CY, 1, 4, 0, 0, 0), from(DI, 2, 0, 0, 0, 0)),
                        List.of()));
        Result result = new Result(new ContingentVote(3), CANDIDATES, rounds, BO, HowElected.MOST_VOTES_AT_SECOND_STAGE,
                List.of());
        assertThat(Comparison.account(result, ANN)).isEqualTo(new Account(BO, ANN, 2, How.DRAWS_AHEAD, List.of(CY), 2, 14, 13,
                OptionalInt.empty()));
    }

    @Test
    void levelAtTheEndALotDecides() {
        Result result = new Result(FirstPastThePost.INSTANCE, CANDIDATES,
                List.of(round(1, votes(9, 9, 6, 3, 0), List.of(ANN, BO, CY, DI, ED), List.of(), List.of())), ANN,
                HowElected.LOT, List.of(new org.teller.core.lot.Lot(1, List.of(ANN, BO), List.of(ANN, BO),
                        java.util.OptionalLong.of(0))));
        assertThat(Comparison.account(result, BO)).isEqualTo(new Account(ANN, BO, 1, How.BY_LOT, List.of(), 1, 9, 9,
                OptionalInt.empty()));
        // Against someone with fewer votes the same count is simply ahead.
        assertThat(Comparison.account(result, CY).how()).isEqualTo(How.AHEAD_THROUGHOUT);
    }

    @Test
    void anOtherEliminatedThoughNotBehindIsSaidSo() {
        // Bo and Cy level for second place at the first count; the lot sends Cy forward, and Cy wins.
        List<Round> rounds = List.of(
                round(1, votes(10, 8, 8, 4, 0), List.of(ANN, BO, CY, DI), List.of(), List.of(BO, DI)),
                round(2, votes(13, 0, 15, 0, 0), List.of(ANN, CY), List.of(from(BO, 1, 0, 5, 0, 0), from(DI, 2, 0, 2, 0, 0)),
                        List.of()));
        Result result = new Result(new ContingentVote(3), CANDIDATES, rounds, CY, HowElected.MOST_VOTES_AT_SECOND_STAGE,
                List.of());
        assertThat(Comparison.account(result, BO)).isEqualTo(new Account(CY, BO, 2, How.OTHER_ELIMINATED, List.of(), 1, 8, 8,
                OptionalInt.of(1)));
        // Ann, behind Cy only from the second count on, is overtaken there on Bo's papers (5 to 1), not Di's (2 to 2).
        assertThat(Comparison.account(result, ANN)).isEqualTo(new Account(CY, ANN, 2, How.OVERTAKES, List.of(BO), 2, 15, 13,
                OptionalInt.empty()));
    }

    @Test
    void aCountHasNoAccountAgainstItsOwnWinner() {
        List<Result> results = svAndAvDiffer();
        assertThatThrownBy(() -> Comparison.account(results.get(0), ANN)).isInstanceOf(IllegalArgumentException.class);
    }
}
