package org.migrationworkbench.core.store;

import java.nio.file.Path;
import java.util.Optional;

import org.migrationworkbench.core.WorkbenchException;

/**
 * The workspace database exists but cannot be opened. The file is left exactly as it was, so that it can be
 * examined or restored from a backup; the message names the file, the backup folder and the newest backup.
 */
public class StoreCorruptException extends WorkbenchException {
    private static final long serialVersionUID = 1L;

    private final transient Path databaseFile;

    StoreCorruptException(Path databaseFile, String reason, Path backupDir, Optional<Path> newestBackup,
                          Throwable cause) {
        super(message(databaseFile, reason, backupDir, newestBackup), cause);
        this.databaseFile = databaseFile;
    }

    /** The damaged file of {@code config}, with where its backups are (in the workspace and the user's folder). */
    static StoreCorruptException of(StoreConfig config, String reason, Throwable cause) {
        Path backups = config.backupDir().orElseThrow();
        return new StoreCorruptException(config.databaseFile().orElseThrow(), reason, backups,
                Backups.newest(config), cause);
    }

    /** The file that could not be opened. */
    public Path databaseFile() {
        return databaseFile;
    }

    private static String message(Path file, String reason, Path backupDir, Optional<Path> newestBackup) {
        Path workspace = file.getParent().getParent();
        String backups = newestBackup
                .map(b -> "The newest backup is " + b + ". To restore it: workbench restore " + b
                        + " --workspace " + workspace + " (the damaged file is kept beside it).")
                .orElse("There are no backups in " + backupDir + " or the user's data folder.");
        return "The workspace database " + file + " cannot be opened: " + reason + ". The file was left untouched. "
                + backups;
    }
}
