package org.migrationworkbench.core.signoff;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;

import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;

/** A workspace store with a sign-off ledger, and plain SQL for playing the attacker. */
final class LedgerFixture implements AutoCloseable {
    final Path workspace;
    final WorkbenchStore store;
    final SignoffLedger ledger;

    LedgerFixture(Path workspace) {
        this.workspace = workspace;
        this.store = WorkbenchStore.open(StoreConfig.forWorkspace(workspace, Map.of()));
        this.ledger = new SignoffLedger(store, ChainHead.file(workspace));
    }

    static Signoff signoff(String gate, String role, String person, int minute) {
        String snapshot = "{\"gate\":\"" + gate + "\"}";
        return new Signoff(gate, role, person, person + "@example.org", Decision.APPROVE, "looks right",
                Instant.parse("2026-03-01T10:00:00.123456789Z").plusSeconds(60L * minute),
                ChainHash.digest(snapshot), snapshot);
    }

    /** Appends {@code n} approvals on gate p1 by different people. */
    void appendSome(int n) {
        for (int i = 1; i <= n; i++) {
            ledger.append(signoff("p1", "Role " + i, "Person " + i, i));
        }
    }

    /** Runs SQL as someone with the database file would: the append-only trigger dropped first. */
    void tamper(String... statements) throws SQLException {
        try (Connection connection = store.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER IF EXISTS signoff_append_only");
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    ChainVerification verify() {
        return new ChainVerifier().verify(ledger);
    }

    @Override
    public void close() {
        store.close();
    }
}
