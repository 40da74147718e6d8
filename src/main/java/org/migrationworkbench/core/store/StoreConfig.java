package org.migrationworkbench.core.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.migrationworkbench.core.WorkbenchException;

/**
 * Where a workspace keeps its progress and how to reach it.
 *
 * @param jdbcUrl            the H2 JDBC URL
 * @param user               database user
 * @param password           database password (empty for the embedded file)
 * @param workbenchDir       the workspace's {@code .workbench} folder; present for the embedded file, where it holds
 *                           the database file, the lock file and the backups; absent for a database elsewhere
 * @param migrationLocations Flyway locations of the schema scripts, {@link #DEFAULT_MIGRATIONS} unless a test says
 *                           otherwise
 */
public record StoreConfig(String jdbcUrl, String user, String password, Optional<Path> workbenchDir,
                          List<String> migrationLocations) {

    /** Environment variable that points every workspace at another database, e.g. a team H2 server. */
    public static final String URL_VARIABLE = "WORKBENCH_JDBC_URL";
    /** User for {@link #URL_VARIABLE}; {@code sa} when unset. */
    public static final String USER_VARIABLE = "WORKBENCH_JDBC_USER";
    /** Password for {@link #URL_VARIABLE}; empty when unset. */
    public static final String PASSWORD_VARIABLE = "WORKBENCH_JDBC_PASSWORD";
    /** The schema scripts shipped with the app. */
    public static final String DEFAULT_MIGRATIONS = "classpath:db/migration";

    public static final String DIRECTORY = ".workbench";
    /**
     * Settings of the embedded file. {@code WRITE_DELAY=0}: every commit reaches the file at once.
     * {@code REUSE_SPACE=FALSE}: every write is appended to the file, never put where older data was freed. H2
     * 2.5.252 points its file header at the chunk before a chunk it put into freed space, so after a kill -9 it does
     * not find that chunk and opens the version before it: a committed, synced sign-off was lost that way
     * ({@code ReusedSpaceKillTest}). The price: the file only grows, by at least 4 KB per commit (about 15 KB per
     * sign-off from the command line), and nothing compacts it yet (ADR 0015).
     */
    private static final String FILE_SETTINGS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE";
    private static final String DATABASE_NAME = "workbench";
    private static final String DEFAULT_USER = "sa";

    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(workbenchDir, "workbenchDir");
        migrationLocations = List.copyOf(migrationLocations);
        if (migrationLocations.isEmpty()) {
            throw new IllegalArgumentException("at least one migration location is needed");
        }
    }

    /** Same as {@link #forWorkspace(Path, Map)} with the process environment. */
    public static StoreConfig forWorkspace(Path workspaceRoot) {
        return forWorkspace(workspaceRoot, System.getenv());
    }

    /**
     * The store of the workspace at {@code workspaceRoot}: by default the embedded file
     * {@code <workspace>/.workbench/workbench.mv.db}, opened so that every commit reaches the file at once and
     * survives a killed process ({@link #FILE_SETTINGS}).
     * <p>
     * When {@code env} sets {@value #URL_VARIABLE} (with {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}),
     * that database is used instead, e.g. a team H2 server ({@code jdbc:h2:tcp://host/workbench}); then there is no
     * {@code .workbench} folder: no workspace lock file and no automatic backup before schema upgrades, which
     * become the job of whoever runs that database.
     *
     * @throws WorkbenchException when the workspace path cannot be written into an H2 URL
     */
    public static StoreConfig forWorkspace(Path workspaceRoot, Map<String, String> env) {
        String url = env.get(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new StoreConfig(url.strip(), env.getOrDefault(USER_VARIABLE, DEFAULT_USER),
                    env.getOrDefault(PASSWORD_VARIABLE, ""), Optional.empty(), List.of(DEFAULT_MIGRATIONS));
        }
        Path dir = workspaceRoot.toAbsolutePath().normalize().resolve(DIRECTORY);
        if (dir.toString().contains(";")) {
            // H2 reads ';' in a URL as the start of a setting
            throw new WorkbenchException("The workspace folder " + workspaceRoot.toAbsolutePath()
                    + " contains a ';', which the database cannot handle. Rename the folder or move the workspace.");
        }
        return new StoreConfig(fileUrl(dir, DATABASE_NAME) + FILE_SETTINGS, DEFAULT_USER, "",
                Optional.of(dir), List.of(DEFAULT_MIGRATIONS));
    }

    /** A copy that takes its schema scripts from {@code locations} (Flyway syntax, e.g. {@code classpath:db/x}). */
    public StoreConfig withMigrationLocations(String... locations) {
        return new StoreConfig(jdbcUrl, user, password, workbenchDir, List.of(locations));
    }

    /** The H2 URL of the database {@code name} in {@code dir}, without settings. */
    static String fileUrl(Path dir, String name) {
        return "jdbc:h2:file:" + dir.resolve(name);
    }

    /**
     * A URL that opens the embedded file read-only and never creates it; empty for a database elsewhere.
     */
    Optional<String> readOnlyUrl() {
        return workbenchDir.map(dir -> fileUrl(dir, DATABASE_NAME) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE");
    }

    /** The embedded database file, when there is one. */
    public Optional<Path> databaseFile() {
        return workbenchDir.map(dir -> dir.resolve(DATABASE_NAME + ".mv.db"));
    }

    /** The file whose OS lock marks the workspace as open, when there is a {@code .workbench} folder. */
    public Optional<Path> lockFile() {
        return workbenchDir.map(dir -> dir.resolve(DATABASE_NAME + ".lock"));
    }

    /** Where backups are written before a schema upgrade, when there is a {@code .workbench} folder. */
    public Optional<Path> backupDir() {
        return workbenchDir.map(dir -> dir.resolve("backups"));
    }

    /** Shows everything but the password, so that the config can be logged. */
    @Override
    public String toString() {
        return "StoreConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
                + ", workbenchDir=" + workbenchDir + ", migrationLocations=" + migrationLocations + "]";
    }
}
