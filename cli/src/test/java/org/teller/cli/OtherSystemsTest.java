package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
                .contains("Alternative vote (5 ranks)       Carys Cole          4       53.66%               4")
                .contains("Under the alternative vote, Carys Cole wins with 53.66%: Carys Cole overtakes Alice Ashdown"
                        + " at round 4 on the transfers of Bashir Bhatti.");
        assertThat(Run.teller("compare", example("exampleton-av")).out()).isEqualTo(run.out());
        Run json = Run.teller("compare", example("exampleton-av"), "--format", "json");
        assertThat(json.out()).contains("\"system\": \"alternative-vote\"").contains("\"partsAtRound\": 4");
    }

    @Test
    void returnsAreComparedUnderTheirOwnSystemAndFirstPastThePostOnly() {
        Run run = Run.teller("compare", example("tower-hamlets-2015"), "--format", "csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("First past the post,elected,John Biggs").contains("Supplementary Vote,final-share,55.39")
                .doesNotContain("Alternative vote");
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
