package org.migrationworkbench.core.signoff;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.store.WorkbenchStore;

/**
 * The append-only sign-off ledger (table {@code signoff}): a decision is revised by appending a new record, never
 * by changing one. Each append is on disk when {@link #append} returns ({@code CHECKPOINT SYNC}) and moves the
 * chain head file. Thread-safe: appends are serialized.
 * <p>
 * It lives here rather than in {@code core.store} because it computes the hash chain of {@link SignoffRecord}s.
 */
public final class SignoffLedger {
    private static final String COLUMNS = "seq, gate_id, role, person, email, decision, comment, signed_at, "
            + "evidence_digest, evidence_snapshot, previous_hash, chain_hash";
    private static final String INSERT = "INSERT INTO signoff (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?)";
    private static final String LAST = "SELECT seq, chain_hash FROM signoff ORDER BY seq DESC LIMIT 1";

    private final WorkbenchStore store;
    private final DataSource dataSource;
    private final Path headFile;

    /** The ledger in {@code store} whose head file is {@code headFile} (see {@link ChainHead#file}). */
    public SignoffLedger(WorkbenchStore store, Path headFile) {
        this.store = store;
        this.dataSource = store.dataSource();
        this.headFile = headFile;
    }

    public Path headFile() {
        return headFile;
    }

    /**
     * Appends a record after the newest one, commits it durably and writes the new head.
     *
     * @throws WorkbenchException when it cannot be stored
     */
    public synchronized SignoffRecord append(Signoff signoff) {
        SignoffRecord record;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                record = insert(connection, signoff);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not store the sign-off of " + signoff.role() + " on gate "
                    + signoff.gate() + ": " + e.getMessage(), e);
        }
        store.checkpointSync();
        new ChainHead(record.seq(), record.chainHash()).write(headFile);
        return record;
    }

    private static SignoffRecord insert(Connection connection, Signoff s) throws SQLException {
        long seq = 1;
        String previous = "";
        try (PreparedStatement last = connection.prepareStatement(LAST); ResultSet row = last.executeQuery()) {
            if (row.next()) {
                seq = row.getLong(1) + 1;
                previous = row.getString(2);
            }
        }
        SignoffRecord record = new SignoffRecord(seq, s, previous, ChainHash.next(previous, s));
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, seq);
            insert.setString(2, s.gate());
            insert.setString(3, s.role());
            insert.setString(4, s.person());
            insert.setString(5, emptyToNull(s.email()));
            insert.setString(6, s.decision().id());
            insert.setString(7, emptyToNull(s.comment()));
            insert.setObject(8, OffsetDateTime.ofInstant(s.signedAt(), ZoneOffset.UTC));
            insert.setString(9, s.evidenceDigest());
            insert.setString(10, s.evidenceSnapshot());
            insert.setString(11, emptyToNull(previous));
            insert.setString(12, record.chainHash());
            insert.executeUpdate();
        }
        return record;
    }

    /** Every record, in ledger order. */
    public List<SignoffRecord> records() {
        return query("SELECT " + COLUMNS + " FROM signoff ORDER BY seq", Optional.empty());
    }

    /** The records of one gate, in ledger order. */
    public List<SignoffRecord> records(String gate) {
        return query("SELECT " + COLUMNS + " FROM signoff WHERE gate_id = ? ORDER BY seq", Optional.of(gate));
    }

    /** The head the app wrote last; empty when no head file exists. */
    public Optional<ChainHead> writtenHead() {
        return ChainHead.read(headFile);
    }

    private List<SignoffRecord> query(String sql, Optional<String> gate) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (gate.isPresent()) {
                query.setString(1, gate.get());
            }
            List<SignoffRecord> out = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    out.add(record(row));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the sign-off ledger: " + e.getMessage(), e);
        }
    }

    private static SignoffRecord record(ResultSet row) throws SQLException {
        Signoff s = new Signoff(row.getString(2), row.getString(3), row.getString(4), nullToEmpty(row.getString(5)),
                Decision.of(row.getString(6)), nullToEmpty(row.getString(7)),
                row.getObject(8, OffsetDateTime.class).toInstant(), row.getString(9), nullToEmpty(row.getString(10)));
        return new SignoffRecord(row.getLong(1), s, nullToEmpty(row.getString(11)), row.getString(12));
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
