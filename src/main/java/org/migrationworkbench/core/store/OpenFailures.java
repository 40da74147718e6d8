package org.migrationworkbench.core.store;

import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import org.h2.api.ErrorCode;
import org.migrationworkbench.core.WorkbenchException;

/** Turns a failure to open the database into a message the user can act on. */
final class OpenFailures {
    private OpenFailures() {
    }

    /**
     * The exception for {@code e}, thrown by H2 while opening: in use elsewhere, an existing file that cannot be read
     * (never touched afterwards), or a database that could not be created or reached.
     */
    static WorkbenchException translate(StoreConfig config, boolean existed, SQLException e) {
        Optional<Path> file = config.databaseFile();
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1 && file.isPresent()) {
            return WorkspaceLockedException.databaseInUse(file.get(), e);
        }
        if (existed && file.isPresent()) {
            Path backups = config.backupDir().orElseThrow();
            return new StoreCorruptException(file.get(), reason(file.get(), e), backups, Backups.newest(config), e);
        }
        String where = file.map(Path::toString).orElse(config.jdbcUrl());
        return new WorkbenchException("Could not open the workspace database " + where + ": " + e.getMessage()
                + ". Check that the folder is writable and the database reachable.", e);
    }

    private static String reason(Path file, SQLException e) {
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            return "you lack permission to read and write it";
        }
        switch (e.getErrorCode()) {
            case ErrorCode.FILE_CORRUPTED_1:
                return "it is damaged";
            case ErrorCode.DATABASE_IS_READ_ONLY:
                // read-only, H2 refused to start afresh: it found no complete data in the file
                return "its data cannot be found (it was truncated or overwritten)";
            case ErrorCode.FILE_VERSION_ERROR_1:
                return "it was written by an unsupported database version";
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
                return "it is encrypted or the password is wrong";
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
                if (rootCause(e) instanceof EOFException) {
                    return "it ends too early, so it is damaged or incomplete";
                }
                return "reading it failed (" + e.getMessage() + ")";
            default:
                return "the database reported error " + e.getErrorCode() + " (" + e.getMessage() + ")";
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
