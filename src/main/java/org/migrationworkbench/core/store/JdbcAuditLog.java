package org.migrationworkbench.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.migrationworkbench.core.WorkbenchException;

/** {@link AuditLog} on the table {@code audit_log}, which a trigger keeps append-only. */
public final class JdbcAuditLog implements AuditLog {
    private static final String INSERT = "INSERT INTO audit_log (at, actor, action, subject, detail) "
            + "VALUES (?, ?, ?, ?, ?)";
    private static final String SELECT_RECENT = "SELECT seq, at, actor, action, subject, detail FROM audit_log "
            + "ORDER BY seq DESC FETCH FIRST ? ROWS ONLY";

    private final DataSource dataSource;
    private final Clock clock;

    /** An audit log stamping entries with the system clock. */
    public JdbcAuditLog(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    public JdbcAuditLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void append(String actor, String action, String subject, String detail) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            statement.setString(2, actor);
            statement.setString(3, action);
            statement.setString(4, subject == null || subject.isEmpty() ? null : subject);
            statement.setString(5, detail == null || detail.isEmpty() ? null : detail);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new WorkbenchException("Could not write to the audit log (" + action + " by " + actor + "): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_RECENT)) {
            statement.setInt(1, limit);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)));
                }
            }
            return List.copyOf(entries);
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the audit log: " + e.getMessage(), e);
        }
    }
}
