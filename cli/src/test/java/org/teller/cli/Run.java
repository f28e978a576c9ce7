package org.teller.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the teller command in this process: its exit code and what it wrote. */
record Run(int exitCode, String out, String err) {

    static Run teller(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Teller.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
