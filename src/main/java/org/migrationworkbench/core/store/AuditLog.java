package org.migrationworkbench.core.store;

import java.util.List;

/**
 * An append-only record of who did what in a workspace. Entries can never be changed or removed.
 * Implementations are thread-safe; failures are reported as {@link org.migrationworkbench.core.WorkbenchException}.
 */
public interface AuditLog {

    /**
     * Appends an entry stamped with the current time.
     *
     * @param subject what the action was about (e.g. a checklist item id); null or empty when nothing in particular
     * @param detail  free text; null or empty when there is none
     */
    void append(String actor, String action, String subject, String detail);

    /**
     * The newest entries, newest first.
     *
     * @param limit how many at most; must be positive
     */
    List<AuditEntry> recent(int limit);
}
