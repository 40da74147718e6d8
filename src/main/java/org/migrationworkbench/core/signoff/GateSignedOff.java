package org.migrationworkbench.core.signoff;

import org.migrationworkbench.core.model.Workspace;

/**
 * What follows the approval that completes a gate's sign-offs (every role the gate requires then has the approvals
 * it needs in force), e.g. taking a timeline baseline. {@link SignoffService} calls it after that approval is
 * durable, on the thread that signed; a failure is reported as {@link SignoffFollowUpException}, never undoing the
 * sign-off.
 */
@FunctionalInterface
public interface GateSignedOff {
    /** Does nothing. */
    GateSignedOff NOTHING = (workspace, gate, approval) -> { };

    /**
     * Gate {@code gate} (a phase id) of {@code workspace} was just signed off by {@code approval}. Blocking.
     *
     * @throws org.migrationworkbench.core.WorkbenchException when what follows fails
     */
    void signedOff(Workspace workspace, String gate, SignoffRecord approval);
}
