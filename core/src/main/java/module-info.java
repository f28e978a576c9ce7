/**
 * Teller's count core: ballot papers and the rules that judge them, tallies, the count of each voting
 * system, lots, and the declaration. Pure Java with no dependencies and no I/O; every package is API.
 */
module org.teller.core {
    exports org.teller.core;
    exports org.teller.core.ballot;
    exports org.teller.core.contest;
    exports org.teller.core.count;
    exports org.teller.core.lot;
    exports org.teller.core.tally;
}
