package org.migrationworkbench.core.store;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.migrationworkbench.core.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database of one workspace: locked against other windows, schema up to date, ready for repositories.
 * <p>
 * Thread-safe: {@link #dataSource()} is a connection pool. Close the store when the workspace is closed; until then
 * no other process can open the workspace.
 */
public final class WorkbenchStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchStore.class);

    private final StoreConfig config;
    private final JdbcConnectionPool pool;
    private final Optional<WorkspaceLock> lock;
    private final StoreUsage usage = new StoreUsage();
    private boolean closed;
    private Runnable afterClose = () -> { };

    private WorkbenchStore(StoreConfig config, JdbcConnectionPool pool, Optional<WorkspaceLock> lock) {
        this.config = config;
        this.pool = pool;
        this.lock = lock;
    }

    /**
     * Locks the workspace, opens (or creates) its database and applies pending schema migrations, backing up an
     * existing database first. On failure nothing stays open or locked, and an existing database file is never
     * deleted, moved or replaced.
     *
     * @throws WorkspaceLockedException when another window or program has the workspace open
     * @throws StoreCorruptException    when the existing database file cannot be read, or holds nothing any more
     * @throws WorkbenchException       when the database file is missing but the workspace was used before
     * @throws WorkbenchException       when the database cannot be created, backed up or migrated
     */
    public static WorkbenchStore open(StoreConfig config) {
        Optional<WorkspaceLock> lock = config.lockFile().map(WorkspaceLock::acquire);
        try {
            boolean existed = config.databaseFile().map(Files::exists).orElse(true);
            if (config.databaseFile().isPresent()) {
                if (existed) {
                    StoreProbe.check(config);
                } else {
                    UsageSigns.refuseIfUsed(config);
                    StoreCreation.create(config);
                    existed = true; // complete, with its schema: the migrator's fast path applies
                }
            }
            JdbcConnectionPool pool = connect(config, existed);
            try {
                new SchemaMigrator(pool, config, Clock.systemUTC()).migrate(existed);
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
            LOG.info("Opened workspace store {}", config);
            return new WorkbenchStore(config, pool, lock);
        } catch (RuntimeException e) {
            lock.ifPresent(WorkspaceLock::close);
            throw e;
        }
    }

    private static JdbcConnectionPool connect(StoreConfig config, boolean existed) {
        if (!config.jdbcUrl().startsWith("jdbc:h2:")) {
            throw new WorkbenchException("The database URL " + config.jdbcUrl() + " is not supported: Migration "
                    + "Workbench works with H2 databases (jdbc:h2:...). Check " + StoreConfig.URL_VARIABLE + ".");
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(config.jdbcUrl(), config.user(), config.password());
        try {
            // the first connection opens (or creates) the file; the pool keeps it open until dispose()
            pool.getConnection().close();
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            throw OpenFailures.translate(config, existed, e);
        }
    }

    /**
     * Pooled connections to this workspace's database, for repositories. Close each connection after use (a borrowed
     * connection keeps the database open even after {@link #close()}); none can be had once the store is closed.
     */
    public DataSource dataSource() {
        return pool;
    }

    /** What this store was opened with. */
    public StoreConfig config() {
        return config;
    }

    /**
     * Forces everything committed so far onto the disk ({@code CHECKPOINT SYNC}), for writes that must survive a
     * power cut, such as a sign-off. Commits already survive a killed process without it.
     *
     * @throws WorkbenchException when the database cannot write
     */
    public void checkpointSync() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            String reason = DiskSpace.isDiskFull(e) ? "the disk is full" : e.getMessage();
            throw new WorkbenchException("Could not write the workspace database to disk: " + reason
                    + ". Check free disk space.", e);
        }
    }

    /** Runs {@code action} once the store is closed (a snapshot removes its copy then). */
    synchronized void afterClose(Runnable action) {
        afterClose = action;
    }

    /**
     * Leases the store for background work: {@link #close()} calls {@code cancel} and waits (up to a minute) until
     * the lease is closed before closing the database.
     *
     * @throws WorkbenchException when the store is closing
     */
    public StoreUsage.Lease lease(Runnable cancel, String what) {
        return usage.acquire(cancel, what);
    }

    /**
     * Asks leased work to stop and waits for it, then closes the pool and releases the workspace lock. Connections
     * still borrowed keep the database open until they are closed. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (!usage.drain(java.time.Duration.ofMinutes(1))) {
            LOG.warn("Closing workspace store {} while work still uses it", config.jdbcUrl());
        }
        closeNow();
    }

    private synchronized void closeNow() {
        if (closed) {
            return;
        }
        closed = true;
        pool.dispose();
        lock.ifPresent(WorkspaceLock::close);
        LOG.info("Closed workspace store {}", config.jdbcUrl());
        afterClose.run();
    }
}
