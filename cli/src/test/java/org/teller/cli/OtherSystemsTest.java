package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code teller compare} and {@code teller count --system}, run as a user runs them. */
class OtherSystemsTest {

    private static String example(String name) {
        return Repository.examples().resolve(name).toString();
    }

    @Test
    void compareShowsTheSamePapersUnderEachSystemAndWhereTheyPart() {
        Run run = Run.teller("compare", example("exampleton-av"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        // The hand-worked figures of examples/exampleton-av: Ashdown leads on first preferences (16 of 48);
        // under the alternative vote Cole overtakes her in round 4 on Bhatti's transfers and wins 22 to 19.
        assertThat(run.out()).contains("First past the post              Alice Ashdown       1       33.33%")
                .contains("Alternative vote (5 ranks)       Carys Cole          4       53.66%")
                // Every candidate's final figures under each system, the one elected marked.
                .contains("Alice Ashdown           16  33.33% *          19  51.35% *       19  46.34%          19  46.34%")
                .contains("Eve Evans                4   8.33%\n")
                // SV and AV elect different people: where they part, each in its own words.
                .contains("The Supplementary Vote and the alternative vote part at round 4: under the Supplementary Vote,"
                        + " Alice Ashdown is ahead of Carys Cole at both stages, 19 to 18 at the second stage; under the"
                        + " alternative vote, Carys Cole overtakes Alice Ashdown at round 4 on the transfers of Bashir"
                        + " Bhatti, 22 to 19.")
                .contains("under the contingent vote, Carys Cole overtakes Alice Ashdown at the second count on the"
                        + " transfers of Bashir Bhatti, Eve Evans and Dev Dutta, 22 to 19.")
                .doesNotContain("round 2").doesNotContain("Left out");
        assertThat(Run.teller("compare", example("exampleton-av")).out()).isEqualTo(run.out());
        Run json = Run.teller("compare", example("exampleton-av"), "--format", "json");
        assertThat(json.out()).contains("\"system\": \"alternative-vote\"").contains("\"partsAtRound\": 4")
                .contains("\"share\": 46.34");
    }

    @Test
    void returnsAreComparedUnderTheirOwnSystemAndFirstPastThePostOnly() {
        Run run = Run.teller("compare", example("tower-hamlets-2015"), "--format", "csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("system,first-past-the-post,,,John Biggs,elected,most-votes")
                .contains("system,supplementary-vote,,,,final-share,55.39")
                .contains("final-round,supplementary-vote,,2,Rabina Khan,share,44.61")
                .contains("left-out,alternative-vote,,,,reason,count-returns")
                .doesNotContain("Alternative vote");
        // The previous contest gives a declaration its changes in share; a comparison neither uses nor lists it.
        assertThat(run.out()).doesNotContain("tower-hamlets-2010");
        assertThat(Run.teller("compare", example("tower-hamlets-2015")).out()).doesNotContain("tower-hamlets-2010")
                .contains("The contingent vote and the alternative vote are left out: count returns state only the"
                        + " count they were made for; they need ballot papers or a tally.");
    }

    @Test
    void withTwoCandidatesEverySystemIsComparedTheContingentVoteWithTwoPreferences(@TempDir Path folder) {
        Path contest = folder.resolve("two");
        Run generated = Run.teller("generate", "--ballots", "300", "--candidates", "2", "--ranks", "2", "--seed", "3",
                "--out", contest.toString());
        assertThat(generated.exitCode()).isZero();
        Run run = Run.teller("compare", contest.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("First past the post").contains("Supplementary Vote")
                .contains("Contingent vote (2 preferences)").contains("Alternative vote (2 ranks)")
                .contains("Every system elects").doesNotContain("Left out");
    }

    @Test
    void countUnderAnotherSystem() {
        Run fptp = Run.teller("count", example("tower-hamlets-2015"), "--system", "first-past-the-post");
        assertThat(fptp.exitCode()).isZero();
        assertThat(fptp.out()).contains("First past the post (RPA 1983 Sch.1 rr.47-50).")
                .contains("John Biggs (Labour) is elected, with the most votes.")
                .contains("John Biggs (Lab) 27,255 (40.00%, +14.98)");
        Run av = Run.teller("count", example("exampleton-ballots"), "--system", "alternative-vote", "--format", "json");
        assertThat(av.exitCode()).isZero();
        assertThat(av.out()).contains("\"system\": \"alternative-vote\"").contains("\"rules\": \"uk-alternative-vote\"");
    }

    @Test
    void returnsCannotBeCountedUnderASystemTheyDoNotState() {
        Run run = Run.teller("count", example("tower-hamlets-2015"), "--system", "alternative-vote");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("teller: ").contains("'returns.csv' are count returns, which state only the"
                + " count they were made for: to count under the alternative vote, give ballot papers or a tally");
        Run unknown = Run.teller("count", example("tower-hamlets-2015"), "--system", "stv");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--system: 'stv' is not a voting system Teller counts (known: "
                + "first-past-the-post, supplementary-vote, contingent-vote, alternative-vote)");
    }

    @Test
    void countingUnderTheContestsOwnSystemKeepsItsSettings() {
        // The contest's own system keeps its preferences and options: the same declaration as without --system.
        for (String example : java.util.List.of("exampleton-contingent", "exampleton-av")) {
            assertThat(Run.teller("count", example(example), "--system", example.equals("exampleton-av")
                    ? "alternative-vote" : "contingent-vote").out()).isEqualTo(Run.teller("count", example(example)).out());
        }
    }

    @Test
    void generateLikeReproducesSupplementaryVoteContestsOnly() {
        Run run = Run.teller("generate", "--like", example("exampleton-av"), "--out",
                System.getProperty("java.io.tmpdir") + "/teller-like-av-" + ProcessHandle.current().pid());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'alternative-vote' is not the Supplementary Vote: --like reproduces the figures"
                + " of Supplementary Vote contests only (for ranked papers use --ranks)");
    }
}
