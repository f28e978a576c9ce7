package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The parser alone, against a made-up command that has every kind of option and group. */
class ArgumentParserTest {

    static final Positional FILE = Positional.required("FILE", "The file.");
    static final OptionSpec<String> FORMAT = OptionSpec.text("--format", "FORMAT", "The format.").orElse("text");
    static final OptionSpec<String> OUT = OptionSpec.text("--out", "DIR", "The folder.").required();
    static final OptionSpec<Boolean> QUIET = OptionSpec.flag("--quiet", "Quiet.");
    static final OptionSpec<Long> SEED = OptionSpec.wholeNumber("--seed", "S", "The seed.").orElse(1L);
    static final OptionSpec<String> LIKE = OptionSpec.text("--like", "CONTEST", "Like this.");
    static final OptionSpec<Long> BALLOTS = OptionSpec.wholeNumber("--ballots", "N", "Papers.").required();
    static final OptionSpec<Long> CANDIDATES = OptionSpec.wholeNumber("--candidates", "K", "Candidates.").required();
    static final OptionSpec<Long> AREAS = OptionSpec.wholeNumber("--areas", "M", "Areas.").orElse(0L);
    static final OptionSpec<String> A = OptionSpec.text("--a", "X", "A.");
    static final OptionSpec<String> B = OptionSpec.text("--b", "Y", "B.");

    static final CommandSpec SPEC = CommandSpec.command("try", "Tries.")
            .positional(FILE)
            .options(FORMAT, OUT, QUIET, SEED)
            .group(OptionGroup.atMostOneOf(A, B));

    static final CommandSpec MADE = CommandSpec.command("made", "Makes.")
            .options(OUT)
            .group(OptionGroup.oneOf(LIKE, OptionGroup.together(BALLOTS, CANDIDATES, AREAS)));

    static final CommandSpec ROOT = CommandSpec.root("The root.").options(QUIET);

    private static Arguments parse(CommandSpec spec, String... args) {
        return ArgumentParser.parse(spec, args, 0);
    }

    private static void refused(CommandSpec spec, String message, String... args) {
        assertThatThrownBy(() -> parse(spec, args)).isInstanceOf(UsageException.class).hasMessage(message)
                .extracting(e -> ((UsageException) e).command()).isEqualTo(spec.path());
    }

    @Test
    void valuesFollowOrAreJoinedWithAnEqualsSign() {
        Arguments given = parse(SPEC, "f.csv", "--format", "json", "--out=x", "--seed=-7", "--a", "-5");
        assertThat(given.get(FILE)).isEqualTo("f.csv");
        assertThat(given.get(FORMAT)).isEqualTo("json");
        assertThat(given.get(OUT)).isEqualTo("x");
        assertThat(given.get(SEED)).isEqualTo(-7L);
        assertThat(given.get(A)).isEqualTo("-5"); // a value may start with '-' if it is not one of the options
        assertThat(given.get(QUIET)).isFalse();
        assertThat(given.has(QUIET)).isFalse();
        assertThat(parse(SPEC, "--out", "x", "f", "--format=").get(FORMAT)).isEmpty();
        assertThat(parse(SPEC, "--out=y=z", "f", "--quiet").get(OUT)).isEqualTo("y=z");
    }

    @Test
    void anOptionNotGivenHasItsFallback() {
        Arguments given = parse(SPEC, "--out", "x", "f");
        assertThat(given.get(FORMAT)).isEqualTo("text");
        assertThat(given.get(SEED)).isEqualTo(1L);
        assertThat(given.get(A)).isNull();
        assertThat(given.has(FORMAT)).isFalse();
    }

    @Test
    void aFlagTakesNoValueUnlessJoinedAndBoolean() {
        assertThat(parse(SPEC, "--out", "x", "f", "--quiet").get(QUIET)).isTrue();
        assertThat(parse(SPEC, "--out", "x", "f", "--quiet=false").get(QUIET)).isFalse();
        assertThat(parse(SPEC, "--out", "x", "f", "--quiet=TRUE").get(QUIET)).isTrue();
        refused(SPEC, "Invalid value for option '--quiet': 'yes' is not a boolean", "--out", "x", "f", "--quiet=yes");
        refused(SPEC, "Unmatched argument at index 4: 'true'", "--out", "x", "f", "--quiet", "true");
    }

    @Test
    void doubleDashEndsTheOptions() {
        assertThat(parse(SPEC, "--out", "x", "--", "--quiet").get(FILE)).isEqualTo("--quiet");
        assertThat(parse(SPEC, "--out", "x", "--", "-").get(FILE)).isEqualTo("-");
        assertThat(parse(SPEC, "--out", "x", "-").get(FILE)).isEqualTo("-");
    }

    @Test
    void aMissingValueIsSaid() {
        refused(SPEC, "Missing required parameter for option '--format' (FORMAT)", "f", "--out", "x", "--format");
        refused(SPEC, "Expected parameter for option '--format' but found '--quiet'", "f", "--format", "--quiet");
        refused(SPEC, "Expected parameter for option '--format' but found '--out=x'", "f", "--format", "--out=x");
        refused(SPEC, "Expected parameter for option '--a' but found '-h'", "f", "--a", "-h");
    }

    @Test
    void eachOptionAtMostOnce() {
        refused(SPEC, "option '--format' (FORMAT) should be specified only once", "f", "--format", "csv", "--format=json");
        refused(SPEC, "option '--quiet' should be specified only once", "f", "--quiet", "--quiet");
        refused(SPEC, "option '--a' (X) should be specified only once", "f", "--a", "1", "--a", "2");
    }

