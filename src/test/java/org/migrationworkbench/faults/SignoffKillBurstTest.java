package org.migrationworkbench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.session.StoreServices;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.core.signoff.ChainVerifier;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.signoff.SigningKey;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.faults.LedgerChild.Ack;

/**
 * Sign-offs appended by a child JVM that is killed with kill -9 at random moments, again and again, on the same
 * workspace. The seed is {@code -Dfaults.seed} (default fixed), so a failure can be repeated.
 */
class SignoffKillBurstTest {
    private static final long SEED = Long.getLong("faults.seed", 20_260_913L);
    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    @Timeout(300)
    void everyAcknowledgedSignoffSurvivesABurstOfKillsAndTheChainStaysIntact() throws Exception {
        Random random = new Random(SEED);
        Path ws = Files.createDirectories(temp.resolve("ws"));
        Path key = signingKey();
        List<Ack> acked = new ArrayList<>();
        int kills = 15 + random.nextInt(11);
        int pendingAfterKill = 0;
        String failure = "";
        for (int round = 0; round < kills; round++) {
            try (LedgerChild child = LedgerChild.start("burst", ws, key, random.nextLong(), temp)) {
                child.await("open", STARTUP);
                Thread.sleep(50 + random.nextInt(551));
                child.kill();
                acked.addAll(child.acks());
                failure = child.errors().contains("Exception") ? child.errors() : failure;
            }
            Path head = ChainHead.file(ws);
            pendingAfterKill += Files.exists(head) && Files.readString(head).contains("pending") ? 1 : 0;
        }
        String burst = kills + " kills (seed " + SEED + "), " + acked.size() + " acknowledged, "
                + pendingAfterKill + " left a pending head; last child failure: " + failure;

        assertThat(acked).as(burst).isNotEmpty();
        assertThat(acked).extracting(Ack::seq).as("record numbers acknowledged; " + burst).isSorted()
                .doesNotHaveDuplicates();
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws))) {
            SignoffLedger ledger = StoreServices.ledger(store, ws);
            assertThat(byNumber(ledger.records())).as(burst).containsAllEntriesOf(acked.stream()
                    .collect(Collectors.toMap(Ack::seq, Ack::chainHash)));
            ChainVerification chain = new ChainVerifier().verify(ledger);
            assertThat(chain.problems()).as(burst).isEmpty();
        }
    }

    @Test
    @Timeout(300)
    void aNewStoreKilledWhileItIsCreatedOpensNextTimeWithWhatWasAcknowledged() throws Exception {
        Random random = new Random(SEED + 1);
        Path key = signingKey();
        long whole = wholeCreation(key);
        for (int round = 0; round < 10; round++) {
            Path ws = Files.createDirectories(temp.resolve("new-" + round));
            List<Ack> acked;
            long delay = random.nextLong(whole * 13 / 10);
            try (LedgerChild child = LedgerChild.start("once", ws, key, random.nextLong(), temp)) {
                child.await("opening", STARTUP);
                Thread.sleep(delay);
                child.kill();
                acked = child.acks();
            }
            String what = "round " + round + ", killed " + delay + " ms into a creation of " + whole + " ms (seed "
                    + SEED + ")";

            try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws))) {
                SignoffLedger ledger = StoreServices.ledger(store, ws);
                assertThat(byNumber(ledger.records())).as(what).containsAllEntriesOf(acked.stream()
                        .collect(Collectors.toMap(Ack::seq, Ack::chainHash)));
                assertThat(new ChainVerifier().verify(ledger).problems()).as(what).isEmpty();
            }
        }
    }

    /** How long a child takes from "opening" a new store to having closed it with one record, in ms. */
    private long wholeCreation(Path key) throws Exception {
        Path ws = Files.createDirectories(temp.resolve("new-whole"));
        try (LedgerChild child = LedgerChild.start("once", ws, key, SEED, temp)) {
            child.await("opening", STARTUP);
            long start = System.nanoTime();
            child.await("closed", STARTUP);
            return Math.max(50, Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
    }

    /** The key every child signs with, made once so that no child is killed while making it. */
    private Path signingKey() {
        Path key = temp.resolve("keys/signoff-ed25519");
        SigningKey.loadOrCreate(key);
        return key;
    }

    private static Map<Long, String> byNumber(List<SignoffRecord> records) {
        Map<Long, String> out = new LinkedHashMap<>();
        records.forEach(r -> out.put(r.seq(), r.chainHash()));
        return out;
    }
}
