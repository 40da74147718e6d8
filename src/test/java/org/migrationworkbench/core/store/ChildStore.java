package org.migrationworkbench.core.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link StoreHolderMain} in a child JVM, for tests of locking and of durability across kill -9. */
final class ChildStore implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Process process;
    private final Path errors;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildStore(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        Thread reader = new Thread(this::readLines, "child-store-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the child and waits until it prints {@code expected} (OPEN or WRITTEN). */
    static ChildStore start(String mode, Path workspace, Path scratch, String expected) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = Files.createTempFile(scratch, "child-", ".err");
        Process process = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), StoreHolderMain.class.getName(), mode,
                workspace.toString())
                .redirectError(errors.toFile())
                .start();
        ChildStore child = new ChildStore(process, errors);
        child.awaitLine(expected);
        return child;
    }

    private void readLines() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("FAILED reading child output: " + e);
        }
    }

    private void awaitLine(String expected) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (expected.equals(line)) {
                return;
            }
            if ((line != null && line.startsWith("FAILED")) || (line == null && !process.isAlive()
                    && lines.isEmpty())) {
                break;
            }
        }
        process.destroyForcibly().waitFor();
        throw new AssertionError("child did not print " + expected + "; stderr:\n" + Files.readString(errors));
    }

    long pid() {
        return process.pid();
    }

    /** kill -9 on Linux: the child gets no chance to close anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Lets the child close its store and exit normally. */
    void finish() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError("child did not exit after its stdin closed");
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
