package org.migrationworkbench.cli;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.signoff.ChainBrokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Prints what went wrong as one readable message on stderr (never a stack trace) and exits with 2. */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;
    static final int VERIFICATION_FAILED = 1;
    private static final Logger LOG = LoggerFactory.getLogger(CliErrors.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof ChainBrokenException) {
            // as verify does on a broken chain: the ledger failed verification, the input was fine
            LOG.info("Command refused: {}", e.getMessage());
            cmd.getErr().println("workbench: " + e.getMessage());
            cmd.getErr().flush();
            return VERIFICATION_FAILED;
        }
        if (e instanceof WorkbenchException) {
            LOG.info("Command failed: {}", e.getMessage());
            cmd.getErr().println("workbench: " + e.getMessage());
        } else {
            LOG.error("Unexpected failure", e);
            cmd.getErr().println("workbench: unexpected error: " + e + " (details in the log)");
        }
        cmd.getErr().flush();
        return BAD_INPUT;
    }
}