    @Test
    void unknownOptionsAndParametersBeyondTheCommandsAreNamed() {
        refused(SPEC, "Unknown option: '--colour'", "f", "--out", "x", "--colour");
        refused(SPEC, "Unknown option: '--col\nour'", "f", "--out", "x", "--col\nour");
        refused(SPEC, "Unknown options: '--Format', 'csv'", "f", "--out", "x", "--Format", "csv");
        refused(SPEC, "Unknown option: '-format'", "f", "--out", "x", "-format");
        refused(SPEC, "Unknown option: '-q'", "f", "--out", "x", "-q");
        refused(SPEC, "Unmatched argument at index 1: 'g'", "f", "g", "--out", "x");
        refused(SPEC, "Unmatched arguments from index 1: 'g', 'h'", "f", "g", "h", "--out", "x");
        refused(SPEC, "Unknown option: '--colour'", "--colour"); // before anything is missing
    }

    @Test
    void whatIsRequiredIsSaidOptionsFirst() {
        refused(SPEC, "Missing required option: '--out=DIR'");
        refused(SPEC, "Missing required parameter: 'FILE'", "--out", "x");
        refused(MADE, "Missing required option: '--out=DIR'", "--ballots", "10");
    }

    @Test
    void optionsThatExcludeEachOther() {
        refused(SPEC, "--a=X and --b=Y are mutually exclusive (specify only one)", "f", "--out", "x", "--b", "1", "--a", "2");
        assertThat(parse(SPEC, "f", "--out", "x", "--b", "1").get(B)).isEqualTo("1");

        refused(MADE, "Missing required argument (specify one of these): (--like=CONTEST | [--ballots=N --candidates=K"
                + " [--areas=M]])", "--out", "x");
        refused(MADE, "--like=CONTEST and [--ballots=N --candidates=K [--areas=M]] are mutually exclusive (specify only one)",
                "--out", "x", "--like", "c", "--areas", "2");
        refused(MADE, "Missing required argument(s): --candidates=K", "--out", "x", "--ballots", "10");
        refused(MADE, "Missing required argument(s): --ballots=N, --candidates=K", "--out", "x", "--areas", "3");
        Arguments made = parse(MADE, "--out", "x", "--ballots", "10", "--candidates", "3");
        assertThat(made.get(BALLOTS)).isEqualTo(10L);
        assertThat(made.get(AREAS)).isZero();
        assertThat(parse(MADE, "--out", "x", "--like", "c").get(LIKE)).isEqualTo("c");
    }

    @Test
    void wholeNumbersAreDigitsThatFitALong() {
        assertThat(parse(SPEC, "f", "--out", "x", "--seed", "007").get(SEED)).isEqualTo(7L);
        assertThat(parse(SPEC, "f", "--out", "x", "--seed", "-9223372036854775808").get(SEED)).isEqualTo(Long.MIN_VALUE);
        for (String bad : new String[] {"ten", "+7", "0x10", "", "-", "1e3", " 1", "１"}) {
            refused(SPEC, "Invalid value for option '--seed': '" + bad + "' is not a whole number", "f", "--out", "x", "--seed", bad);
        }
        refused(SPEC, "Invalid value for option '--seed': '99999999999999999999' is not a whole number from"
                + " -9223372036854775808 to 9223372036854775807", "f", "--out", "x", "--seed", "99999999999999999999");
    }

    @Test
    void helpAndVersionWinOverEverythingElseButAMissingValue() {
        assertThat(parse(SPEC, "--help").get(CommandSpec.HELP)).isTrue();
        assertThat(parse(SPEC, "-h", "--colour", "extra", "more").get(CommandSpec.HELP)).isTrue();
        assertThat(parse(SPEC, "--colour", "-V").get(CommandSpec.VERSION)).isTrue();
        Arguments both = parse(SPEC, "-hV");
        assertThat(both.get(CommandSpec.HELP)).isTrue();
        assertThat(both.get(CommandSpec.VERSION)).isTrue();
        assertThat(parse(SPEC, "-Vh", "-h").get(CommandSpec.HELP)).isTrue();
        refused(SPEC, "Unknown option: '-hq'", "-hq", "f", "--out", "x");
        refused(SPEC, "Missing required parameter for option '--format' (FORMAT)", "--help", "--format");
    }

    @Test
    void theRootStopsAtTheCommandsName() {
        Arguments top = ArgumentParser.parse(ROOT, new String[] {"--quiet", "count", "--colour", "x"}, 0);
        assertThat(top.rest()).isEqualTo(1);
        assertThat(top.get(QUIET)).isTrue();
        assertThat(ArgumentParser.parse(ROOT, new String[] {}, 0).rest()).isEqualTo(-1);
        assertThat(ArgumentParser.parse(ROOT, new String[] {"--", "--quiet"}, 0).rest()).isEqualTo(1);
        refused(ROOT, "Unknown option: '--colour'", "--colour", "count");
    }

    @Test
    void parsingStartsWhereTheCommandsArgumentsStartAndCountsFromTheFirst() {
        String[] args = {"try", "f", "--out", "x", "extra"};
        assertThatThrownBy(() -> ArgumentParser.parse(SPEC, args, 1)).hasMessage("Unmatched argument at index 4: 'extra'");
    }

    @Test
    void twoOptionsOfOneNameAreAMistakeInTheSpec() {
        assertThatThrownBy(() -> CommandSpec.command("bad").options(QUIET, OptionSpec.flag("--quiet", "Again.")))
                .isInstanceOf(IllegalStateException.class).hasMessage("teller bad has two options named --quiet");
    }
}
