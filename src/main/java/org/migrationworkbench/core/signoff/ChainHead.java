package org.migrationworkbench.core.signoff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.migrationworkbench.core.AtomicFiles;
import org.migrationworkbench.core.WorkbenchException;

/**
 * The newest record of the ledger as last written by Migration Workbench, kept outside the database in
 * {@code <workspace>/.workbench/signoffs.head} as one line {@code <seq> <chain hash>}, so that deleting the newest
 * records from the database is noticed.
 */
public record ChainHead(long seq, String chainHash) {
    /** The head file of the workspace at {@code workspaceRoot}. */
    public static Path file(Path workspaceRoot) {
        return workspaceRoot.resolve(".workbench").resolve("signoffs.head");
    }

    /** Replaces the head file atomically. */
    void write(Path file) {
        try {
            AtomicFiles.write(file, seq + " " + chainHash + "\n");
        } catch (IOException e) {
            throw new WorkbenchException("Could not write the sign-off chain head " + file + ": " + e.getMessage()
                    + ". Check that the folder is writable; the sign-off itself is stored.", e);
        }
    }

    /**
     * The head written last; empty when there is no head file.
     *
     * @throws WorkbenchException when the file cannot be read or is not a head line
     */
    static Optional<ChainHead> read(Path file) {
        String text;
        try {
            text = Files.readString(file).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new WorkbenchException("Could not read the sign-off chain head " + file + ": " + e.getMessage(), e);
        }
        String[] parts = text.split(" ");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-f]{64}")) {
            throw new WorkbenchException(file + ":1:1: not a sign-off chain head (expected '<seq> <sha-256 hex>')");
        }
        return Optional.of(new ChainHead(Long.parseLong(parts[0]), parts[1]));
    }
}
