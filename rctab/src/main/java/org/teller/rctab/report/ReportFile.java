package org.teller.rctab.report;

import java.nio.file.Path;

/**
 * One of RCTab's report files, rendered.
 *
 * @param path where it goes, relative to the results folder: {@code <timestamp>_detailed_report.json},
 *     or {@code Tabulate by Precinct/<timestamp>_<precinct>_precinct_detailed_report.csv} for a part
 * @param text its content, written in UTF-8
 */
public record ReportFile(Path path, String text) {

    public ReportFile {
        if (path.isAbsolute() || path.normalize().startsWith("..")) {
            throw new IllegalArgumentException("a report file lies inside the results folder: " + path);
        }
    }
}
