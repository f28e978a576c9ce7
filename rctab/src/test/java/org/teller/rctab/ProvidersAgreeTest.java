package org.teller.rctab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teller.core.count.Result;
import org.teller.core.count.Round;
import org.teller.core.lot.ReturningOfficerLots;
import org.teller.formats.contest.ContestCounter;
import org.teller.rctab.config.ConfigReader;
import org.teller.rctab.cvr.XlsxTestWorkbook;

/**
 * The same ballots, written by this test in RCTab's generic CSV, in NIST CDF JSON, in an ES&S workbook and in Teller's own
 * ballot-paper file with the same rules in Teller's words, count alike: every round's votes and exhausted
 * ballots, and the person elected. Seeded random ballots with overvotes and skipped ranks, under random
 * rules; an equality goes by the candidates' order in every one of them.
 */
class ProvidersAgreeTest {

    private static final List<String> NAMES = List.of("Ann Archer", "Bo Brown", "Cy Cole", "Di Dutta", "Ed Evans");

    @TempDir
    Path folder;

    static Stream<Integer> seeds() {
        return IntStream.range(0, 60).boxed();
    }

    /** A ballot: the rank each candidate is given (0: not ranked); two at one rank are an overvote. */
    private record Paper(int[] rankOf) {}

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFormatCountsTheSame(int seed) throws IOException {
        Random random = new Random(seed);
        List<Paper> papers = new ArrayList<>();
        int count = 20 + random.nextInt(200);
        for (int i = 0; i < count; i++) {
            int[] rankOf = new int[NAMES.size()];
            for (int c = 0; c < NAMES.size(); c++) {
                // Earlier candidates are likelier to be ranked, and higher: the counts run several rounds.
                rankOf[c] = random.nextInt(NAMES.size() + 2 + c) < NAMES.size() ? 1 + random.nextInt(NAMES.size()) : 0;
            }
            papers.add(new Paper(rankOf));
        }
        boolean skip = random.nextBoolean();
        int skipped = random.nextInt(3);
        boolean batch = random.nextBoolean();

        Result csv = RctabCounter.count(ConfigReader.read(rctab("csv", genericCsv(papers), "genericCsv", skip, skipped, batch)))
                .result();
        Result cdf = RctabCounter.count(ConfigReader.read(rctab("cdf", cdfJson(papers), "cdf", skip, skipped, batch)))
                .result();
        Result ess = RctabCounter.count(ConfigReader.read(essConfig(papers, skip, skipped, batch))).result();
        Result teller = ContestCounter.count(teller(papers, skip, skipped, batch), "teller",
                contest -> new ReturningOfficerLots(List.of(0, 1, 2, 3, 4), NAMES)).result();

        for (Result other : List.of(cdf, ess, teller)) {
            assertThat(figures(other)).isEqualTo(figures(csv));
            assertThat(other.elected()).isEqualTo(csv.elected());
        }
    }

    /** Each round's votes of every candidate and exhausted ballots. */
    private static List<List<Long>> figures(Result result) {
        List<List<Long>> figures = new ArrayList<>();
        for (Round round : result.rounds()) {
            List<Long> row = new ArrayList<>(round.votes());
            row.add(round.exhausted());
            figures.add(row);
        }
        return figures;
    }

