package org.evaw.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/**
 * One run of the evaw-kg command line in this JVM, as picocli's manual tests an application: the
 * command line's writers set to strings, then its exit code and what it printed on each.
 */
record Run(int exitCode, String out, String err) {
    static Run of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cmd = EvawKg.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
