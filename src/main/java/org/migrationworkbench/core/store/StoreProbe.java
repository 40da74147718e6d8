package org.migrationworkbench.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Looks at an existing embedded database file read-only before it is opened for writing. Opened for writing, H2
 * quietly starts afresh on a file whose chunks it cannot find (a truncated or emptied file) and overwrites it; read
 * only, the damage shows, and the file stays exactly as it was.
 */
public final class StoreProbe {
    private StoreProbe() {
    }

    /** A query run on a read-only connection. */
    @FunctionalInterface
    public interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code query} on the embedded file of {@code config} opened read-only (never created).
     *
     * @throws SQLException as H2 reports it, e.g. when the file is damaged
     */
    public static <T> T readOnly(StoreConfig config, Query<T> query) throws SQLException {
        String url = config.readOnlyUrl().orElseThrow(() -> new IllegalArgumentException("not an embedded file: "
                + config.jdbcUrl()));
        try (Connection connection = DriverManager.getConnection(url, config.user(), config.password())) {
            return query.run(connection);
        }
    }

    /**
     * Refuses an existing file that is empty, that H2 cannot read, or that holds no tables (what is left of a
     * truncated file), leaving it untouched. It reads the file with H2's MVStore directly, read-only: a failed
     * read-only open through JDBC keeps the file locked inside this JVM until it exits.
     *
     * @throws StoreCorruptException    when it is damaged
     * @throws WorkspaceLockedException when another program has it open
     */
    static void check(StoreConfig config) {
        Path file = config.databaseFile().orElseThrow();
        if (size(file) == 0) {
            throw StoreCorruptException.of(config, "it is empty (0 bytes): it was emptied or never finished", null);
        }
        MVStore store = null;
        boolean hasTables;
        try {
            store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
            hasTables = store.getMapNames().stream().anyMatch(name -> name.startsWith("table."));
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw WorkspaceLockedException.databaseInUse(file, e);
            }
            throw StoreCorruptException.of(config, !Files.isReadable(file) || !Files.isWritable(file)
                    ? "you lack permission to read and write it" : "it is damaged (" + e.getMessage() + ")", e);
        } finally {
            if (store != null) {
                store.closeImmediately();
            }
        }
        if (!hasTables) {
            throw StoreCorruptException.of(config, "it holds no data any more (it was truncated or emptied, so its "
                    + "contents are gone)", null);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new WorkbenchException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
