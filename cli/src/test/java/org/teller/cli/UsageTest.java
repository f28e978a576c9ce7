package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The help: laid out as picocli laid it out, so users see what they saw before. */
class UsageTest {

    @Test
    void countsHelpIsLaidOutAsPicocliLaidItOut() {
        Run help = Run.teller("count", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).isEqualTo("""
                Usage: teller count [-hV] [--audit-papers] [--force] [--quiet]
                                    [--format=FORMAT] [--out=FILE] [--output-directory=DIR]
                                    [--system=SYSTEM] [--timestamp=STAMP] [--lot-seed=N |
                                    --lots=ORDER] CONTEST
                Counts a contest and writes the declaration of the result.
                CONTEST is a folder holding contest.yaml, the path of a contest file, or an
                RCTab contest configuration (a .json file).
                      CONTEST                  The contest folder or contest file.
                      --audit-papers           For an RCTab configuration: give each ballot's
                                                 path through the rounds in the audit log.
                      --force                  Overwrite FILE, or RCTab's reports of the same
                                                 name, if they exist (only ever regular files).
                      --format=FORMAT          text (a declaration to read out), json, csv,
                                                 story (a news story of the result),
                                                 democracy-club (Democracy Club's results CSV),
                                                 rcvis (RCTab's summary JSON, which RCVis
                                                 draws), nist (NIST SP 1500-100 election
                                                 results), html (a report with charts, one
                                                 file) or pdf (the declaration of result to
                                                 sign and post; with --out). Default: text.
                  -h, --help                   Show this help message and exit.
                      --lot-seed=N             Draw any lot with this seed (repeats an earlier
                                                 draw). Default: a new random seed, printed.
                                                 Not for a contest whose tie-break asks for the
                                                 returning officer's lot.
                      --lots=ORDER             The order the returning officer drew by hand,
                                                 such as "Name A>Name B": of the tied, the
                                                 first named is elected, the last named
                                                 eliminated.
                      --out=FILE               Write to FILE, a new file, instead of standard
                                                 output (- or /dev/stdout: standard output).
                      --output-directory=DIR   For an RCTab configuration: write RCTab's
                                                 reports under DIR rather than its
                                                 outputDirectory.
                      --quiet                  No progress bar (there is none anyway unless
                                                 standard error is a terminal), and no word of
                                                 where RCTab's reports went.
                      --system=SYSTEM          Count under this system rather than the contest
                                                 file's: first-past-the-post,
                                                 supplementary-vote, contingent-vote (three
                                                 preferences) or alternative-vote (UK rules).
                      --timestamp=STAMP        For an RCTab configuration: name the results
                                                 folder and files by STAMP (yyyy-MM-dd_HH-mm)
                                                 rather than the time of the run, so that a
                                                 count run again writes the same names.
                  -V, --version                Print version information and exit.
                """);
        assertThat(Run.teller("count", "-h").out()).isEqualTo(help.out());
        assertThat(Run.teller("help", "count").out()).isEqualTo(help.out());
        assertThat(Run.teller("count", "examples/nowhere", "--colour", "--help").out()).isEqualTo(help.out());
    }

    @Test
    void tellersHelpIsLaidOutAsPicocliLaidItOut() {
        Run help = Run.teller("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).isEqualTo("""
                Usage: teller [-hV] [COMMAND]
                Counts elections (first past the post, the Supplementary Vote, the contingent
                vote, the alternative vote) and declares the result.
                  -h, --help      Show this help message and exit.
                  -V, --version   Print version information and exit.
                Commands:
                  count     Counts a contest and writes the declaration of the result.
                  compare   Counts a contest's votes under every system they allow and shows
                              the results side by side.
                  convert   Writes a contest's papers in another tool's format.
                  generate  Writes a contest folder (contest.yaml and ballots.csv) of ballot
                              papers, for tests, examples and benchmarks.
                  serve     Runs the count-night server: elections, contests, count areas,
                              returns typed twice and files of ballot papers, the returning
                              officer's console and the public results, every change in an
                              audit log (the API is described at /openapi.json).
                  audit     Checks the count-night server's audit log: every entry's hash, the
                              chain from the first to the last, and the data tables against
                              what it records.
                  help      Display help information about the specified command.

                Exit codes:
                  0   done
                  1   Teller failed (a bug: please report it)
                  2   bad input or usage
                """);
        assertThat(Run.teller("help").out()).isEqualTo(help.out());
        assertThat(Run.teller("-hV").out()).isEqualTo(help.out());
    }

    @Test
    void generatesHelpShowsItsGroups() {
        Run help = Run.teller("generate", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("""
                Usage: teller generate [-hV] [--force] [--gzip] [--quiet] --out=DIR [--seed=S]
                                       (--like=CONTEST | [--ballots=N --candidates=K
                                       [--ranks=R] [--areas=M]])
                Writes a contest folder (contest.yaml and ballots.csv) of ballot papers, for
                tests, examples and benchmarks.
                """).contains("""
                      --areas=M        How many count areas, at most 10,000 and no more than
                                         papers (0, the default: no area column).
                      --ballots=N      How many ballot papers, from 1 to 1,000,000,000.
                """);
        for (String line : help.out().split("\n")) {
            assertThat(line.length()).as(line).isLessThan(80);
        }
    }

    @Test
    void everyCommandHasAVersion() {
        for (String[] args : new String[][] {{"--version"}, {"-V"}, {"count", "--version"}, {"generate", "-V"},
                {"count", "examples/nowhere", "-V"}}) {
            Run version = Run.teller(args);
            assertThat(version.exitCode()).isZero();
            assertThat(version.out()).isEqualTo(Teller.version() + "\n").startsWith("teller ");
            assertThat(version.err()).isEmpty();
        }
    }

    @Test
    void aCommandLineWithoutACommandOrWithAnUnknownOneIsAUsageError() {
        Run none = Run.teller();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("teller: Missing required subcommand (see 'teller --help')\n");
        Run unknown = Run.teller("cuont", "x");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("teller: Unknown command: 'cuont' (see 'teller --help')\n");
        Run help = Run.teller("help", "nosuch");
        assertThat(help.exitCode()).isEqualTo(2);
        assertThat(help.err()).isEqualTo("teller: Unknown command: 'nosuch' (see 'teller --help')\n");
        Run option = Run.teller("--colour");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).isEqualTo("teller: Unknown option: '--colour' (see 'teller --help')\n");
        assertThat(none.out() + unknown.out() + help.out() + option.out()).isEmpty();
    }

    @Test
    void anArgumentStartingWithAnAtSignIsJustThat() {
        // picocli read such an argument as a file of arguments; Teller takes it as it is.
        Run run = Run.teller("count", "@nowhere");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("teller: @nowhere: does not exist\n");
    }
}
