package org.teller.rctab.cvr;

import java.util.Arrays;
import java.util.Optional;

/** The formats of cast vote records that RCTab reads, by the key its configuration gives each. */
public enum CvrProvider {
    /** RCTab's generic CSV: a header of candidates; each row a record, each cell the rank given. */
    GENERIC_CSV("genericCsv"),
    /** NIST SP 1500-103 cast vote records, JSON or XML. */
    CDF("cdf"),
    /** ES&S's cast vote record export, an Excel workbook (xlsx): a column per rank. */
    ESS("ess"),
    /** Dominion's CVR export: JSON files with the manifests that name contests and candidates. */
    DOMINION("dominion"),
    /** Clear Ballot's cast vote record CSV. */
    CLEAR_BALLOT("clearBallot"),
    /** Hart's XML cast vote records, one file a ballot. */
    HART("hart");

    private final String key;

    CvrProvider(String key) {
        this.key = key;
    }

    /** The provider's key in a configuration's {@code cvrFileSources}. */
    public String key() {
        return key;
    }

    public static Optional<CvrProvider> byKey(String key) {
        return Arrays.stream(values()).filter(provider -> provider.key.equals(key)).findFirst();
    }
}
