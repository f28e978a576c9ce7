package org.teller.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.teller.core.contest.Declaration;
import org.teller.core.lot.SeededLotDrawer;
import org.teller.formats.contest.ContestCounter;
import org.teller.formats.report.ReportFormat;

/** What {@code teller count --format json} declares of a contest folder written from figures: the reference for the server. */
final class TellerCount {

    private TellerCount() {}

    /** {@code teller count --format json} of a folder holding a contest file and its ballot papers. */
    static String json(Path folder) {
        Declaration declaration = ContestCounter.count(folder, folder.toString(), new SeededLotDrawer(11062015));
        return ReportFormat.JSON.render(declaration);
    }

    /**
     * @param first each area's first preferences (areas North, South...), by candidate in ballot order
     * @param second each area's later preferences added, for {@code forward} in that order
     */
    static String json(String title, String[] candidates, long[][] first, long[][] second, String[] forward, long unmarked) {
        try {
            Path folder = Files.createTempDirectory("teller-count");
            StringBuilder yaml = new StringBuilder("title: " + title + "\ndate: 2015-06-11\nsystem: supplementary-vote\ncandidates:\n");
            for (String candidate : candidates) {
                yaml.append("  - name: ").append(candidate).append('\n');
            }
            yaml.append("returns: returns.csv\nrejected:\n  unmarked: ").append(unmarked).append('\n');
            Files.writeString(folder.resolve("contest.yaml"), yaml.toString());
            StringBuilder csv = new StringBuilder("area,candidate,first,second\n");
            String[] areas = {"North", "South"};
            for (int area = 0; area < first.length; area++) {
                for (int c = 0; c < candidates.length; c++) {
                    String added = "";
                    for (int f = 0; f < forward.length; f++) {
                        if (forward[f].equals(candidates[c])) {
                            added = String.valueOf(second[area][f]);
                        }
                    }
                    csv.append(areas[area]).append(',').append(candidates[c]).append(',').append(first[area][c]).append(',')
                            .append(added).append('\n');
                }
            }
            Files.writeString(folder.resolve("returns.csv"), csv.toString());
            Declaration declaration = ContestCounter.count(folder, folder.toString(), new SeededLotDrawer(11062015));
            return ReportFormat.JSON.render(declaration);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
