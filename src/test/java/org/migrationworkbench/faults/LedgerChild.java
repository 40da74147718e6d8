package org.migrationworkbench.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@link LedgerChildMain} in a child JVM, whose output is read as it comes, to be killed at any moment. */
final class LedgerChild implements AutoCloseable {
    private static final Pattern ACK = Pattern.compile("acked (\\d+) ([0-9a-f]{64})");

    private final Process process;
    private final Path errors;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private LedgerChild(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.reader = new Thread(this::readLines, "ledger-child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code LedgerChildMain <mode> <workspace> <key> <seed>}; its stderr goes to a file in {@code scratch}. */
    static LedgerChild start(String mode, Path workspace, Path key, long seed, Path scratch) throws IOException {
        Path errors = Files.createTempFile(scratch, "ledger-child-", ".err");
        Process process = new ProcessBuilder(ChildJvm.command(LedgerChildMain.class, List.of(),
                List.of(mode, workspace.toString(), key.toString(), Long.toString(seed))))
                .redirectError(errors.toFile())
                .start();
        return new LedgerChild(process, errors);
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("FAILED reading child output: " + e);
        }
    }

    /** Waits until the child printed {@code expected}; fails with its stderr when it ends or takes too long. */
    void await(String expected, Duration timeout) throws Exception {
        await("'" + expected + "'", () -> lines.contains(expected), timeout);
    }

    /** Waits until the child acknowledged a record, as {@link #await(String, Duration)} does. */
    void awaitAck(Duration timeout) throws Exception {
        await("an acknowledgement", () -> !acks().isEmpty(), timeout);
    }

    private void await(String what, BooleanSupplier printed, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!printed.getAsBoolean()) {
            if (!process.isAlive() && !reader.isAlive() || System.nanoTime() > deadline) {
                kill();
                throw new AssertionError("child did not print " + what + " (printed " + lines + "); stderr:\n"
                        + Files.readString(errors));
            }
            Thread.sleep(1);
        }
    }

    /**
     * kill -9 on Linux; returns once the child is gone and all it printed has been read. Through the process handle:
     * {@link Process#destroyForcibly()} would also close the pipe, and what the child printed last would be lost.
     */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
        reader.join(Duration.ofSeconds(10).toMillis());
    }

    /** The records the child acknowledged, in the order it did. */
    List<Ack> acks() {
        return lines.stream().map(ACK::matcher).filter(Matcher::matches)
                .map(m -> new Ack(Long.parseLong(m.group(1)), m.group(2))).toList();
    }

    /** What the child wrote to stderr so far. */
    String errors() throws IOException {
        return Files.readString(errors);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** A record the child said was appended. */
    record Ack(long seq, String chainHash) {
    }
}