    private String genericCsv(List<Paper> papers) {
        StringBuilder csv = new StringBuilder("id,precinct,batch," + String.join(",", NAMES) + "\n");
        for (int p = 0; p < papers.size(); p++) {
            csv.append("r").append(p).append(",p1,b1");
            for (int rank : papers.get(p).rankOf()) {
                csv.append(',').append(rank == 0 ? "" : String.valueOf(rank));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private String cdfJson(List<Paper> papers) {
        StringBuilder json = new StringBuilder("{\"CVR\": [");
        for (int p = 0; p < papers.size(); p++) {
            List<String> selections = new ArrayList<>();
            int[] rankOf = papers.get(p).rankOf();
            for (int c = 0; c < rankOf.length; c++) {
                if (rankOf[c] > 0) {
                    selections.add("{\"ContestSelectionId\": \"cs-" + c + "\", \"SelectionPosition\": [{\"HasIndication\": \"yes\","
                            + " \"IsAllocable\": \"unknown\", \"NumberVotes\": 1, \"Rank\": " + rankOf[c] + "}]}");
                }
            }
            json.append(p == 0 ? "" : ",").append("{\"CVRSnapshot\": [{\"@id\": \"s").append(p)
                    .append("\", \"CVRContest\": [{\"ContestId\": \"contest-1\", \"CVRContestSelection\": [")
                    .append(String.join(",", selections)).append("]}]}], \"CurrentSnapshotId\": \"s").append(p).append("\"}");
        }
        json.append("], \"Election\": [{\"@id\": \"e1\", \"Candidate\": [");
        for (int c = 0; c < NAMES.size(); c++) {
            json.append(c == 0 ? "" : ",").append("{\"@id\": \"cand-").append(c).append("\", \"Name\": \"").append(NAMES.get(c)).append("\"}");
        }
        json.append("], \"Contest\": [{\"@id\": \"contest-1\", \"Name\": \"Mayor\", \"ContestSelection\": [");
        for (int c = 0; c < NAMES.size(); c++) {
            json.append(c == 0 ? "" : ",").append("{\"@id\": \"cs-").append(c).append("\", \"CandidateIds\": [\"cand-").append(c).append("\"]}");
        }
        return json.append("]}]}]}").toString();
    }

    /** The ballots in an ES&S workbook (a column a rank, the names marked there, several joined by '|'). */
    private Path essConfig(List<Paper> papers, boolean skip, int skipped, boolean batch) throws IOException {
        List<String> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(XlsxTestWorkbook.text("A1", "Cast Vote Record")));
        for (int rank = 1; rank <= NAMES.size(); rank++) {
            header.add(XlsxTestWorkbook.text(column(rank) + "1", "Rank " + rank));
        }
        rows.add(XlsxTestWorkbook.row(1, header));
        for (int p = 0; p < papers.size(); p++) {
            int row = p + 2;
            List<String> cells = new ArrayList<>(List.of(XlsxTestWorkbook.text("A" + row, "r" + p)));
            for (int rank = 1; rank <= NAMES.size(); rank++) {
                List<String> marked = new ArrayList<>();
                for (int c = 0; c < NAMES.size(); c++) {
                    if (papers.get(p).rankOf()[c] == rank) {
                        marked.add(NAMES.get(c));
                    }
                }
                if (!marked.isEmpty()) {
                    cells.add(XlsxTestWorkbook.text(column(rank) + row, String.join("|", marked)));
                }
            }
            rows.add(XlsxTestWorkbook.row(row, cells));
        }
        XlsxTestWorkbook.of(rows.toArray(String[]::new)).write(folder.resolve("ess.xlsx"));
        Path config = rctab("ess", null, "ess", skip, skipped, batch);
        return config;
    }

    /** The sheet's column of a rank: B for rank 1. */
    private static String column(int rank) {
        return String.valueOf((char) ('A' + rank));
    }

    /** An RCTab configuration of the CVR file {@code text} (ES&S: the workbook written already). */
    private Path rctab(String name, String text, String provider, boolean skip, int skipped, boolean batch) throws IOException {
        Path cvr = folder.resolve(name + switch (provider) {
            case "cdf" -> ".json";
            case "ess" -> ".xlsx";
            default -> ".csv";
        });
        if (text != null) {
            Files.writeString(cvr, text);
        }
        String source = switch (provider) {
            case "cdf" -> "\"provider\": \"cdf\", \"contestId\": \"Mayor\"";
            case "ess" -> "\"provider\": \"ess\", \"firstVoteColumnIndex\": \"2\", \"firstVoteRowIndex\": \"2\","
                    + " \"idColumnIndex\": \"1\", \"overvoteDelimiter\": \"|\"";
            default -> "\"provider\": \"genericCsv\", \"firstVoteColumnIndex\": \"4\", \"firstVoteRowIndex\": \"2\","
                    + " \"idColumnIndex\": \"1\"";
        };
        StringBuilder candidates = new StringBuilder();
        for (String candidate : NAMES) {
            candidates.append(candidates.length() == 0 ? "" : ",").append("{\"name\": \"").append(candidate).append("\"}");
        }
        Path config = folder.resolve(name + "_config.json");
        Files.writeString(config, "{\"tabulatorVersion\": \"2.0.1\", \"outputSettings\": {\"contestName\": \"Mayor\"},"
                + " \"cvrFileSources\": [{\"filePath\": \"" + cvr.getFileName() + "\", " + source + "}],"
                + " \"candidates\": [" + candidates + "], \"rules\": {\"tiebreakMode\": \"useCandidateOrder\","
                + " \"overvoteRule\": \"" + (skip ? "alwaysSkipToNextRank" : "exhaustImmediately") + "\","
                + " \"winnerElectionMode\": \"singleWinnerMajority\", \"numberOfWinners\": \"1\","
                + " \"maxSkippedRanksAllowed\": \"" + skipped + "\", \"maxRankingsAllowed\": \"max\","
                + " \"batchElimination\": " + batch + "}}");
        return config;
    }

    /** The same ballots and rules as a Teller contest. */
    private Path teller(List<Paper> papers, boolean skip, int skipped, boolean batch) throws IOException {
        Path contest = folder.resolve("teller");
        Files.createDirectories(contest);
        StringBuilder csv = new StringBuilder("rank1,rank2,rank3,rank4,rank5\n");
        for (Paper paper : papers) {
            List<String> ranks = new ArrayList<>();
            for (int rank = 1; rank <= NAMES.size(); rank++) {
                List<String> marked = new ArrayList<>();
                for (int c = 0; c < NAMES.size(); c++) {
                    if (paper.rankOf()[c] == rank) {
                        marked.add(NAMES.get(c));
                    }
                }
                ranks.add(String.join("|", marked));
            }
            csv.append(String.join(",", ranks)).append('\n');
        }
        Files.writeString(contest.resolve("ballots.csv"), csv);
        StringBuilder yaml = new StringBuilder("title: Mayor\ndate: 2026-05-07\nsystem: alternative-vote\noptions:\n"
                + "  overvote: " + (skip ? "skip-to-next-rank" : "exhaust") + "\n"
                + "  skipped-ranks: " + skipped + "\n  repeated-candidate: skip\n  first-preference: like-any-rank\n"
                + "  batch-elimination: " + batch + "\n  tie-break: lot\ncandidates:\n");
        NAMES.forEach(name -> yaml.append("  - name: ").append(name).append('\n'));
        yaml.append("ballots: ballots.csv\n");
        Files.writeString(contest.resolve("contest.yaml"), yaml);
        return contest;
    }
}
