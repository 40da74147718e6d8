package org.migrationworkbench.core.readiness.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Drains a process's output on its own thread and keeps only the last lines, each cut to a readable length,
 * so a chatty command never fills memory and never blocks on a full pipe.
 */
final class OutputTail {
    static final int MAX_LINES = 200;
    static final int MAX_LINE_LENGTH = 1000;

    private final Deque<String> lines = new ArrayDeque<>();
    private long total;
    private final Thread reader;

    OutputTail(InputStream in, String name) {
        reader = new Thread(() -> drain(in), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void drain(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                add(line.length() > MAX_LINE_LENGTH ? line.substring(0, MAX_LINE_LENGTH) + " …" : line);
            }
        } catch (IOException e) {
            // the stream closes when the process is killed; what was read so far is kept
        }
    }

    private synchronized void add(String line) {
        if (lines.size() == MAX_LINES) {
            lines.removeFirst();
        }
        lines.addLast(line);
        total++;
    }

    /** Waits up to {@code millis} for the output to end, then returns the kept lines. */
    List<String> lines(long millis) throws InterruptedException {
        reader.join(millis);
        synchronized (this) {
            return List.copyOf(lines);
        }
    }

    synchronized long total() {
        return total;
    }
}
