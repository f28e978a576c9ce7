package org.teller.rctab.config;

import java.nio.file.Path;
import java.util.List;
import org.teller.rctab.cvr.CvrSource;

/**
 * An RCTab contest configuration (its version 2 format, as RCTab 2.0 writes it), read by
 * {@link ConfigReader}.
 *
 * @param file the configuration file, against whose folder the paths in it are resolved
 * @param tabulatorVersion the RCTab version that wrote it ({@code TEST} in RCTab's own test cases)
 * @param output its {@code outputSettings}
 * @param sources its {@code cvrFileSources}, in order
 * @param candidates its {@code candidates}, in order
 * @param rules its {@code rules}
 */
public record ContestConfig(Path file, String tabulatorVersion, OutputSettings output, List<CvrSource> sources,
        List<CandidateConfig> candidates, Rules rules) {

    public ContestConfig {
        sources = List.copyOf(sources);
        candidates = List.copyOf(candidates);
    }

    /**
     * {@code outputSettings}: what the contest is called and where its reports go.
     *
     * @param outputDirectory resolved against the configuration's folder
     */
    public record OutputSettings(String contestName, Path outputDirectory, String contestDate,
            String contestJurisdiction, String contestOffice, boolean tabulateByBatch, boolean tabulateByPrecinct,
            boolean generateCdfJson) {}

    /**
     * One of {@code candidates}.
     *
     * @param code a short code some files use for the candidate ("" when none; older configurations)
     * @param aliases other names the CVR files may give the candidate
     * @param excluded whether the candidate takes no part in the count (as if eliminated before it starts)
     */
    public record CandidateConfig(String name, String code, List<String> aliases, boolean excluded) {
        public CandidateConfig {
            aliases = List.copyOf(aliases);
        }
    }
}
