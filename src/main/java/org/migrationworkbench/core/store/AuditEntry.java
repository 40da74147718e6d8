package org.migrationworkbench.core.store;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param seq     position in the log, increasing with each entry
 * @param subject what the action was about; empty when nothing in particular
 * @param detail  free text; empty when there is none
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail) {
    public AuditEntry {
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }
}
