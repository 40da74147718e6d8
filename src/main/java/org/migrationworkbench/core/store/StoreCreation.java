package org.migrationworkbench.core.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;

import org.h2.jdbcx.JdbcConnectionPool;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Makes a new workspace database under a temporary name, with its whole schema, and only then moves it into place.
 * So a database file that exists was always complete once, and one that holds no tables is damaged, never "new".
 */
final class StoreCreation {
    private static final String NEW = "workbench-new";

    private StoreCreation() {
    }

    /** Creates the database file of {@code config}, which does not exist yet. */
    static void create(StoreConfig config) {
        Path dir = config.workbenchDir().orElseThrow();
        Path file = config.databaseFile().orElseThrow();
        Path temp = dir.resolve(NEW + ".mv.db");
        StoreConfig creating = new StoreConfig(StoreConfig.fileUrl(dir, NEW) + ";WRITE_DELAY=0", config.user(),
                config.password(), config.workbenchDir(), config.migrationLocations());
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(temp); // left by a creation that was cut off
            Files.deleteIfExists(dir.resolve(NEW + ".trace.db"));
            DiskSpace.require(dir, "a new workspace database");
            JdbcConnectionPool pool = JdbcConnectionPool.create(creating.jdbcUrl(), config.user(), config.password());
            try {
                pool.getConnection().close();
                new SchemaMigrator(pool, creating, Clock.systemUTC()).migrate(false);
            } finally {
                pool.dispose();
            }
            move(temp, file);
        } catch (SQLException | IOException e) {
            throw new WorkbenchException("Could not create the workspace database " + file + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk is not full.", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
