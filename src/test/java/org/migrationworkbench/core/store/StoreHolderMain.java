package org.migrationworkbench.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;

import org.migrationworkbench.core.store.ChecklistStateRepository.ItemState;

/**
 * Test helper run in a child JVM: opens a workspace store, tells the test on stdout, then holds it until its stdin
 * closes (so it also ends when the test JVM dies). Modes: {@code hold}, {@code write} (records {@link #STATE}
 * first) and {@code raw-h2} (opens the database file directly, without the workspace lock).
 */
public final class StoreHolderMain {
    static final ItemState STATE = new ItemState("cutover", "freeze-writes", "done", "child",
            Instant.parse("2024-05-01T10:15:30.123456Z"), "written just before kill -9");

    private StoreHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        StoreConfig config = StoreConfig.forWorkspace(Path.of(args[1]));
        try {
            if (mode.equals("raw-h2")) {
                try (Connection connection = DriverManager.getConnection(config.jdbcUrl(), config.user(),
                        config.password())) {
                    tell(connection.isValid(5) ? "OPEN" : "FAILED connection not valid");
                    waitForStdinToClose();
                }
                return;
            }
            try (WorkbenchStore store = WorkbenchStore.open(config)) {
                if (mode.equals("write")) {
                    new JdbcChecklistStateRepository(store.dataSource()).record(STATE);
                    tell("WRITTEN");
                } else {
                    tell("OPEN");
                }
                waitForStdinToClose();
            }
        } catch (RuntimeException e) {
            tell("FAILED " + e);
            System.exit(1);
        }
    }

    private static void tell(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void waitForStdinToClose() throws IOException {
        while (System.in.read() >= 0) {
            // the test never writes; end of input means "finish"
        }
    }
}
