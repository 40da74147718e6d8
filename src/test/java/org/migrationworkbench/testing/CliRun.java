package org.migrationworkbench.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.migrationworkbench.cli.WorkbenchCommand;
import picocli.CommandLine;

/** Runs the command line as the jar does, without a GUI, and keeps what the last run printed. */
public final class CliRun {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs one command; returns its exit code. Starting the GUI fails the test. */
    public int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = WorkbenchCommand.commandLine(workspace -> {
            throw new AssertionError("no GUI here");
        });
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    /** What the last run wrote to standard output. */
    public String out() {
        return out.toString();
    }

    /** What the last run wrote to standard error. */
    public String err() {
        return err.toString();
    }
}
