package org.migrationworkbench.core.signoff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.store.DiskSpace;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.StoreProbe;

/**
 * Reads a sign-off back from the closed database file before it is acknowledged. H2 may accept a commit whose
 * pages it later fails to write (a disk that fills up meanwhile); read back from the file, such a record is missing
 * and the command fails instead of saying "Recorded".
 */
public final class LedgerReadBack {
    private LedgerReadBack() {
    }

    /**
     * @throws WorkbenchException when {@code record} is not in the file of {@code config} (closed by now) as written
     */
    public static void confirm(StoreConfig config, SignoffRecord record) {
        if (config.databaseFile().isEmpty()) {
            return; // a database server makes its own commits durable
        }
        Optional<String> stored;
        try {
            stored = StoreProbe.readOnly(config, connection -> {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT chain_hash FROM signoff WHERE seq = ?")) {
                    query.setLong(1, record.seq());
                    try (ResultSet row = query.executeQuery()) {
                        return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw notStored(config, record, DiskSpace.isDiskFull(e) ? "the disk is full" : e.getMessage(), e);
        }
        if (!stored.equals(Optional.of(record.chainHash()))) {
            throw notStored(config, record, "it is not in the file after closing it", null);
        }
    }

    private static WorkbenchException notStored(StoreConfig config, SignoffRecord record, String why, Throwable e) {
        return new WorkbenchException("The sign-off (record " + record.seq() + ") could not be confirmed on disk in "
                + config.databaseFile().orElseThrow() + ": " + why + ". It is not acknowledged: check free disk "
                + "space, run 'verify', and sign again if it is missing.", e);
    }
}
