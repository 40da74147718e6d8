package org.migrationworkbench.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.migrationworkbench.core.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with Flyway, after backing up an existing database that is about to change.
 */
final class SchemaMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    /**
     * The highest version in {@code db/migration}; a test keeps it equal to the files. A database already at
     * this version (and without failed migrations) is opened without running Flyway, which saves its classpath
     * scan and validation on every start.
     */
    static final int SHIPPED_VERSION = 7;
    private static final String HISTORY = "SELECT COUNT(CASE WHEN NOT \"success\" THEN 1 END), "
            + "MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"installed_rank\" > 0";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final StoreConfig config;
    private final Clock clock;

    SchemaMigrator(DataSource dataSource, StoreConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Applies pending migrations. When the database {@code existed} before this open and holds a schema (with or
     * without Flyway history) that is about to change, a backup is taken first; a new or empty database needs none.
     *
     * @throws WorkbenchException when the backup or a migration fails
     */
    void migrate(boolean existed) {
        if (existed && isCurrent()) {
            LOG.info("Workspace schema is current (version {})", SHIPPED_VERSION);
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(config.migrationLocations().toArray(String[]::new))
                .failOnMissingLocations(true)
                .cleanDisabled(true)
                .load();
        Optional<Path> backup = Optional.empty();
        try {
            MigrationInfoService info = flyway.info();
            MigrationInfo[] pending = info.pending();
            if (existed && pending.length > 0 && (info.applied().length > 0 || hasTables())) {
                backup = backup(nextVersion(pending));
            }
            MigrateResult result = flyway.migrate();
            LOG.info("Workspace schema migrated to version {} ({} migrations applied)",
                    result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                    result.migrationsExecuted);
        } catch (FlywayException e) {
            String kept = backup.map(b -> " A backup taken just before is at " + b + ".").orElse("");
            throw new WorkbenchException("Could not bring the workspace database " + where()
                    + " up to the schema of this Migration Workbench version: " + e.getMessage() + "." + kept, e);
        }
    }

    /** True when only the shipped migrations are configured and the history says all of them ran. */
    private boolean isCurrent() {
        if (!config.migrationLocations().equals(java.util.List.of(StoreConfig.DEFAULT_MIGRATIONS))) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(HISTORY)) {
            return rows.next() && rows.getLong(1) == 0 && rows.getInt(2) == SHIPPED_VERSION;
        } catch (SQLException e) {
            LOG.debug("No usable migration history; Flyway decides", e);
            return false;
        }
    }

    private boolean hasTables() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA")) {
            return rows.next() && rows.getLong(1) > 0;
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the schema of the workspace database " + where() + ": "
                    + e.getMessage(), e);
        }
    }

    private static String nextVersion(MigrationInfo[] pending) {
        return Arrays.stream(pending)
                .filter(m -> m.getVersion() != null)
                .map(m -> m.getVersion().getVersion())
                .findFirst()
                .orElse("repeatable");
    }

    /** Writes an H2 {@code BACKUP TO} zip into the backup folder; returns empty if there is no folder. */
    private Optional<Path> backup(String nextVersion) {
        if (config.backupDir().isEmpty()) {
            LOG.warn("No backup before upgrading {}: it is not a workspace file", config.jdbcUrl());
            return Optional.empty();
        }
        Path dir = config.backupDir().get();
        Path target = freeName(dir, "workbench-" + STAMP.format(clock.instant()) + "-before-v" + nextVersion);
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            Files.createDirectories(dir);
            statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException | IOException e) {
            throw new WorkbenchException("Could not back up the workspace database to " + target
                    + " before upgrading its schema, so it was not upgraded: " + e.getMessage()
                    + ". Check free disk space and that " + dir + " is writable.", e);
        }
        LOG.info("Backed up the workspace database to {}", target);
        Backups.copyToUserDir(config, target);
        return Optional.of(target);
    }

    private static Path freeName(Path dir, String base) {
        Path candidate = dir.resolve(base + ".zip");
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = dir.resolve(base + "-" + i + ".zip");
        }
        return candidate;
    }

    private String where() {
        return config.databaseFile().map(Path::toString).orElse(config.jdbcUrl());
    }
}
