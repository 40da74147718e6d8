package org.migrationworkbench.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.session.StoreServices;
import org.migrationworkbench.core.signoff.ChainHash;
import org.migrationworkbench.core.signoff.ChainVerifier;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.Signoff;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.signoff.SigningKey;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.faults.LedgerChild.Ack;

/**
 * H2 (2.5.252) writes a new chunk into space freed by older ones when it may, and then points its file header at
 * the chunk before it; after kill -9 it does not find the new chunk and opens the version before, so a committed
 * and synced sign-off is gone. The store therefore never reuses space ({@code REUSE_SPACE=FALSE}). Here the space is
 * freed at once ({@code RETENTION_TIME 0}, kept in the database) instead of after the usual 45 seconds.
 */
class ReusedSpaceKillTest {
    @TempDir
    Path temp;

    @Test
    @Timeout(120)
    void aSignoffAcknowledgedInAFileWithFreeSpaceSurvivesKillMinus9() throws Exception {
        Path ws = Files.createDirectories(temp.resolve("ws"));
        Path key = temp.resolve("keys/signoff-ed25519");
        SigningKey.loadOrCreate(key);
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws))) {
            try (Connection connection = store.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SET RETENTION_TIME 0");
            }
            SignoffLedger ledger = StoreServices.ledger(store, ws);
            for (int i = 0; i < 5; i++) {
                ledger.append(signoff(i));
            }
        }

        List<Ack> acked;
        try (LedgerChild child = LedgerChild.start("hold", ws, key, 1, temp)) {
            child.awaitAck(Duration.ofSeconds(60));
            child.kill();
            acked = child.acks();
        }

        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws))) {
            SignoffLedger ledger = StoreServices.ledger(store, ws);
            assertThat(ledger.records()).extracting(SignoffRecord::seq, SignoffRecord::chainHash)
                    .contains(tuple(acked.get(0).seq(), acked.get(0).chainHash()));
            assertThat(new ChainVerifier().verify(ledger).problems()).isEmpty();
        }
    }

    private static Signoff signoff(int i) {
        String snapshot = "{\"gate\":\"p1\",\"i\":" + i + "}";
        return new Signoff("p1", "Technical Lead", "Parent " + i, "parent@example.org", Decision.APPROVE, "",
                Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i), ChainHash.digest(snapshot), snapshot);
    }
}
