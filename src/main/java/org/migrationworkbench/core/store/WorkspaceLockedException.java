package org.migrationworkbench.core.store;

import java.nio.file.Path;
import java.util.OptionalLong;

import org.migrationworkbench.core.WorkbenchException;

/** The workspace is already open, in another window of this app or in another program. */
public class WorkspaceLockedException extends WorkbenchException {
    private static final long serialVersionUID = 1L;
    private static final String HINT = " Close it there, or open a different workspace.";

    private final transient OptionalLong pid;
    private final boolean sameWindow;

    private WorkspaceLockedException(String message, OptionalLong pid, Throwable cause) {
        this(message, pid, cause, false);
    }

    private WorkspaceLockedException(String message, OptionalLong pid, Throwable cause, boolean sameWindow) {
        super(message, cause);
        this.pid = pid;
        this.sameWindow = sameWindow;
    }

    /** True when this JVM itself holds the workspace, rather than another program. */
    public boolean heldByThisJvm() {
        return sameWindow;
    }

    /** Another process holds the workspace lock; {@code pid} is what it wrote into the lock file, if readable. */
    static WorkspaceLockedException otherProcess(OptionalLong pid) {
        String who = pid.isPresent() ? "pid " + pid.getAsLong() : "pid unknown";
        return new WorkspaceLockedException(
                "This workspace is open in another Migration Workbench window (" + who + ")." + HINT, pid, null);
    }

    /** This JVM holds the lock already. */
    static WorkspaceLockedException sameWindow() {
        return new WorkspaceLockedException("This workspace is already open in this window.", OptionalLong.empty(),
                null, true);
    }

    /** The database refused a second opener (H2 error 90020) although the workspace lock was free. */
    static WorkspaceLockedException databaseInUse(Path databaseFile, Throwable cause) {
        return new WorkspaceLockedException("This workspace is open in another program: its database file "
                + databaseFile + " is in use." + HINT, OptionalLong.empty(), cause);
    }

    /** The process id of the other holder, when known. */
    public OptionalLong pid() {
        return pid == null ? OptionalLong.empty() : pid;
    }
}
