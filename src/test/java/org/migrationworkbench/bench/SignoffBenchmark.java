package org.migrationworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.migrationworkbench.core.model.Phase;
import org.migrationworkbench.core.signoff.ChainHash;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.core.signoff.ChainVerifier;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.GateEvidence;
import org.migrationworkbench.core.signoff.Signer;
import org.migrationworkbench.core.signoff.Signoff;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.signoff.SignoffService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two sign-off figures of issue 6, on an H2 file store as the app opens it ({@code WRITE_DELAY=0}):
 * <ul>
 * <li>{@link #recordSignoff}: one approval through {@link SignoffService#sign}, as the {@code signoff} command
 * does it: today's evidence read through the services (a 200-item checklist with its progress, the latest stored
 * results of 10 rules, the latest runs of 2 comparisons, 2 metrics), the canonical snapshot and its digest, the
 * chain hash, the insert, {@code CHECKPOINT SYNC} and the head file. Target: median 30 ms or less.</li>
 * <li>{@link #verifyChain}: {@link ChainVerifier#verify} over a ledger of 10,000 records, each carrying the
 * snapshot of that gate (its 200 item states among them), as real records do. Target: 1 s or less.</li>
 * </ul>
 * Run with {@code scripts/bench/signoff.sh}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignoffBenchmark {
    static final int CHAIN_RECORDS = 10_000;

    /** The gate workspace with its evidence stored and a ledger that grows by one record per call. */
    @State(Scope.Benchmark)
    public static class Recording {
        SignoffBenchWorkspace ws;
        SignoffService service;
        int next;

        @Setup(Level.Trial)
        public void open() throws IOException {
            ws = SignoffBenchWorkspace.create();
            service = new SignoffService(ws.ledger, Clock.systemUTC());
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            ws.close();
        }
    }

    /** The same workspace with a ledger of {@value #CHAIN_RECORDS} records written in one transaction. */
    @State(Scope.Benchmark)
    public static class Chain {
        SignoffBenchWorkspace ws;

        @Setup(Level.Trial)
        public void open() throws IOException, SQLException {
            ws = SignoffBenchWorkspace.create();
            Phase gate = ws.workspace.phase(SignoffBenchWorkspace.GATE).orElseThrow();
            GateEvidence.Snapshot snapshot = GateEvidence.of(ws.workspace, gate, ws.evidence());
            fill(ws, snapshot, CHAIN_RECORDS);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            ws.close();
        }
    }

    @Benchmark
    public SignoffRecord recordSignoff(Recording r) {
        Signer signer = new Signer("Person " + (r.next++ % 50), "");
        return r.service.sign(r.ws.workspace, SignoffBenchWorkspace.GATE, SignoffBenchWorkspace.ROLE, signer,
                Decision.APPROVE, "benchmark", r.ws.evidence());
    }

    @Benchmark
    public ChainVerification verifyChain(Chain c) {
        ChainVerification result = new ChainVerifier().verify(c.ws.ledger);
        if (!result.intact() || result.records() != CHAIN_RECORDS) {
            throw new IllegalStateException("the benchmark chain should be intact: " + result.problems());
        }
        return result;
    }

    /**
     * Writes {@code n} chained approvals straight into the table (as {@code SignoffLedger.append} would, in one
     * transaction instead of {@code n} synced ones) and the head file.
     */
    static void fill(SignoffBenchWorkspace ws, GateEvidence.Snapshot snapshot, int n) throws IOException,
            SQLException {
        String previous = "";
        Instant start = Instant.parse("2026-09-01T08:00:00Z");
        try (Connection connection = ws.store.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO signoff (seq, gate_id, role, "
                     + "person, email, decision, comment, signed_at, evidence_digest, evidence_snapshot, "
                     + "previous_hash, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int seq = 1; seq <= n; seq++) {
                Signoff s = new Signoff(SignoffBenchWorkspace.GATE, SignoffBenchWorkspace.ROLE, "Person " + seq % 50,
                        "p" + seq % 50 + "@example.org", Decision.APPROVE, "ok", start.plusSeconds(seq),
                        snapshot.digest(), snapshot.json());
                String hash = ChainHash.next(previous, s);
                insert.setLong(1, seq);
                insert.setString(2, s.gate());
                insert.setString(3, s.role());
                insert.setString(4, s.person());
                insert.setString(5, s.email());
                insert.setString(6, s.decision().id());
                insert.setString(7, s.comment());
                insert.setObject(8, OffsetDateTime.ofInstant(s.signedAt(), ZoneOffset.UTC));
                insert.setString(9, s.evidenceDigest());
                insert.setString(10, s.evidenceSnapshot());
                insert.setString(11, previous.isEmpty() ? null : previous);
                insert.setString(12, hash);
                insert.addBatch();
                previous = hash;
                if (seq % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        ws.store.checkpointSync();
        Files.writeString(ChainHead.file(ws.root), n + " " + previous + "\n");
    }
}
