package org.teller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.InvalidPathException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aBugIsOneLineExitOne() {
        StringWriter err = new StringWriter();
        int code = Failures.handle(new IllegalStateException("two\nlines\r\n"), new PrintWriter(err, true));
        assertThat(code).isEqualTo(Teller.FAILED);
        assertThat(err.toString()).isEqualTo("teller: failed: java.lang.IllegalStateException: two\\nlines\\r\\n"
                + " (this is a bug in Teller; set TELLER_DEBUG=1 for details and please report it)\n");
    }

    @Test
    void aPathThisSystemCannotHaveIsBadInputWhereverItIsFound() {
        StringWriter err = new StringWriter();
        int code = Failures.handle(new InvalidPathException("a\0b", "Nul character not allowed"), new PrintWriter(err, true));
        assertThat(code).isEqualTo(Teller.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("teller: 'a\\u0000b' is not a path on this system: Nul character not allowed\n");
    }

    @Test
    void anErrorOfTheJvmIsOneLineExitOneToo() {
        StringWriter err = new StringWriter();
        int code = Failures.bug(new OutOfMemoryError("Java heap space"), new PrintWriter(err, true));
        assertThat(code).isEqualTo(Teller.FAILED);
        assertThat(err.toString()).isEqualTo("teller: failed: java.lang.OutOfMemoryError: Java heap space"
                + " (this is a bug in Teller; set TELLER_DEBUG=1 for details and please report it)\n");
    }
}
