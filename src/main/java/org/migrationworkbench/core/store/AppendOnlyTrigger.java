package org.migrationworkbench.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import org.h2.api.Trigger;

/**
 * H2 row trigger that refuses every UPDATE and DELETE, making a table append-only (sign-offs, audit log). The
 * schema scripts attach it with {@code CREATE TRIGGER ... BEFORE UPDATE, DELETE ON t FOR EACH ROW CALL
 * 'org.migrationworkbench.core.store.AppendOnlyTrigger'}.
 * <p>
 * It guards against mistakes in the app, not against someone with the database file: such a person can drop the
 * trigger or use {@code TRUNCATE}, which fires no row triggers. Tampering is detected by the sign-off hash chain.
 */
public final class AppendOnlyTrigger implements Trigger {
    /** SQLSTATE "prohibited SQL-statement attempted" of the SQL standard. */
    static final String SQL_STATE = "2F003";

    private String table = "?";

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("table " + table + " is append-only: rows cannot be changed or deleted", SQL_STATE);
    }
}
