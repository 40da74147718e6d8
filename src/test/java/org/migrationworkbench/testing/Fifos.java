package org.migrationworkbench.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** FIFOs (named pipes) for tests of inputs that are not regular files; tests are skipped where there is no mkfifo. */
public final class Fifos {
    private Fifos() {
    }

    /** Makes a FIFO at {@code at} with mkfifo, or skips the test. */
    public static Path make(Path at) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
            assumeTrue(p.waitFor() == 0 && Files.exists(at), "mkfifo did not make a FIFO");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e.getMessage());
        }
        return at;
    }
}
