package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceWatcherTest {
    @Test
    void aBurstOfWritesToTheManifestGivesOneCallback(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(WorkspaceLoader.MANIFEST), "name: a\n");
        Semaphore called = new Semaphore(0);
        AtomicInteger calls = new AtomicInteger();
        try (WorkspaceWatcher watcher = new WorkspaceWatcher(dir, () -> {
            calls.incrementAndGet();
            called.release();
        })) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(dir.resolve(WorkspaceLoader.MANIFEST), "name: b" + i + "\n");
            }
            assertThat(called.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(WorkspaceWatcher.DEBOUNCE_MS * 3);
            assertThat(calls.get()).isEqualTo(1);
        }
    }

    @Test
    void aSaveByRenameIsSeen(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(WorkspaceLoader.MANIFEST), "name: a\n");
        Semaphore called = new Semaphore(0);
        try (WorkspaceWatcher watcher = new WorkspaceWatcher(dir, called::release)) {
            Path temp = Files.writeString(dir.resolve(".workbench.yaml.swp"), "name: c\n");
            Files.move(temp, dir.resolve(WorkspaceLoader.MANIFEST), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            assertThat(called.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void otherFilesDoNotTriggerAReload(@TempDir Path dir) throws Exception {
        Semaphore called = new Semaphore(0);
        try (WorkspaceWatcher watcher = new WorkspaceWatcher(dir, called::release)) {
            Files.writeString(dir.resolve("notes.md"), "hello");
            assertThat(called.tryAcquire(WorkspaceWatcher.DEBOUNCE_MS * 4, TimeUnit.MILLISECONDS)).isFalse();
        }
    }
}
