package org.migrationworkbench.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;

/**
 * Plain SQL on a workspace store, as someone with the database file would run it: the append-only trigger of the
 * sign-off ledger dropped first (as in {@code core.signoff.LedgerFixture}).
 */
public final class LedgerTampering {
    private LedgerTampering() {
    }

    /** Runs {@code statements} on an open store. */
    public static void tamper(DataSource store, String... statements) throws SQLException {
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER IF EXISTS signoff_append_only");
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Opens the closed store of the workspace at {@code workspaceRoot}, runs {@code statements} and closes it. */
    public static void tamper(Path workspaceRoot, String... statements) throws SQLException {
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(workspaceRoot, Map.of()))) {
            tamper(store.dataSource(), statements);
        }
    }
}
