package org.migrationworkbench.faults;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;

import org.migrationworkbench.core.model.SignoffPolicy;
import org.migrationworkbench.core.session.StoreServices;
import org.migrationworkbench.core.signoff.ChainHash;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.Signoff;
import org.migrationworkbench.core.signoff.SignoffLedger;
import org.migrationworkbench.core.signoff.SignoffRecord;
import org.migrationworkbench.core.signoff.SigningKey;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;

/**
 * Child JVM of the kill tests: appends signed sign-offs to a workspace's ledger until it is killed, and prints
 * {@code acked <seq> <chain hash>} for each one only after {@link SignoffLedger#append} returned, which is when the
 * ledger promises that the record is on disk. Before each store open it prints {@code opening}, after it
 * {@code open}. It halts when its stdin closes, so it never outlives the test.
 * <p>
 * Arguments: {@code <mode> <workspace> <key file> <seed>}. Mode {@code burst} closes and reopens the store after
 * every 1 to 4 appends (so kills also land in open and close); {@code once} opens (or creates) the store, appends one
 * record, closes it and waits; {@code hold} appends one record and waits with the store open.
 */
public final class LedgerChildMain {
    private LedgerChildMain() {
    }

    public static void main(String[] args) throws Exception {
        haltWhenStdinCloses();
        Path workspace = Path.of(args[1]);
        SigningKey key = SigningKey.loadOrCreate(Path.of(args[2]));
        Random random = new Random(Long.parseLong(args[3]));
        StoreConfig config = StoreConfig.forWorkspace(workspace);
        String mode = args[0];
        do {
            tell("opening");
            WorkbenchStore store = WorkbenchStore.open(config);
            tell("open");
            SignoffLedger ledger = StoreServices.ledger(store, workspace);
            for (int n = mode.equals("burst") ? 1 + random.nextInt(4) : 1; n > 0; n--) {
                SignoffRecord record = ledger.append(signoff(random), Optional.of(key), SignoffPolicy.NONE);
                tell("acked " + record.seq() + " " + record.chainHash());
            }
            if (!mode.equals("hold")) {
                store.close();
                tell("closed");
            }
        } while (mode.equals("burst"));
        Thread.sleep(60_000);
    }

    private static Signoff signoff(Random random) {
        String snapshot = "{\"gate\":\"p1\",\"n\":" + random.nextInt(1_000_000) + "}";
        return new Signoff("p1", "Technical Lead", "Child", "child@example.org", Decision.APPROVE, "under fire",
                Instant.now(), ChainHash.digest(snapshot), snapshot);
    }

    private static void tell(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void haltWhenStdinCloses() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the test never writes; end of input means its JVM is gone
                }
            } catch (java.io.IOException e) {
                // as if closed
            }
            Runtime.getRuntime().halt(3);
        }, "stdin-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
