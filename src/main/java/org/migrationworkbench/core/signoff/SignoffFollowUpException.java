package org.migrationworkbench.core.signoff;

import java.util.Objects;

import org.migrationworkbench.core.WorkbenchException;

/**
 * The sign-off was recorded (durably, in the ledger), but what follows a gate's completion ({@link GateSignedOff})
 * failed. Callers show the recorded sign-off as done and the failure as a warning.
 */
public final class SignoffFollowUpException extends WorkbenchException {
    private static final long serialVersionUID = 1L;

    private final transient SignoffRecord record;

    public SignoffFollowUpException(SignoffRecord record, Throwable cause) {
        super("The sign-off of gate " + record.gate() + " as " + record.role() + " was recorded (record "
                + record.seq() + "), but what follows the gate's completion failed: " + cause.getMessage(), cause);
        this.record = Objects.requireNonNull(record, "record");
    }

    /** The sign-off that was recorded. */
    public SignoffRecord record() {
        return record;
    }
}
