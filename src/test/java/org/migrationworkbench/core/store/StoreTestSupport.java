package org.migrationworkbench.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import javax.sql.DataSource;

import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;

/** Small helpers shared by the store tests. */
final class StoreTestSupport {
    private StoreTestSupport() {
    }

    /** How many versioned migrations the app ships (files in db/migration). */
    static final long SHIPPED_MIGRATIONS = shippedMigrations();

    private static long shippedMigrations() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
                StoreTestSupport.class.getResource("/db/migration").toURI()))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ItemState state(String item, String state, String at) {
        return new ItemState("cutover", item, state, "alice", Instant.parse(at), "");
    }

    static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
