package org.migrationworkbench.core;

/**
 * The one exception type of the core: its message is written for the user (what happened, where, what to
 * do) and is shown as is by the CLI and the error dialog; the cause carries the technical detail.
 */
public class WorkbenchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkbenchException(String message) {
        super(message);
    }

    public WorkbenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
