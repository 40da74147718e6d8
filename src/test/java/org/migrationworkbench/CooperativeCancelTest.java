package org.migrationworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cancelling never interrupts a thread that may be writing to the workspace store: H2 closes the database for
 * every connection when a thread is interrupted inside a write. Checked on the source, because the bytecode
 * cannot tell {@code cancel(true)} from {@code cancel(false)}, nor {@code Thread.currentThread().interrupt()}
 * (restoring the flag after catching an InterruptedException, which is fine) from interrupting another thread.
 */
class CooperativeCancelTest {
    private static final Path SOURCES = Path.of("src/main/java/org/migrationworkbench");

    /** Private pools whose threads never touch the store, and may be interrupted to abandon their work. */
    private static final Map<String, String> POOLS_THAT_NEVER_WRITE = Map.of(
            "core/readiness/ReadinessEngine.java", "rule threads only check; the caller stores the run afterwards",
            "core/readiness/files/PatternScan.java", "scan workers only read files of the target repository",
            "core/compare/json/JsonComparator.java", "scan and compare workers only read the two sides",
            "core/workspace/WorkspaceWatcher.java", "the debouncer only posts a reload to the UI thread");

    private static final Pattern INTERRUPTS = Pattern.compile(
            "cancel\\(\\s*true\\s*\\)|shutdownNow\\s*\\(|(?<!currentThread\\(\\))\\.interrupt\\s*\\(|::interrupt\\b");

    @Test
    void nothingElseInterruptsAThreadToCancelIt() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (INTERRUPTS.matcher(lines.get(i)).find() && !POOLS_THAT_NEVER_WRITE.containsKey(name)) {
                        found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(files).as("the production sources were found").isGreaterThan(100);
        assertThat(found).as("cancel cooperatively: cancel(false) and Progress.isCancelled(); only pools that never "
                + "write to the store may be interrupted (list them above, with the reason)").isEmpty();
    }

    @Test
    void theCheckSeesEveryWayOfInterrupting() {
        assertThat(List.of("task.cancel(true);", "future.cancel( true )", "pool.shutdownNow();", "worker.interrupt();",
                "threads.forEach(Thread::interrupt);"))
                .allSatisfy(line -> assertThat(INTERRUPTS.matcher(line).find()).as(line).isTrue());
        assertThat(List.of("task.cancel(false);", "Thread.currentThread().interrupt();", "pool.shutdown();"))
                .allSatisfy(line -> assertThat(INTERRUPTS.matcher(line).find()).as(line).isFalse());
    }
}
