package org.migrationworkbench.core.signoff;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.store.DiskSpace;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only sign-off ledger (table {@code signoff}): a decision is revised by appending a new record, never
 * by changing one. Thread-safe: appends are serialized.
 * <p>
 * An append is refused unless the ledger verifies, so a new record never hides damage behind a valid-looking head.
 * It writes the pending head file before the database commit and the new head after it ({@link HeadFile}), so a
 * crash in between is recovered rather than reported as tampering; it is on disk when {@link #append} returns
 * ({@code CHECKPOINT SYNC}), and the user's {@link Witness} moves with it.
 * <p>
 * It lives here rather than in {@code core.store} because it computes the hash chain of {@link SignoffRecord}s.
 */
public final class SignoffLedger {
    private static final Logger LOG = LoggerFactory.getLogger(SignoffLedger.class);

    private final WorkbenchStore store;
    private final DataSource dataSource;
    private final Path headFile;
    private final Witness witness;

    /** The ledger in {@code store} whose head file is {@code headFile} (see {@link ChainHead#file}). */
    public SignoffLedger(WorkbenchStore store, Path headFile) {
        this(store, headFile, Witness.local(headFile.toAbsolutePath().getParent().getParent()));
    }

    /** The same, with the user's witness in {@code witness}. */
    public SignoffLedger(WorkbenchStore store, Path headFile, Witness witness) {
        this.store = store;
        this.dataSource = store.dataSource();
        this.headFile = headFile;
        this.witness = witness;
    }

    public Path headFile() {
        return headFile;
    }

    public Witness witness() {
        return witness;
    }

    /** Appends an unsigned record under no signer policy; see {@link #append(Signoff, Optional, SignoffPolicy)}. */
    public SignoffRecord append(Signoff signoff) {
        return append(signoff, Optional.empty(), SignoffPolicy.NONE);
    }

    /**
     * Appends a record after the newest one, sealed with {@code key} when given, and commits it durably. The ledger
     * must verify under {@code policy} first.
     *
     * @throws ChainBrokenException when the ledger does not verify (nothing is written)
     * @throws WorkbenchException   when it cannot be stored (nothing is acknowledged), e.g. the disk is full
     */
    public synchronized SignoffRecord append(Signoff signoff, Optional<SigningKey> key, SignoffPolicy policy) {
        String what = "the sign-off of " + signoff.role() + " on gate " + signoff.gate();
        DiskSpace.require(headFile.getParent(), what);
        ChainVerification chain = new ChainVerifier().verify(this, policy, Optional.empty());
        if (!chain.intact()) {
            throw new ChainBrokenException(chain);
        }
        long seq = chain.head().map(h -> h.seq() + 1).orElse(1L);
        String previous = chain.head().map(ChainHead::chainHash).orElse("");
        String hash = ChainHash.next(previous, signoff);
        SignoffRecord record = new SignoffRecord(seq, signoff, previous, hash,
                key.map(k -> k.seal(seq, hash)));
        ChainHead next = new ChainHead(seq, hash);
        HeadFile.removeLeftovers(headFile);
        HeadFile before = new HeadFile(chain.head(), Optional.empty());
        before.pending(next).write(headFile);
        insert(record, what);
        store.checkpointSync();
        try {
            HeadFile.of(next).write(headFile);
        } catch (WorkbenchException e) {
            // the record is committed and the pending head names it, so verify recovers the head
            LOG.warn("Sign-off {} is stored, but its head was not written: {}", seq, e.getMessage());
        }
        witness.advance(next);
        return record;
    }

    private void insert(SignoffRecord record, String what) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(LedgerRows.INSERT)) {
                LedgerRows.bind(insert, record);
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            String reason = DiskSpace.isDiskFull(e) ? "the disk is full" : e.getMessage();
            throw new WorkbenchException("Could not store " + what + ": " + reason + ". Nothing was recorded.", e);
        }
    }

    /**
     * Finishes an append that was interrupted between its commit and its head write: when the ledger ends at the
     * pending head, the head file is rewritten to name it. Does nothing otherwise; best effort.
     *
     * @return true when the head was recovered
     */
    public synchronized boolean recoverHead() {
        try {
            Optional<HeadFile> file = headState();
            List<SignoffRecord> records = records();
            if (file.isEmpty() || file.get().pending().isEmpty() || records.isEmpty()
                    || !file.get().pending().get().names(records.get(records.size() - 1))) {
                return false;
            }
            ChainHead end = file.get().pending().get();
            HeadFile.of(end).write(headFile);
            witness.advance(end);
            LOG.info("Recovered the sign-off chain head at record {} after an interrupted sign-off", end.seq());
            return true;
        } catch (WorkbenchException e) {
            LOG.warn("Could not recover the sign-off chain head {}: {}", headFile, e.getMessage());
            return false;
        }
    }

    /**
     * Writes a head file naming the ledger's newest record, for a restored backup that holds no head (the automatic
     * backups before schema upgrades hold only the database). Only {@code restore} calls it, after the chain verified
     * up to that record.
     */
    public synchronized void adoptEndAsHead() {
        List<SignoffRecord> records = records();
        if (!records.isEmpty()) {
            SignoffRecord end = records.get(records.size() - 1);
            HeadFile.of(new ChainHead(end.seq(), end.chainHash())).write(headFile);
        }
    }

    /** Every record that can be read, in ledger order. */
    public List<SignoffRecord> records() {
        return LedgerRows.records(rows());
    }

    /** The records of one gate, in ledger order (through the gate index, not the whole ledger). */
    public List<SignoffRecord> records(String gate) {
        return LedgerRows.records(rows(Optional.of(gate)));
    }

    /** Every row, including those that cannot be read as records, in ledger order. */
    List<LedgerRows.Row> rows() {
        return rows(Optional.empty());
    }

    private List<LedgerRows.Row> rows(Optional<String> gate) {
        String sql = "SELECT " + LedgerRows.COLUMNS + " FROM signoff" + (gate.isPresent() ? " WHERE gate_id = ?" : "")
                + " ORDER BY seq";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (gate.isPresent()) {
                query.setString(1, gate.get());
            }
            List<LedgerRows.Row> out = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    out.add(LedgerRows.read(row));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the sign-off ledger: " + e.getMessage(), e);
        }
    }

    /** The head the app committed last; empty when no head file exists. */
    public Optional<ChainHead> writtenHead() {
        return HeadFile.read(headFile).flatMap(HeadFile::head);
    }

    /** The whole head file; empty when there is none. */
    Optional<HeadFile> headState() {
        return HeadFile.read(headFile);
    }
}
