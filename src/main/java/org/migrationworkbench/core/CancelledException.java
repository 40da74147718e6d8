package org.migrationworkbench.core;

/** Thrown by an operation that stopped because its {@link Progress} was cancelled. */
public class CancelledException extends WorkbenchException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled by the user.");
    }
}
