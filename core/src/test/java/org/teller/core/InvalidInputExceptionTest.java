package org.teller.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void aMessageNamesTheSourceTheLineTheValueAndWhatIsWrong() {
        assertThat(new InvalidInputException("c/ballots.csv", 3, "Zed", "is not a candidate").getMessage())
                .isEqualTo("c/ballots.csv, line 3: 'Zed' is not a candidate");
        assertThat(InvalidInputException.of("", "is empty").in("--lots").getMessage()).isEqualTo("--lots: is empty");
    }

    @Test
    void controlCharactersInTheValueOrTheSourceAreEscapedSoTheMessageStaysOneLine() {
        InvalidInputException bad = new InvalidInputException("a\nfolder/b\rc.csv", 2, "Ann\nArcher\t\u0000\u001b[31m\u2028",
                "is not a candidate");
        assertThat(bad.getMessage()).isEqualTo(
                "a\\nfolder/b\\rc.csv, line 2: 'Ann\\nArcher\\t\\u0000\\u001b[31m\\u2028' is not a candidate");
        // What the user gave is kept as it was; only the message escapes it.
        assertThat(bad.value()).contains("Ann\nArcher\t\u0000\u001b[31m\u2028");
        assertThat(bad.source()).isEqualTo("a\nfolder/b\rc.csv");
    }

    @Test
    void invisibleFormattingAndLoneSurrogatesAreShownToo() {
        // A zero-width space or a right-to-left override would make the value look like another.
        assertThat(InvalidInputException.of("Ann\u200bArcher\u202e", "is not a candidate").getMessage())
                .isEqualTo("'Ann\\u200bArcher\\u202e' is not a candidate");
        assertThat(InvalidInputException.of("x\ud800y\ud83d\uddf3", "is odd").getMessage())
                .isEqualTo("'x\\ud800y\ud83d\uddf3' is odd");
    }

    @Test
    void aLongValueIsCutAndItsLengthSaid() {
        String value = "é".repeat(150) + "x".repeat(4850);
        String message = InvalidInputException.of(value, "is not a candidate").in("--lots").getMessage();
        assertThat(message).isEqualTo("--lots: '" + "é".repeat(150) + "x".repeat(50) + "…' (5,000 characters) is not a candidate");
        String justShort = "y".repeat(200);
        assertThat(InvalidInputException.of(justShort, "is odd").getMessage()).isEqualTo("'" + justShort + "' is odd");
    }

    @Test
    void anyTextCanBeMadeOneLine() {
        assertThat(InvalidInputException.oneLine("java.lang.IllegalStateException: two\nlines\r\n"))
                .isEqualTo("java.lang.IllegalStateException: two\\nlines\\r\\n");
    }
}
